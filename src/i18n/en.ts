import type { GlossaryStrings } from './types.js';
import { CATEGORY_LABELS } from '../core/types.js';

/**
 * English: the reference table. Every language file has exactly these keys (a test checks it).
 * `{name}` stands for a value filled in by the element; a `{ one, other }` pair (and any other
 * CLDR plural category the language uses) is chosen with `Intl.PluralRules`.
 */
const en: GlossaryStrings = {
  // The definition card (<post-term>, and <glossary-search>'s card).
  seeAlso: 'See also',
  fullEntry: 'Full entry',
  more: 'More',
  less: 'Less',
  definitionOf: 'of the definition of {term}',
  back: 'Back',
  backTo: 'Back to {term}',
  close: 'Close',
  previewsOff: "Don't show previews",
  previewsOn: 'Show previews',
  previewsAreOff: 'Previews are off on this site.',
  showPreviews: 'Show term previews',
  forgetRead: "Forget terms I've read",
  readForgotten: 'Done: no term is marked as read.',
  // <glossary-index>.
  letters: 'Glossary letters',
  otherGroup: 'Other',
  filters: 'Filter by category',
  all: 'All',
  seeAlsoList: 'See also:',
  originalEntry: 'Original entry',
  credit: 'Glossary by {source}',
  noMatch: 'No terms match.',
  noMatchQuery: 'No terms match “{query}”.',
  didYouMean: 'Did you mean {terms}?',
  // <glossary-search>.
  searchLabel: 'Search the glossary',
  placeholder: 'Search the glossary',
  clearSearch: 'Clear search',
  resultsLabel: '{label}: results',
  suggestionsLabel: 'Suggestions',
  didYouMeanList: 'Did you mean:',
  results: { one: '{count} result.', other: '{count} results.' },
  termsMatch: { one: '{count} term matches.', other: '{count} terms match.' },
  noResults: 'No results for “{query}”.',
  // The bundled categories: their English names are the core's (the data API and JSON-LD use them too).
  categories: CATEGORY_LABELS,
};

export default en;
