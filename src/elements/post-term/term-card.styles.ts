import { css } from '@lit/reactive-element';
import { themeTokens, forcedColorTokens } from '../../internal/theme.js';
import { placedPopover } from '../../internal/shared-styles.js';
import { definitionCardStyles } from '../../internal/definition-card.styles.js';

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
  /* A popover placed by script next to the term: the UA's centring undone. */
  .card {
    ${placedPopover}
    transition: opacity 120ms ease-out;
  }
  @starting-style {
    .card:popover-open {
      opacity: 0;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .card {
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
