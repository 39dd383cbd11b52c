// Everything generated from custom-elements.json and README.md, so nothing is written twice:
// - the README's reference tables, between `<!-- api:TAG:start -->` and `<!-- api:TAG:end -->`;
// - vscode.html-custom-data.json (VS Code HTML custom data, format 1.1);
// - test/frameworks/react-snippet.generated.js: the README's React snippet compiled (JSX → JS),
//   which test/frameworks/react.test.ts runs, so the README's code is the tested code.
//
// `npm run analyze` (scripts/check-manifest.mjs --write) regenerates all of them with the manifest;
// `npm run check:manifest` fails when one is stale. Alone: `node scripts/gen-docs.mjs [--check]`
// works from the committed custom-elements.json.
import { readFileSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

export const README = 'README.md';
export const VSCODE_DATA = 'vscode.html-custom-data.json';
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

const oneLine = (s) => String(s ?? '').replace(/\s*\n\s*/g, ' ').trim();
/** A table cell: one line, pipes escaped (also inside code spans, as GFM tables require). */
const cell = (s) => oneLine(s).replace(/\|/g, '\\|');
const code = (s) => (s === undefined || s === null || s === '' ? '' : `\`${oneLine(s)}\``);
/** `'light' | 'dark' | undefined` → `'light' | 'dark'`: every attribute may be absent. */
const typeText = (t) => oneLine(t?.text).replace(/\s*\|\s*undefined\b/g, '').replace(/^undefined\s*\|\s*/, '');

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
    ['Methods', table(['method', 'description'], publicMembers(decl).filter((m) => m.kind === 'method').map((m) => [code(signature(m)), methodDescription(m)]))],
    ['Events', table(['event', 'type', 'description'], (decl.events ?? []).map((e) => [code(e.name), code(e.type?.text), e.description]))],
    ['Slots', table(['slot', 'description'], (decl.slots ?? []).map((s) => [s.name ? code(s.name) : '(default)', s.description]))],
    ['CSS parts', table(['part', 'description'], (decl.cssParts ?? []).map((p) => [code(p.name), p.description]))],
    [
      'CSS custom properties',
      table(['property', 'default (light / dark)', 'description'], (decl.cssProperties ?? []).map((p) => [code(p.name), code(p.default), p.description])),
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

/** Values VS Code offers for an attribute: the string literals of a union type. */
function enumValues(type) {
  const parts = oneLine(type?.text).split('|').map((s) => s.trim()).filter((s) => s && s !== 'undefined' && s !== 'null');
  if (!parts.length || !parts.every((p) => /^(['"]).*\1$/.test(p))) return undefined;
  return parts.map((p) => ({ name: p.slice(1, -1) }));
}

const markdown = (value) => ({ kind: 'markdown', value });

/** VS Code HTML custom data (https://github.com/microsoft/vscode-custom-data), format 1.1. */
export function vscodeData(manifest) {
  const tags = elementsOf(manifest).map(({ tag, decl }) => {
    const lists = [
      ['Events', (decl.events ?? []).map((e) => `\`${e.name}\`: ${oneLine(e.description)}`)],
      ['Slots', (decl.slots ?? []).map((s) => `${s.name ? `\`${s.name}\`` : '(default)'}: ${oneLine(s.description)}`)],
      ['CSS parts', (decl.cssParts ?? []).map((p) => `\`::part(${p.name})\`: ${oneLine(p.description)}`)],
      ['CSS custom properties', (decl.cssProperties ?? []).map((p) => `\`${p.name}\`${p.default ? ` (default \`${p.default}\`)` : ''}: ${oneLine(p.description)}`)],
    ].filter(([, items]) => items.length);
    const description = [oneLine(decl.description || decl.summary), ...lists.map(([title, items]) => `**${title}**\n\n${items.map((i) => `- ${i}`).join('\n')}`)].join('\n\n');
    const fields = new Map(publicMembers(decl).map((m) => [m.name, m]));
    return {
      name: tag,
      description: markdown(description),
      attributes: (decl.attributes ?? []).map((a) => {
        const type = a.type ?? fields.get(a.fieldName)?.type;
        const facts = [type?.text ? `Type: \`${typeText(type)}\`` : '', a.default !== undefined ? `Default: \`${a.default}\`` : ''].filter(Boolean).join(' · ');
        const attr = { name: a.name, description: markdown([oneLine(a.description), facts].filter(Boolean).join('\n\n')) };
        const values = enumValues(type);
        if (values) attr.values = values;
        else if (typeText(type) === 'boolean') attr.valueSet = 'v';
        return attr;
      }),
      references: [{ name: 'post-glossary reference', url: `${DOCS_URL}#${tag}` }],
    };
  });
  return `${JSON.stringify({ version: 1.1, tags }, null, 2)}\n`;
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
    [VSCODE_DATA]: vscodeData(manifest),
    [REACT_SNIPPET]: await reactSnippetModule(nextReadme),
  };
}

/** Paths whose committed content differs from `files`. */
export function stale(files) {
  return Object.entries(files)
    .filter(([path, content]) => !existsSync(`${root}${path}`) || readFileSync(`${root}${path}`, 'utf8') !== content)
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
