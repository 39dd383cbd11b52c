import type { GlossaryAutolink } from "../dist/glossary-autolink.js";
import type { GlossaryIndex, GlossaryIndexNavigateDetail } from "../dist/glossary-index.js";
import type { GlossaryPreferences, PostGlossaryPreferencesDetail } from "../dist/glossary-preferences.js";
import type { GlossaryProvider, GlossaryLoadDetail, GlossaryErrorDetail } from "../dist/glossary-provider.js";
import type {
  GlossarySearch,
  GlossarySelectDetail,
  GlossarySearchEmptyDetail,
} from "../dist/glossary-search.js";
import type {
  PostTerm,
  PostTermToggleDetail,
  PostTermReadDetail,
  PostTermMissingDetail,
} from "../dist/post-term.js";

type BaseProps = {
  /** Content added between the opening and closing tags of the element */
  children?: JSX.Element;
  /** Used for declaratively styling one or more elements using CSS (Cascading Stylesheets) */
  class?: string;
  /** Takes an object where the key is the class name(s) and the value is a boolean expression. When true, the class is applied, and when false, it is removed. */
  classList?: Record<string, boolean | undefined>;
  /** Specifies the text direction of the element. */
  dir?: "ltr" | "rtl";
  /** Contains a space-separated list of the part names of the element that should be exposed on the host element. */
  exportparts?: string;
  /** Specifies whether the element should be hidden. */
  hidden?: boolean | string;
  /** A unique identifier for the element. */
  id?: string;
  /** Sets the HTML or XML markup contained within the element. */
  innerHTML?: string;
  /** Specifies the language of the element. */
  lang?: string;
  /** Contains a space-separated list of the part names of the element. Part names allows CSS to select and style specific elements in a shadow tree via the ::part pseudo-element. */
  part?: string;
  /** Use the ref attribute with a variable to assign a DOM element to the variable once the element is rendered. */
  ref?: unknown | ((e: unknown) => void);
  /** Adds a reference for a custom element slot */
  slot?: string;
  /** Prop for setting inline styles */
  style?: JSX.CSSProperties;
  /** Overrides the default Tab button behavior. Avoid using values other than -1 and 0. */
  tabIndex?: number;
  /** Sets the text content of the element */
  textContent?: string;
  /** Specifies the tooltip text for the element. */
  title?: string;
  /** Passing 'no' excludes the element content from being translated. */
  translate?: "yes" | "no";
};

type BaseEvents = {};

type GlossaryAutolinkProps = {
  /** Link every mention of a term, not only the first one in this element. */
  all?: GlossaryAutolink["all"];
  /** Ids of entries never to link, comma- or space-separated (`exclude="hdr,dit"`); as a property, an array of ids is taken too. */
  exclude?: GlossaryAutolink["exclude"];
  /** Base URL the entries' "learn more" paths are resolved against; those links show only when
it (or a provider's) is set. Overrides a provider's; a provider passes it to the elements
inside, `<glossary-autolink>` to each `<post-term>` it makes. */
  "link-base"?: GlossaryAutolink["linkBase"];
  /** Where the full glossary page lives: entries link to `glossary-href#id` (from a card, or a
search result chosen with no `<glossary-index>` on the page). Overrides a provider's; a
provider passes it to the elements inside, `<glossary-autolink>` to each `<post-term>` it makes. */
  "glossary-href"?: GlossaryAutolink["glossaryHref"];
};

