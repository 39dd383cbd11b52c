// The docs are generated and checked, not trusted: every public member of every element is
// described in custom-elements.json; README.md has every element's reference tables and the
// framework snippets that test/frameworks/ runs; vscode.html-custom-data.json covers every tag.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildSource } from './build-source.mjs';
import { analyzeManifest } from '../../scripts/check-manifest.mjs';
import { buildEntries, elementTags } from '../../scripts/entries.mjs';
import { elementsOf, publicMembers, referenceMarkdown, renderReadme, snippet, integrationFiles, reactSnippetModule, REACT_SNIPPET, INTEGRATIONS, stale } from '../../scripts/gen-docs.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const read = (path) => readFileSync(`${root}${path}`, 'utf8');
// Analyzed from src/ now, so the test judges the JSDoc itself; `npm run check:manifest` checks that
// the committed custom-elements.json is this.
const manifest = analyzeManifest();
const readme = read('README.md');
const elements = elementsOf(manifest);
// Every element entry of package.json "exports" (scripts/entries.mjs), in the manifest's order.
const TAGS = elementTags(JSON.parse(read('package.json'))).sort();

test('the manifest has all six elements', () => {
  assert.deepEqual(
    elements.map((e) => e.tag),
    TAGS,
  );
});

test('every public member of every element has a description', () => {
  const missing = [];
  const check = (tag, kind, item, name = item.name) => {
    if (!String(item.description ?? '').trim()) missing.push(`<${tag}> ${kind} ${name || '(default)'}`);
  };
  for (const { tag, decl } of elements) {
    if (!decl.summary?.trim()) missing.push(`<${tag}> summary`);
    if (!decl.description?.trim()) missing.push(`<${tag}> description`);
    for (const a of decl.attributes ?? []) {
      check(tag, 'attribute', a);
      if (!a.type?.text) missing.push(`<${tag}> attribute ${a.name}: no type`);
    }
    for (const m of publicMembers(decl)) {
      check(tag, m.kind === 'method' ? 'method' : 'property', m);
      if (m.kind === 'field' && !m.type?.text) missing.push(`<${tag}> property ${m.name}: no type`);
    }
    for (const e of decl.events ?? []) check(tag, 'event', e);
    for (const s of decl.slots ?? []) check(tag, 'slot', s);
    for (const p of decl.cssParts ?? []) check(tag, 'CSS part', p);
    for (const p of decl.cssProperties ?? []) check(tag, 'CSS custom property', p);
  }
  assert.deepEqual(missing, [], `undocumented:\n${missing.join('\n')}`);
});

test("the README has every element's reference tables, with every attribute, event, slot, part and custom property", () => {
  for (const { tag, decl } of elements) {
    const start = readme.indexOf(`<!-- api:${tag}:start -->`);
    const end = readme.indexOf(`<!-- api:${tag}:end -->`);
    assert.ok(start >= 0 && end > start, `README.md: no api markers for <${tag}>`);
    const region = readme.slice(start, end);
    const names = [
      ...(decl.attributes ?? []).map((a) => `| \`${a.name}\` |`),
      ...(decl.events ?? []).map((e) => `| \`${e.name}\` |`),
      ...(decl.cssParts ?? []).map((p) => `| \`${p.name}\` |`),
      ...(decl.cssProperties ?? []).map((p) => `| \`${p.name}\` |`),
      ...publicMembers(decl)
        .filter((m) => m.kind === 'method')
        .map((m) => `| \`${m.name}(`),
    ];
    for (const n of names) assert.ok(region.includes(n), `README.md <${tag}> tables lack ${n}`);
    if (decl.slots?.length) assert.ok(region.includes('**Slots**'), `README.md <${tag}> has no slot table`);
  }
});

test("the README's analytics table lists exactly the events the elements fire", () => {
  const section = readme.slice(readme.indexOf('## Events for analytics'), readme.indexOf('\n## ', readme.indexOf('## Events for analytics') + 1));
  const listed = new Set([...section.matchAll(/^\| `([a-z-]+)`(?: \/ `([a-z-]+)`)? \|/gm)].flatMap((m) => m.slice(1).filter(Boolean)));
  const fired = new Set(elements.flatMap(({ decl }) => (decl.events ?? []).map((e) => e.name)));
  assert.deepEqual([...listed].sort(), [...fired].sort());
});

test('the README generator escapes table cells and refuses a README without markers', () => {
  const decl = {
    attributes: [{ name: 'theme', fieldName: 'theme', type: { text: "'light' | 'dark' | undefined" }, description: 'Pins\n  the scheme.' }],
    members: [{ kind: 'field', name: 'theme', type: { text: "'light' | 'dark' | undefined" }, reflects: true }],
  };
  const md = referenceMarkdown(decl);
  assert.match(md, /\| `theme` \| `theme` \| `'light' \\\| 'dark'` \|  \| Pins the scheme\. Reflected\. \|/);
  const fake = { modules: [{ path: 'x.ts', declarations: [{ customElement: true, tagName: 'x-y', name: 'XY' }] }] };
  assert.throws(() => renderReadme('# no markers', fake), /api:x-y:start/);
  assert.equal(renderReadme('a<!-- api:x-y:start -->old<!-- api:x-y:end -->b', fake).includes('old'), false);
});

