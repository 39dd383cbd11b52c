/**
 * The way back through a card's see-also jumps (post-term's and the search's card): each jump
 * remembers the entry it left; Back returns to it.
 */
export class CardHistory {
  #trail: string[] = [];

  /** The entry shown before the last jump (the Back button's), if any. */
  get previous(): string | undefined {
    return this.#trail.at(-1);
  }

  /** Records a jump from `from` to `to`; false when there is nothing to jump from, or to. */
  jump(from: string | undefined, to: string): boolean {
    if (!from || to === from) return false;
    this.#trail.push(from);
    return true;
  }

  /** The entry to go back to (forgotten from the trail), if any. */
  back(): string | undefined {
    return this.#trail.pop();
  }

  /** Forgets every jump (the card closed, or shows another term's entry). */
  clear(): void {
    this.#trail = [];
  }
}
