// A definition split into text and cross-links to the other entries it mentions.
import type { Glossary } from '../core/glossary.js';
import type { TermEntry } from '../core/types.js';
import { nextTask, runInSlices } from './slices.js';

export type Segment = string | { id: string; text: string };

/** A glossary that can index its names for findMentions() in slices (the library's own do). */
interface PreparesMentions {
  mentionsReady(): boolean;
  mentionSteps(): Generator<void, void>;
}
/** Names being indexed in slices, per glossary. */
const preparing = new WeakMap<Glossary, Promise<void>>();
/** Above this many entries, cross-links wait until the names are indexed in slices. */
const LINKS_LATER_ABOVE = 2000;

/**
 * Whether definitions can show their cross-links yet. In a large glossary, finding mentions needs
 * every name indexed first (over a second at 100,000 entries): they are indexed in slices, and
 * `whenReady` runs once they are.
 */
export function linksReady(glossary: Glossary, whenReady: () => void): boolean {
  const g = glossary as Glossary & Partial<PreparesMentions>;
  if (g.entries.length <= LINKS_LATER_ABOVE || !g.mentionsReady || !g.mentionSteps || g.mentionsReady()) return true;
  let ready = preparing.get(g);
  // Begun in a task of its own: the render that asked must not carry the first slice.
  if (!ready) preparing.set(g, (ready = nextTask().then(() => runInSlices(g.mentionSteps!()))));
  ready.then(whenReady);
  return false;
}

const cache = new WeakMap<Glossary, Map<string, Segment[]>>();

/** The definition of `entry` as text and mentions (never itself), computed once per entry per glossary. */
export function segments(glossary: Glossary, entry: TermEntry): Segment[] {
  let known = cache.get(glossary);
  if (!known) cache.set(glossary, (known = new Map()));
  let out = known.get(entry.id);
  if (!out) {
    out = [];
    let at = 0;
    for (const m of glossary.findMentions(entry.definition, { exclude: [entry.id] })) {
      if (m.start > at) out.push(entry.definition.slice(at, m.start));
      out.push({ id: m.id, text: m.text });
      at = m.end;
    }
    if (at < entry.definition.length) out.push(entry.definition.slice(at));
    known.set(entry.id, out);
  }
  return out;
}
