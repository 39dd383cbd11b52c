import { css } from '@lit/reactive-element';
import { cardShadow, entryMetaStyles, textReset, visuallyHiddenStyles } from './shared-styles.js';

/**
 * Styles of the definition card (`buildDefinitionCard`); expects themeStyles' tokens on the host
 * or the card.
 */
export const definitionCardStyles = css`
  ${entryMetaStyles}
  ${visuallyHiddenStyles}
  .card {
    box-sizing: border-box;
    width: var(--post-glossary-card-width, 22rem);
    max-width: calc(100vw - 16px);
    /* --_room: the height free on the side it opens to (place.ts). */
    max-height: min(70vh, 32rem, var(--_room, 100vh));
    overflow: auto;
    padding: 0.875em 1em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font-family: var(--_font);
    font-size: var(--post-glossary-card-font-size, 0.9375rem);
    line-height: 1.5;
    ${textReset}
    box-shadow: ${cardShadow};
    user-select: text;
    cursor: auto;
  }
  /* (The see-also list is display: contents: it has no box to reset.) */
  .card p {
    margin: 0;
  }
  .card > * + * {
    margin-top: 0.5em;
  }
  .heading {
    display: flex;
    align-items: baseline;
    justify-content: space-between;
    gap: 0.75em;
  }
  .term {
    margin: 0;
    font: inherit;
    font-weight: 700;
    font-size: 1.125em;
    border-radius: 2px;
  }
  /* Focus lands here after a see-also jump or a step back: shown, as on any control. */
  .term:focus {
    outline: none;
  }
  .term:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .see-also {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25em 0.5em;
  }
  /* The definition and its "More" button run on as one paragraph. */
  .definition-block > .definition {
    display: inline;
  }
  button.more {
    all: unset;
    color: var(--_accent);
    font-size: 0.875em;
    font-weight: 600;
    white-space: nowrap;
    cursor: pointer;
    /* A 24 px target (WCAG 2.5.8) without changing the line's height. */
    padding-block: 0.2em;
    margin-inline-start: 0.25em;
  }
  button.more:hover {
    text-decoration: underline;
  }
  .see-also .label {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .see-also ul {
    display: contents;
    list-style: none;
  }
  .see-also li {
    display: inline;
  }
  button.chip,
  button.back {
    all: unset;
    box-sizing: border-box;
    display: inline-block;
    padding: 0.125em 0.5em;
    min-height: 24px;
    border: 1px solid var(--_border);
    border-radius: 999px;
    color: var(--_accent);
    /* The font and the card's line-height are inherited (all: unset). */
    font-size: 0.875em;
    cursor: pointer;
  }
  button.back {
    border: none;
    padding-inline: 0;
  }
  /* The arrow points back, towards the start edge: right to left, it points right. */
  .back .arrow {
    display: inline-block;
  }
  .back .arrow:dir(rtl) {
    transform: scaleX(-1);
  }
  button.chip:hover,
  button.back:hover {
    text-decoration: underline;
  }
  .links {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
  }
  .card a {
    color: var(--_accent);
    text-underline-offset: 0.15em;
  }
  /* The reader's previews switch: small, out of the way of the definition. While previews are on,
     an icon in the card's top corner (the card is fixed, so it is the containing block), beside
     the category; the search card moves it clear of its close button (--_previews-switch-end). */
  .heading.with-switch {
    padding-inline-end: calc(24px + var(--_previews-switch-gap, 0.25em));
  }
  button.previews-switch.icon {
    position: absolute;
    top: 0.6875em;
    inset-inline-end: var(--_previews-switch-end, 0.5em);
    display: grid;
    place-items: center;
    width: 24px;
    height: 24px;
    border-radius: 50%;
    text-decoration: none;
  }
  /* The back button's line (24px at least) and the gap after it. */
  button.previews-switch.icon.after-back {
    top: calc(0.6875em + max(24px, 1.3125em) + 0.5em);
  }
  button.previews-switch.icon svg {
    width: 16px;
    height: 16px;
  }
  button.previews-switch.icon:hover {
    background: color-mix(in srgb, var(--_text) 8%, transparent);
  }
  .previews {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: flex-end;
    gap: 0 0.5em;
    color: var(--_muted);
    font-size: 0.8125em;
  }
  button.previews-switch {
    all: unset;
    box-sizing: border-box;
    display: inline-block;
    min-height: 24px;
    color: var(--_muted);
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }
  button.previews-switch:hover {
    color: var(--_text);
  }
  .card a:focus-visible,
  button.more:focus-visible,
  button.chip:focus-visible,
  button.back:focus-visible,
  button.previews-switch:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
`;
