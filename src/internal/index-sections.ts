// The letter sections of <glossary-index>: what a render shows of them within the chunked budget.
import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { guard } from 'lit/directives/guard.js';
import { OTHER_LETTER } from '../core/normalize.js';
import type { TermEntry } from '../core/types.js';
import type { Group } from './index-view.js';
import { entryTemplate, type EntryContext } from './index-entry.js';

/** Blocks shown before the cross-links were ready that gain them per render. */
const RELINK_PER_RENDER = 8;

/**
 * Renders the sections keyed (by letter, block and entry id: a filter change keeps the markup of
 * the entries that stay) and guarded: an entry re-renders only when it, its highlight, its links
 * or its context change, and an unchanged block of them is skipped as a whole, so a render's cost
 * follows what changed, not the size of the glossary.
 */
export class IndexSections {
  /** Entries the last render showed, and whether blocks are left to gain their cross-links. */
  rendered = 0;
  relinkPending = false;
  /** Per block (letter + key): whether it was last rendered with cross-links. */
  #blockLinked = new Map<string, boolean>();
  #context?: EntryContext;
  #inputs: unknown[] = [];

  /**
   * `budget` entries in turn, at least `forced.get(letter)` of a letter; `inputs` are what
   * `context()` is made of (a new context, and every entry re-rendered, only when one changed).
   */
  render(
    groups: Group[],
    o: { budget: number; forced: Map<string, number>; highlighted?: string; level: number; linked: boolean; otherGroup: string; inputs: unknown[]; context: () => EntryContext },
  ) {
    if (!this.#context || o.inputs.some((v, i) => v !== this.#inputs[i])) {
      this.#inputs = o.inputs;
      this.#context = o.context();
      this.#blockLinked.clear();
    }
    const context = this.#context;
    const { highlighted, linked } = o;
    let relink = RELINK_PER_RENDER;
    this.relinkPending = false;
    let left = o.budget;
    this.rendered = 0;
    const entry = (e: TermEntry, on: boolean) => guard([e, e.id === highlighted, on, context], () => entryTemplate(e, context, e.id === highlighted, on));
    return repeat(
      groups.filter((g) => g.entries.length),
      (g) => g.letter,
      (g) => {
        const inTurn = Math.min(g.entries.length, Math.max(0, left));
        left -= inTurn;
        let count = Math.min(g.entries.length, Math.max(inTurn, o.forced.get(g.letter) ?? 0));
        this.rendered += count;
        const pending = g.entries.length - count;
        const blocks: [key: string, entries: TermEntry[], linked: boolean][] = [];
        for (const b of g.blocks) {
          if (count <= 0) break;
          const key = g.letter + b.key;
          let on = linked;
          if (this.#blockLinked.get(key) === false && linked && relink-- <= 0) {
            on = false;
            this.relinkPending = true;
          }
          this.#blockLinked.set(key, on);
          blocks.push([key, count < b.entries.length ? b.entries.slice(0, count) : b.entries, on]);
          count -= b.entries.length;
        }
        // Not a named region: 24 landmarks are noise (the headings already structure the index).
        return html`<section class="section" part="section" data-letter=${g.letter} aria-busy=${pending ? 'true' : 'false'}>
          <div class="letter-heading" part="section-heading" role="heading" aria-level=${o.level} id=${g.id} tabindex="-1">${g.letter}${g.letter === OTHER_LETTER ? html`<span class="group-name"> ${o.otherGroup}</span>` : nothing}</div>
          ${repeat(
            blocks,
            ([key]) => key,
            ([, entries, on]) =>
              guard(
                [entries.length, entries[0], entries[entries.length - 1], !!highlighted && entries.some((e) => e.id === highlighted), on, context],
                () =>
                  html`<div class="block">${repeat(
                    entries,
                    (e) => e.id,
                    (e) => entry(e, on),
                  )}</div>`,
              ),
          )}
          ${pending ? html`<div class="pending"></div>` : nothing}
        </section>`;
      },
    );
  }
}
