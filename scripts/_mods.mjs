import { build, loadConfigFromFile } from 'vite';
import { gzipSync } from 'node:zlib';
const { config } = await loadConfigFromFile({ command: 'build', mode: 'production' }, 'vite.cdn.config.ts');
config.plugins = config.plugins.flat().filter((p) => p && p.name !== 'post-glossary-single-file');
config.build.write = false; config.logLevel = 'silent';
const res = await build(config);
for (const c of (Array.isArray(res) ? res : [res]).flatMap((r) => r.output)) {
  if (c.type !== 'chunk') continue;
  console.log(`${c.fileName} ${(gzipSync(c.code, { level: 9 }).length / 1024).toFixed(1)} imports=${c.imports.join(',')} dyn=${c.dynamicImports.join(',')}`);
  for (const [id, m] of Object.entries(c.modules)) console.log(`    ${(m.renderedLength / 1024).toFixed(1).padStart(6)} ${id.replace(/.*node_modules\//, 'nm/').replace(/.*\/src\//, 'src/')}`);
}
