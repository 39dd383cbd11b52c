// The category filter of <glossary-index>: one choice of many, so a radio group (APG): one Tab
// stop (the checked one), arrows move and choose.
import { html, nothing } from 'lit';
import type { Category } from '../core/types.js';
import type { GlossaryStrings } from '../i18n/index.js';

const STEPS: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1, Home: 0, End: 0 };

/**
 * The buttons, "All" first, each with its count; a category with none cannot be chosen (unless
 * it is the choice). Nothing when fewer than two categories are present.
 */
export function categoryFilter(o: {
  present: Category[];
  counts: Map<Category, number>;
  pool: number;
  chosen: Category | null;
  t: GlossaryStrings;
  choose: (c: Category | null, then?: () => void) => void;
}) {
  if (o.present.length < 2) return nothing;
  const radio = (c: Category | null, label: string, n: number) => {
    const checked = o.chosen === c;
    const disabled = !n && !checked;
    return html`<button type="button" role="radio" aria-checked=${checked ? 'true' : 'false'} aria-disabled=${disabled ? 'true' : nothing}
      tabindex=${checked ? 0 : -1} data-category=${c ?? ''} @click=${() => !disabled && o.choose(c)}>
      ${label} <span class="count">${n}</span>
    </button>`;
  };
  // Arrows (and Home/End) move to the next category that can be chosen, and choose it.
  const onKey = (e: KeyboardEvent) => {
    if (!(e.key in STEPS)) return;
    const enabled = [...(e.currentTarget as HTMLElement).querySelectorAll<HTMLElement>('[role=radio]')].filter((r) => r.getAttribute('aria-disabled') !== 'true');
    if (!enabled.length) return;
    e.preventDefault();
    const at = enabled.indexOf(e.target as HTMLElement);
    const next = e.key === 'Home' ? enabled[0] : e.key === 'End' ? enabled[enabled.length - 1] : enabled[(Math.max(at, 0) + STEPS[e.key] + enabled.length) % enabled.length];
    o.choose((next.dataset.category || null) as Category | null, () => next.focus());
  };
  return html`<div class="filters" part="filters" role="radiogroup" aria-label=${o.t.filters} @keydown=${onKey}>
    ${radio(null, o.t.all, o.pool)} ${o.present.map((c) => radio(c, o.t.categories[c], o.counts.get(c) ?? 0))}
  </div>`;
}
