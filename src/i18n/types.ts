import type { Category } from '../core/types.js';

/** A message that depends on a count: one form per CLDR plural category the language uses (`other` always). */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/**
 * Every UI string of the elements, for one language. `{name}` in a string is a value the element
 * fills in (`{query}`, `{term}`, `{count}`, `{source}`, `{terms}`, `{label}`).
 */
export interface GlossaryStrings {
  /** Card: label of the related terms. */
  seeAlso: string;
  /** Card: link to the entry on the glossary page. */
  fullEntry: string;
  /** Card: shows the whole definition. */
  more: string;
  /** Card: folds it again. */
  less: string;
  /** Card: read after "More"/"Less" by screen readers, `{term}` being the entry's name. */
  definitionOf: string;
  /** Card: the button back to the term shown before a see-also jump (short form). */
  back: string;
  /** Card: that button's full name, `{term}` being the term it goes back to. */
  backTo: string;
  /** Close button (the search box's card). */
  close: string;
  /** Card: the control that turns previews off on this site. */
  previewsOff: string;
  /** The control that turns them back on. */
  previewsOn: string;
  /** Card, once previews are off: the line before that control. */
  previewsAreOff: string;
  /** `<glossary-preferences>`: the previews switch's label. */
  showPreviews: string;
  /** `<glossary-preferences mark-read>`: the button that clears read marks. */
  forgetRead: string;
  /** `<glossary-preferences>`: announced once read marks are cleared. */
  readForgotten: string;
  /** Index: name of the letter bar. */
  letters: string;
  /** Index: name of the "#" group (names with no Latin letter, such as Hangul ones): next to "#" in its heading, and "# (name)" in the letter bar. */
  otherGroup: string;
  /** Index: name of the category filter buttons. */
  filters: string;
  /** Index: the filter button showing every category. */
  all: string;
  /** Index: label before an entry's related terms. */
  seeAlsoList: string;
  /** Index: link to the entry on the canonical glossary page (`source-url`). */
  originalEntry: string;
  /** Index: the credit line, `{source}` being the linked source name. */
  credit: string;
  /** Index: nothing matches a filter with no query. */
  noMatch: string;
  /** Nothing matches `{query}`. */
  noMatchQuery: string;
  /** Index: `{terms}` is the list of suggested terms (links). */
  didYouMean: string;
  /** Search: accessible name of the box. */
  searchLabel: string;
  /** Search: hint in the empty box. */
  placeholder: string;
  /** Search: the clear button. */
  clearSearch: string;
  /** Search: name of the result list, `{label}` being the box's label. */
  resultsLabel: string;
  /** Search: name of the list when it offers suggestions. */
  suggestionsLabel: string;
  /** Search: before the suggestions in the results panel. */
  didYouMeanList: string;
  /** Search: announced count of results. */
  results: PluralForms;
  /** Search (filtering an index): announced count of matching terms. */
  termsMatch: PluralForms;
  /** Search: announced when nothing matches `{query}`. */
  noResults: string;
  /** Names of the categories. */
  categories: Record<Category, string>;
}

/** What a site may give (`strings` on an element or a provider): any of the keys, merged over the language's table. */
export type GlossaryStringsOverride = Partial<Omit<GlossaryStrings, 'categories'>> & { categories?: Partial<Record<Category, string>> };
