/** What the state machine reads and sets on its element (`<post-term>`). */
export interface TriggerHost extends HTMLElement {
  open: boolean;
  readonly delay: number;
  readonly closeDelay: number;
  readonly updateComplete: Promise<boolean>;
  requestUpdate(): void;
}

export interface TriggerOptions {
  /** The inline term, while there is one. */
  trigger(): HTMLElement | null | undefined;
  /** Whether the card may open now (an entry to show; previews on, or the card open already). */
  canOpen(): boolean;
  /** Moves focus into the open card (its heading). */
  focusCard(): void;
}

/**
 * How a term's card opens and closes: hover intent and the grace period to reach the card, a
 * press, a tap, a click on a link around the term, focus (a preview), Enter/Space (interactive),
 * Esc, and pinning. Fed by the page-wide listeners (see delegate.ts) through `handle`.
 */
export class TriggerInteraction {
  /**
   * Whether the open card takes part in the page: its buttons and links are Tab stops. A card
   * shown by keyboard focus is a preview (nothing in it to Tab through: one Tab per term);
   * Enter, Space, a click or a hover make it interactive.
   */
  interactive = false;
  /** The card stays when the pointer leaves (clicked, jumped in, or the reader is using it). */
  pinned = false;
  /** The last press or hover on the term (a PointerEvent: its x and y are clientX and clientY). */
  lastPointer?: { x: number; y: number };
  // Cleared, never reset: a browser does not reuse a timer's id.
  #openTimer?: ReturnType<typeof setTimeout>;
  #closeTimer?: ReturnType<typeof setTimeout>;
  #pointerDown = false;
  /** What pressed the term last ('mouse', 'touch', 'pen'), for the click that follows. */
  #pressType = '';
  #refocusing = false;

  #host: TriggerHost;
  #o: TriggerOptions;

  constructor(host: TriggerHost, options: TriggerOptions) {
    this.#host = host;
    this.#o = options;
  }

  handle(e: Event): void {
    switch (e.type) {
      case 'pointerover':
        return this.#onEnter(e as PointerEvent);
      case 'pointerout':
        return this.#onLeave(e as PointerEvent);
      case 'pointerdown':
        return this.#onPointerDown(e as PointerEvent);
      case 'click':
        return this.#onClick(e);
      case 'keydown':
        return this.#onKeydown(e as KeyboardEvent);
      case 'focusin':
        return this.#onFocus(e);
    }
  }

  /** Opens the card, as a preview or interactive; moving focus into it is the caller's. */
  openAs(interactive: boolean): void {
    this.#cancelTimers();
    if (!this.#o.canOpen()) return;
    if (interactive !== this.interactive) this.#host.requestUpdate();
    this.#host.open = true;
    this.interactive = interactive;
  }

  hide(): void {
    this.#cancelTimers();
    this.pinned = false;
    this.#host.open = false;
  }

  /** The card closed: focus that was in it goes back to the term (without opening it again). */
  closed(focusTerm: boolean): void {
    if (focusTerm) {
      this.#refocusing = true;
      this.#o.trigger()?.focus();
      this.#refocusing = false;
    }
    this.pinned = false;
    this.interactive = false;
  }

  /** Opens the card interactive (or closes an interactive one) and moves focus into it. */
  activate(): void {
    if (this.#host.open && this.interactive) return this.hide();
    this.openAs(true);
    this.pinned = true;
    this.#host.updateComplete.then(() => this.#host.open && this.#o.focusCard());
  }

  #cancelTimers() {
    clearTimeout(this.#openTimer);
    clearTimeout(this.#closeTimer);
  }

  #onEnter(e: PointerEvent) {
    if (e.pointerType === 'touch' || !this.#o.canOpen()) return; // touch never depends on hover
    this.lastPointer = e;
    clearTimeout(this.#closeTimer);
    if (this.#host.open) return;
    clearTimeout(this.#openTimer);
    // A negative (or NaN) delay is 0 to setTimeout.
    this.#openTimer = setTimeout(() => this.openAs(true), this.#host.delay);
  }

  /** Did this event start on the inline term (not in the card)? Never while there is none. */
  #fromTrigger(e: Event) {
    const t = this.#o.trigger();
    return !!t && e.composedPath().includes(t);
  }

  #onLeave(e: PointerEvent) {
    if (e.pointerType === 'touch') return;
    clearTimeout(this.#openTimer);
    if (!this.#host.open || this.pinned) return;
    // Keyboard focus inside keeps it open: the reader may be tabbing through its links.
    if (this.#host.matches(':focus-within') && !this.#pointerDown) return;
    clearTimeout(this.#closeTimer);
    this.#closeTimer = setTimeout(() => this.hide(), this.#host.closeDelay);
  }

  #onPointerDown(e: PointerEvent) {
    if (!this.#fromTrigger(e)) return;
    // A press focuses the trigger; the click decides what happens, not the focus.
    this.#pointerDown = true;
    this.#pressType = e.pointerType;
    this.lastPointer = e;
    setTimeout(() => (this.#pointerDown = false), 0);
  }

  #onFocus(e: Event) {
    if (!this.#fromTrigger(e)) return;
    if (this.#pointerDown || this.#refocusing || this.#host.open) return;
    this.openAs(false);
  }

  #onClick(e: Event) {
    const link = this.#link(e);
    if (!this.#fromTrigger(e)) {
      // Inside a link, nothing in the card follows it (the card's own links go where they say).
      if (link && !(e.composedPath()[0] as Element).closest?.('a[href]')) e.preventDefault();
      return;
    }
    const type = (e as PointerEvent).pointerType || this.#pressType;
    this.#pressType = '';
    if (link) {
      // The term is part of the link's text. A mouse (which shows the card on hover) follows the
      // link; a tap, or a click with no pointer, opens the card first and follows the link when
      // the term is tapped again with its card open.
      if (type === 'mouse' || type === 'pen' || (this.#host.open && this.interactive)) return this.hide();
      e.preventDefault();
      return this.activate();
    }
    // A tap or click toggles; a click on a card opened by hovering (the pointer is still on it)
    // pins it instead of closing it.
    if (this.#host.open && !this.pinned && !this.#pointerDown && this.lastPointer && this.#host.matches(':hover')) this.pinned = true;
    else this.activate();
  }

  #onKeydown(e: KeyboardEvent) {
    if (e.key === 'Escape') {
      // Focus is in this term or its card: Esc is for the card. Stopped only when it closed one,
      // so a dialog around the term does not close with it.
      if (!this.#host.open) return;
      e.preventDefault();
      e.stopPropagation();
      this.hide();
    } else if (this.#fromTrigger(e) && (e.key === 'Enter' || e.key === ' ')) {
      // (Also keeps a link around the term from following.)
      e.preventDefault();
      this.activate();
    }
  }

  /** The link around the term, if any (`<a href>…<post-term>…</a>`, across shadow roots). */
  #link(e: Event): HTMLAnchorElement | undefined {
    const path = e.composedPath();
    return path.slice(path.indexOf(this.#host) + 1).find((n): n is HTMLAnchorElement => n instanceof HTMLAnchorElement && n.hasAttribute('href'));
  }
}
