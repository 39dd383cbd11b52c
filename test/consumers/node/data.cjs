// CommonJS (Node 20.19+): the data entry is an ES module that require() loads.
const { lookup, terms, definedTermSet, jsonLdText } = require('post-glossary/data');

const jsonLd = jsonLdText(definedTermSet(terms, { url: 'https://studio.example/glossary' }));
// <script type="application/ld+json">${jsonLd}</script> in the server-rendered glossary page
console.log(JSON.stringify({ lut: lookup('LUTs')?.id, set: JSON.parse(jsonLd)['@type'] }));
