import type { PropertyDeclarations, ReactiveElement } from '@lit/reactive-element';

// The properties several elements share (`theme`, `link-base`, `glossary-href`), declared and
// documented once. Static `properties`, not decorators: they work on ReactiveElement and
// LitElement alike and add no decorator code to <post-term>'s bundle. One mixin per property,
// since no element has a property it does not use (the index has no `glossary-href`, the
// provider and autolink no `theme`). The shared `--post-glossary-*` tokens are documented on
// `Themed` (the tokens of internal/theme.ts); an element documents only its own, or a default of
// its own (its line wins in the manifest).

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Constructor<T = ReactiveElement> = abstract new (...args: any[]) => T;
/** A mixin's result as declaration files can spell it: the base with the mixin's properties. */
type With<T, P> = T & Constructor<P>;

/** The `theme` attribute (see the class for the tokens it documents). */
export function Themed<T extends Constructor>(Base: T) {
  /**
   * The `theme` attribute and the colour tokens of internal/theme.ts.
   *
   * @cssprop [--post-glossary-accent=#0b57d0 / #a8c7fa] - Links, highlighted controls and outlines (light / dark default).
   * @cssprop [--post-glossary-text=#1f1f1f / #e3e3e3] - Text colour.
   * @cssprop [--post-glossary-muted=#5f6368 / #bdc1c6] - Secondary text (expansions, categories, snippets).
   * @cssprop [--post-glossary-surface=#ffffff / #202124] - Background.
   * @cssprop [--post-glossary-border=#c4c7c5 / #5f6368] - Borders and rules.
   * @cssprop [--post-glossary-radius=8px] - Corner radius.
   * @cssprop [--post-glossary-font=inherit] - Font family.
   * @cssprop [--post-glossary-focus=#0b57d0 / #a8c7fa] - Focus ring colour.
   */
  abstract class Themed extends Base {
    static properties: PropertyDeclarations = { theme: { reflect: true } };

    /**
     * `light` or `dark` pins the colour scheme; by default it follows the reader's preference
     * (`<glossary-index>`: the page's `color-scheme`, and with `theme` it gets its own background).
     */
    declare theme?: 'light' | 'dark';
  }
  return Themed as unknown as With<T, { theme?: 'light' | 'dark' }>;
}

/** The `link-base` attribute. */
export function WithLinkBase<T extends Constructor>(Base: T) {
  abstract class WithLinkBase extends Base {
    static properties: PropertyDeclarations = { linkBase: { attribute: 'link-base' } };

    /**
     * Base URL the entries' "learn more" paths are resolved against; those links show only when
     * it (or a provider's) is set. Overrides a provider's; a provider passes it to the elements
     * inside, `<glossary-autolink>` to each `<post-term>` it makes.
     */
    declare linkBase?: string;
  }
  return WithLinkBase as unknown as With<T, { linkBase?: string }>;
}

/** The `glossary-href` attribute. */
export function WithGlossaryHref<T extends Constructor>(Base: T) {
  abstract class WithGlossaryHref extends Base {
    static properties: PropertyDeclarations = { glossaryHref: { attribute: 'glossary-href' } };

    /**
     * Where the full glossary page lives: entries link to `glossary-href#id` (from a card, or a
     * search result chosen with no `<glossary-index>` on the page). Overrides a provider's; a
     * provider passes it to the elements inside, `<glossary-autolink>` to each `<post-term>` it makes.
     */
    declare glossaryHref?: string;
  }
  return WithGlossaryHref as unknown as With<T, { glossaryHref?: string }>;
}
