import { html, nothing, type ReactiveControllerHost } from 'lit';
import type { Glossary } from '../../core/glossary.js';
import type { TermEntry } from '../../core/types.js';
import type { Strings } from '../../i18n/index.js';
import { announcePreferences, glossaryPreferences, pageOptedOut } from '../../internal/preferences.js';
import type { CardHistory } from '../../internal/card-history.js';
import type { DefinitionCardMemo } from '../../internal/definition-card.js';
import { loadSearchCardBody } from './search-card-loader.js';

type Body = Awaited<ReturnType<typeof loadSearchCardBody>>;
import type { Announcer } from '../../internal/controllers/announcer.js';

export const cross = html`<svg viewBox="0 0 16 16" aria-hidden="true"><path d="M3 3l10 10M13 3 3 13" stroke="currentColor" stroke-width="2" stroke-linecap="round" fill="none" /></svg>`;

/** Opens (or closes) a popover panel (the results, the card) in the top layer; never throws (not connected, or no popover support). */
export function togglePanel(panel: HTMLElement | null | undefined, open = true): void {
  try {
    if (panel && panel.matches(':popover-open') !== open) panel.togglePopover(open);
  } catch {
    /* see above */
  }
}

/** What the card reads of its search box. */
export interface SearchCardHost extends ReactiveControllerHost, HTMLElement {
  readonly glossary: Glossary;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/**
 * The definition card a search box shows under itself when a choice goes nowhere else: the entry
 * shown, its see-also jumps and Back, closing it (Esc or its close button give focus back to the
 * box), and the focus on its heading whenever another entry shows. The host renders `render()`
 * and calls `shown()` then, once placed, `focus()` in `updated`, and `close(false)` when removed. `announcer` says the term a
 * see-also jump shows; `place` places the card again when its height changed.
 */
export class SearchCard {
  #id?: string;
  /** Another entry since the last update. */
  #changed = false;
  /** The card's code, once loaded (on the first card). */
  #body?: Body;
  #loading?: Promise<unknown>;
  #history?: CardHistory;
  #node?: DocumentFragment;
  #memo?: DefinitionCardMemo;
  #host: SearchCardHost;
  #announcer: Announcer;
  #place: () => void;

  constructor(host: SearchCardHost, announcer: Announcer, place: () => void) {
    this.#host = host;
    this.#announcer = announcer;
    this.#place = place;
  }

  /** Settles once the card's code has arrived, while it is on its way (undefined otherwise). */
  get loading(): Promise<unknown> | undefined {
    return this.#loading;
  }

  #load() {
    this.#loading ??= loadSearchCardBody().then(
      (body) => {
        this.#body = body;
        this.#history = new body.CardHistory();
        this.#memo = new body.DefinitionCardMemo();
        this.#loading = undefined;
        this.#host.requestUpdate();
      },
      (e) => {
        this.#loading = undefined;
        console.warn(`<glossary-search>: the definition card could not load (${String(e)})`);
      },
    );
  }

  /** The id of the entry shown, if the card is open. */
  get id(): string | undefined {
    return this.#id;
  }

  #set(id: string | undefined) {
    if (id === this.#id) return;
    this.#id = id;
    this.#changed = true;
    this.#host.requestUpdate();
  }

  #$<T extends HTMLElement = HTMLElement>(selector: string) {
    return this.#host.renderRoot?.querySelector<T>(selector);
  }

  /** Shows entry `id` (afresh: no way back); focus goes to its heading. */
  show(id: string): void {
    this.#history?.clear();
    if (!this.#body) this.#load();
    if (this.#id === id) this.#$('#card-h')?.focus();
    this.#set(id);
  }

  /** Closes the card; Esc or its close button (but not a press or focus elsewhere) returns focus to the box. */
  close(e?: Event | false): void {
    if (e) {
      e.preventDefault();
      e.stopPropagation();
    }
    this.#set(undefined);
    this.#history?.clear();
    if (e !== false) this.#host.focus();
  }

  /** The card, with the glossary page and the base of "learn more" paths in force. */
  render(strings: Strings, glossaryHref?: string, linkBase?: string): unknown {
    const g = this.#host.glossary;
    const entry = this.#id ? g.get(this.#id) : undefined;
    const body = this.#body;
    if (!entry || !body) {
      // Another entry, not in the glossary: none is shown. (Without its code yet: shown once loaded.)
      if (this.#changed && body) this.#id = undefined;
      return nothing;
    }
    return html`<div class="card" part="card" popover="manual" role="dialog" aria-labelledby="card-h" @keydown=${(e: KeyboardEvent) => e.key === 'Escape' && this.close(e)}>
      <button type="button" class="card-close" part="card-close" aria-label=${strings.t.close} @click=${() => this.close()}>${cross}</button>
      ${this.#contents(body, g, entry, strings, glossaryHref, linkBase)}
    </div>`;
  }

  /** The card's contents (DOM, text only), rebuilt only when what it shows changes. */
  #contents(body: Body, g: Glossary, entry: TermEntry, strings: Strings, glossaryHref?: string, linkBase?: string) {
    const host = this.#host;
    const history = this.#history!;
    const previous = g.get(history.previous ?? '');
    const previews = pageOptedOut()
      ? undefined
      : {
          on: glossaryPreferences.previews,
          onChange: (on: boolean) => {
            glossaryPreferences.previews = on;
            announcePreferences(host, on);
            host.updateComplete.then(() => body.focusPreviewsSwitch(this.#$('.card')));
          },
        };
    if (this.#memo!.changed(g, entry, { previous, glossaryHref, linkBase, strings, previews })) {
      this.#node = body.buildDefinitionCard(entry, {
        headingId: 'card-h',
        related: g.related(entry),
        onSeeAlso: (id) => {
          if (!history.jump(this.#id, id)) return;
          this.#set(id);
          // Focus goes to the new heading; the term is said too (not every screen reader speaks
          // that focus move).
          this.#announcer.say(g.get(id)?.term ?? '');
        },
        glossaryHref,
        linkBase,
        previous,
        strings,
        onBack: () => this.#set(history.back() ?? this.#id),
        previews,
        onResize: () => this.#place(),
      });
    }
    return this.#node;
  }

  /** Once rendered: the card in the top layer; a closed card's nodes went with it (the next is built afresh, even for the same entry). Returns the card, if open. */
  shown(): HTMLElement | null | undefined {
    const card = this.#$('.card');
    togglePanel(card);
    if (!card) this.#memo?.reset();
    return card;
  }

  /**
   * Once placed: another entry in the card starts at its top (the back button, the heading), focus
   * on its heading. Focus alone scrolls only as far as the heading in Firefox, leaving "Back"
   * above the card's edge.
   */
  focus(): void {
    // A card asked for before its code arrived keeps its focus move for the update that shows it.
    if (this.#loading && this.#id !== undefined) return;
    const card = this.#changed && this.#$('.card');
    this.#changed = false;
    if (!card) return;
    card.scrollTop = 0;
    this.#$('#card-h')?.focus();
  }
}
