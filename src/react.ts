/**
 * `post-glossary/react`: React components for the five elements, made with `@lit/react`'s
 * `createComponent`. Props are set as element properties (arrays and objects intact) and the
 * `onPostTermOpen`-style props listen to the element's events, typed, on the first render too:
 * after `hydrateRoot` of server-rendered HTML, where React 19's own custom-element support sets
 * neither (facebook/react#35446).
 *
 * ```jsx
 * import { PostTerm, GlossaryProvider } from 'post-glossary/react';
 * <PostTerm term="lut" onPostTermOpen={(e) => track(e.detail.id)}>LUT</PostTerm>
 * ```
 *
 * Each component is a pure module-level value that defines its tag when it is created, so a
 * bundler leaves out (and never registers) the elements an app does not use. `react` is a peer
 * dependency of this entry only.
 * @module
 */
import * as React from 'react';
import { createComponent, type EventName, type ReactWebComponent } from '@lit/react';
import { isServer } from 'lit';
import { PostTerm as PostTermElement, type PostTermMissingDetail, type PostTermReadDetail, type PostTermToggleDetail } from './elements/post-term/post-term.js';
import { GlossaryIndex as GlossaryIndexElement, type GlossaryIndexNavigateDetail } from './elements/glossary-index/glossary-index.js';
import { GlossarySearch as GlossarySearchElement, type GlossarySearchEmptyDetail, type GlossarySelectDetail } from './elements/glossary-search/glossary-search.js';
import { GlossaryProvider as GlossaryProviderElement, type GlossaryErrorDetail, type GlossaryLoadDetail } from './elements/glossary-provider/glossary-provider.js';
import { GlossaryAutolink as GlossaryAutolinkElement } from './elements/glossary-autolink/glossary-autolink.js';
import { GlossaryPreferences as GlossaryPreferencesElement } from './elements/glossary-preferences/glossary-preferences.js';
import type { PostGlossaryPreferencesDetail } from './internal/preferences.js';
import { defineElement } from './internal/define.js';

export type {
  PostTermMissingDetail,
  PostTermToggleDetail,
  PostTermReadDetail,
  PostGlossaryPreferencesDetail,
  GlossaryIndexNavigateDetail,
  GlossarySelectDetail,
  GlossarySearchEmptyDetail,
  GlossaryErrorDetail,
  GlossaryLoadDetail,
};

type PropertyOptions = { attribute?: boolean | string };
type ElementClass<I> = { new (): I } & CustomElementConstructor;
/** What ReactiveElement keeps of its reactive properties (finalize is protected in its types). */
type Reactive = { finalize?(): void; elementProperties?: Map<PropertyKey, PropertyOptions> };

/**
 * On the server: the props the element has as attributes (`term="lut"`, `glossary-href="/g"`,
 * `delay="150"`, a true boolean as `open=""`), so the HTML carries them and the element resolves
 * its entry as soon as it upgrades, before React hydrates. Arrays, objects and handlers are set
 * in the browser. (`@lit/react` renders none of the element's props on the server.)
 */
function serverProps(elementClass: ElementClass<HTMLElement>, props: Record<string, unknown>): Record<string, unknown> {
  const reactive = elementClass as unknown as Reactive;
  reactive.finalize?.();
  const properties = reactive.elementProperties;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(props)) {
    if (key === 'children' || key === 'style' || key === 'className' || key === 'ref') {
      out[key === 'className' ? 'class' : key] = value;
      continue;
    }
    const options = properties?.get(key);
    const primitive = typeof value === 'string' || typeof value === 'number' || value === true;
    if (!primitive || options?.attribute === false) continue;
    const name = !options ? key : typeof options.attribute === 'string' ? options.attribute : key.toLowerCase();
    out[name] = value === true ? '' : String(value);
  }
  return out;
}

/** Registers the tag (unless taken), then wraps it in a component named after it (`post-term`: `PostTerm`). */
function wrap<I extends HTMLElement, E extends Record<string, EventName | string>>(tagName: string, elementClass: ElementClass<I>, events: E): ReactWebComponent<I, E> {
  defineElement(tagName, elementClass);
  const displayName = tagName.replace(/(?:^|-)(\w)/g, (_, c: string) => c.toUpperCase());
  if (isServer) {
    const Server = React.forwardRef<I, Record<string, unknown>>((props, ref) => React.createElement(tagName, { ...serverProps(elementClass, props), ref }));
    Server.displayName = displayName;
    return Server as unknown as ReactWebComponent<I, E>;
  }
  return createComponent({ react: React, tagName, elementClass, events, displayName });
}

/** The reader turned previews off or on (post-term's, the search's card's, glossary-preferences' switch). */
const preferences = { onPostGlossaryPreferences: 'post-glossary-preferences' as EventName<CustomEvent<PostGlossaryPreferencesDetail>> };

/** `<post-term>`: an inline term with its definition card. */
export const PostTerm = /* @__PURE__ */ wrap('post-term', PostTermElement, {
  onPostTermOpen: 'post-term-open' as EventName<CustomEvent<PostTermToggleDetail>>,
  onPostTermClose: 'post-term-close' as EventName<CustomEvent<PostTermToggleDetail>>,
  onPostTermMissing: 'post-term-missing' as EventName<CustomEvent<PostTermMissingDetail>>,
  onPostTermRead: 'post-term-read' as EventName<CustomEvent<PostTermReadDetail>>,
  ...preferences,
});

/** `<glossary-index>`: the A–Z glossary. */
export const GlossaryIndex = /* @__PURE__ */ wrap('glossary-index', GlossaryIndexElement, {
  onGlossaryIndexNavigate: 'glossary-index-navigate' as EventName<CustomEvent<GlossaryIndexNavigateDetail>>,
});

/** `<glossary-search>`: the search box. */
export const GlossarySearch = /* @__PURE__ */ wrap('glossary-search', GlossarySearchElement, {
  onGlossarySelect: 'glossary-select' as EventName<CustomEvent<GlossarySelectDetail>>,
  onGlossarySearchEmpty: 'glossary-search-empty' as EventName<CustomEvent<GlossarySearchEmptyDetail>>,
  ...preferences,
});

/** `<glossary-provider>`: shares a dataset (`terms`, `src`) with the elements inside it. */
export const GlossaryProvider = /* @__PURE__ */ wrap('glossary-provider', GlossaryProviderElement, {
  onGlossaryLoad: 'glossary-load' as EventName<CustomEvent<GlossaryLoadDetail>>,
  onGlossaryError: 'glossary-error' as EventName<CustomEvent<GlossaryErrorDetail>>,
});

/** `<glossary-autolink>`: links the mentions of known terms in its content. */
export const GlossaryAutolink = /* @__PURE__ */ wrap('glossary-autolink', GlossaryAutolinkElement, {});

/** `<glossary-preferences>`: the reader's switch for term previews, for a site's footer. */
export const GlossaryPreferences = /* @__PURE__ */ wrap('glossary-preferences', GlossaryPreferencesElement, preferences);
