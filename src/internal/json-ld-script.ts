// Writes the page's JSON-LD block through a private Trusted Types policy: under
// `require-trusted-types-for 'script'` the script text setters throw without a TrustedScript.

interface ScriptPolicy {
  createScript(input: string): unknown;
}
interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createScript(input: string): string }): ScriptPolicy;
}
let jsonPolicy: ScriptPolicy | null | undefined;

/**
 * Fills `script` with `json`. Where Trusted Types exist the text goes through a policy named
 * `post-glossary` that accepts only JSON (a page listing policy names must add it). When the
 * policy is refused, a text node is used: the data is still there for search engines, only a
 * console message remains. Without Trusted Types the text node is all there is to it.
 */
export function setScriptText(script: HTMLScriptElement, json: string) {
  const tt = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  if (tt && jsonPolicy === undefined) {
    try {
      jsonPolicy = tt.createPolicy('post-glossary', {
        createScript(input) {
          // Only what jsonLdText writes (a JSON object with every "<" escaped): this policy is
          // private to this module and is no way to run script.
          if (input[0] !== '{' || input.includes('<')) throw new TypeError('post-glossary: JSON-LD only');
          return input;
        },
      });
    } catch {
      jsonPolicy = null;
    }
  }
  if (jsonPolicy) script.textContent = jsonPolicy.createScript(json) as string;
  else script.replaceChildren(json);
}
