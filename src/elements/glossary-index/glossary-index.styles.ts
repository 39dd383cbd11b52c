import { css } from 'lit';
import { themeStyles } from '../../internal/theme.js';
import { entryMetaStyles, textReset, visuallyHiddenStyles } from '../../internal/shared-styles.js';

export const styles = [
  themeStyles,
  entryMetaStyles,
  visuallyHiddenStyles,
  css`
    /* Part of the page it sits on: no background of its own, the page's text colour, and the
       page's colour scheme (color-scheme inherits: light unless the page declares dark, or both,
       and then the reader's preference), as form controls do. theme="light"/"dark" pins a scheme
       and gives the index its own surface and text colours. */
    :host {
      color-scheme: inherit;
      --_text: var(--post-glossary-text, currentColor);
      --_surface: var(--post-glossary-surface, transparent);
      /* Text on the accent colour (the active filter). */
      --_on-accent: var(--post-glossary-surface, light-dark(#ffffff, #202124));
    }
    :host([theme='light']),
    :host([theme='dark']) {
      --_text: var(--post-glossary-text, light-dark(#1f1f1f, #e3e3e3));
      --_surface: var(--post-glossary-surface, light-dark(#ffffff, #202124));
    }
    :host([theme='light']) .index,
    :host([theme='dark']) .index {
      padding: 0.25em 1em 1em;
      border-radius: var(--_radius);
    }
    :host([theme='light']) .letters,
    :host([theme='dark']) .letters {
      background: var(--_surface);
    }
    /* Embedded on pages we do not control: reset what inherits into shadow DOM. A page rule such
       as "* { text-transform: uppercase }" beats :host, so the reset is repeated on .index
       (a div, block already). */
    :host,
    .index {
      display: block;
      color: var(--_text);
      background: var(--_surface);
      font-family: var(--_font);
      font-size: var(--post-glossary-font-size, 1rem);
      line-height: 1.6;
      ${textReset}
    }
    /* (No generated content here: no ::before or ::after to include.) */
    * {
      box-sizing: border-box;
    }
    /* Links: the UA's underline, in the accent colour. */
    a {
      color: var(--_accent);
      text-underline-offset: 0.15em;
    }
    /* What can take focus here: links, buttons and the headings (tabindex -1) jumps focus. */
    :focus-visible {
      outline: 2px solid var(--_focus);
      outline-offset: 2px;
    }
    [tabindex='-1']:focus:not(:focus-visible) {
      outline: none;
    }
    [tabindex='-1'] {
      /* A jump's target lands below the sticky letter bar. */
      scroll-margin-top: calc(var(--post-glossary-sticky-top, 0px) + var(--_letters-height, 3em) + 1em);
    }
    /* Whatever takes focus by Tab is scrolled into view below the bar too, never under it
       (WCAG 2.4.11). --_letters-height follows the bar's height (0 where it does not stick). */
    a,
    button {
      scroll-margin-top: calc(var(--post-glossary-sticky-top, 0px) + var(--_letters-height, 3em) + 0.5em);
      scroll-margin-bottom: 0.5em;
    }
    .letters a {
      scroll-margin: 0;
    }
    p {
      margin: 0;
    }
    .letters {
      position: sticky;
      top: var(--post-glossary-sticky-top, 0px);
      z-index: 1;
      /* Opaque, or entries would show through it when it sticks: the index's surface, else the
         page's own background (found by script: --_page-bg), else the scheme's canvas. */
      background: var(--post-glossary-surface, var(--_page-bg, Canvas));
      border-bottom: 1px solid var(--_border);
      padding: 0.5em 0;
    }
    .letters ul {
      display: flex;
      flex-wrap: wrap;
      gap: 0.125em;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .letters a,
    .letters .disabled {
      display: inline-flex;
      align-items: center;
      justify-content: center;
      min-width: 2em;
      min-height: 2em;
      border-radius: var(--_radius);
      font-weight: 600;
      text-decoration: none;
    }
    .letters a:hover {
      background: color-mix(in srgb, var(--_accent) 12%, transparent);
    }
    /* The letter being read (after a jump, or scrolled to). */
    .letters a[aria-current] {
      background: color-mix(in srgb, var(--_accent) 18%, transparent);
      box-shadow: inset 0 -3px 0 var(--_accent);
    }
    /* Narrow windows: one row that scrolls sideways, not a bar several rows tall. Short ones
       (400 % zoom, a phone on its side): the bar does not stick at all (WCAG 1.4.10). */
    @media (max-width: 40rem) {
      .letters ul {
        flex-wrap: nowrap;
        overflow-x: auto;
        scrollbar-width: thin;
      }
      .letters li {
        flex: none;
      }
    }
    @media (max-height: 32rem) {
      .letters {
        position: static;
      }
    }
    .letters .disabled {
      color: var(--_muted);
      font-weight: normal;
      opacity: 0.75;
    }
    .filters {
      display: flex;
      flex-wrap: wrap;
      gap: 0.375em;
      margin: 1em 0 0.5em;
    }
    .filters button {
      all: unset;
      box-sizing: border-box;
      display: inline-flex;
      gap: 0.4em;
      align-items: center;
      min-height: 2em;
      padding: 0.125em 0.75em;
      border: 1px solid var(--_border);
      border-radius: 999px;
      /* Colour and font are inherited (all: unset). */
      font-size: 0.875em;
      cursor: pointer;
    }
    /* all: unset above outranks the plain :focus-visible rule: the ring is set again here. */
    .filters button:focus-visible {
      outline: 2px solid var(--_focus);
      outline-offset: 2px;
    }
    .filters button[aria-disabled='true'] {
      opacity: 0.55;
      cursor: default;
    }
    .filters button[aria-checked='true'] {
      background: var(--_accent);
      border-color: var(--_accent);
      color: var(--_on-accent);
    }
    .filters .count {
      opacity: 0.85;
      font-variant-numeric: tabular-nums;
    }
    .section {
      margin-top: 1.5em;
    }
    .pending {
      /* Room for entries still to be rendered, so the scrollbar does not jump as they arrive. */
      min-height: 12em;
    }
    .letter-heading {
      font-size: 1.75em;
      font-weight: 700;
      line-height: 1.2;
      padding-bottom: 0.25em;
      border-bottom: 2px solid var(--_border);
    }
    /* The "#" group's name, in the page's language ("# Other", "# 한글 및 기타"). */
    .group-name {
      margin-inline-start: 0.25em;
      color: var(--_muted);
      font-size: 0.5em;
      font-weight: 400;
    }
    .entry {
      /* Entries off screen skip layout and paint until they come near: the index renders, and
         jumps, fast (the bundled 70 render in about a third of the time). */
      content-visibility: auto;
      contain-intrinsic-size: auto 12em;
      /* Inside the index's box (no negative margin: nothing may widen the page), square, so
         the separators end straight. */
      padding: 0.875em 0.75em;
      transition: background-color 1.2s ease-out;
    }
    .entry + .entry,
    .block + .block > .entry:first-child {
      border-top: 1px solid color-mix(in srgb, var(--_border) 60%, transparent);
    }
    .large .block {
      /* A block of entries (BLOCK in glossary-index.ts) in a large index: off screen, the whole
         block skips layout and paint, so a jump lays out a few hundred boxes, not every entry. Its
         padding holds the entries' bleed (their negative margins), which its paint containment
         would clip. Before it is first laid out it counts as a full block (about 12em an entry). */
      content-visibility: auto;
      contain-intrinsic-size: auto 600em;
      margin: 0 -0.75em;
      padding: 0 0.75em;
      /* The index's own background again: contrast checkers (axe) stop at a containing block. */
      background: var(--_surface);
    }
    .entry.highlight {
      background: var(--_highlight);
      /* MarkText on Mark in forced colours (unset otherwise). */
      color: var(--_highlight-text, inherit);
      transition: none;
    }
    .entry-head {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      justify-content: space-between;
      gap: 0 1em;
    }
    .term {
      font-size: 1.2em;
      font-weight: 700;
    }
    .definition {
      margin-top: 0.25em;
      max-width: 70ch;
      /* A long word (with the page's letter spacing, at a large text size) wraps instead of spilling sideways. */
      overflow-wrap: break-word;
    }
    .see-also,
    .more {
      margin-top: 0.375em;
      font-size: 0.9375em;
    }
    .see-also .label {
      color: var(--_muted);
    }
    .more {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25em 1.25em;
    }
    .empty {
      margin: 1.5em 0;
      padding: 1em;
      border: 1px dashed var(--_border);
      border-radius: var(--_radius);
    }
    .credit {
      margin-top: 2em;
      font-size: 0.875em;
      color: var(--_muted);
    }
    @media (prefers-reduced-motion: reduce) {
      .entry {
        transition: none;
      }
    }
    @media (forced-colors: active) {
      .filters button[aria-checked='true'] {
        forced-color-adjust: none;
        background: Highlight;
        color: HighlightText;
      }
    }
    /* Print: the glossary itself, letter by letter, without the controls. */
    @media print {
      :host,
      .index {
        background: none;
        color: #000;
      }
      .letters,
      .filters,
      .empty {
        display: none !important;
      }
      .letter-heading {
        break-after: avoid;
      }
      .block {
        content-visibility: visible;
      }
      .entry {
        content-visibility: visible;
        break-inside: avoid;
        background: none !important;
      }
      a {
        color: inherit;
        text-decoration: none;
      }
    }
  `,
];
