// First: Lit loads with its Trusted Types policy guarded, so a CSP that refuses it cannot stop the registration.
import './internal/lit-policy.js';
import { GlossaryProvider } from './elements/glossary-provider/glossary-provider.js';
import { defineElement } from './internal/define.js';
import { guardProperties, table, any, num, oneOf, text } from './internal/props.js';

export { GlossaryProvider };
export type { GlossaryLoadDetail, GlossaryErrorDetail } from './elements/glossary-provider/glossary-provider.js';
export type { SourcedGlossaryError, MergeMode } from './core/merge.js';

// Any value a framework sets is taken or ignored with a warning, never thrown on.
guardProperties(GlossaryProvider, 'glossary-provider', {
  src: text(),
  mode: oneOf(['extend', 'replace'], 'extend'),
  // Checked by the provider itself, which reports what is wrong (glossary-error).
  terms: any(),
  glossaryHref: text(),
  linkBase: text(),
  strings: table(),
  timeout: num(15_000),
  glossary: 'readonly',
});
defineElement('glossary-provider', GlossaryProvider);
