// The package's entries, read from package.json "exports": the one list every build, check and test
// derives its own from (as FAST's export smoke test does). A new element is a folder under
// src/elements/, src/<tag>.ts and one exports line whose path is its tag name, plus its two
// sideEffects lines (test/node/package.test.mjs fails until they are there). No imports: the browser
// suite uses it too.

/**
 * Every JavaScript entry: an exports path whose default is `./dist/<name>.js`, built from
 * `src/<name>.ts`. `specifier` is what an app imports.
 * @param {{ name: string, exports: Record<string, unknown> }} pkg package.json
 * @returns {{ name: string, path: string, specifier: string }[]}
 */
export function jsEntries(pkg) {
  return Object.entries(pkg.exports).flatMap(([path, target]) => {
    const name = /^\.\/dist\/([\w-]+)\.js$/.exec(target?.default ?? '')?.[1];
    return name ? [{ name, path, specifier: path === '.' ? pkg.name : `${pkg.name}${path.slice(1)}` }] : [];
  });
}

/** The element entries, by tag name: the entries whose name is a custom-element name (it has a hyphen). */
export const elementTags = (pkg) =>
  jsEntries(pkg)
    .map((e) => e.name)
    .filter((n) => /^[a-z][a-z0-9]*(-[a-z0-9]+)+$/.test(n));

/** The class an element entry exports: `PostTerm` for `post-term`. */
export const className = (tag) => tag.replace(/(?:^|-)([a-z])/g, (_, c) => c.toUpperCase());

/**
 * What Vite builds (name → source file): every JS entry, and the command line, dist/cli.js, which
 * the package's bin file runs (not an exports path).
 */
export const buildEntries = (pkg) => ({ ...Object.fromEntries(jsEntries(pkg).map((e) => [e.name, `src/${e.name}.ts`])), cli: 'src/cli.ts' });
