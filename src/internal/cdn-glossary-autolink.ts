/**
 * `dist/cdn/glossary-autolink.js`: the npm entry's registration, but the `<post-term>`s it makes come
 * from `./post-term.js`, fetched alongside (the same file a page with only `<post-term>` uses),
 * instead of being bundled into this one.
 */
import { GlossaryAutolink } from '../elements/glossary-autolink/glossary-autolink.js';
import { defineElement } from './define.js';

export { GlossaryAutolink };

defineElement('glossary-autolink', GlossaryAutolink);
if (!customElements.get('post-term')) void import('../post-term.js');
