/** Least distance kept between a placed panel and the viewport's edges, px. */
const MARGIN = 8;

export interface PlaceOptions {
  /** Space between the anchor and the panel, px. Default 4. */
  gap?: number;
  /**
   * Opens under the anchor when the room there holds what it needs, or at least this much, or is
   * no smaller than the room above. Default 240; `Infinity`: a card that must not cover its term.
   */
  enough?: number;
  /** What scrolls inside the panel (default: the panel): the height it hides counts as needed. */
  scroller?: HTMLElement;
  /** Makes the panel exactly as wide as the anchor. */
  matchWidth?: boolean;
}

/**
 * The one placement of every popover panel (the search's results and card, a term's card): in
 * the top layer, so no overflow, transform or z-index of the page clips it; under `rect` (else
 * above it, never over it), its start edge on the anchor's (the right one in right-to-left text),
 * kept inside the viewport. CSSOM writes only (a strict style-src CSP allows them): `top`/`bottom`,
 * `left`, and `--_room`, the height free on its side (at least 120 px), which the panel's CSS uses
 * as its max-height. Call it again when the anchor may have moved or the content changed.
 *
 * @param anchor The element the panel belongs to (its `direction` counts).
 * @param rect The box to place against, in viewport coordinates: by default the anchor's.
 * @returns Whether the panel opened under the anchor.
 */
export function place(panel: HTMLElement, anchor: Element, options: PlaceOptions = {}, rect = anchor.getBoundingClientRect()): boolean {
  const { gap = 4, enough = 240, scroller = panel, matchWidth } = options;
  const { clientWidth: vw, clientHeight: vh } = document.documentElement;
  const s = panel.style;
  if (matchWidth) s.width = `${rect.width}px`;
  const needed = panel.offsetHeight + scroller.scrollHeight - scroller.clientHeight;
  const below = vh - rect.bottom - gap - MARGIN;
  const above = rect.top - gap - MARGIN;
  const down = below >= Math.min(needed, enough) || below >= above;
  s.setProperty('--_room', `${Math.floor(Math.max(down ? below : above, 120))}px`);
  s.top = down ? `${rect.bottom + gap}px` : 'auto';
  s.bottom = down ? 'auto' : `${vh - rect.top + gap}px`;
  const w = panel.offsetWidth;
  const x = getComputedStyle(anchor).direction === 'rtl' ? rect.right - w : rect.left;
  // MARGIN px inside the viewport, or as close to its edge as an anchor closer to it (never outside).
  s.left = `${Math.max(Math.min(Math.max(rect.left, 0), MARGIN), Math.min(x, vw - w - MARGIN))}px`;
  return down;
}

/** The line box of `el` a pointer at `y` is on (a term wrapped over two lines), else its first; undefined when it has none. */
export function lineRect(el: Element, y?: number): DOMRect | undefined {
  const rects = [...el.getClientRects()];
  return (y !== undefined && rects.find((r) => y >= r.top && y <= r.bottom)) || rects[0];
}
