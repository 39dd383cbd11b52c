import { css } from 'lit';
import { themeStyles } from '../../internal/theme.js';
import { definitionCardStyles } from '../../internal/definition-card.js';
import { cardShadow, placedPopover, textReset } from '../../internal/shared-styles.js';

/*
 * Notes kept out of the CSS text, which ships as written:
 * - The results panel and the definition card sit in the top layer (popover), placed under the
 *   field by script, so a page's overflow: hidden, transforms or z-index cannot clip or cover
 *   them. The script sets --_room, the height free on the side they open to.
 * - The listbox itself scrolls (not the panel), as the combobox pattern expects.
 * - .clear and .card-close are one round icon button.
 */
export const styles = [
  themeStyles,
  definitionCardStyles, // includes .visually-hidden
  css`
    :host {
      display: block;
      position: relative;
      color: var(--_text);
      font-family: var(--_font);
      font-size: var(--post-glossary-search-font-size, 1rem);
      line-height: 1.4;
    }
    /* Filtering an index, which usually follows: room between the field (and its focus ring) and
       the index's letter bar. A page's own margin wins. */
    :host([filter]) {
      margin-block-end: 1rem;
    }
    .label,
    .field,
    .popup {
      ${textReset}
    }
    .label {
      display: block;
      margin-block-end: 0.375em;
      font-weight: 600;
    }
    .field {
      display: flex;
      align-items: center;
      box-sizing: border-box;
      min-height: 2.75em;
      /* The field's edge identifies it: 3:1 against the surface (WCAG 1.4.11), unlike the
         decorative borders of the card and the list. */
      border: 1px solid var(--post-glossary-border, light-dark(#747775, #8e918f));
      border-radius: var(--_radius);
      background: var(--_surface);
    }
    .field:focus-within {
      outline: 2px solid var(--_focus);
      outline-offset: 1px;
      border-color: var(--_focus);
    }
    .icon {
      flex: none;
      width: 1.125em;
      height: 1.125em;
      margin-inline: 0.75em 0.25em;
      color: var(--_muted);
    }
    input {
      all: unset;
      flex: 1 1 auto;
      min-width: 0;
      box-sizing: border-box;
      align-self: stretch;
      padding-block: 0.5em;
      padding-inline: 0.25em 0.5em;
      cursor: text;
    }
    input::placeholder {
      color: var(--_muted);
      opacity: 1;
    }
    /* The "/" hint only where a keyboard is likely. */
    @media not ((hover: hover) and (pointer: fine)) {
      kbd.hint {
        display: none;
      }
    }
    kbd.hint {
      flex: none;
      margin-inline-end: 0.625em;
      padding: 0 0.4em;
      border: 1px solid var(--_border);
      border-radius: 4px;
      color: var(--_muted);
      font: inherit;
      font-size: 0.8125em;
      line-height: 1.5;
    }
    kbd.hint[hidden] {
      display: none;
    }
    .clear,
    .card-close {
      all: unset;
      flex: none;
      display: grid;
      place-items: center;
      box-sizing: border-box;
      width: 2em;
      height: 2em;
      margin-inline-end: 0.375em;
      border-radius: 50%;
      color: var(--_muted);
      cursor: pointer;
    }
    /* The card's previews switch sits just before the close button. */
    .card {
      --_previews-switch-end: calc(1em + 24px + 0.25em);
    }
    .card-close {
      float: inline-end;
      width: 24px;
      height: 24px;
      margin-block: 0;
      margin-inline: 0.5em 0;
    }
    .clear:hover,
    .card-close:hover {
      color: var(--_text);
      background: color-mix(in srgb, var(--_text) 8%, transparent);
    }
    .clear:focus-visible,
    .card-close:focus-visible {
      outline: 2px solid var(--_focus);
      outline-offset: 1px;
    }
    .clear svg,
    .card-close svg {
      width: 0.875em;
      height: 0.875em;
    }

    .popup[popover],
    .card[popover] {
      ${placedPopover}
    }
    /*
     * The card fits its content whenever the side it opens to has the room (a long definition,
     * its see-also row and links whole, in every engine's font metrics); only when it has not does
     * it scroll, and then visibly: a shadow shows at each edge that has more content beyond it
     * (the shadows stay at the edges, attachment scroll; covers in the surface colour scroll with
     * the content, attachment local, and hide each shadow once its end is reached).
     */
    .card[popover] {
      max-height: min(calc(100vh - 16px), var(--_room, 100vh));
      overscroll-behavior: contain;
      background:
        linear-gradient(var(--_surface) 30%, transparent) center top / 100% 2.5em no-repeat local,
        linear-gradient(transparent, var(--_surface) 70%) center bottom / 100% 2.5em no-repeat local,
        radial-gradient(farthest-side at 50% 0, color-mix(in srgb, var(--_text) 35%, transparent), transparent) center top / 100% 0.875em no-repeat scroll,
        radial-gradient(farthest-side at 50% 100%, color-mix(in srgb, var(--_text) 35%, transparent), transparent) center bottom / 100% 0.875em no-repeat scroll,
        var(--_surface);
    }
    .popup {
      box-sizing: border-box;
      max-height: min(var(--post-glossary-search-max-height, 26rem), 80vh, var(--_room, 100vh));
      flex-direction: column;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
      color: var(--_text);
      box-shadow: ${cardShadow};
    }
    .empty {
      margin: 0;
      padding: 0.5em 0.75em 0.25em;
      color: var(--_muted);
      font-size: 0.9375em;
    }
    .popup:popover-open {
      display: flex;
    }
    [role='listbox'] {
      flex: 1 1 auto;
      min-height: 0;
      padding: 0.25em;
      overflow: auto;
      overscroll-behavior: contain;
    }
    .option {
      /* Its hidden name stays inside it (not overflowing the list). */
      position: relative;
      padding: 0.5em 0.75em;
      border-radius: calc(var(--_radius) - 2px);
      cursor: pointer;
    }
    .option[aria-selected='true'] {
      background: color-mix(in srgb, var(--_accent) 14%, var(--_surface));
      outline: 2px solid var(--_accent);
      outline-offset: -2px;
    }
    .option .name {
      display: block;
    }
    .option .term {
      font-weight: 600;
    }
    .option :is(.expansion, .alias, .snippet) {
      color: var(--_muted);
      font-size: 0.875em;
    }
    .option .snippet {
      display: block;
      margin-top: 0.125em;
      overflow-wrap: anywhere;
    }
    mark {
      background: var(--_highlight);
      color: var(--_highlight-text, inherit);
      border-radius: 2px;
    }
    @media (forced-colors: active) {
      .option[aria-selected='true'] {
        outline-color: Highlight;
        forced-color-adjust: none;
        background: Highlight;
        color: HighlightText;
      }
      .option[aria-selected='true'] :is(.expansion, .alias, .snippet) {
        color: HighlightText;
      }
      .option[aria-selected='true'] mark {
        background: HighlightText;
        color: Highlight;
      }
    }
    @media print {
      .popup,
      .card {
        display: none !important;
      }
    }
  `,
];
