// The "routing it yourself" box: the page cancels glossary-select and routes the choice itself,
// as a single-page app would. (A module script runs after the page is parsed.)
import type { GlossarySelectDetail } from '../src/glossary-search.js';

const out = document.getElementById('routed-out')!;
document.getElementById('routed')!.addEventListener('glossary-select', (event) => {
  const { id, query } = (event as CustomEvent<GlossarySelectDetail>).detail;
  event.preventDefault();
  out.textContent = `The page routes “${query}” to /glossary/${id} itself.`;
});
