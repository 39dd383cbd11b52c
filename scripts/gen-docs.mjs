// Everything generated from custom-elements.json and README.md, so nothing is written twice:
// - the README's reference tables, between `<!-- api:TAG:start -->` and `<!-- api:TAG:end -->`;
// - the editor and type integrations, made by the custom-element-*-integration plugins from the
//   manifest: vscode.html-custom-data.json and vscode.css-custom-data.json (VS Code),
//   web-types.json (JetBrains), types/jsx-types.d.ts and types/svelte-types.d.ts (bare-tag types;
//   types/jsx.d.ts, types/svelte.d.ts and types/vue.d.ts, written by hand, hook them into React's
//   JSX, Svelte 5 and Vue). custom-element-vuejs-integration is not used: its kebab-case props and
//   `onpost-term-open` handlers fail vue-tsc's strictTemplates for `:labelVisible` and `@post-term-open`;
// - test/frameworks/react-snippet.generated.js: the README's React snippet compiled (JSX → JS),
//   which test/frameworks/react.test.ts runs, so the README's code is the tested code.
//
// `npm run analyze` (scripts/check-manifest.mjs --write) regenerates all of them with the manifest;
// `npm run check:manifest` fails when one is stale. Alone: `node scripts/gen-docs.mjs [--check]`
// works from the committed custom-elements.json.
import { readFileSync, writeFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { generateJsxTypes } from 'custom-element-jsx-integration';
import { generateSvelteTypes } from 'custom-element-svelte-integration';
import { generateVsCodeCustomElementData } from 'custom-element-vs-code-integration';
import { generateJetBrainsWebTypes } from 'custom-element-jet-brains-integration';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

export const README = 'README.md';
export const VSCODE_DATA = 'vscode.html-custom-data.json';
/** What each integration plugin writes (file name in its outdir) → where the package ships it. */
export const INTEGRATIONS = {
  'vscode.html-custom-data.json': VSCODE_DATA,
  'vscode.css-custom-data.json': 'vscode.css-custom-data.json',
  'web-types.json': 'web-types.json',
  'jsx-types.d.ts': 'types/jsx-types.d.ts',
  'svelte-types.d.ts': 'types/svelte-types.d.ts',
};
export const REACT_SNIPPET = 'test/frameworks/react-snippet.generated.js';
/** Where the reader of VS Code's hover goes for more. */
const DOCS_URL = 'https://www.npmjs.com/package/post-glossary';

/** Every custom element in the manifest: `{ tag, decl, module }`, by tag name. */
export function elementsOf(manifest) {
  const out = [];
  for (const mod of manifest.modules ?? []) {
    for (const decl of mod.declarations ?? []) {
      if (decl.customElement && decl.tagName) out.push({ tag: decl.tagName, decl, module: mod.path });
    }
  }
  return out.sort((a, b) => (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0));
}

/** Public instance members: what a page may use. */
export function publicMembers(decl) {
  return (decl.members ?? []).filter((m) => !m.static && !m.name.startsWith('#') && !m.name.startsWith('_') && (m.privacy ?? 'public') === 'public');
}

/** JavaScript-only properties: public fields that no attribute sets. */
export function propertiesOnly(decl) {
  const viaAttribute = new Set((decl.attributes ?? []).map((a) => a.fieldName).filter(Boolean));
  return publicMembers(decl).filter((m) => m.kind === 'field' && !viaAttribute.has(m.name) && !m.attribute);
}

const oneLine = (s) =>
  String(s ?? '')
    .replace(/\s*\n\s*/g, ' ')
    .trim();
/** A table cell: one line, pipes escaped (also inside code spans, as GFM tables require). */
const cell = (s) => oneLine(s).replace(/\|/g, '\\|');
const code = (s) => (s === undefined || s === null || s === '' ? '' : `\`${oneLine(s)}\``);
/** `'light' | 'dark' | undefined` → `'light' | 'dark'`: every attribute may be absent. */
const typeText = (t) =>
  oneLine(t?.text)
    .replace(/\s*\|\s*undefined\b/g, '')
    .replace(/^undefined\s*\|\s*/, '');

function table(head, rows) {
  if (!rows.length) return [];
  return [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)];
}

function signature(m) {
  const params = (m.parameters ?? []).map((p) => `${p.name}${p.optional || p.default !== undefined ? '?' : ''}`);
  return `${m.name}(${params.join(', ')})`;
}

