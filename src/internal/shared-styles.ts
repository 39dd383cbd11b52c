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
