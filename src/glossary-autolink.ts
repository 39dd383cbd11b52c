import { GlossaryAutolink } from './elements/glossary-autolink/glossary-autolink.js';
import { defineElement } from './internal/define.js';
// The links it makes are <post-term>s: a page needs only this script.
import './post-term.js';

export { GlossaryAutolink };

defineElement('glossary-autolink', GlossaryAutolink);