type GlossaryIndexProps = {
  /** Level of the letter headings (2–6), so the index fits the host page's outline; entries are one level below. */
  "heading-level"?: GlossaryIndex["headingLevel"];
  /** The canonical glossary page: each entry links to its entry there, crediting the source, and
links to entries outside `letters`/`categories` go there (without it, those names are plain text). */
  "source-url"?: GlossaryIndex["sourceUrl"];
  /** Name shown in the credit line with `source-url` (default: its host name). */
  "source-name"?: GlossaryIndex["sourceName"];
  /** Only these categories (comma-separated: `color,vfx`; as a property, an array of strings is taken too). */
  categories?: GlossaryIndex["categories"];
  /** Only these letters: `A-F`, `ABX`, `a,c,x-z`; `#` is the group of names with no Latin letter (after Z). As a property, an array of strings is taken too. */
  letters?: GlossaryIndex["letters"];
  /** Do not add the schema.org DefinedTermSet JSON-LD block to the document. */
  "no-structured-data"?: GlossaryIndex["noStructuredData"];
  /** `light` or `dark` pins the colour scheme; by default it follows the reader's preference
(`<glossary-index>`: the page's `color-scheme`, and with `theme` it gets its own background). */
  theme?: GlossaryIndex["theme"];
  /** Base URL the entries' "learn more" paths are resolved against; those links show only when
it (or a provider's) is set. Overrides a provider's; a provider passes it to the elements
inside, `<glossary-autolink>` to each `<post-term>` it makes. */
  "link-base"?: GlossaryIndex["linkBase"];
  /** Show only these entries (a search's results); `null` shows everything. An empty array shows the "no terms match" message. */
  "bind:filterIds"?: GlossaryIndex["filterIds"];
  /** The query behind `filterIds`, quoted in the "no terms match" message. */
  "bind:filterQuery"?: GlossaryIndex["filterQuery"];
  /** Ids offered as "Did you mean" when `filterIds` is empty. */
  "bind:suggestions"?: GlossaryIndex["suggestions"];
  /** UI strings, merged over the table of the index's language (its closest `lang`: `en`, `ko`)
and a provider's `strings`: `{ all: 'Everything', categories: { color: 'Grading' } }`. */
  "bind:strings"?: GlossaryIndex["strings"];
  /** The glossary in use (the provider's, else the bundled one). */
  "bind:glossary"?: GlossaryIndex["glossary"];
  /** How many entries the index shows: within `letters` and `categories`, and through the reader's
category filter and `filterIds`. (A filtering search box announces this count.) */
  "bind:shownCount"?: GlossaryIndex["shownCount"];
  /** The reader moved to an entry or letter (letter bar, see-also, cross-link or URL hash). `detail: { id }`. Bubbles, composed. */
  "on:glossary-index-navigate"?: (e: CustomEvent<GlossaryIndexNavigateDetail>) => void;
};

type GlossaryPreferencesProps = {
  /** Also offers to forget the terms read (for sites that use `mark-read`). */
  "mark-read"?: GlossaryPreferences["markRead"];
  /** UI strings, merged over the table of the element's language (its closest `lang`: `en`, `ko`)
and a provider's `strings`: `{ showPreviews: 'Term previews' }`. */
  "bind:strings"?: GlossaryPreferences["strings"];
  /** The reader turned previews off or on. `detail: { previews }`. Bubbles, composed. */
  "on:post-glossary-preferences"?: (e: CustomEvent<PostGlossaryPreferencesDetail>) => void;
};

