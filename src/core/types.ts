/** The fixed set of subject areas an entry belongs to. */
export const CATEGORIES = ['color', 'editorial', 'vfx', 'sound', 'delivery', 'formats', 'workflow', 'industry'] as const;

export type Category = (typeof CATEGORIES)[number];

/** Human-readable names for the categories, for labels and filters. */
export const CATEGORY_LABELS: Record<Category, string> = {
  color: 'Color',
  editorial: 'Editorial',
  vfx: 'VFX',
  sound: 'Sound',
  delivery: 'Delivery',
  formats: 'Formats',
  workflow: 'Workflow',
  industry: 'Industry',
};

/** A "learn more" call-to-action: a label and a site-relative path (mapped onto a page's own `link-base`). */
export interface TermLink {
  label: string;
  path: string;
}

/** One glossary entry, as stored in `data/terms.json`. */
export interface TermEntry {
  /** Stable kebab-case slug; the deep-link anchor. */
  id: string;
  /** Display name. */
  term: string;
  /** What an acronym stands for, when the term is one. */
  expansion?: string;
  /** Other spellings people type or write. */
  aliases: string[];
  /**
   * A proper name that is also an ordinary word ("Resolve", "Nuke", "Premiere"): match it in
   * running text only as written. Acronyms (ADR, LUT) are matched as written in any case.
   */
  caseSensitive?: boolean;
  /** The A–Z index letter. */
  letter: string;
  category: Category;
  /** The studio's text, verbatim. Plain text, never markup. */
  definition: string;
  /** Ids of related entries. */
  seeAlso: string[];
  /** "Learn more" links; rendered only where the page supplies a base URL. */
  links: TermLink[];
}

/** A problem found while building a glossary from raw data. */
export interface GlossaryError {
  /** Position of the offending item in the input array, or -1 for the whole input. */
  index: number;
  /** The entry's id when it had a usable one. */
  id?: string;
  /** The field at fault, when one is. */
  field?: string;
  /** A readable sentence naming the entry and the field. */
  message: string;
}
