import { PostTerm } from './elements/post-term/post-term.js';
import { defineElement } from './internal/define.js';
import { guardProperties, table, bool, num, oneOf, text } from './internal/props.js';

export { PostTerm };
export type { PostTermToggleDetail, PostTermMissingDetail, PostTermReadDetail, PostGlossaryPreferencesDetail } from './elements/post-term/post-term.js';
// The reader's preferences from script (the footer switch is post-glossary/glossary-preferences).
export { glossaryPreferences, type GlossaryStorage } from './internal/preferences.js';

// Any value a framework sets is taken or ignored with a warning, never thrown on.
guardProperties(PostTerm, 'post-term', {
  term: text(),
  delay: num(300),
  closeDelay: num(200),
  glossaryHref: text(),
  linkBase: text(),
  open: bool(),
  theme: oneOf(['light', 'dark']),
  markRead: bool(),
  readDelay: num(1000),
  strings: table(),
  entry: 'readonly',
});
defineElement('post-term', PostTerm);
