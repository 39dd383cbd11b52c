/**
 * Registers a custom element unless that tag is already taken, so a page that loads the bundle
 * twice (or the CDN file next to the npm build) does not throw.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, ctor);
}
