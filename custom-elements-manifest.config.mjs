// Shared by `npm run analyze` and scripts/check-manifest.mjs.

/** Elements are registered through `defineElement('tag', Class)` (src/internal/define.ts). */
const DEFINE_HELPER = 'defineElement';

/**
 * Makes the manifest complete where the analyzer cannot see through our code:
 * - `defineElement('post-term', PostTerm)` in an entry module becomes that module's
 *   `custom-element-definition` export (the analyzer only sees `customElements.define(tag, ctor)`
 *   inside the helper, and records a bogus definition named `tag` there);
 * - an attribute whose initial value is a constant (`limit = DEFAULT_LIMIT`) gets the type and
 *   default of its property, as the analyzer already gives the property;
 * - a method's `@returns` text becomes its `return.description` (the analyzer keeps only the type);
 * - module paths (and references to modules) name the built files the package ships, `dist/…js`
 *   (dist/ mirrors src/), not the sources, which it does not ship.
 */
function completeManifest() {
  /** module path → [{ tag, className }] */
  const definitions = new Map();
  /** `module path#Class.method` → the `@returns` text */
  const returns = new Map();
  return {
    name: 'post-glossary-complete-manifest',
    analyzePhase({ ts, node, moduleDoc }) {
      if (ts.isMethodDeclaration(node) && node.name && ts.isIdentifier(node.name) && node.parent && ts.isClassDeclaration(node.parent) && node.parent.name) {
        const comment = ts.getJSDocReturnTag(node)?.comment;
        const text = typeof comment === 'string' ? comment : comment?.map((c) => c.text).join('');
        if (text?.trim()) returns.set(`${moduleDoc.path}#${node.parent.name.text}.${node.name.text}`, text.trim().replace(/\s*\n\s*/g, ' '));
        return;
      }
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression) || node.expression.text !== DEFINE_HELPER) return;
      const [tag, ctor] = node.arguments;
      if (!tag || !ctor || !ts.isStringLiteralLike(tag) || !ts.isIdentifier(ctor)) return;
      const list = definitions.get(moduleDoc.path) ?? [];
      list.push({ tag: tag.text, className: ctor.text });
      definitions.set(moduleDoc.path, list);
    },
    // A mixin (src/internal/shared-properties.ts) is a function around a class of the same name: the
    // analyzer also lists that inner class, and keeps the mixin's `static properties` as a member
    // (it drops it from classes only); neither is API, and both would be inherited by the elements.
    moduleLinkPhase({ moduleDoc }) {
      const mixins = new Set((moduleDoc.declarations ?? []).filter((d) => d.kind === 'mixin').map((d) => d.name));
      if (!mixins.size) return;
      moduleDoc.declarations = moduleDoc.declarations.filter((d) => d.kind === 'mixin' || !mixins.has(d.name));
      for (const d of moduleDoc.declarations) if (d.kind === 'mixin') d.members = d.members?.filter((m) => !(m.static && (m.name === 'properties' || m.name === 'styles')));
    },
    packageLinkPhase({ customElementsManifest }) {
      const modules = customElementsManifest.modules;
      const classModule = new Map();
      for (const mod of modules) {
        for (const d of mod.declarations ?? []) if (d.customElement) classModule.set(d.name, mod.path);
        // The helper's own `customElements.define(tag, ctor)` is not a definition.
        mod.exports = (mod.exports ?? []).filter((e) => !(e.kind === 'custom-element-definition' && mod.path.endsWith('internal/define.ts')));
      }
      for (const mod of modules) {
        for (const { tag, className } of definitions.get(mod.path) ?? []) {
          const module = classModule.get(className);
          if (!module || mod.exports.some((e) => e.kind === 'custom-element-definition' && e.name === tag)) continue;
          mod.exports.push({ kind: 'custom-element-definition', name: tag, declaration: { name: className, module } });
        }
        for (const d of mod.declarations ?? []) {
          for (const m of d.members ?? []) {
            const text = m.kind === 'method' && returns.get(`${mod.path}#${d.name}.${m.name}`);
            if (text) m.return = { ...m.return, description: text };
          }
          if (!d.customElement) continue;
          for (const attr of d.attributes ?? []) {
            const field = d.members?.find((m) => m.name === attr.fieldName);
            if (!field) continue;
            if (!attr.type && field.type) attr.type = { ...field.type };
            if (field.default !== undefined && (attr.default === undefined || !/^['"`\d[{-]|^(true|false|null)$/.test(attr.default))) attr.default = field.default;
          }
        }
      }
      shippedPaths(customElementsManifest);
    },
  };
}

/** `src/a/b.ts` → `dist/a/b.js`, for every module path and module reference in the manifest. */
function shippedPaths(node, key) {
  if (Array.isArray(node)) node.forEach((n) => shippedPaths(n));
  else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) node[k] = shippedPaths(v, k);
  else if ((key === 'path' || key === 'module') && typeof node === 'string') return node.replace(/^\/?src\/(.*)\.[jt]s$/, 'dist/$1.js');
  return node;
}

export default {
  globs: ['src/**/*.ts'],
  // Not API: the stylesheets (their CSS text would land in the manifest as default values) and
  // the packed dataset (40 KB of text; the data is data/terms.json), the CDN loader, and the command line (src/cli.ts).
  // src/core/index.ts only re-exports (the build inlines it: there is no dist/core/index.js).
  exclude: [
    'src/core/index.ts',
    'src/core/entry-schema.ts',
    'src/i18n/types.ts',
    'src/**/*.test.ts',
    'src/internal/cdn-*.ts',
    // The single-file CDN build's stand-ins for lazy loaders: not files of the npm package.
    'src/**/*-eager.ts',
    'src/**/*.styles.ts',
    'src/internal/theme.ts',
    'src/internal/shared-styles.ts',
    'src/core/bundled-terms.ts',
    'src/cli.ts',
  ],
  litelement: true,
  // Never rewrite package.json: check-manifest analyzes into a temporary dir, and the analyzer
  // would otherwise point "customElements" at it.
  packagejson: false,
  plugins: [completeManifest()],
};
