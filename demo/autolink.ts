// The auto-linking demo's controls: link/unlink the article, and report what the site's own
// terms file brought. A module file, not an inline script: the built demo runs under a strict CSP.
import type { GlossaryAutolink } from '../src/glossary-autolink.js';

await customElements.whenDefined('glossary-autolink');
const article = document.getElementById('article') as GlossaryAutolink;
const toggle = document.getElementById('toggle')!;
const count = document.getElementById('count')!;
const show = () => {
  const n = article.querySelectorAll('post-term').length;
  count.textContent = toggle.getAttribute('aria-pressed') === 'true' ? `${n} terms linked automatically.` : 'Showing the original text.';
};
toggle.addEventListener('click', () => {
  const on = toggle.getAttribute('aria-pressed') !== 'true';
  if (on) article.link();
  else article.unlink();
  toggle.setAttribute('aria-pressed', String(on));
  show();
});
show();
const site = document.getElementById('site')!;
const status = document.getElementById('provider-status')!;
site.addEventListener('glossary-load', (e) => (status.textContent = `site-terms.json loaded: ${e.detail.count} terms in force.`));
site.addEventListener('glossary-error', (e) => (status.textContent = e.detail.message));
