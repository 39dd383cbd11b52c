import { PostTerm } from './elements/post-term/post-term.js';
import { defineElement } from './internal/define.js';

export { PostTerm };
export type { PostTermToggleDetail, PostTermMissingDetail } from './elements/post-term/post-term.js';

defineElement('post-term', PostTerm);
