import { GlossaryProvider } from './elements/glossary-provider/glossary-provider.js';
import { defineElement } from './internal/define.js';
import { attachContextRoot } from './internal/glossary-controller.js';

export { GlossaryProvider };
export type { GlossaryLoadDetail, GlossaryErrorDetail } from './elements/glossary-provider/glossary-provider.js';
export type { SourcedGlossaryError, MergeMode } from './core/merge.js';

// Before the element is defined: consumers that asked for a glossary before this module loaded
// are answered once the provider connects.
attachContextRoot();
defineElement('glossary-provider', GlossaryProvider);
