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

const g = globalThis as { trustedTypes?: TrustedTypesLike; litHtmlVersions?: unknown[] } & Record<symbol, unknown>;
const tt = g.trustedTypes;
/** What the page's earlier guarded attempts (other copies of post-glossary) got: 'created' | 'refused'. */
const OUTCOME = Symbol.for('post-glossary.lit-html-policy');
let original: TrustedTypesLike['createPolicy'] | undefined;
let reported = false;
/** This copy's lit-html policy was refused because another copy of post-glossary holds it. */
let heldByAnotherCopy = false;

if (tt && typeof tt.createPolicy === 'function') {
  original = tt.createPolicy;
  try {
    tt.createPolicy = function (this: TrustedTypesLike, name: string, rules: object, ...rest: unknown[]) {
      const earlier = g[OUTCOME];
      // A Lit already loaded on this page (ours or another's) created its lit-html policy, unless an
      // earlier copy of ours saw it refused. Known from the page's state, not from the error's
      // text: each engine words the refusal its own way (Firefox the same for both causes).
      const duplicate = earlier === 'created' || (earlier === undefined && (g.litHtmlVersions?.length ?? 0) > 0);
      try {
        const policy = original!.call(this, name, rules, ...rest);
        if (name === 'lit-html') g[OUTCOME] = 'created';
        return policy;
      } catch (e) {
        if (name !== 'lit-html') throw e;
        if (earlier === 'created') heldByAnotherCopy = true;
        g[OUTCOME] ??= 'refused';
        if (!reported) {
          reported = true;
          // Two copies of Lit: the policy exists already.
          const add = duplicate ? "'allow-duplicates'" : 'lit-html';
          console.error(
            `post-glossary: the CSP refused Trusted Types policy "lit-html" (${e}). Add ${add} to the trusted-types directive: trusted-types lit-html post-glossary${add[0] == "'" ? ` ${add}` : ''}`,
          );
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

/**
 * Whether another copy of post-glossary on this page holds the `lit-html` policy this copy was
 * refused (two copies, no 'allow-duplicates'). Its Lit can render under Trusted Types and this
 * copy's cannot, so this copy leaves the Lit elements' tags to it: with two copies loading at
 * once, the one whose element file arrives first must not be the one that cannot render.
 */
export const litPolicyHeldByAnotherCopy = (): boolean => heldByAnotherCopy;