test('vscode.html-custom-data.json (custom-element-vs-code-integration) describes every tag and attribute, with values for enums', () => {
  const data = JSON.parse(read('vscode.html-custom-data.json'));
  assert.equal(data.version, 1.1);
  assert.deepEqual(
    data.tags.map((t) => t.name),
    TAGS,
  );
  for (const { tag, decl } of elements) {
    const t = data.tags.find((x) => x.name === tag);
    assert.ok(String(t.description).trim(), `${tag}: no description`);
    assert.deepEqual(
      t.attributes.map((a) => a.name),
      (decl.attributes ?? []).map((a) => a.name),
      `${tag}: attributes`,
    );
    for (const a of t.attributes) assert.ok(String(a.description).trim(), `${tag} ${a.name}: no description`);
    assert.ok(t.references?.[0]?.url.startsWith('https://'), `${tag}: no reference link`);
  }
  const attr = (tag, name) => data.tags.find((t) => t.name === tag).attributes.find((a) => a.name === name);
  assert.deepEqual(attr('post-term', 'theme').values, [{ name: 'light' }, { name: 'dark' }]);
  assert.deepEqual(attr('glossary-provider', 'mode').values, [{ name: 'extend' }, { name: 'replace' }]);
});

test('the integration files (editor data, web-types, bare-tag types) are what the plugins make from the manifest', () => {
  const files = integrationFiles(manifest);
  assert.deepEqual(Object.keys(files).sort(), Object.values(INTEGRATIONS).sort());
  assert.deepEqual(stale(files), [], 'stale: npm run analyze');
  // Events are typed with their detail, imported from the element's entry.
  assert.match(files['types/jsx-types.d.ts'], /"onpost-term-open"\?: \(e: CustomEvent<PostTermToggleDetail>\) => void;/);
  assert.match(files['types/jsx-types.d.ts'], /import type \{\s*PostTerm,[^}]*PostTermToggleDetail[^}]*\} from "\.\.\/dist\/post-term\.js";/);
  // A detail type shared by several elements' events (post-glossary-preferences) is imported once.
  for (const path of ['types/jsx-types.d.ts', 'types/svelte-types.d.ts']) {
    const names = [...files[path].matchAll(/^import type \{([^}]*)\} from/gm)].flatMap((m) =>
      m[1]
        .split(',')
        .map((n) => n.trim())
        .filter(Boolean),
    );
    assert.deepEqual(names, [...new Set(names)], `${path}: a type imported twice`);
  }
  const web = JSON.parse(files['web-types.json']);
  assert.deepEqual(
    web.contributions.html.elements.map((e) => e.name),
    TAGS,
  );
});

test('every event is typed CustomEvent<Detail> in the manifest', () => {
  for (const { tag, decl } of elements) for (const e of decl.events ?? []) assert.match(e.type?.text ?? '', /^CustomEvent<\w+Detail>$/, `<${tag}> ${e.name}`);
});

test('module paths in the manifest name built files (dist/…js), which the build writes from src/', () => {
  for (const m of manifest.modules) {
    assert.match(m.path, /^dist\/.+\.js$/, m.path);
    assert.ok(existsSync(`${root}${m.path.replace(/^dist\//, 'src/').replace(/\.js$/, '.ts')}`), `${m.path}: no source`);
  }
});

test("the compiled React snippet the browser test runs is the README's React snippet", async () => {
  assert.ok(existsSync(`${root}${REACT_SNIPPET}`), `${REACT_SNIPPET} is missing: npm run analyze`);
  assert.equal(read(REACT_SNIPPET), await reactSnippetModule(readme), `${REACT_SNIPPET} is stale: npm run analyze`);
});

test("the README's Vue single-file component compiles with the README's Vite config to real custom elements", async () => {
  const { parse, compileTemplate } = await import('vue/compiler-sfc');
  const config = snippet(readme, 'vue-vite');
  const source = /isCustomElement:\s*(\(tag\)\s*=>[^}\n]*?)\s*\}/.exec(config)?.[1];
  assert.ok(source, 'no isCustomElement arrow function in the vue-vite snippet');
  const isCustomElement = new Function(`return ${source}`)();
  // The no-build snippet uses the same rule.
  assert.ok(snippet(readme, 'vue').includes(`isCustomElement = ${source};`), 'the createApp snippet uses another isCustomElement rule');
  const { descriptor, errors } = parse(snippet(readme, 'vue-sfc'), { filename: 'Article.vue' });
  assert.deepEqual(errors, []);
  const compile = (compilerOptions) => compileTemplate({ source: descriptor.template.content, filename: 'Article.vue', id: 'article', compilerOptions });
  const withConfig = compile({ isCustomElement });
  assert.deepEqual(withConfig.errors, []);
  assert.doesNotMatch(withConfig.code, /resolveComponent\("post-term"\)/);
  assert.match(withConfig.code, /"post-term"/);
  assert.match(withConfig.code, /onPostTermOpen/, 'the listener is compiled for the element');
  // Without the config Vue would look for a component called post-term: the config matters.
  assert.match(compile({}).code, /resolveComponent\("post-term"\)/);
});

