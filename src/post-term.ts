import { PostTerm } from './elements/post-term/post-term.js';
import { defineElement } from './internal/define.js';
import { guardProperties, table, bool, num, oneOf, text } from './internal/props.js';

export { PostTerm };
export type { PostTermToggleDetail, PostTermMissingDetail } from './elements/post-term/post-term.js';

// Any value a framework sets is taken or ignored with a warning, never thrown on.
guardProperties(PostTerm, 'post-term', {
  term: text(),
  delay: num(300),
  closeDelay: num(200),
  glossaryHref: text(),
  linkBase: text(),
  open: bool(),
  theme: oneOf(['light', 'dark']),
  strings: table(),
  entry: 'readonly',
});
defineElement('post-term', PostTerm);
