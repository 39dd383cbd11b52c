// Node 20 cannot import TypeScript and the Node tests run before any build: bundles source entries
// with esbuild (as test/node/data-api.test.mjs does) into a temporary ESM file under
// node_modules/.cache, packages left as imports so they resolve as in an installed project.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

export const root = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Bundles `entries` (paths under the repository, e.g. `src/html.ts`) into one directory.
 * @returns {{ dir: string, files: Record<string, string>, metafiles: Record<string, import('esbuild').Metafile>, remove: () => void }} `files` maps each entry to its bundle, `metafiles` to what esbuild says went into it.
 */
export async function buildSource(entries, { banner } = {}) {
  const cache = join(root, 'node_modules/.cache');
  mkdirSync(cache, { recursive: true });
  const dir = mkdtempSync(join(cache, 'post-glossary-src-'));
  const files = {};
  const metafiles = {};
  for (const entry of entries) {
    const result = await build({
      entryPoints: [join(root, entry)],
      absWorkingDir: root,
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      packages: 'external',
      write: false,
      logLevel: 'silent',
      metafile: true,
      ...(banner ? { banner: { js: banner } } : {}),
    });
    const file = join(dir, entry.replace(/^src\//, '').replace(/\.ts$/, '.mjs'));
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, result.outputFiles[0].text);
    files[entry] = file;
    metafiles[entry] = result.metafile;
  }
  return { dir, files, metafiles, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Imports bundled entries: `{ 'src/html.ts': module, … }`. */
export async function importSource(entries) {
  const built = await buildSource(entries);
  const modules = {};
  for (const [entry, file] of Object.entries(built.files)) modules[entry] = await import(pathToFileURL(file).href);
  return { modules, remove: built.remove };
}
