import { el } from '../../internal/dom.js';
import type { TermEntry } from '../../core/types.js';
import { describe } from './term-lookup.js';

/**
 * The inline markup, the same for every term, built once with DOM calls (no HTML parsing, so
 * nothing for Trusted Types to object to) and cloned per term:
 * `<span class="trigger" part="trigger" role="button" tabindex="0" aria-expanded="false"><slot></slot></span>`.
 * Its description is written per term, in `aria-description`.
 */
let inline: HTMLElement | undefined;
const inlineMarkup = (): Node =>
  (inline ??= el('span', { class: 'trigger', part: 'trigger', role: 'button', tabindex: '0', 'aria-expanded': 'false' }, document.createElement('slot'))).cloneNode(true);
const slot = () => document.createElement('slot');

/**
 * What a term shows inline, written only where it changed (a page may hold a thousand terms: no
 * template bindings, no re-render): its trigger; with previews off, a plain link to its entry
 * (when the glossary page is known) or its text alone; for an unknown term, the text, nothing
 * focusable.
 */
export class InlineTerm {
  /** The trigger while there is one (null: none; undefined: nothing rendered yet). */
  trigger?: HTMLElement | null;
  #mode?: 'trigger' | 'link' | 'plain';
  #described?: TermEntry;
  #quiet = false;
  /** aria-expanded as last written (the markup says false: not written on every term's first render). */
  #expanded = false;

  /** The trigger of `entry`; `quiet`: read on an earlier page (fainter, never hidden). */
  showTrigger(root: ShadowRoot, entry: TermEntry, quiet: boolean): void {
    if (!this.trigger) {
      root.replaceChildren(inlineMarkup());
      this.trigger = root.firstElementChild as HTMLElement;
      this.#described = undefined;
      this.#quiet = false;
      this.#mode = 'trigger';
      this.#expanded = false;
    }
    // The accessible description: an attribute, not a hidden element per term.
    if (this.#described !== entry) this.trigger.setAttribute('aria-description', describe((this.#described = entry)));
    if (quiet !== this.#quiet) this.trigger.part.toggle('read', (this.#quiet = quiet));
  }

  /** No trigger: a link to `href`, else the text (`known`: focus that was in the term stays on it), else the text alone. */
  showPlain(root: ShadowRoot, known: boolean, href?: string): void {
    const mode = known ? (href ? 'link' : 'plain') : undefined;
    if (mode === this.#mode && (known || this.trigger === null)) {
      if (href && root.firstElementChild!.getAttribute('href') !== href) root.firstElementChild!.setAttribute('href', href);
      return;
    }
    const focused = !!root.activeElement;
    root.replaceChildren(href ? el('a', { part: 'link', href }, slot()) : known ? el('span', { tabindex: '-1' }, slot()) : slot());
    this.trigger = null;
    this.#described = undefined;
    this.#mode = mode;
    if (focused && known) (root.firstElementChild as HTMLElement).focus();
  }

  /** Expanded: the card is open and can be used (a preview is a tooltip: described, not expanded). */
  set expanded(on: boolean) {
    if (this.trigger && on !== this.#expanded) this.trigger.setAttribute('aria-expanded', String(on));
    this.#expanded = on;
  }
}

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
    ? {
        ['_$litType$']: 1,
        strings: (ssrTrigger ??= templateStrings(['<span class="trigger" part="trigger" role="button" tabindex="0" aria-expanded="false" aria-description="', '"><slot></slot></span>'])),
        values: [description],
      }
    : { ['_$litType$']: 1, strings: (ssrPlain ??= templateStrings(['<slot></slot>'])), values: [] };