function methodDescription(m) {
  const params = (m.parameters ?? []).filter((p) => p.description).map((p) => `\`${p.name}\`: ${oneLine(p.description)}`);
  const returns = m.return?.description ? `Returns ${m.return.type?.text ? `\`${oneLine(m.return.type.text)}\`: ` : ''}${oneLine(m.return.description)}` : '';
  return [oneLine(m.description), ...params, returns].filter(Boolean).join(' ');
}

/** The reference tables of one element, in Markdown. */
export function referenceMarkdown(decl) {
  const fields = new Map(publicMembers(decl).map((m) => [m.name, m]));
  const sections = [
    [
      'Attributes',
      table(
        ['attribute', 'property', 'type', 'default', 'description'],
        (decl.attributes ?? []).map((a) => {
          const f = fields.get(a.fieldName);
          const reflects = f?.reflects ? ' Reflected.' : '';
          return [code(a.name), code(a.fieldName), code(typeText(a.type ?? f?.type)), code(a.default ?? f?.default), `${oneLine(a.description ?? f?.description)}${reflects}`];
        }),
      ),
    ],
    [
      'Properties (JavaScript only)',
      table(
        ['property', 'type', 'default', 'description'],
        propertiesOnly(decl).map((m) => [code(m.name), `${code(typeText(m.type))}${m.readonly ? ' (read-only)' : ''}`, code(m.default), m.description]),
      ),
    ],
    [
      'Methods',
      table(
        ['method', 'description'],
        publicMembers(decl)
          .filter((m) => m.kind === 'method')
          .map((m) => [code(signature(m)), methodDescription(m)]),
      ),
    ],
    [
      'Events',
      table(
        ['event', 'type', 'description'],
        (decl.events ?? []).map((e) => [code(e.name), code(e.type?.text), e.description]),
      ),
    ],
    [
      'Slots',
      table(
        ['slot', 'description'],
        (decl.slots ?? []).map((s) => [s.name ? code(s.name) : '(default)', s.description]),
      ),
    ],
    [
      'CSS parts',
      table(
        ['part', 'description'],
        (decl.cssParts ?? []).map((p) => [code(p.name), p.description]),
      ),
    ],
    [
      'CSS custom properties',
      table(
        ['property', 'default (light / dark)', 'description'],
        (decl.cssProperties ?? []).map((p) => [code(p.name), code(p.default), p.description]),
      ),
    ],
  ];
  const out = ['<!-- Generated from custom-elements.json by `npm run analyze`: edit the JSDoc in src/, not this table. -->'];
  for (const [title, rows] of sections) if (rows.length) out.push('', `**${title}**`, '', ...rows);
  return out.join('\n');
}

const markers = (tag) => [`<!-- api:${tag}:start -->`, `<!-- api:${tag}:end -->`];

/** README with every element's tables regenerated; throws when an element has no markers. */
export function renderReadme(readme, manifest) {
  let out = readme;
  for (const { tag, decl } of elementsOf(manifest)) {
    const [start, end] = markers(tag);
    const a = out.indexOf(start);
    const b = out.indexOf(end);
    if (a < 0 || b < a) throw new Error(`${README} has no ${start} … ${end} markers for <${tag}>`);
    out = `${out.slice(0, a + start.length)}\n${referenceMarkdown(decl)}\n${out.slice(b)}`;
  }
  return out;
}

/** The code of the fenced block between `<!-- snippet:NAME:start -->` and `<!-- snippet:NAME:end -->`. */
export function snippet(readme, name) {
  const start = `<!-- snippet:${name}:start -->`;
  const end = `<!-- snippet:${name}:end -->`;
  const a = readme.indexOf(start);
  const b = readme.indexOf(end, a);
  if (a < 0 || b < 0) throw new Error(`${README} has no ${start} … ${end} markers`);
  const fence = /```[\w-]*\n([\s\S]*?)\n```/.exec(readme.slice(a + start.length, b));
  if (!fence) throw new Error(`no fenced code block between ${start} and ${end}`);
  return fence[1];
}

/**
 * The manifest as the integration plugins read it: an event's type is its `detail` type (they
 * write `CustomEvent<type>` and import `type` from the element's module), where ours say
 * `CustomEvent<Detail>`; and each class is imported from its package entry, `dist/<tag>.js`.
 */
function forIntegrations(manifest) {
  const copy = structuredClone(manifest);
  for (const mod of copy.modules ?? []) {
    for (const decl of mod.declarations ?? []) {
      for (const e of decl.events ?? []) {
        const detail = /^CustomEvent<(\w+)>$/.exec(e.type?.text ?? '')?.[1];
        if (detail) e.type = { text: detail };
      }
    }
  }
  return copy;
}

const silence = (fn) => {
  const log = console.log;
  console.log = () => {};
  try {
    return fn();
  } finally {
    console.log = log;
  }
};

/**
 * The plugins import each event's detail type from every element that fires it: a type shared by
 * several elements (PostGlossaryPreferencesDetail) would be imported twice, a duplicate identifier.
 * Keeps its first import only.
 */
function importEachTypeOnce(text) {
  const seen = new Set();
  return text.replace(/^import type \{([^}]*)\} from ("[^"]+");\n/gm, (all, list, from) => {
    const listed = list
      .split(',')
      .map((n) => n.trim())
      .filter(Boolean);
    const names = listed.filter((n) => !seen.has(n));
    for (const n of names) seen.add(n);
    if (names.length === listed.length) return all;
    if (!names.length) return '';
    return names.length > 2 ? `import type {\n${names.map((n) => `  ${n},\n`).join('')}} from ${from};\n` : `import type { ${names.join(', ')} } from ${from};\n`;
  });
}

/** The files the custom-element-*-integration plugins make from the manifest: `{ path: content }`. */
export function integrationFiles(manifest) {
  const m = forIntegrations(manifest);
  const outdir = mkdtempSync(join(tmpdir(), 'post-glossary-integrations-'));
  const componentTypePath = (_name, tag) => `../dist/${tag}.js`;
  const references = (_name, tag) => [{ name: 'post-glossary reference', url: `${DOCS_URL}#${tag}` }];
  try {
    silence(() => {
      generateVsCodeCustomElementData(m, { outdir, htmlFileName: 'vscode.html-custom-data.json', cssFileName: 'vscode.css-custom-data.json', referencesTemplate: references, hideLogs: true });
      generateJetBrainsWebTypes(m, { outdir, webTypesFileName: 'web-types.json', packageJson: false, referenceTemplate: (n, t) => references(n, t)[0], hideLogs: true });
      generateJsxTypes(m, { outdir, fileName: 'jsx-types.d.ts', componentTypePath, hideLogs: true });
      generateSvelteTypes(m, { outdir, fileName: 'svelte-types.d.ts', componentTypePath, hideLogs: true });
    });
    const made = readdirSync(outdir);
    const out = {};
    for (const [file, path] of Object.entries(INTEGRATIONS)) {
      if (!made.includes(file)) throw new Error(`the integration plugins did not write ${file}`);
      out[path] = file.endsWith('.d.ts') ? importEachTypeOnce(readFileSync(join(outdir, file), 'utf8')) : readFileSync(join(outdir, file), 'utf8');
    }
    return out;
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

/** The README's React snippet as a CommonJS module (JSX compiled, imports as `require`). */
export async function reactSnippetModule(readme) {
  const { transform } = await import('esbuild');
  const { code: js } = await transform(snippet(readme, 'react'), { loader: 'jsx', jsx: 'automatic', format: 'cjs', target: 'es2022' });
  return `// Generated by scripts/gen-docs.mjs from README.md (snippet:react): do not edit, run \`npm run analyze\`.\n${js}`;
}

/** Every generated file: `{ path: content }`. */
export async function generate(manifest, readme) {
  const nextReadme = renderReadme(readme, manifest);
  return {
    [README]: nextReadme,
    ...integrationFiles(manifest),
    [REACT_SNIPPET]: await reactSnippetModule(nextReadme),
  };
}

/** web-types.json carries package.json's version: a release (`changeset version`) must not make it stale. */
const comparable = (path, content) => (path === 'web-types.json' ? content.replace(/^(  "version": )"[^"]*"/m, '$1""') : content);

/** Paths whose committed content differs from `files`. */
export function stale(files) {
  return Object.entries(files)
    .filter(([path, content]) => !existsSync(`${root}${path}`) || comparable(path, readFileSync(`${root}${path}`, 'utf8')) !== comparable(path, content))
    .map(([path]) => path);
}

export function write(files) {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(`${root}${path}`), { recursive: true });
    writeFileSync(`${root}${path}`, content);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const manifest = JSON.parse(readFileSync(`${root}custom-elements.json`, 'utf8'));
  const files = await generate(manifest, readFileSync(`${root}${README}`, 'utf8'));
  if (process.argv.includes('--check')) {
    const out = stale(files);
    if (out.length) {
      console.error(`stale: ${out.join(', ')}: run \`npm run analyze\` and commit them`);
      process.exit(1);
    }
    console.log('docs are current');
  } else {
    write(files);
    console.log(`wrote ${Object.keys(files).join(', ')}`);
  }
}
