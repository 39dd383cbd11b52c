// @lit/reactive-element, like <post-term> (it ships with it): built with DOM calls, no lit-html.
import { ReactiveElement, css } from '@lit/reactive-element';
import { el } from '../../internal/definition-card.js';
import { announcePreferences, glossaryPreferences, pageOptedOut, preferencesController } from '../../internal/preferences.js';
import { stringsFor, type GlossaryStringsOverride, type Strings } from '../../i18n/index.js';
import { GlossaryConsumer } from '../../internal/glossary-consumer.js';
import { visuallyHiddenStyles } from '../../internal/shared-styles.js';

const styles = css`
  :host {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 1em;
  }
  :host([hidden]) {
    display: none;
  }
  label {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-height: 24px;
    cursor: pointer;
  }
  input {
    margin: 0;
    inline-size: 1em;
    block-size: 1em;
    accent-color: var(--post-glossary-accent, auto);
  }
  button {
    font: inherit;
    min-height: 24px;
  }
  ${visuallyHiddenStyles}
`;

/**
 * The reader's glossary settings, for a site's footer or settings page: a switch to turn term
 * previews on or off on the whole site (the same choice as the card's "Don't show previews"
 * control; remembered as `<html data-glossary-storage>` allows), and with `mark-read` a button
 * that forgets the terms read. Renders nothing on a page with `data-no-glossary`.
 *
 * @tagname glossary-preferences
 * @summary The reader's switch for term previews (and read marks), for a site's footer.
 *
 * @fires {CustomEvent<PostGlossaryPreferencesDetail>} post-glossary-preferences - The reader turned previews off or on. `detail: { previews }`. Bubbles, composed.
 *
 * @csspart label - The switch's label (around the checkbox).
 * @csspart checkbox - The checkbox.
 * @csspart forget - The "Forget terms I've read" button (with `mark-read`).
 *
 * @cssprop [--post-glossary-accent=auto] - The checkbox's colour.
 */
export class GlossaryPreferences extends ReactiveElement {
  static override styles = styles;
  static override properties = {
    markRead: { type: Boolean, attribute: 'mark-read' },
    strings: { attribute: false },
  };

  /** Also offers to forget the terms read (for sites that use `mark-read`). */
  declare markRead: boolean;

  /**
   * UI strings, merged over the table of the element's language (its closest `lang`: `en`, `ko`)
   * and a provider's `strings`: `{ showPreviews: 'Term previews' }`.
   */
  declare strings?: GlossaryStringsOverride | null;

  #glossary = new GlossaryConsumer(this, () => this.requestUpdate());
  #shown?: Strings;

  #box?: HTMLInputElement;

  constructor() {
    super();
    preferencesController(this);
  }

  protected override update(changed: Map<PropertyKey, unknown>) {
    super.update(changed);
    const root = this.renderRoot as ShadowRoot;
    const off = pageOptedOut();
    if (off) {
      root.replaceChildren();
      this.#box = undefined;
      return;
    }
    const s = stringsFor(this, this.#glossary.value?.strings, this.strings, () => this.requestUpdate());
    if (!this.#box || changed.has('markRead') || s !== this.#shown) {
      this.#shown = s;
      const { t } = s;
      const box = (this.#box = el('input', { type: 'checkbox', part: 'checkbox' }) as HTMLInputElement);
      box.addEventListener('change', () => {
        glossaryPreferences.previews = box.checked;
        announcePreferences(this, box.checked);
      });
      const status = el('span', { role: 'status', class: 'visually-hidden' });
      let forget: HTMLElement | false = false;
      if (this.markRead) {
        forget = el('button', { type: 'button', part: 'forget' }, t.forgetRead);
        forget.addEventListener('click', () => {
          glossaryPreferences.clearRead();
          status.textContent = t.readForgotten;
        });
      }
      root.replaceChildren(el('label', { part: 'label' }, box, t.showPreviews), ...(forget ? [forget] : []), status);
    }
    this.#box.checked = glossaryPreferences.previews;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'glossary-preferences': GlossaryPreferences;
  }
}
