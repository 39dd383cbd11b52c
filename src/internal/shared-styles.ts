import { css } from '@lit/reactive-element';

/** An entry's category label and expansion, alike in the definition card and the index. */
export const entryMetaStyles = css`
  .category {
    flex: none;
    font-size: 0.75em;
    text-transform: uppercase;
    letter-spacing: 0.06em;
    color: var(--_muted);
  }
  .expansion {
    color: var(--_muted);
    font-style: italic;
  }
`;

/** Text for screen readers only. */
export const visuallyHiddenStyles = css`
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
  }
`;

/**
 * Declarations for a popover in the top layer that script places next to its anchor (through
 * element.style, which strict CSP allows): the UA's centring is undone.
 */
export const placedPopover = css`
  position: fixed;
  inset: auto;
  margin: 0;
  top: 0;
  left: 0;
`;

/**
 * Declarations resetting what inherits into shadow DOM from pages we do not control (a page rule
 * such as "* { text-transform: uppercase }"). letter-spacing and word-spacing are left to inherit:
 * a reader's text-spacing settings (WCAG 1.4.12) reach shadow DOM only that way.
 */
export const textReset = css`
  font-weight: normal;
  font-style: normal;
  text-align: start;
  text-transform: none;
  text-indent: 0;
  white-space: normal;
`;

/** The shadow of the panels that float over the page (the definition card, the search's results). */
export const cardShadow = css`0 1px 3px rgb(0 0 0 / 0.15), 0 8px 24px rgb(0 0 0 / 0.18)`;
