// The CDN build prints a Subresource Integrity hash for each file of dist/cdn/ (the README tells
// sites that pin third-party scripts to copy it into `integrity="sha384-…"`): each printed hash must
// be the file's, and every file must have one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

test('the CDN build prints the sha384 of each file it writes', () => {
  const run = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '-c', 'vite.cdn.config.ts', '--logLevel', 'warn'], { cwd: root, encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  const printed = Object.fromEntries([...run.stdout.matchAll(/^\s*(sha384-[A-Za-z0-9+/]{64})\s+(\S+\.js)$/gm)].map((m) => [m[2], m[1]]));
  const files = (dir, prefix = '') =>
    readdirSync(`${root}dist/cdn/${dir}`, { withFileTypes: true }).flatMap((f) =>
      f.isDirectory() ? files(`${dir}${f.name}/`, `${prefix}${f.name}/`) : f.name.endsWith('.js') ? [`${prefix}${f.name}`] : [],
    );
  const written = files('');
  assert.ok(written.includes('post-glossary.js') && written.includes('post-glossary.bundle.js') && written.includes('post-term.js'), written.join(', '));
  assert.deepEqual(Object.keys(printed).sort(), written.sort(), 'one printed hash per file');
  for (const f of written) {
    const actual = `sha384-${createHash('sha384')
      .update(readFileSync(`${root}dist/cdn/${f}`))
      .digest('base64')}`;
    assert.equal(printed[f], actual, `the printed hash of ${f} is its own`);
  }
});
