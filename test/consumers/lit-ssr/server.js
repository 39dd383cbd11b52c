// Lit SSR: the page's glossary rendered on the server (readers and crawlers without script get
// every entry), then hydrated by client.js.
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import 'post-glossary';

const glossaryPage = html`
  <glossary-provider glossary-href="/glossary">
    <glossary-search filter label="Filter terms" label-visible></glossary-search>
    <p>We graded the series with a show <post-term term="lut">LUT</post-term>.</p>
    <glossary-index heading-level="2"></glossary-index>
  </glossary-provider>
`;

export const renderGlossary = () => collectResult(render(glossaryPage));
