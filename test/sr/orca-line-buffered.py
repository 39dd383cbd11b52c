# Runs Orca with its --debug-file written line by line (Orca never flushes it), so speech can be
# read from the log while Orca runs.
import builtins
import runpy
import sys

_open = builtins.open


def _line_buffered_open(file, mode="r", *args, **kwargs):
    if "w" in mode and not args and "buffering" not in kwargs and str(file).endswith(".orca.log"):
        kwargs["buffering"] = 1
    return _open(file, mode, *args, **kwargs)


builtins.open = _line_buffered_open
sys.argv[0] = "/usr/bin/orca"
runpy.run_path("/usr/bin/orca", run_name="__main__")
