import { lookup, terms, definedTermSet } from 'post-glossary/data';
import { lookup as rootLookup } from 'post-glossary';

const set = definedTermSet(terms, { url: 'https://studio.example/glossary', name: 'Seoul Post Studio glossary' });
console.log(JSON.stringify({ lut: lookup('LUTs')?.id, root: rootLookup('LUT')?.id, set: set['@type'], terms: set.hasDefinedTerm.length }));
