import { CATEGORIES, CATEGORY_LABELS, type TermEntry } from './types.js';
import { LETTERS, OTHER_LETTER } from './normalize.js';
import { LookupImpl } from './lookup.js';
import { createMatcher, type MentionOptions } from './mentions.js';
import type { Glossary, LetterGroup } from './glossary.js';

// The glossary model without validation (glossary.ts validates, then builds one of these): the
// elements that show the bundled dataset, which is valid already, need only this module.

/** @internal */
export class GlossaryImpl extends LookupImpl implements Glossary {
  #letters?: LetterGroup[];
  #matcher?: ReturnType<typeof createMatcher>;

  byLetter() {
    this.#letters ??= [...LETTERS, OTHER_LETTER].map((letter) => ({ letter, entries: this.entries.filter((e) => e.letter === letter) }));
    return this.#letters;
  }

  categories() {
    return CATEGORIES.map((category) => ({
      category,
      label: CATEGORY_LABELS[category],
      count: this.entries.filter((e) => e.category === category).length,
    })).filter((c) => c.count > 0);
  }

  findMentions(text: string, options?: MentionOptions) {
    this.#matcher ??= createMatcher(this.entries);
    return this.#matcher(text, options);
  }
}

/**
 * @internal A glossary over entries that are already valid and sorted (the bundled dataset, which
 * its tests check equals `createGlossary(bundledTerms)`): no second validation pass.
 */
export function glossaryOfValidEntries(entries: TermEntry[]): Glossary {
  return new GlossaryImpl(entries, []);
}
