/**
 * Lit's template engine (lit-html) creates a Trusted Types policy named `lit-html` when its module
 * loads. A page whose CSP lists policy names without `lit-html` (`trusted-types myapp
 * post-glossary`), or a second copy of Lit without `'allow-duplicates'`, makes that call throw,
 * and the throw would stop every module that imports Lit: no element would be defined. This
 * module is evaluated just before lit-html (see `lit-policy.ts`) and wraps `createPolicy` for
 * that moment only: a refused `lit-html` policy is reported once, naming the directive to add,
 * and Lit loads without one (it then renders only where Trusted Types are not enforced).
 */

interface TrustedTypesLike {
  createPolicy(name: string, rules: object, ...rest: unknown[]): unknown;
}

const tt = (globalThis as { trustedTypes?: TrustedTypesLike }).trustedTypes;
let original: TrustedTypesLike['createPolicy'] | undefined;
let reported = false;

if (tt && typeof tt.createPolicy === 'function') {
  original = tt.createPolicy;
  try {
    tt.createPolicy = function (this: TrustedTypesLike, name: string, rules: object, ...rest: unknown[]) {
      try {
        return original!.call(this, name, rules, ...rest);
      } catch (e) {
        if (name !== 'lit-html') throw e;
        if (!reported) {
          reported = true;
          // Two copies of Lit: the policy exists already.
          const add = /exist|duplicate/i.test(String(e)) ? "'allow-duplicates'" : 'lit-html';
          console.error(`post-glossary: the CSP refused Trusted Types policy "lit-html" (${e}). Add ${add} to the trusted-types directive: trusted-types lit-html post-glossary${add[0] == "'" ? ` ${add}` : ''}`);
        }
        return undefined;
      }
    };
  } catch {
    original = undefined; // a frozen trustedTypes: nothing to wrap
  }
}

/** Puts `createPolicy` back once lit-html has loaded. Returns true (an export used, so bundlers keep this module). */
export function releaseLitPolicyGuard(): boolean {
  if (tt && original) {
    try {
      tt.createPolicy = original;
    } catch {
      /* nothing to restore */
    }
    original = undefined;
  }
  return true;
}
