// Screen-reader smoke test: what Orca actually says for <post-term> and <glossary-search> in a real
// (headful) Chromium, driven by real X key presses. `npm run test:sr`.
//
// The stack, private to this run and gone after it: Xvfb on a free display, a private D-Bus
// session bus, the AT-SPI bus, speech-dispatcher with espeak-ng on a null audio output (libao's
// null driver), Orca (its debug log, written line by line, is where the speech is read from), and
// Chromium with renderer accessibility on. Orca hangs once its browser closes, so nothing is
// reused between runs. Needs (Debian/Ubuntu): orca python3-pyatspi gir1.2-atspi-2.0
// speech-dispatcher speech-dispatcher-espeak-ng espeak-ng dbus-x11 xdotool xvfb, and Chromium.
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync, existsSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import http from 'node:http';
import * as esbuild from 'esbuild';
import { chromePath } from '../../scripts/chrome-path.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const started = Date.now();
const tmp = mkdtempSync(join(tmpdir(), 'post-glossary-sr-'));
const orcaLog = join(tmp, 'speech.orca.log');
const procs = [];

const missing = ['Xvfb', 'dbus-daemon', 'xdotool', 'orca', 'speech-dispatcher'].filter((c) => {
  try {
    execFileSync('sh', ['-c', `command -v ${c}`], { stdio: 'ignore' });
    return false;
  } catch {
    return true;
  }
});
if (missing.length || !chromePath() || !existsSync('/usr/libexec/at-spi-bus-launcher')) {
  console.error(
    `test:sr needs ${[...missing, !chromePath() && 'chromium', !existsSync('/usr/libexec/at-spi-bus-launcher') && 'at-spi2-core'].filter(Boolean).join(', ')} (see the comment at the top of ${fileURLToPath(import.meta.url)})`,
  );
  process.exit(2);
}

/** Every process of this run carries this in its environment: that is how the clean-up finds them (daemons detach). */
const MARK = `POST_GLOSSARY_SR=${tmp}`;
const env = {
  ...process.env,
  POST_GLOSSARY_SR: tmp,
  HOME: tmp,
  XDG_RUNTIME_DIR: tmp,
  XDG_CONFIG_HOME: join(tmp, 'config'),
  XDG_DATA_HOME: join(tmp, 'data'),
  XDG_CACHE_HOME: join(tmp, 'cache'),
  GTK_MODULES: 'gail:atk-bridge',
  NO_AT_BRIDGE: '0',
  LANG: 'en_US.UTF-8',
};
delete env.DBUS_SESSION_BUS_ADDRESS;
delete env.AT_SPI_BUS_ADDRESS;

const start = (cmd, args, stdio = ['ignore', 'pipe', 'pipe']) => {
  const p = spawn(cmd, args, { env, stdio });
  procs.push(p);
  p.on('error', () => {});
  return p;
};
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function cleanUp() {
  for (const p of procs) {
    try {
      p.kill('SIGKILL');
    } catch {}
  }
  // Daemons that detached (speech-dispatcher, its modules, the AT-SPI bus): ours by their environment.
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      if (readFileSync(`/proc/${pid}/environ`, 'latin1').split('\0').includes(MARK)) process.kill(Number(pid), 'SIGKILL');
    } catch {}
  }
  // The document portal (D-Bus activated by Chromium) leaves a FUSE mount in the runtime dir.
  for (const cmd of [
    ['fusermount', '-uz'],
    ['umount', '-l'],
  ]) {
    try {
      execFileSync(cmd[0], [...cmd.slice(1), join(tmp, 'doc')], { stdio: 'ignore' });
      break;
    } catch {}
  }
  if (!process.env.SR_KEEP) {
    try {
      rmSync(tmp, { recursive: true, force: true, maxRetries: 20, retryDelay: 100 });
    } catch (e) {
      console.error(`test:sr: could not remove ${tmp}: ${e.message}`);
    }
  }
}
process.on('exit', cleanUp);
process.on('SIGINT', () => process.exit(130));
process.on('SIGTERM', () => process.exit(143));

