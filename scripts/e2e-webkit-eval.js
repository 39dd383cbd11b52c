// Test tooling, WebKit only, not part of the demo. WebKitWebDriver runs a test's "execute script"
// by evaluating it as a string, which a page that requires Trusted Types for scripts refuses
// (other engines' drivers evaluate outside the page's policy). This default policy lets exactly
// that through: a string headed for the 'eval' sink. Every other sink gets null, which refuses the
// value and reports the violation just as it would without this policy, so the page's own
// behaviour under Trusted Types is still what is tested (and CSP without 'unsafe-eval' still
// refuses any eval of the page's own).
if (window.trustedTypes && !window.trustedTypes.defaultPolicy) {
  window.trustedTypes.createPolicy('default', {
    createScript: (value, type, sink) => (/eval/i.test(String(sink)) ? value : null),
  });
}
