import * as body from './search-card-body.js';

/** search-card-loader.ts for the single-file build (see there). */
export const loadSearchCardBody = () => Promise.resolve(body);
