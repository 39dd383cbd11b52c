// React 19 ships CommonJS only, and the test runner serves ES modules: this is a minimal CommonJS
// loader for React's own development builds and for the README's compiled React snippet.

const SOURCES: Record<string, string> = {
  react: '/node_modules/react/cjs/react.development.js',
  'react/jsx-runtime': '/node_modules/react/cjs/react-jsx-runtime.development.js',
  'react-dom': '/node_modules/react-dom/cjs/react-dom.development.js',
  'react-dom/client': '/node_modules/react-dom/cjs/react-dom-client.development.js',
  scheduler: '/node_modules/scheduler/cjs/scheduler.development.js',
};

const texts = new Map<string, string>();
const cache = new Map<string, unknown>();
const processShim = { env: { NODE_ENV: 'development' } };

async function fetchText(url: string) {
  const r = await fetch(url);
  if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
  return r.text();
}

function evaluate(code: string, name: string, require: (id: string) => unknown): unknown {
  const module = { exports: {} as unknown };
  new Function('module', 'exports', 'require', 'process', `${code}\n//# sourceURL=${name}`)(module, module.exports, require, processShim);
  return module.exports;
}

/**
 * Runs a CommonJS module. `require` resolves React's packages, then the modules in `provided`
 * (for example `'post-glossary/post-term'` → the ES module the test imported).
 */
export async function runCommonJs(code: string, name: string, provided: Record<string, unknown> = {}): Promise<unknown> {
  await Promise.all(
    Object.entries(SOURCES)
      .filter(([id]) => !texts.has(id))
      .map(async ([id, url]) => texts.set(id, await fetchText(url))),
  );
  const require = (id: string): unknown => {
    if (id in provided) return provided[id];
    if (cache.has(id)) return cache.get(id);
    const text = texts.get(id);
    if (text === undefined) throw new Error(`cannot require ${id}`);
    const exports = evaluate(text, SOURCES[id], require);
    cache.set(id, exports);
    return exports;
  };
  return evaluate(code, name, require);
}
