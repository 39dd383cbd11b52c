import type { GlossaryError, TermEntry } from './types.js';
import { OTHER_LETTER, lookupKey, normalizeSpace, otherCollator, singularForms, termCollator } from './normalize.js';

/**
 * The lookup half of a {@link Glossary}: what `<post-term>` needs, without the validation, the
 * A–Z grouping or the mention finder, so its bundle does not carry them.
 */
export interface GlossaryLookup {
  /** Every valid entry, sorted A–Z by term. */
  readonly entries: readonly TermEntry[];
  /** What was wrong with the input; the entries above are what survived it. */
  readonly errors: readonly GlossaryError[];
  /** The entry with this exact id. */
  get(id: string): TermEntry | undefined;
  /**
   * Finds an entry by id, term or alias, ignoring case, spaces and punctuation ("rec 709",
   * "Rec.709" and "BT.709" find the same entry); falls back to the singular of a plural ("LUTs").
   */
  lookup(text: string): TermEntry | undefined;
  /** The entries an entry's `seeAlso` names, in its order. */
  related(idOrEntry: string | TermEntry): TermEntry[];
}

/**
 * Sorts entries A–Z by term (then id), in place, as every glossary lists them; names with no Latin
 * letter (the "#" group) last, in Korean collation order.
 */
export const sortEntries = (entries: TermEntry[]) => entries.sort(compareEntries);

/** The order of {@link sortEntries}. @internal */
export const compareEntries = (a: TermEntry, b: TermEntry) => {
  const other = a.letter === OTHER_LETTER;
  if (other !== (b.letter === OTHER_LETTER)) return other ? 1 : -1;
  const c = other ? otherCollator : termCollator;
  return c.compare(a.term, b.term) || c.compare(a.id, b.id);
};

/** Indexes valid, sorted entries by id and by the lookup keys of their names. */
export class LookupImpl implements GlossaryLookup {
  readonly entries: readonly TermEntry[];
  readonly errors: readonly GlossaryError[];
  #byId: Map<string, TermEntry>;
  #byKey = new Map<string, TermEntry>();

  /** @param keys, byId The lookup keys and the id map, when the caller has made them already (in slices, for a large glossary). */
  constructor(entries: TermEntry[], errors: GlossaryError[], keys?: Map<string, TermEntry>, byId?: Map<string, TermEntry>) {
    this.entries = Object.freeze(entries);
    this.errors = Object.freeze(errors);
    this.#byId = byId ?? new Map(entries.map((e) => [e.id, e]));
    if (keys) this.#byKey = keys;
    else {
      // Ids and terms claim keys before aliases, so an alias never hides another entry's own name.
      for (const e of entries) for (const k of [e.id, e.term]) this.#claim(lookupKey(k), e);
      for (const e of entries) for (const a of e.aliases) this.#claim(lookupKey(a), e);
    }
  }

  #claim(key: string, e: TermEntry) {
    if (key && !this.#byKey.has(key)) this.#byKey.set(key, e);
  }

  get(id: string) {
    return this.#byId.get(id);
  }

  lookup(text: string) {
    if (typeof text !== 'string') return undefined;
    const hit = this.#byKey.get(lookupKey(text));
    if (hit) return hit;
    const words = normalizeSpace(text).split(' ');
    const last = words.pop() ?? '';
    for (const singular of singularForms(last)) {
      const found = this.#byKey.get(lookupKey([...words, singular].join(' ')));
      if (found) return found;
    }
    return undefined;
  }

  related(idOrEntry: string | TermEntry) {
    const entry = typeof idOrEntry === 'string' ? this.#byId.get(idOrEntry) : idOrEntry;
    return (entry?.seeAlso ?? []).map((id) => this.#byId.get(id)).filter((e): e is TermEntry => !!e);
  }
}
