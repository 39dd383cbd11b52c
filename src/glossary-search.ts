import { GlossarySearch } from './elements/glossary-search/glossary-search.js';
import { defineElement } from './internal/define.js';

export { GlossarySearch };
export type { GlossarySelectDetail } from './elements/glossary-search/glossary-search.js';

defineElement('glossary-search', GlossarySearch);
