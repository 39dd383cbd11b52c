import { css, unsafeCSS } from '@lit/reactive-element';
import { adopt } from '../../internal/dom.js';

/**
 * The inline term's look. It takes the sentence's own font, size and colour, so it reads right on
 * any page, light or dark, without resolving the theme per term; --post-glossary-accent recolours
 * the underline. Written once for two places (see {@link adoptInlineStyles}), as a css`` template
 * so the build strips its whitespace.
 */
const inlineRules = (triggerSelector: string, openSelector: string, readSelector: string, linkSelector: string) => {
  const trigger = unsafeCSS(triggerSelector);
  const link = unsafeCSS(linkSelector);
  return css`
    ${trigger} {
      text-decoration-line: underline;
      text-decoration-style: var(--post-glossary-underline, dotted);
      text-decoration-color: var(--post-glossary-accent, currentColor);
      text-decoration-thickness: max(1px, 0.08em);
      text-underline-offset: 0.2em;
      cursor: help;
      border-radius: 2px;
      -webkit-tap-highlight-color: transparent;
    }
    ${trigger}:hover, ${unsafeCSS(openSelector)} {
      text-decoration-style: solid;
    }
    /* Read on an earlier page: a fainter underline, the text itself unchanged (never hidden). */
    ${unsafeCSS(readSelector)} {
      text-decoration-color: color-mix(in srgb, var(--post-glossary-accent, currentColor) 35%, transparent);
    }
    /* Previews off: a plain link to the glossary entry, in the sentence's colour. */
    ${link} {
      color: inherit;
      text-decoration-line: underline;
      text-decoration-color: var(--post-glossary-accent, currentColor);
      text-decoration-thickness: max(1px, 0.08em);
      text-underline-offset: 0.2em;
      border-radius: 2px;
    }
    ${trigger}:focus-visible, ${link}:focus-visible {
      outline: 2px solid var(--post-glossary-focus, currentColor);
      outline-offset: 2px;
    }
    @media (forced-colors: active) {
      ${trigger}, ${link} {
        text-decoration-color: LinkText;
      }
      ${link} {
        color: LinkText;
      }
    }
  `.cssText;
};

const sheet = (text: string) => {
  const s = new CSSStyleSheet();
  s.replaceSync(text);
  return s;
};

let sharedSheet: CSSStyleSheet | undefined;
let ownSheet: CSSStyleSheet | undefined;
/** Scopes whose sheets were checked in this task. */
let checked: Set<Node> | undefined;

/**
 * Styles a term's trigger. A stylesheet in each of a thousand shadow roots is the largest part of
 * what a term costs to render, so the terms of a document (or of a component's shadow root) share
 * one sheet adopted by that scope, reaching the trigger through `::part(trigger)`. It sits in the
 * cascade layer `post-glossary`, so a page's unlayered `post-term::part(trigger)` rules win over
 * it whatever their specificity (a page that layers its own CSS declares `@layer post-glossary;`
 * first). A term registered under another tag name adopts the rules into its own shadow root
 * instead. Constructable sheets only: nothing a strict `style-src` CSP blocks. A sheet cannot be
 * adopted by another window's document (a term moved into a picture-in-picture window): the
 * term then keeps working, unstyled, rather than throw.
 */
export function adoptInlineStyles(host: HTMLElement): void {
  const scope = host.getRootNode() as Document | ShadowRoot;
  if (host.localName === 'post-term') {
    if (checked?.has(scope)) return;
    // Checked once per scope per batch of terms connected together (not per term): a page may
    // have replaced its adoptedStyleSheets since the last batch.
    if (!checked) {
      checked = new Set();
      queueMicrotask(() => (checked = undefined));
    }
    checked.add(scope);
    sharedSheet ??= sheet(`@layer post-glossary {${inlineRules('post-term::part(trigger)', 'post-term[open]::part(trigger)', 'post-term:not([open])::part(read)', 'post-term::part(link)')}}`);
    adopt(scope, sharedSheet);
  } else {
    ownSheet ??= sheet(inlineRules('.trigger', ".trigger[aria-expanded='true']", ".trigger[part~='read']:not([aria-expanded='true'])", "a[part='link']"));
    adopt(host.shadowRoot!, ownSheet);
  }
}
