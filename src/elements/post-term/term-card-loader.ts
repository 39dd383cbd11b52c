/**
 * The card's code, apart from the term's: loaded on the first hover, focus or open (most terms of
 * a page are never opened). The CDN's single-file build swaps in term-card-eager.ts: one file has
 * nothing to load later, and an inlined dynamic import would wrap its modules in lazy initialisers.
 */
export const loadTermCard = () => import('./term-card.js');
