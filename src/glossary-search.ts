// First: Lit loads with its Trusted Types policy guarded, so a CSP that refuses it cannot stop the registration.
import { anotherCopyRenders } from './internal/lit-policy.js';
import { GlossarySearch } from './elements/glossary-search/glossary-search.js';
import { defineElement } from './internal/define.js';
import { guardProperties, bool, num, oneOf, table, text, textOrBool } from './internal/props.js';

export { GlossarySearch };
export type { GlossarySelectDetail, GlossarySearchEmptyDetail } from './elements/glossary-search/glossary-search.js';
export type { PostGlossaryPreferencesDetail } from './internal/preferences.js';

// Any value a framework sets is taken or ignored with a warning, never thrown on.
guardProperties(GlossarySearch, 'glossary-search', {
  placeholder: text(),
  label: text(),
  strings: table(),
  labelVisible: bool(),
  for: text(),
  glossaryHref: text(),
  linkBase: text(),
  filter: bool(),
  shortcut: textOrBool(),
  limit: num(8),
  emptyDelay: num(1000),
  theme: oneOf(['light', 'dark']),
  value: text(''),
  glossary: 'readonly',
  results: 'readonly',
});
// Under Trusted Types with two copies and no 'allow-duplicates', the copy holding Lit's policy defines it.
if (!anotherCopyRenders) defineElement('glossary-search', GlossarySearch);
