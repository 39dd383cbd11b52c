import { el } from '../../internal/definition-card.js';

/**
 * The inline markup, the same for every term, built once with DOM calls (no HTML parsing, so
 * nothing for Trusted Types to object to) and cloned per term:
 * `<span class="trigger" part="trigger" role="button" tabindex="0" aria-expanded="false"><slot></slot></span>`.
 * Its description is written per term, in `aria-description`.
 */
let inline: HTMLElement | undefined;
export const inlineMarkup = (): Node =>
  (inline ??= el('span', { class: 'trigger', part: 'trigger', role: 'button', tabindex: '0', 'aria-expanded': 'false' }, document.createElement('slot'))).cloneNode(true);

/** Whether `term` sits inside a button or a summary (across shadow roots): a control cannot hold another one. */
export function insideControl(term: HTMLElement): boolean {
  for (let n: Node | null = term.parentNode; n; n = n instanceof ShadowRoot ? n.host : n.parentNode) {
    if (n instanceof Element && (n.localName === 'button' || n.localName === 'summary')) return true;
  }
  return false;
}

/** A lit-html template strings array (its own `raw`, as lit-html checks), built from constant text only. */
const templateStrings = (parts: string[]) => Object.freeze(Object.assign(parts, { raw: parts })) as unknown as TemplateStringsArray;
let ssrTrigger: TemplateStringsArray | undefined;
let ssrPlain: TemplateStringsArray | undefined;

/**
 * The server's inline markup as a lit-html TemplateResult, made without importing lit-html: the
 * trigger, unstyled until the term upgrades (its look is the page's shared sheet; a stylesheet per
 * term would weigh on a page of a thousand terms), or the text alone for an unknown term.
 */
export const ssrMarkup = (description: string | undefined): unknown =>
  description !== undefined
    ? { ['_$litType$']: 1, strings: (ssrTrigger ??= templateStrings(['<span class="trigger" part="trigger" role="button" tabindex="0" aria-expanded="false" aria-description="', '"><slot></slot></span>'])), values: [description] }
    : { ['_$litType$']: 1, strings: (ssrPlain ??= templateStrings(['<slot></slot>'])), values: [] };