type GlossaryProviderProps = {
  /** URL of a JSON file holding an array of entries (the shape of `data/terms.json`; `id`, `term`,
`category` and `definition` are required). Resolved against the page. Changing it loads the new
file; a response to an earlier value is never applied over a newer one. */
  src?: GlossaryProvider["src"];
  /** `extend` (default): the site's entries are added to the bundled set (or to an outer provider's
glossary), an entry with the same `id` replacing the bundled one. `replace`: only the site's
entries are used (the bundled set stays in force until they have loaded). */
  mode?: GlossaryProvider["mode"];
  /** Read marks for every `<post-term>` inside: a term whose card stayed open 1 s is remembered (as
`<html data-glossary-storage>` allows) and shown quieter on later pages, never hidden. */
  "mark-read"?: GlossaryProvider["markRead"];
  /** Milliseconds to wait for `src` (its answer and its body) before giving up: then
`glossary-error` fires and the glossary stays as it was. `reload()` tries again. */
  timeout?: GlossaryProvider["timeout"];
  /** Base URL the entries' "learn more" paths are resolved against; those links show only when
it (or a provider's) is set. Overrides a provider's; a provider passes it to the elements
inside, `<glossary-autolink>` to each `<post-term>` it makes. */
  "link-base"?: GlossaryProvider["linkBase"];
  /** Where the full glossary page lives: entries link to `glossary-href#id` (from a card, or a
search result chosen with no `<glossary-index>` on the page). Overrides a provider's; a
provider passes it to the elements inside, `<glossary-autolink>` to each `<post-term>` it makes. */
  "glossary-href"?: GlossaryProvider["glossaryHref"];
  /** Entries from JavaScript, in the same shape as the `src` file. They win over the file's on the
same id. Assign a new array to update every element inside. */
  "bind:terms"?: GlossaryProvider["terms"];
  /** UI strings for every element inside, merged over the table of each element's language (its
closest `lang`): any of the keys of `GlossaryStrings` (`{ seeAlso: 'Related' }`,
`{ categories: { color: 'Grading' } }`). An outer provider's are merged under these; an
element's own `strings` over them. */
  "bind:strings"?: GlossaryProvider["strings"];
  /** The glossary this provider shares with the elements inside it: its data merged over the bundled set (or an outer provider's). */
  "bind:glossary"?: GlossaryProvider["glossary"];
  /** The provider's own data (`src` or `terms`) was applied. `detail: { count, errors }`. Bubbles, composed. */
  "on:glossary-load"?: (e: CustomEvent<GlossaryLoadDetail>) => void;
  /** Data could not be loaded (HTTP error, network failure, no answer within `timeout`, invalid JSON, not an array, an empty array or no usable entry: the glossary is then unchanged) or some entries break the schema; the message names the entry and field. `detail: { message, errors }`. Bubbles, composed. */
  "on:glossary-error"?: (e: CustomEvent<GlossaryErrorDetail>) => void;
};

type GlossarySearchProps = {
  /** Hint shown in the empty box. By default the language's ("Search the glossary", "용어집 검색"). */
  placeholder?: GlossarySearch["placeholder"];
  /** Accessible name of the box (shown above it with `label-visible`). By default the language's ("Search the glossary", "용어집 검색"). */
  label?: GlossarySearch["label"];
  /** Shows `label` above the box; otherwise it is read by screen readers only. */
  "label-visible"?: GlossarySearch["labelVisible"];
  /** Id of the `<glossary-index>` to drive; by default the first one on the page. */
  for?: GlossarySearch["for"];
  /** Filters the connected `<glossary-index>` as the reader types, instead of listing results. */
  filter?: GlossarySearch["filter"];
  /** Keys that focus this box from anywhere on the page, space-separated: `slash` (`/`, unless the
reader is typing in a field) and `ctrl-k` (Ctrl+K / ⌘K). The bare attribute means both;
absent or `none`: no shortcut. Each key goes to the first box on the page that takes it.
A page that sets `slash` makes a single-key shortcut: give readers a way to turn it off
(WCAG 2.1.4), for instance a setting that removes the attribute. */
  shortcut?: GlossarySearch["shortcut"];
  /** Milliseconds a query with no result must stay unchanged before `glossary-search-empty` fires
(Enter or leaving the box fires it at once). */
  "empty-delay"?: GlossarySearch["emptyDelay"];
  /** Most results listed (1–50). */
  limit?: GlossarySearch["limit"];
  /** `light` or `dark` pins the colour scheme; by default it follows the reader's preference
(`<glossary-index>`: the page's `color-scheme`, and with `theme` it gets its own background). */
  theme?: GlossarySearch["theme"];
  /** Base URL the entries' "learn more" paths are resolved against; those links show only when
it (or a provider's) is set. Overrides a provider's; a provider passes it to the elements
inside, `<glossary-autolink>` to each `<post-term>` it makes. */
  "link-base"?: GlossarySearch["linkBase"];
  /** Where the full glossary page lives: entries link to `glossary-href#id` (from a card, or a
search result chosen with no `<glossary-index>` on the page). Overrides a provider's; a
provider passes it to the elements inside, `<glossary-autolink>` to each `<post-term>` it makes. */
  "glossary-href"?: GlossarySearch["glossaryHref"];
  /** UI strings, merged over the table of the box's language (its closest `lang`: `en`, `ko`) and a
provider's `strings`: `{ clearSearch: 'Reset' }`. `label` and `placeholder` win over them. */
  "bind:strings"?: GlossarySearch["strings"];
  /** What is typed in the box. Setting it runs the search (without opening the results). */
  "bind:value"?: GlossarySearch["value"];
  /** The glossary in use (the provider's, else the bundled one). */
  "bind:glossary"?: GlossarySearch["glossary"];
  /** The current results (empty when nothing matched or nothing is typed). */
  "bind:results"?: GlossarySearch["results"];
  /** A result was chosen, before the element acts on it. `detail: { id, query }`. Cancelable: `preventDefault()` stops the jump, navigation or card, so a site can route it itself. Bubbles, composed. */
  "on:glossary-select"?: (e: CustomEvent<GlossarySelectDetail>) => void;
  /** A search settled with no result: the query stayed unchanged `empty-delay` ms, or the reader pressed Enter or left the box (so one typed word is one event, not one per keystroke). `detail: { query, suggestions }`. Bubbles, composed. */
  "on:glossary-search-empty"?: (e: CustomEvent<GlossarySearchEmptyDetail>) => void;
  /** The reader turned term previews off or on with the card's control. `detail: { previews }`. Bubbles, composed. */
  "on:post-glossary-preferences"?: (e: CustomEvent<PostGlossaryPreferencesDetail>) => void;
};

