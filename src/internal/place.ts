/** Least distance kept between a placed panel and the viewport's edges, px. */
const MARGIN = 8;

export interface PlaceOptions {
  /** Space between the anchor and the panel, px. Default 4. */
  gap?: number;
  /**
   * The panel opens under the anchor when the room there holds the height it needs, or at least
   * this much of it, or is no smaller than the room above. Default 240; `Infinity`: under it only
   * when it fits or there is no more room above (a card that must not cover its term).
   */
  enough?: number;
  /** Least `--_room` written, px, however little the viewport leaves (the panel then scrolls inside). Default 120. */
  minRoom?: number;
  /** What scrolls inside the panel (default: the panel itself): the height it hides counts towards what the panel needs. */
  scroller?: HTMLElement;
  /** Makes the panel exactly as wide as the anchor. */
  matchWidth?: boolean;
}

/**
 * Places a popover (in the top layer: no overflow, transform or z-index of the page clips or
 * covers it) next to the element it belongs to. Used by `<glossary-search>` for its results and its
 * card; meant to serve any panel placed that way (`<post-term>`'s card: pass its line box as `rect`).
 *
 * Contract:
 * - `panel` is showing (`showPopover()`) and styled with `placedPopover` (shared-styles.ts:
 *   position: fixed, the UA's centring undone). Its CSS caps its height with
 *   `max-height: min(…, var(--_room, 100vh))`.
 * - Only CSSOM writes (`element.style`, which a strict style-src CSP allows): `top`, `bottom` and
 *   `left` (`width` too with `matchWidth`), and `--_room`, the height free on the side it opens to.
 *   Nothing is reset to be measured, so a scrolled list keeps its place.
 * - Vertically: under `rect` (see `enough`), else above it, its bottom edge `gap` px over the
 *   anchor; never over the anchor itself.
 * - Horizontally: its start edge on the anchor's (its right edge on the anchor's right one when
 *   the anchor is right to left), shifted to keep `MARGIN` px inside the viewport, but never
 *   further left than the anchor.
 * - The caller calls it again whenever the anchor may have moved (scroll, capture; resize) and
 *   after the panel's content changed.
 *
 * @param anchor The element the panel belongs to (its `direction` counts).
 * @param rect The anchor's box to place against, in viewport coordinates: by default its bounding box.
 * @returns Whether the panel opened under the anchor.
 */
export function place(panel: HTMLElement, anchor: Element, options: PlaceOptions = {}, rect = anchor.getBoundingClientRect()): boolean {
  const { gap = 4, enough = 240, minRoom = 120, scroller = panel, matchWidth } = options;
  const { clientWidth: vw, clientHeight: vh } = document.documentElement;
  const s = panel.style;
  if (matchWidth) s.width = `${rect.width}px`;
  const needed = panel.offsetHeight + scroller.scrollHeight - scroller.clientHeight;
  const below = vh - rect.bottom - gap - MARGIN;
  const above = rect.top - gap - MARGIN;
  const down = below >= Math.min(needed, enough) || below >= above;
  s.setProperty('--_room', `${Math.floor(Math.max(down ? below : above, minRoom))}px`);
  s.top = down ? `${rect.bottom + gap}px` : 'auto';
  s.bottom = down ? 'auto' : `${vh - rect.top + gap}px`;
  const w = panel.offsetWidth;
  const x = getComputedStyle(anchor).direction === 'rtl' ? rect.right - w : rect.left;
  s.left = `${Math.max(Math.min(rect.left, MARGIN), Math.min(x, vw - w - MARGIN))}px`;
  return down;
}