test('every package entry the README imports exists in src/ and is built', () => {
  const specifiers = new Set([...readme.matchAll(/(?:import|from)\s+'(post-glossary(?:\/[\w-]+)?)'/g)].map((m) => m[1]));
  assert.ok(specifiers.size >= 7, `only ${[...specifiers].join(', ')}`);
  const pkg = JSON.parse(read('package.json'));
  const exportsMap = pkg.exports;
  for (const spec of specifiers) {
    const name = spec === 'post-glossary' ? 'index' : spec.slice('post-glossary/'.length);
    const target = exportsMap[spec === 'post-glossary' ? '.' : `./${name}`];
    assert.ok(target, `${spec}: not in package.json exports`);
    // Types only (post-glossary/jsx, /vue, /svelte): a declaration file in types/.
    if (!target.default) {
      assert.ok(existsSync(`${root}${target.types.slice(2)}`), `${spec}: no ${target.types}`);
      continue;
    }
    assert.ok(existsSync(`${root}src/${name}.ts`), `${spec}: no src/${name}.ts`);
    // vite.config.ts builds buildEntries(pkg) (test/node/package.test.mjs checks it does).
    assert.equal(buildEntries(pkg)[name], `src/${name}.ts`, `${spec}: not a vite.config.ts entry`);
  }
});

test("the README's data API snippet runs in Node and returns what its comments say", async () => {
  // src/data.ts bundled (test/node/build-source.mjs); the snippet imports it as the package.
  const { dir, files, remove } = await buildSource(['src/data.ts']);
  try {
    const code = snippet(readme, 'data');
    assert.match(code, /from 'post-glossary\/data';/);
    // Each `expression; // literal` line is a claim: the expression must give that literal.
    const claims = [...code.matchAll(/^(.+?);\s*\/\/\s*('[^']*'|\[.*\])/gm)].map((m) => [m[1].trim(), m[2]]);
    assert.ok(claims.length >= 2, 'no checkable claims in the data snippet');
    const myEntries = [{ id: 'grading-suite', term: 'Grading suite', letter: 'G', category: 'color', definition: 'Our calibrated room for HDR grading.' }];
    const module = [
      code.replace("'post-glossary/data'", JSON.stringify(pathToFileURL(files['src/data.ts']).href)).replace(/^import/, `const myEntries = ${JSON.stringify(myEntries)};\nimport`),
      `export const results = [${claims.map(([expr, literal]) => `[${expr}, ${literal}]`).join(', ')}];`,
      'export { entries, errors, site };',
    ].join('\n');
    // Imports hoist above the myEntries line, which is what the snippet expects of its reader's code.
    writeFileSync(join(dir, 'snippet.mjs'), module);
    const out = await import(pathToFileURL(join(dir, 'snippet.mjs')).href);
    for (const [i, [actual, expected]] of out.results.entries()) assert.deepEqual(actual, expected, `README data snippet: ${claims[i][0]}`);
    assert.deepEqual(out.errors, []);
    assert.deepEqual(
      out.entries.map((e) => e.id),
      ['grading-suite'],
    );
    assert.ok(out.site.get('grading-suite') && out.site.get('lut'), "mergeEntries keeps the bundled terms and adds the site's");
  } finally {
    remove();
  }
});

test("the README's CSS uses only documented custom properties and parts", () => {
  const props = new Set(elements.flatMap(({ decl }) => (decl.cssProperties ?? []).map((p) => p.name)));
  const parts = new Map(elements.map(({ tag, decl }) => [tag, new Set((decl.cssParts ?? []).map((p) => p.name))]));
  const css = [...readme.matchAll(/```css\n([\s\S]*?)\n```/g)].map((m) => m[1]).join('\n');
  assert.ok(css.includes('--post-glossary-'), 'no CSS example');
  for (const [name] of css.matchAll(/--post-glossary-[a-z-]+/g)) assert.ok(props.has(name), `README CSS: ${name} is not a documented custom property`);
  for (const [, tag, part] of css.matchAll(/([a-z]+-[a-z-]+)::part\(([a-z-]+)\)/g)) assert.ok(parts.get(tag)?.has(part), `README CSS: ${tag}::part(${part}) is not a documented part`);
  // The prose list of properties in the theming section, if any, is checked the same way.
  const theming = readme.slice(readme.indexOf('## Theming'), readme.indexOf('## Custom datasets'));
  for (const [name] of theming.matchAll(/--post-glossary-[a-z-]+/g)) assert.ok(props.has(name), `README theming: ${name}`);
});
