import { createContext } from '@lit/context';
import type { Glossary } from './core/glossary.js';
import type { GlossaryStringsOverride } from './i18n/types.js';

/** What a `<glossary-provider>` shares with the post-glossary elements inside it. */
export interface GlossaryContextValue {
  /** The dataset in force. */
  glossary: Glossary;
  /** Where the full glossary page lives; entries link to `${glossaryHref}#${id}`. */
  glossaryHref?: string;
  /** Base URL that the entries' "learn more" paths are resolved against; links render only when set. */
  linkBase?: string;
  /** UI strings merged over the language's table of every element inside. */
  strings?: GlossaryStringsOverride;
  /**
   * The provider's data is still loading (its `src`, or an outer provider's): the glossary is not
   * final yet, so a term not found in it may still arrive (`post-term-missing` waits).
   */
  loading?: boolean;
}

// Symbol.for, not Symbol: a page that loads the CDN file next to the npm build still has one key,
// so a provider from one copy reaches consumers from the other.
export const glossaryContext = createContext<GlossaryContextValue>(Symbol.for('post-glossary/glossary'));
