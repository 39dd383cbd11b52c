import { getBundledGlossary, bundledTerms } from '../core/bundled.js';
import type { Glossary } from '../core/glossary.js';
import { mergeEntries, type MergeMode } from '../core/merge.js';

/** Which glossary the build-time functions use. */
export interface GlossaryOptions {
  /**
   * The glossary: one made with `createGlossary` / `mergeEntries`, or a site's own entries (an
   * array, as in a `terms.json`), which extend the bundled set (same id overrides) or replace it
   * (`mode`), as `<glossary-provider>` does. Invalid entries are left out. Default: the bundled set.
   */
  glossary?: Glossary | readonly unknown[];
  /** With an array `glossary`: `extend` (default) adds it to the bundled set, `replace` uses it alone. */
  mode?: MergeMode;
}

const isGlossary = (g: unknown): g is Glossary =>
  typeof g === 'object' && g !== null && !Array.isArray(g) && typeof (g as Glossary).findMentions === 'function' && Array.isArray((g as Glossary).entries);

// Merging is costly for big sets: a build calls linkTerms once per page with the same array.
const merged = new WeakMap<readonly unknown[], Map<MergeMode, Glossary>>();

/** The glossary the options name (see {@link GlossaryOptions}). */
export function resolveGlossary(options: GlossaryOptions = {}): Glossary {
  const g = options.glossary;
  if (g === undefined || g === null) return getBundledGlossary();
  if (isGlossary(g)) return g;
  if (!Array.isArray(g)) throw new TypeError('post-glossary: `glossary` must be a glossary (createGlossary) or an array of entries');
  const mode: MergeMode = options.mode === 'replace' ? 'replace' : 'extend';
  let byMode = merged.get(g);
  if (!byMode) merged.set(g, (byMode = new Map()));
  let out = byMode.get(mode);
  if (!out) byMode.set(mode, (out = mergeEntries(bundledTerms, [{ name: 'glossary', entries: g }], mode).glossary));
  return out;
}

/** `exclude` as `<glossary-autolink exclude>` takes it ("lut, cdl") or as a list of ids. */
export function excludeIds(exclude: Iterable<string> | string | undefined): string[] {
  if (exclude === undefined || exclude === null) return [];
  const iterable = typeof (exclude as Iterable<string>)[Symbol.iterator] === 'function';
  const list = typeof exclude === 'string' ? exclude.split(/[\s,]+/) : iterable ? [...exclude] : [];
  return list.filter((id) => typeof id === 'string' && id !== '');
}

/** Text for an HTML attribute value in double quotes. */
export const escapeAttribute = (s: string) =>
  s
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/\u00a0/g, '&nbsp;');

/** Text for HTML element content. */
export const escapeText = (s: string) =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\u00a0/g, '&nbsp;');

/**
 * The id of the entry an existing `<post-term>` stands for, as `<glossary-autolink>` reads it:
 * its `term` attribute, else its text, looked up in the glossary.
 */
export function existingTermId(glossary: Glossary, term: string | null | undefined, text: string): string | undefined {
  return glossary.lookup((term || text || '').trim())?.id;
}
