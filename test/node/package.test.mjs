// package.json as npm, bundlers and editors read it: every public path resolves to a built file and
// its declarations, the registering entries (and only those) are marked as side effects, and what
// the package ships is listed. No build needed: the dist/ layout is fixed (dist/ mirrors src/).
// `npm run test:pack` checks the real tarball.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { buildEntries, className, elementTags, jsEntries } from '../../scripts/entries.mjs';

const root = new URL('../../', import.meta.url);
const read = (p) => readFileSync(new URL(p, root), 'utf8');
const pkg = JSON.parse(read('package.json'));
// The one list (scripts/entries.mjs): the JS paths of "exports"; the elements are those named as tags.
const ENTRIES = jsEntries(pkg);
const ELEMENTS = elementTags(pkg);

test('exports: one ESM entry with declarations per public path, from the source entry of the same name', () => {
  assert.deepEqual(
    ENTRIES.map((e) => e.path),
    ['.', './post-term', './glossary-index', './glossary-search', './glossary-provider', './glossary-autolink', './glossary-preferences', './data', './html', './rehype', './react'],
  );
  for (const { path, name } of ENTRIES) {
    assert.equal(name, path === '.' ? 'index' : path.slice(2), `${path} is built from the source entry of its name`);
    assert.deepEqual(pkg.exports[path], { types: `./dist/${name}.d.ts`, default: `./dist/${name}.js` }, path);
    assert.ok(existsSync(new URL(`src/${name}.ts`, root)), `src/${name}.ts exists`);
    assert.equal(buildEntries(pkg)[name], `src/${name}.ts`, `vite.config.ts builds ${name}`);
  }
  // vite.config.ts and vite.cdn.config.ts take their entries from there, not from a list of their own.
  assert.match(read('vite.config.ts'), /^const entries = buildEntries\(pkg\);$/m);
  assert.match(read('vite.cdn.config.ts'), /^const elements = elementTags\(/m);
  assert.equal(pkg.exports['./custom-elements.json'], './custom-elements.json');
  assert.equal(pkg.types, './dist/index.d.ts');
  // `<script type="module" src="https://cdn.jsdelivr.net/npm/post-glossary">` (or unpkg) gets the CDN file.
  assert.equal(pkg.jsdelivr, './dist/cdn/post-glossary.js');
  assert.equal(pkg.unpkg, './dist/cdn/post-glossary.js');
  assert.equal(pkg.type, 'module');
  // tsc writes dist/<name>.d.ts next to Vite's dist/<name>.js only with rootDir src and outDir dist.
  const build = JSON.parse(read('tsconfig.build.json')).compilerOptions;
  assert.deepEqual([build.rootDir, build.outDir, build.declaration], ['src', 'dist', true]);
});

test('sideEffects: exactly the entries that register elements (built and source) and the Trusted Types guard around Lit, never the data entry', () => {
  const registering = readdirSync(new URL('src/', root))
    .filter((f) => f.endsWith('.ts'))
    .filter((f) => /^(?:if \(.*\) )?defineElement\(|^import '\.\/[\w-]+\.js';/m.test(read(`src/${f}`)) || f === 'index.ts')
    .map((f) => f.replace(/\.ts$/, ''))
    .sort();
  assert.deepEqual(registering, [...ELEMENTS, 'index'].sort());
  const expected = [
    ...registering.map((n) => `./dist/${n}.js`),
    './dist/cdn/post-glossary.js',
    // Vite reads the field for the package's own sources too: without these the CDN build drops
    // the registrations.
    ...registering.map((n) => `./src/${n}.ts`),
    // Imported for their effect (they wrap the evaluation of lit-html): a bundler must keep them.
    ...['lit-policy', 'lit-policy-guard'].flatMap((n) => [`./dist/internal/${n}.js`, `./src/internal/${n}.ts`]),
  ];
  assert.deepEqual([...pkg.sideEffects].sort(), expected.sort());
});

test('a new element is one folder and one exports line: every src/elements/ folder is an element entry, and every list of elements follows', () => {
  const folders = readdirSync(new URL('src/elements/', root), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name);
  assert.deepEqual([...ELEMENTS].sort(), folders.sort(), 'src/elements/<tag>/ ⇔ an exports path "./<tag>"');
  for (const tag of ELEMENTS) {
    // The entry registers the tag and exports the class of the same name.
    assert.match(read(`src/${tag}.ts`), new RegExp(`defineElement\\('${tag}', ${className(tag)}\\)`), `src/${tag}.ts defines <${tag}>`);
  }
  // src/index.ts (TypeScript needs its imports written out) re-exports every element entry and the data API.
  const reexported = [...read('src/index.ts').matchAll(/^export \* from '\.\/([\w-]+)\.js';$/gm)].map((m) => m[1]);
  assert.deepEqual(reexported.sort(), [...ELEMENTS, 'data'].sort(), 'src/index.ts re-exports every element entry');
  // The CDN loader (browser code: no package.json at run time) knows every tag.
  const loader = /const TAGS = (\[[^\]]*\]);/.exec(read('src/internal/cdn-loader.ts'))?.[1];
  assert.deepEqual(JSON.parse(loader.replaceAll("'", '"')).sort(), [...ELEMENTS].sort(), 'src/internal/cdn-loader.ts TAGS');
});

test('files, custom elements manifest, editor data, engines, dependencies', () => {
  for (const f of ['dist', 'bin', 'custom-elements.json', 'vscode.html-custom-data.json', 'data/terms.schema.json']) assert.ok(pkg.files.includes(f), `files has ${f}`);
  // `npx post-glossary`: the bin file runs the built command line.
  assert.deepEqual(pkg.bin, { 'post-glossary': './bin/post-glossary.js' });
  assert.match(read('bin/post-glossary.js'), /^#!\/usr\/bin\/env node\n[^]*from '\.\.\/dist\/cli\.js'/);
  assert.equal(buildEntries(pkg).cli, 'src/cli.ts');
  assert.equal(pkg.customElements, 'custom-elements.json');
  assert.deepEqual(pkg.contributes, { html: { customData: ['./vscode.html-custom-data.json'] }, css: { customData: ['./vscode.css-custom-data.json'] } });
  // Editor and type integrations ship, and the typed entries point at them.
  for (const f of ['vscode.css-custom-data.json', 'web-types.json', 'types']) assert.ok(pkg.files.includes(f), `files has ${f}`);
  assert.equal(pkg['web-types'], './web-types.json');
  for (const [entry, file] of [
    ['./jsx', 'jsx'],
    ['./vue', 'vue'],
    ['./svelte', 'svelte'],
  ]) {
    assert.deepEqual(pkg.exports[entry], { types: `./types/${file}.d.ts` }, entry);
    assert.ok(existsSync(new URL(`types/${file}.d.ts`, root)), `types/${file}.d.ts`);
  }
  assert.deepEqual(pkg.exports['./react'], { types: './dist/react.d.ts', default: './dist/react.js' });
  assert.match(pkg.engines.node, /^>=\s*20/);
  assert.equal(pkg.license, 'MIT');
  assert.ok(pkg.keywords.includes('web-components'));
  // parse5 and entities (its character reference decoder) for post-glossary/html; hast's types for
  // post-glossary/rehype's declarations. unified and rehype themselves are the user's.
  assert.deepEqual(Object.keys(pkg.dependencies).sort(), ['@lit/context', '@lit/react', '@lit/reactive-element', '@types/hast', 'entities', 'fuse.js', 'lit', 'parse5']);
  for (const d of ['unified', 'rehype', 'rehype-stringify', 'remark-rehype']) assert.ok(!(d in pkg.dependencies), `${d} is not a dependency`);
  // post-glossary/react needs React; nothing else does.
  assert.deepEqual(pkg.peerDependencies, { react: '>=18' });
  assert.deepEqual(pkg.peerDependenciesMeta, { react: { optional: true } });
  // require() of the ESM data entry works from Node 20.19 on.
  assert.equal(pkg.engines.node, '>=20.19');
  // npm ci needs the lockfile to agree with package.json.
  const lock = JSON.parse(read('package-lock.json'));
  assert.deepEqual(lock.packages[''].dependencies, pkg.dependencies);
  assert.deepEqual(lock.packages[''].devDependencies, pkg.devDependencies);
});
