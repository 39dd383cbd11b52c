// Helpers for the README snippet tests: the snippets are read from README.md itself, so the
// README cannot drift from what is tested (scripts/gen-docs.mjs `snippet()` is the Node twin).
import { sendMouse } from '@web/test-runner-commands';
import type { PostTerm } from '../../src/post-term.js';

let readme: Promise<string> | undefined;

/** The code of the fenced block between `<!-- snippet:NAME:start -->` and `<!-- snippet:NAME:end -->`. */
export async function readmeSnippet(name: string): Promise<string> {
  readme ??= fetch('/README.md').then((r) => {
    if (!r.ok) throw new Error(`README.md: HTTP ${r.status}`);
    return r.text();
  });
  const text = await readme;
  const start = `<!-- snippet:${name}:start -->`;
  const end = `<!-- snippet:${name}:end -->`;
  const a = text.indexOf(start);
  const b = text.indexOf(end, a);
  if (a < 0 || b < 0) throw new Error(`README.md has no ${start} … ${end} markers`);
  const fence = /```[\w-]*\n([\s\S]*?)\n```/.exec(text.slice(a + start.length, b));
  if (!fence) throw new Error(`no fenced code block between ${start} and ${end}`);
  return fence[1];
}

/** The CDN URL the README's snippets load; the tests serve the source in its place. */
export const CDN_URL = 'https://cdn.jsdelivr.net/npm/post-glossary/dist/cdn/post-glossary.js';
export const LOCAL_BUNDLE = new URL('/src/index.ts', location.href).href;

export const trigger = (el: Element) => (el as PostTerm).shadowRoot!.querySelector<HTMLElement>('[part=trigger]')!;
export const card = (el: Element) => (el as PostTerm).shadowRoot!.querySelector<HTMLElement>('[part=card]');
/** Open for a reader: the card is showing in the top layer, not just flagged open. */
export const cardShowing = (el: Element) => !!card(el)?.matches(':popover-open');

/** Rests the real mouse pointer on a term (it opens after its `delay`). */
export async function hover(el: Element) {
  const r = trigger(el).getBoundingClientRect();
  await sendMouse({ type: 'move', position: [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)] });
}
