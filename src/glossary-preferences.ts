import { GlossaryPreferences } from './elements/glossary-preferences/glossary-preferences.js';
import { defineElement } from './internal/define.js';
import { guardProperties, bool, table } from './internal/props.js';

export { GlossaryPreferences };
export type { PostGlossaryPreferencesDetail } from './internal/preferences.js';
export { glossaryPreferences, type GlossaryStorage } from './internal/preferences.js';

// Any value a framework sets is taken or ignored with a warning, never thrown on.
guardProperties(GlossaryPreferences, 'glossary-preferences', { markRead: bool(), strings: table() });
defineElement('glossary-preferences', GlossaryPreferences);