// ---- the page ------------------------------------------------------------------------------
const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>SR smoke</title></head><body>
<main>
<h1>SR smoke</h1>
<p><button id="start">Start</button> Footage arrives as <post-term>Dailies</post-term> every morning.</p>
<glossary-search label="Search the glossary"></glossary-search>
</main>
<script type="module" src="/post-glossary.js"></script>
</body></html>`;
const bundle = (await esbuild.build({ entryPoints: [join(root, 'src/index.ts')], bundle: true, format: 'esm', write: false, logLevel: 'silent' })).outputFiles[0].text;
const server = http.createServer((req, res) => {
  const js = req.url === '/post-glossary.js';
  res.setHeader('content-type', js ? 'text/javascript' : 'text/html; charset=utf-8');
  res.end(js ? bundle : page);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const url = `http://127.0.0.1:${server.address().port}/`;

// ---- the stack -------------------------------------------------------------------------------
const xvfb = start('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x900x24', '-nolisten', 'tcp'], ['ignore', 'ignore', 'pipe', 'pipe']);
env.DISPLAY = `:${await new Promise((resolve, reject) => {
  xvfb.stdio[3].once('data', (d) => resolve(String(d).trim()));
  xvfb.once('exit', () => reject(new Error('Xvfb did not start')));
})}`;
const dbus = start('dbus-daemon', ['--session', '--nofork', '--print-address=1']);
env.DBUS_SESSION_BUS_ADDRESS = await new Promise((r) => dbus.stdout.once('data', (d) => r(String(d).trim().split('\n')[0])));
start('/usr/libexec/at-spi-bus-launcher', ['--launch-immediately']);
// Speech goes nowhere audible: espeak-ng through libao's null driver.
mkdirSync(join(tmp, 'config/speech-dispatcher'), { recursive: true });
writeFileSync(join(tmp, 'config/speech-dispatcher/speechd.conf'), `AudioOutputMethod "libao"\nDefaultModule espeak-ng\nAddModule "espeak-ng" "sd_espeak-ng" "espeak-ng.conf"\nLogDir "${tmp}"\n`);
writeFileSync(join(tmp, '.libao'), 'default_driver=null\n');
for (let i = 0; ; i++) {
  try {
    execFileSync('dbus-send', ['--session', '--dest=org.a11y.Bus', '/org/a11y/bus', 'org.freedesktop.DBus.Properties.Set', 'string:org.a11y.Status', 'string:IsEnabled', 'variant:boolean:true'], {
      env,
      stdio: 'ignore',
    });
    break;
  } catch (e) {
    if (i > 40) throw e;
    await sleep(100);
  }
}
start('/usr/bin/python3', [join(root, 'test/sr/orca-line-buffered.py'), '--replace', '--debug-file', orcaLog, '-u', join(tmp, 'orca')]);

