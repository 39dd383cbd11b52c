import { GlossaryProvider } from './elements/glossary-provider/glossary-provider.js';
import { defineElement } from './internal/define.js';

export { GlossaryProvider };
export type { GlossaryLoadDetail, GlossaryErrorDetail } from './elements/glossary-provider/glossary-provider.js';
export type { SourcedGlossaryError, MergeMode } from './core/merge.js';

defineElement('glossary-provider', GlossaryProvider);
