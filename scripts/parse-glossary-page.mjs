// Splits the studio's scraped glossary page into its definition paragraphs.
//
// The page is: a navigation line, then letter headings ("A", "B", …) each followed by definition
// paragraphs, then "Additional Terms" where some paragraphs keep their name on the line before,
// then a contact footer after the first blank line.

import { normalizeSpace } from './core-rules.mjs';

/** Collapses runs of white space to one space and trims: the core's rule (normalizeSpace). */
export const normaliseSpace = normalizeSpace;

/** @returns {{ text: string, section: string, heading?: string }[]} */
export function parseGlossaryPage(text) {
  const lines = text.split(/\r?\n/);
  const out = [];
  let section = null;
  let heading;
  for (const raw of lines.slice(1)) {
    const line = normaliseSpace(raw);
    if (line === '') {
      if (section) break; // the footer starts after the first blank line
      continue;
    }
    if (/^[A-Z]$/.test(line) || line === 'Additional Terms') {
      section = line;
      continue;
    }
    if (!section) continue;
    // A short line without sentence punctuation is a kept term name, not a definition.
    if (line.length < 60 && !/[.!?→]$/.test(line)) {
      heading = line;
      continue;
    }
    out.push(heading ? { text: line, section, heading } : { text: line, section });
    heading = undefined;
  }
  return out;
}
