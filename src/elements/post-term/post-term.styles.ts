import { css } from 'lit';
import { placedPopover } from '../../internal/shared-styles.js';
import { themeTokens, forcedColorTokens } from '../../internal/theme.js';
import { definitionCardStyles } from '../../internal/definition-card.js';

/**
 * The inline term's styles, adopted by every term on the page: only what the inline text needs.
 * It takes the sentence's own font, size and colour, so it reads right on any page, light or dark,
 * without resolving the theme per term; --post-glossary-accent recolours the underline.
 */
export const styles = css`
  :host {
    display: inline;
  }
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
  @media (forced-colors: active) {
    .trigger {
      text-decoration-color: LinkText;
    }
  }
`;

/**
 * The card's styles: adopted by a term when its card is first built. The theme tokens are
 * resolved on the card only. It sits in the top layer (popover), placed next to the term by script.
 */
const cardStyles = css`
  ${definitionCardStyles}
  .card {
    ${themeTokens}
  }
  :host([theme='light']) .card {
    color-scheme: light;
  }
  :host([theme='dark']) .card {
    color-scheme: dark;
  }
  [hidden] {
    display: none !important;
  }
  .card[popover] {
    ${placedPopover}
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
    .card {
      ${forcedColorTokens}
    }
  }
  @media print {
    .card {
      display: none !important;
    }
  }
`;

export const cardSheet = cardStyles.styleSheet!;
