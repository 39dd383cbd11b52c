import { GlossaryIndex } from './elements/glossary-index/glossary-index.js';
import { defineElement } from './internal/define.js';

export { GlossaryIndex };
export type { GlossaryIndexNavigateDetail } from './elements/glossary-index/glossary-index.js';

defineElement('glossary-index', GlossaryIndex);
