/**
 * `dist/cdn/post-glossary.js`, the one-tag install: see cdn-loader.ts. The loader itself is in the
 * chunk every element shares (it compresses better there), so this file only starts it.
 */
import { start } from './cdn-loader.js';

start(import.meta.url);
