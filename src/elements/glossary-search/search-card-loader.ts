/**
 * The search card's code, loaded on the first card. The CDN's single-file build swaps in
 * search-card-eager.ts: one file has nothing to load later.
 */
export const loadSearchCardBody = () => import('./search-card-body.js');