/** Speech lines so far (Orca's "SPEECH OUTPUT: '…'"). */
const speech = () => {
  try {
    return [...readFileSync(orcaLog, 'utf8').matchAll(/SPEECH OUTPUT: '(.*)'\s*\{'established/g)].map((m) => m[1].trim());
  } catch {
    return [];
  }
};
async function waitForSpeech(test, what, since = 0, ms = 15000) {
  const end = Date.now() + ms;
  for (;;) {
    const said = speech().slice(since);
    if (said.some(test)) return said;
    if (Date.now() > end) throw new Error(`Orca never said ${what}. It said:\n  ${said.join('\n  ') || '(nothing)'}`);
    await sleep(100);
  }
}
await waitForSpeech((s) => /Screen reader on/.test(s), '"Screen reader on"');

start(chromePath(), [
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-gpu',
  '--disable-sync',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-features=Translate,MediaRouter',
  '--password-store=basic',
  '--force-renderer-accessibility',
  '--window-position=0,0',
  '--window-size=1200,860',
  `--user-data-dir=${join(tmp, 'chrome')}`,
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  url,
]);
await waitForSpeech((s) => /Finished loading SR smoke/.test(s), '"Finished loading" the page', 0, 30000);

const x = (...args) => execFileSync('xdotool', args, { env, encoding: 'utf8' }).trim();
const win = x('search', '--sync', '--onlyvisible', '--name', 'SR smoke').split('\n').pop();
x('windowfocus', '--sync', win);

// ---- the checks ------------------------------------------------------------------------------
const results = [];
/** Presses keys, then waits for Orca to say what `expect` describes. */
async function step(name, keys, expectations) {
  const since = speech().length;
  for (const k of keys) {
    if (k.type) x('type', '--delay', '60', k.type);
    else x('key', k);
    await sleep(150);
  }
  try {
    let said = [];
    for (const [what, test] of expectations) said = await waitForSpeech(test, what, since);
    // Let the rest of this utterance arrive before the next key.
    await sleep(600);
    said = speech().slice(since);
    results.push({ name, ok: true, said });
    return said;
  } catch (e) {
    results.push({ name, ok: false, said: speech().slice(since), error: e.message });
    return null;
  }
}

const has = (re) => (s) => re.test(s);
// Focus the page's first control (Orca's browse mode puts the caret at the top).
x('key', 'ctrl+Home');
await sleep(300);
await step('Tab to the start button', ['Tab'], [['"Start"', has(/Start/)]]);
const term = await step(
  'a term on focus: name, state, definition',
  ['Tab'],
  [
    ['the name "Dailies" as a button', has(/Dailies.*push button|Dailies.*button/)],
    ['the definition', has(/Processed footage from each day of shooting/)],
  ],
);
if (term && !term.some((s) => /collapsed/.test(s))) results.push({ name: 'a term on focus says its state', ok: false, said: term, error: 'no "collapsed" (expanded state)' });
await step('Enter opens the card: focus on its heading', ['Return'], [['the card heading "Dailies"', has(/Dailies.*heading/)]]);
await step('Tab to the definition\'s "More" button', ['Tab'], [['"More of the definition of Dailies", collapsed', has(/More of the definition of Dailies.*collapsed/)]]);
await step('Tab to a see-also button', ['Tab'], [['the see-also button "DIT"', has(/DIT.*button/)]]);
await step('a see-also jump announces the new term', ['Return'], [['the new term "DIT"', has(/^DIT\b(?! push button)/)]]);
await step('Esc goes back to the term', ['Escape'], [['the term "Dailies" again', has(/Dailies/)]]);
await step('Tab to the search box: a combobox', ['Tab'], [['the label and role', has(/Search the glossary.*(combo box|entry|edit)/i)]]);
const typed = await step('typing announces the result count', [{ type: 'lut' }], [['"N results"', has(/\d+ results?\./)]]);
const option = await step('an option: term and expansion, apart', ['Down'], [['"LUT Look-Up Table"', has(/LUT Look-Up Table/)]]);
if (option && option.some((s) => /LUTLook|Look-Up Table\w/.test(s))) results.push({ name: 'option words apart', ok: false, said: option, error: 'words run together' });
void typed;

server.close();
const seconds = ((Date.now() - started) / 1000).toFixed(1);
let failed = 0;
for (const r of results) {
  console.log(`${r.ok ? 'ok  ' : 'FAIL'} ${r.name}`);
  for (const s of r.said) console.log(`       Orca: ${s}`);
  if (!r.ok) {
    failed++;
    console.log(`       ${r.error.split('\n')[0]}`);
  }
}
console.log(
  `\n${results.length - failed}/${results.length} screen-reader checks passed in ${seconds} s (Orca ${execFileSync('orca', ['--version'], { env, encoding: 'utf8' }).trim()}, ${execFileSync(chromePath(), ['--version'], { encoding: 'utf8' }).trim()})`,
);
process.exit(failed ? 1 : 0);
