import { useState } from 'react';
import { GlossaryProvider, PostTerm } from 'post-glossary/react';

// The site's own entries, on top of the bundled glossary.
const siteTerms = [
  { id: 'night-market', term: 'Night Market', letter: 'N', category: 'industry', definition: 'Our 2025 drama series, finished in HDR.' },
];

export function Article() {
  const [lookedUp, setLookedUp] = useState<string[]>([]);
  return (
    <GlossaryProvider terms={siteTerms} glossaryHref="/glossary">
      <p>
        We finished <PostTerm term="night-market" onPostTermOpen={(e) => setLookedUp((ids) => [...ids, e.detail.id])}>Night Market</PostTerm>{' '}
        in <PostTerm term="dolby-vision" delay={150} onPostTermOpen={(e) => setLookedUp((ids) => [...ids, e.detail.id])}>Dolby Vision</PostTerm>.
      </p>
      <p>Terms looked up: {lookedUp.join(', ') || 'none'}</p>
    </GlossaryProvider>
  );
}
