// First: Lit loads with its Trusted Types policy guarded, so a CSP that refuses it cannot stop the registration.
import { anotherCopyRenders } from './internal/lit-policy.js';
import { GlossaryIndex } from './elements/glossary-index/glossary-index.js';
import { defineElement } from './internal/define.js';
import { guardProperties, table, bool, list, num, oneOf, strings, text } from './internal/props.js';

export { GlossaryIndex };
export type { GlossaryIndexNavigateDetail } from './elements/glossary-index/glossary-index.js';

// Any value a framework sets is taken or ignored with a warning, never thrown on.
guardProperties(GlossaryIndex, 'glossary-index', {
  headingLevel: num(2),
  sourceUrl: text(),
  sourceName: text(),
  categories: list(),
  letters: list(),
  linkBase: text(),
  noStructuredData: bool(),
  theme: oneOf(['light', 'dark']),
  filterIds: strings(null),
  filterQuery: text(''),
  suggestions: strings([]),
  strings: table(),
  glossary: 'readonly',
  shownCount: 'readonly',
});
// Under Trusted Types with two copies and no 'allow-duplicates', the copy holding Lit's policy defines it.
if (!anotherCopyRenders) defineElement('glossary-index', GlossaryIndex);
