// Test tooling, not part of the demo: the e2e server (scripts/e2e-serve.mjs, `inject`) puts this
// file first in every page's <head>, so it runs before the page's own scripts, in every engine.
// It records what the page must never do: CSP violations, uncaught errors and rejections, console
// errors and warnings. Records survive navigations within the tab (sessionStorage);
// window.__e2eTake() hands them over and starts afresh. It uses no DOM sink (Trusted Types).
(() => {
  const KEY = '__e2eRecord';
  const empty = () => ({ violations: [], errors: [], console: [] });
  const load = () => {
    try {
      return JSON.parse(sessionStorage.getItem(KEY) || 'null') || empty();
    } catch {
      return empty();
    }
  };
  const add = (kind, text) => {
    const r = load();
    r[kind].push(text);
    sessionStorage.setItem(KEY, JSON.stringify(r));
  };
  document.addEventListener(
    'securitypolicyviolation',
    (e) => add('violations', `${e.effectiveDirective}: ${e.blockedURI || '(inline)'} ${e.sample || ''} at ${e.sourceFile || location.pathname}:${e.lineNumber}`.trim()),
    true,
  );
  addEventListener('error', (e) => add('errors', e.message || String(e.error)));
  addEventListener('unhandledrejection', (e) => add('errors', `unhandled rejection: ${(e.reason && e.reason.message) || e.reason}`));
  for (const level of ['error', 'warn']) {
    const original = console[level];
    console[level] = function (...args) {
      add('console', `${level}: ${args.map(String).join(' ')}`);
      return original.apply(this, args);
    };
  }
  window.__e2eTake = () => {
    const r = load();
    sessionStorage.removeItem(KEY);
    return r;
  };
})();
