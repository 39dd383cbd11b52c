// In the browser: the hydrate support first, then the elements.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import 'post-glossary';
