import { html, nothing, type TemplateResult } from 'lit';
import { safeHref } from '../core/normalize.js';
import { CATEGORY_LABELS, type TermEntry } from '../core/types.js';

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

export { definitionCardStyles } from './definition-card.styles.js';
