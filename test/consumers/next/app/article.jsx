'use client';
import { useState } from 'react';
import { GlossaryProvider, PostTerm } from 'post-glossary/react';

const siteTerms = [
  { id: 'night-market', term: 'Night Market', letter: 'N', category: 'industry', definition: 'Our 2025 drama series, finished in HDR.' },
];

export function Article() {
  const [lookedUp, setLookedUp] = useState([]);
  const remember = (e) => setLookedUp((ids) => [...ids, e.detail.id]);
  return (
    <GlossaryProvider terms={siteTerms} glossaryHref="/glossary">
      <p>
        We finished <PostTerm term="night-market" onPostTermOpen={remember}>Night Market</PostTerm> in{' '}
        <PostTerm term="dolby-vision" onPostTermOpen={remember}>Dolby Vision</PostTerm>.
      </p>
      <p>Terms looked up: {lookedUp.join(', ') || 'none'}</p>
    </GlossaryProvider>
  );
}