type PostTermProps = {
  /** The entry to show: its id, term or an alias. When absent, the element's own text is looked up. */
  term?: PostTerm["term"];
  /** Hover intent: milliseconds the pointer must rest on the term before the card opens. */
  delay?: PostTerm["delay"];
  /** Grace period, in milliseconds, for the pointer to travel from the term into the card. */
  "close-delay"?: PostTerm["closeDelay"];
  /** Whether the card is showing. Set it to open or close the card from script. */
  open?: PostTerm["open"];
  /** Read marks: a term whose card stayed open `read-delay` ms is remembered (as storage allows) and
shown quieter on later pages (never hidden). Also set for every term inside by a
`<glossary-provider mark-read>`. */
  "mark-read"?: PostTerm["markRead"];
  /** Milliseconds the card must stay open for the term to count as read (`post-term-read`, read marks). */
  "read-delay"?: PostTerm["readDelay"];
  /** `light` or `dark` pins the colour scheme; by default it follows the reader's preference
(`<glossary-index>`: the page's `color-scheme`, and with `theme` it gets its own background). */
  theme?: PostTerm["theme"];
  /** Base URL the entries' "learn more" paths are resolved against; those links show only when
it (or a provider's) is set. Overrides a provider's; a provider passes it to the elements
inside, `<glossary-autolink>` to each `<post-term>` it makes. */
  "link-base"?: PostTerm["linkBase"];
  /** Where the full glossary page lives: entries link to `glossary-href#id` (from a card, or a
search result chosen with no `<glossary-index>` on the page). Overrides a provider's; a
provider passes it to the elements inside, `<glossary-autolink>` to each `<post-term>` it makes. */
  "glossary-href"?: PostTerm["glossaryHref"];
  /** UI strings of the card, merged over the table of the term's language (its closest `lang`:
`en`, `ko`) and a provider's `strings`: `{ seeAlso: 'Related' }`. */
  "bind:strings"?: PostTerm["strings"];
  /** The entry this element resolves to, or undefined for an unknown term. */
  "bind:entry"?: PostTerm["entry"];
  /** The card opened. `detail: { id }`. Bubbles, composed. */
  "on:post-term-open"?: (e: CustomEvent<PostTermToggleDetail>) => void;
  /** The card closed. `detail: { id }`. Bubbles, composed. When the term is removed with its card open, it is dispatched on the removed term and on the document (or shadow root) the term was in, so a listener on the document still sees it. */
  "on:post-term-close"?: (e: CustomEvent<PostTermToggleDetail>) => void;
  /** The card stayed open `read-delay` ms (1 s by default: what Wikipedia counts as a preview seen); once per entry per page view. `detail: { id }`. Bubbles, composed. */
  "on:post-term-read"?: (e: CustomEvent<PostTermReadDetail>) => void;
  /** The reader turned previews off or on with the card's control. `detail: { previews }`. Bubbles, composed. */
  "on:post-glossary-preferences"?: (e: CustomEvent<PostGlossaryPreferencesDetail>) => void;
  /** The term is not in the glossary; the text renders plain. Inside a `<glossary-provider src>` it fires only once that file has loaded (or failed to). `detail: { term }`. Bubbles, composed. */
  "on:post-term-missing"?: (e: CustomEvent<PostTermMissingDetail>) => void;
};

