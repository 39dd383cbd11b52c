// The markup of one <glossary-index> entry and of its links to other entries.
import { html, nothing, type TemplateResult } from 'lit';
import { entryNameId } from '../core/normalize.js';
import type { Glossary } from '../core/glossary.js';
import type { TermEntry } from '../core/types.js';
import type { GlossaryStrings } from '../i18n/index.js';
import { entryHref, learnMoreLinks } from './href.js';
import { segments } from './definition-links.js';
import type { IdSet } from './index-view.js';

/** A link to entry `id` showing `text` (or the text alone). */
export type LinkTo = (id: string, text: string) => TemplateResult | string;

/**
 * Links into the index for the entries it shows (`ids`); to the entry on the source page
 * (`source-url#id`, like "Original entry") for one outside `letters`/`categories`; else the name
 * as plain text: a link that goes nowhere is worse than none.
 */
export const linkTo =
  (ids: IdSet, sourceUrl?: string): LinkTo =>
  (id, text) => {
    if (ids.has(id)) return html`<a href="#${id}" data-target=${id}>${text}</a>`;
    const elsewhere = sourceUrl ? entryHref(sourceUrl, id) : undefined;
    return elsewhere ? html`<a href=${elsewhere}>${text}</a>` : text;
  };

/** Links to entries, comma-separated (see-also, "Did you mean"). */
export const linkList = (entries: TermEntry[], link: LinkTo) => entries.map((e, i) => html`${i ? ', ' : ''}${link(e.id, e.term)}`);

/** What every entry's markup depends on besides the entry. */
export interface EntryContext {
  glossary: Glossary;
  t: GlossaryStrings;
  /** Heading level of the entry's name. */
  level: number;
  linkBase?: string;
  sourceUrl?: string;
  link: LinkTo;
}

/** One entry: name, expansion, category, definition (with its cross-links when `linked`), see-also, learn-more and canonical links. */
export function entryTemplate(e: TermEntry, { glossary: g, t, level, linkBase, sourceUrl, link }: EntryContext, highlighted: boolean, linked: boolean) {
  const related = g.related(e);
  const learnMore = learnMoreLinks(e, linkBase);
  const canonical = sourceUrl ? entryHref(sourceUrl, e.id) : undefined;
  return html`<article class="entry ${highlighted ? 'highlight' : ''}" part="entry" aria-labelledby=${entryNameId(e.id)}>
    <div class="entry-head">
      <div class="term" part="term" role="heading" aria-level=${level} id=${e.id} tabindex="-1">
        <span id=${entryNameId(e.id)}>${e.term}</span>
      </div>
      <span class="category">${t.categories[e.category]}</span>
    </div>
    ${e.expansion ? html`<p class="expansion" dir="auto">${e.expansion}</p>` : nothing}
    <p class="definition" part="definition" dir="auto">
      ${linked ? segments(g, e).map((s) => (typeof s === 'string' ? s : link(s.id, s.text))) : e.definition}
    </p>
    ${
      related.length
        ? html`<p class="see-also" part="see-also">
          <span class="label">${t.seeAlsoList}</span>
          ${linkList(related, link)}
        </p>`
        : nothing
    }
    ${
      learnMore.length || canonical
        ? html`<p class="more">
          ${learnMore.map((l) => html`<a href=${l.href}>${l.label}</a>`)}
          ${canonical ? html`<a href=${canonical}>${t.originalEntry}<span class="visually-hidden">: ${e.term}</span></a>` : nothing}
        </p>`
        : nothing
    }
  </article>`;
}
