import { CATEGORIES, CATEGORY_LABELS, type TermEntry } from './types.js';
import { LETTERS, OTHER_LETTER } from './normalize.js';
import { LookupImpl } from './lookup.js';
import { buildMatcher, createMatcher, type MentionOptions } from './mentions.js';
import type { Glossary, LetterGroup } from './glossary.js';

// The glossary model without validation (glossary.ts validates, then builds one of these): the
// elements that show the bundled dataset, which is valid already, need only this module.

/** @internal */
export class GlossaryImpl extends LookupImpl implements Glossary {
  #letters?: LetterGroup[];
  #matcher?: ReturnType<typeof createMatcher>;

  byLetter() {
    if (!this.#letters) {
      // One pass, not one per letter: a glossary may have a hundred thousand entries.
      const letters = [...LETTERS, OTHER_LETTER];
      const groups = new Map(letters.map((letter) => [letter, [] as TermEntry[]]));
      for (const e of this.entries) groups.get(e.letter)?.push(e);
      this.#letters = letters.map((letter) => ({ letter, entries: groups.get(letter)! }));
    }
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

  /** @internal Whether findMentions() is ready to run without first indexing every name. */
  mentionsReady(): boolean {
    return !!this.#matcher;
  }

  /**
   * @internal Indexes the names for findMentions() as steps (for a large glossary: the index
   * element runs them in slices, src/internal/slices.ts); findMentions() uses the result.
   */
  *mentionSteps(): Generator<void, void> {
    if (this.#matcher) return;
    const matcher = yield* buildMatcher(this.entries);
    this.#matcher ??= matcher;
  }
}

/**
 * @internal A glossary over entries that are already valid and sorted (the bundled dataset, which
 * its tests check equals `createGlossary(bundledTerms)`): no second validation pass.
 */
export function glossaryOfValidEntries(entries: TermEntry[]): Glossary {
  return new GlossaryImpl(entries, []);
}