export type CustomElements = {
  /**
   * Wraps mentions of glossary terms in an article's text in `<post-term>`.
   * ---
   *
   *
   * ### **Methods:**
   *  - **link(): _void_** - Links the content (again), after `unlink()` or to start over.
   * - **unlink(): _void_** - Removes every `<post-term>` this element added, restoring the original text nodes exactly,
   * and stops linking (also content added later) until `link()` is called.
   *
   * ### **Slots:**
   *  - _default_ - The article: any HTML. Its text is scanned; its markup is kept as it is.
   */
  "glossary-autolink": Partial<GlossaryAutolinkProps & BaseProps & BaseEvents>;

  /**
   * The A–Z glossary, embeddable on any site.
   * ---
   *
   *
   * ### **Events:**
   *  - **glossary-index-navigate** - The reader moved to an entry or letter (letter bar, see-also, cross-link or URL hash). `detail: { id }`. Bubbles, composed.
   *
   * ### **Methods:**
   *  - **structuredData(): _object_** - JSON-LD describing this index's entries (what the page's structured data block holds).
   * - **reveal(id: _string_, options: _{ updateHash?: boolean; focus?: boolean }_): _boolean_** - Scrolls to an entry, highlights it (until another is revealed), moves focus to its heading
   * and puts `#id` in the URL as a new history entry, so Back works. An entry hidden by the
   * category filter or by `filterIds` is shown again (that filter is cleared). Fires
   * `glossary-index-navigate`.
   *
   * ### **CSS Properties:**
   *  - **--post-glossary-text** - Text colour (with `theme`: #1f1f1f / #e3e3e3). _(default: the page's)_
   * - **--post-glossary-surface** - Background (with `theme`: #ffffff / #202124); also the sticky letter bar's, which by default takes the page's background. _(default: transparent)_
   * - **--post-glossary-highlight** - Background of the entry a deep link points at. _(default: #fff1a8 / #5c4b00)_
   * - **--post-glossary-font-size** - Text size of the index. _(default: 1rem)_
   * - **--post-glossary-sticky-top** - Offset of the sticky letter bar (below a site's fixed header). _(default: 0px)_
   * - **--post-glossary-accent** - Links, highlighted controls and outlines (light / dark default). _(default: #0b57d0 / #a8c7fa)_
   * - **--post-glossary-muted** - Secondary text (expansions, categories, snippets). _(default: #5f6368 / #bdc1c6)_
   * - **--post-glossary-border** - Borders and rules. _(default: #c4c7c5 / #5f6368)_
   * - **--post-glossary-radius** - Corner radius. _(default: 8px)_
   * - **--post-glossary-font** - Font family. _(default: inherit)_
   * - **--post-glossary-focus** - Focus ring colour. _(default: #0b57d0 / #a8c7fa)_
   *
   * ### **CSS Parts:**
   *  - **letters** - The A–Z letter bar.
   * - **letter** - A letter link in the bar (`letter disabled` when it has no entries).
   * - **filters** - The category filter buttons.
   * - **section** - One letter's section.
   * - **section-heading** - A letter's heading.
   * - **entry** - One entry.
   * - **term** - An entry's name.
   * - **definition** - An entry's definition.
   * - **see-also** - An entry's related terms.
   * - **empty** - The "no terms match" message.
   */
  "glossary-index": Partial<GlossaryIndexProps & BaseProps & BaseEvents>;

  /**
   * The reader's switch for term previews (and read marks), for a site's footer.
   * ---
   *
   *
   * ### **Events:**
   *  - **post-glossary-preferences** - The reader turned previews off or on. `detail: { previews }`. Bubbles, composed.
   *
   * ### **CSS Properties:**
   *  - **--post-glossary-accent** - The checkbox's colour. _(default: auto)_
   *
   * ### **CSS Parts:**
   *  - **label** - The switch's label (around the checkbox).
   * - **checkbox** - The checkbox.
   * - **forget** - The "Forget terms I've read" button (with `mark-read`).
   */
  "glossary-preferences": Partial<GlossaryPreferencesProps & BaseProps & BaseEvents>;

  /**
   * Shares a glossary (bundled, or a site's own) with the elements inside it.
   * ---
   *
   *
   * ### **Events:**
   *  - **glossary-load** - The provider's own data (`src` or `terms`) was applied. `detail: { count, errors }`. Bubbles, composed.
   * - **glossary-error** - Data could not be loaded (HTTP error, network failure, no answer within `timeout`, invalid JSON, not an array, an empty array or no usable entry: the glossary is then unchanged) or some entries break the schema; the message names the entry and field. `detail: { message, errors }`. Bubbles, composed.
   *
   * ### **Methods:**
   *  - **reload(): _Promise<void>_** - Fetches `src` again, even when it has not changed (after a failed load, or when the file was
   * updated on the server). Fires `glossary-load` or `glossary-error` like any load.
   *
   * ### **Slots:**
   *  - _default_ - Any content; the post-glossary elements in it use this provider's glossary.
   */
  "glossary-provider": Partial<GlossaryProviderProps & BaseProps & BaseEvents>;

  /**
   * Fuzzy search box for the glossary (combobox), alone or driving a glossary index.
   * ---
   *
   *
   * ### **Events:**
   *  - **glossary-select** - A result was chosen, before the element acts on it. `detail: { id, query }`. Cancelable: `preventDefault()` stops the jump, navigation or card, so a site can route it itself. Bubbles, composed.
   * - **glossary-search-empty** - A search settled with no result: the query stayed unchanged `empty-delay` ms, or the reader pressed Enter or left the box (so one typed word is one event, not one per keystroke). `detail: { query, suggestions }`. Bubbles, composed.
   * - **post-glossary-preferences** - The reader turned term previews off or on with the card's control. `detail: { previews }`. Bubbles, composed.
   *
   * ### **Methods:**
   *  - **focus(options: _FocusOptions_): _void_** - Moves keyboard focus to the search box.
   * - **clear(): _void_** - Clears the box, the results and any filter on the index.
   *
   * ### **CSS Properties:**
   *  - **--post-glossary-highlight** - Background of matched letters. _(default: #fff1a8 / #5c4b00)_
   * - **--post-glossary-search-font-size** - Text size of the box and results. _(default: 1rem)_
   * - **--post-glossary-search-max-height** - Tallest the results panel grows (never past 80% of the viewport). _(default: 26rem)_
   * - **--post-glossary-card-width** - Width of the definition card. _(default: 22rem)_
   * - **--post-glossary-accent** - Links, highlighted controls and outlines (light / dark default). _(default: #0b57d0 / #a8c7fa)_
   * - **--post-glossary-text** - Text colour. _(default: #1f1f1f / #e3e3e3)_
   * - **--post-glossary-muted** - Secondary text (expansions, categories, snippets). _(default: #5f6368 / #bdc1c6)_
   * - **--post-glossary-surface** - Background. _(default: #ffffff / #202124)_
   * - **--post-glossary-border** - Borders and rules. _(default: #c4c7c5 / #5f6368)_
   * - **--post-glossary-radius** - Corner radius. _(default: 8px)_
   * - **--post-glossary-font** - Font family. _(default: inherit)_
   * - **--post-glossary-focus** - Focus ring colour. _(default: #0b57d0 / #a8c7fa)_
   *
   * ### **CSS Parts:**
   *  - **label** - The visible label (with `label-visible`).
   * - **field** - The box around the input.
   * - **input** - The text input.
   * - **clear** - The clear button.
   * - **popup** - The results panel.
   * - **listbox** - The list of results.
   * - **option** - One result (`option active` for the highlighted one).
   * - **mark** - A matched part of a name or snippet.
   * - **empty** - The "no terms match" line.
   * - **card** - The definition card shown in place.
   * - **card-close** - The card's close button.
   * - **card-heading** - The card's term and category line.
   * - **card-expansion** - What an acronym stands for.
   * - **card-definition** - The definition text.
   * - **card-more** - The "More"/"Less" button that shows the rest of a long definition.
   * - **card-see-also** - The related terms.
   * - **card-links** - "Full entry" and "learn more" links.
   * - **card-back** - The button back to the term shown before a see-also jump.
   * - **card-previews** - The reader's previews switch: the "Don't show previews" icon button in the card's top corner; once off, the line at the card's foot with "Show previews".
   */
  "glossary-search": Partial<GlossarySearchProps & BaseProps & BaseEvents>;

  /**
   * Inline definition of a post-production term.
   * ---
   *
   *
   * ### **Events:**
   *  - **post-term-open** - The card opened. `detail: { id }`. Bubbles, composed.
   * - **post-term-close** - The card closed. `detail: { id }`. Bubbles, composed. When the term is removed with its card open, it is dispatched on the removed term and on the document (or shadow root) the term was in, so a listener on the document still sees it.
   * - **post-term-read** - The card stayed open `read-delay` ms (1 s by default: what Wikipedia counts as a preview seen); once per entry per page view. `detail: { id }`. Bubbles, composed.
   * - **post-glossary-preferences** - The reader turned previews off or on with the card's control. `detail: { previews }`. Bubbles, composed.
   * - **post-term-missing** - The term is not in the glossary; the text renders plain. Inside a `<glossary-provider src>` it fires only once that file has loaded (or failed to). `detail: { term }`. Bubbles, composed.
   *
   * ### **Methods:**
   *  - **show(): _void_** - Opens the card (unless previews are off: then the term is a plain link or text).
   * - **hide(): _void_** - Closes the card.
   *
   * ### **Slots:**
   *  - _default_ - The text shown inline (and looked up when `term` is not set).
   *
   * ### **CSS Properties:**
   *  - **--post-glossary-accent** - Underline colour of the term (by default the sentence's own colour); also links and see-also buttons in the card (default #0b57d0 light, #a8c7fa dark). _(default: currentColor)_
   * - **--post-glossary-font** - Card font family (the inline term always inherits the page's). _(default: inherit)_
   * - **--post-glossary-focus** - Focus ring colour (in the card: #0b57d0 light, #a8c7fa dark). _(default: currentColor)_
   * - **--post-glossary-card-width** - Card width (never wider than the viewport). _(default: 22rem)_
   * - **--post-glossary-card-font-size** - Card text size. _(default: 0.9375rem)_
   * - **--post-glossary-underline** - Underline style of the inline term. _(default: dotted)_
   * - **--post-glossary-text** - Text colour. _(default: #1f1f1f / #e3e3e3)_
   * - **--post-glossary-muted** - Secondary text (expansions, categories, snippets). _(default: #5f6368 / #bdc1c6)_
   * - **--post-glossary-surface** - Background. _(default: #ffffff / #202124)_
   * - **--post-glossary-border** - Borders and rules. _(default: #c4c7c5 / #5f6368)_
   * - **--post-glossary-radius** - Corner radius. _(default: 8px)_
   *
   * ### **CSS Parts:**
   *  - **trigger** - The inline term (the focusable element readers hover, focus or tap).
   * - **card** - The definition card.
   * - **card-heading** - The card's term and category line.
   * - **card-expansion** - What an acronym stands for.
   * - **card-definition** - The definition text.
   * - **card-more** - The "More"/"Less" button that shows the rest of a long definition.
   * - **card-see-also** - The related terms.
   * - **card-links** - "Full entry" and "learn more" links.
   * - **card-back** - The button back to the term shown before a see-also jump.
   * - **card-previews** - The reader's previews switch: the "Don't show previews" icon button in the card's top corner; once off, the line at the card's foot with "Show previews".
   * - **link** - The term as a plain link to its glossary entry, when the reader turned previews off (and `glossary-href` is known).
   * - **read** - The inline term when the reader read it on an earlier page (with `mark-read`): also `trigger`, shown quieter.
   */
  "post-term": Partial<PostTermProps & BaseProps & BaseEvents>;
};

declare namespace svelteHTML {
  // eslint-disable-next-line @typescript-eslint/no-empty-interface
  interface IntrinsicElements extends CustomElements {}
}
