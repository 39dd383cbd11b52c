import { css, html, nothing, type TemplateResult } from 'lit';
import { safeHref } from '../core/normalize.js';
import { CATEGORY_LABELS, type TermEntry } from '../core/types.js';
import { entryMetaStyles, visuallyHiddenStyles } from './shared-styles.js';

export interface DefinitionCardOptions {
  /** Id of the heading, for aria-labelledby on the card's container. */
  headingId: string;
  /** Entries named by the entry's seeAlso (already resolved). */
  related: readonly TermEntry[];
  /** Called when a see-also term is activated: show that entry in place. */
  onSeeAlso(id: string): void;
  /** Where the full glossary lives: adds a "Full entry" link to `${glossaryHref}#${id}`. */
  glossaryHref?: string;
  /** Base URL for the entry's "learn more" paths; without it they are not rendered. */
  linkBase?: string;
  /** The entry shown before a see-also jump, to offer a way back. */
  previous?: TermEntry;
  onBack?(): void;
}

/**
 * The definition card shared by `<post-term>` and `<glossary-search>`: term, expansion, category,
 * definition, see-also buttons (which show that term in place: no tooltip inside a tooltip),
 * "Full entry" and "learn more" links. Everything is text through Lit bindings. Links appear only
 * when they can work: a dead link is worse than none.
 */
export function renderDefinitionCard(entry: TermEntry, o: DefinitionCardOptions): TemplateResult {
  const full = o.glossaryHref ? safeHref(`${o.glossaryHref.split('#')[0]}#${encodeURIComponent(entry.id)}`) : undefined;
  const learnMore = o.linkBase
    ? entry.links.map((l) => ({ label: l.label, href: safeHref(l.path, o.linkBase) })).filter((l) => l.href)
    : [];
  return html`
    ${o.previous && o.onBack
      ? html`<button type="button" class="back" part="card-back" @click=${o.onBack}>
          <span aria-hidden="true">←</span> ${o.previous.term}
        </button>`
      : nothing}
    <p class="heading" part="card-heading">
      <span class="term" id=${o.headingId} tabindex="-1">${entry.term}</span>
      <span class="category">${CATEGORY_LABELS[entry.category]}</span>
    </p>
    ${entry.expansion ? html`<p class="expansion" part="card-expansion">${entry.expansion}</p>` : nothing}
    <p class="definition" part="card-definition">${entry.definition}</p>
    ${o.related.length
      ? html`<div class="see-also" part="card-see-also">
          <span class="label" id=${`${o.headingId}-see`}>See also</span>
          <ul aria-labelledby=${`${o.headingId}-see`}>
            ${o.related.map(
              (r) => html`<li>
                <button type="button" class="chip" @click=${() => o.onSeeAlso(r.id)}>${r.term}</button>
              </li>`,
            )}
          </ul>
        </div>`
      : nothing}
    ${full || learnMore.length
      ? html`<p class="links" part="card-links">
          ${full ? html`<a href=${full}>Full entry<span class="visually-hidden">: ${entry.term}</span></a>` : nothing}
          ${learnMore.map((l) => html`<a href=${l.href!}>${l.label}</a>`)}
        </p>`
      : nothing}
  `;
}

/** Styles for {@link renderDefinitionCard}; expects themeStyles' tokens on the host. */
export const definitionCardStyles = css`
  ${entryMetaStyles}
  ${visuallyHiddenStyles}
  .card {
    box-sizing: border-box;
    width: var(--post-glossary-card-width, 22rem);
    max-width: calc(100vw - 16px);
    max-height: min(70vh, 32rem);
    overflow: auto;
    padding: 0.875em 1em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font-family: var(--_font);
    font-size: var(--post-glossary-card-font-size, 0.9375rem);
    font-weight: normal;
    font-style: normal;
    line-height: 1.5;
    text-align: start;
    text-transform: none;
    letter-spacing: normal;
    white-space: normal;
    box-shadow:
      0 1px 3px rgb(0 0 0 / 0.15),
      0 8px 24px rgb(0 0 0 / 0.18);
    user-select: text;
    cursor: auto;
  }
  .card p,
  .card ul {
    margin: 0;
    padding: 0;
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
    font-weight: 700;
    font-size: 1.125em;
    outline: none;
  }
  .see-also {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25em 0.5em;
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
    font: inherit;
    font-size: 0.875em;
    line-height: 1.5;
    cursor: pointer;
  }
  button.back {
    border: none;
    padding-inline: 0;
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
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .card a:focus-visible,
  button.chip:focus-visible,
  button.back:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
`;
