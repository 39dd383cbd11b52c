import { css } from 'lit';
import { themeTokens, forcedColorTokens } from '../../internal/theme.js';
import { definitionCardStyles } from '../../internal/definition-card.js';

/** Adopted when the first card of an element is built; the inline term does not need it. */
export const cardSheet = definitionCardStyles.styleSheet!;

// The theme tokens are resolved on the card only: a page may hold a thousand inline terms, and
// each would otherwise compute every token. The inline term needs two colours.
export const styles = [
  css`
    /* Inline, and otherwise invisible to the sentence it sits in: same font, size and colour. */
    :host {
      display: inline;
    }
    [hidden] {
      display: none !important;
    }
    .card {
      ${themeTokens}
    }
    :host([theme='light']) .card {
      color-scheme: light;
    }
    :host([theme='dark']) .card {
      color-scheme: dark;
    }
    /* The inline term takes the sentence's own colour, so it reads right on any page, light or
       dark, without resolving the theme per term; --post-glossary-accent recolours the underline. */
    .trigger {
      color: inherit;
      font: inherit;
      text-decoration-line: underline;
      text-decoration-style: var(--post-glossary-underline, dotted);
      text-decoration-color: var(--post-glossary-accent, currentColor);
      text-decoration-thickness: max(1px, 0.08em);
      text-underline-offset: 0.2em;
      cursor: help;
      border-radius: 2px;
      -webkit-tap-highlight-color: transparent;
    }
    .trigger:hover,
    :host([open]) .trigger {
      text-decoration-style: solid;
    }
    .trigger:focus-visible {
      outline: 2px solid var(--post-glossary-focus, currentColor);
      outline-offset: 2px;
    }
    /* The card sits in the top layer (popover), placed next to the term by script. */
    .card[popover] {
      position: fixed;
      inset: auto;
      margin: 0;
      top: 0;
      left: 0;
      opacity: 1;
      transition: opacity 120ms ease-out;
    }
    @starting-style {
      .card[popover]:popover-open {
        opacity: 0;
      }
    }
    @media (prefers-reduced-motion: reduce) {
      .card[popover] {
        transition: none;
      }
    }
    @media (forced-colors: active) {
      .trigger {
        text-decoration-color: LinkText;
      }
      .card {
        ${forcedColorTokens}
      }
    }
    @media print {
      .card {
        display: none !important;
      }
    }
  `,
];
