import * as termCard from './term-card.js';

/** term-card-loader.ts for the single-file build (see there). */
export const loadTermCard = () => Promise.resolve(termCard);
