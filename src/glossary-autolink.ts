// First: Lit loads with its Trusted Types policy guarded, so a CSP that refuses it cannot stop the registration.
import './internal/lit-policy.js';
import { GlossaryAutolink } from './elements/glossary-autolink/glossary-autolink.js';
import { defineElement } from './internal/define.js';
import { guardProperties, bool, list, text } from './internal/props.js';
// The links it makes are <post-term>s: a page needs only this script.
import './post-term.js';

export { GlossaryAutolink };

// Any value a framework sets is taken or ignored with a warning, never thrown on.
guardProperties(GlossaryAutolink, 'glossary-autolink', {
  all: bool(),
  exclude: list(),
  glossaryHref: text(),
  linkBase: text(),
});
defineElement('glossary-autolink', GlossaryAutolink);
