import { ReactiveElement } from '@lit/reactive-element';
import { property } from '@lit/reactive-element/decorators/property.js';
import { GlossaryController } from '../../internal/glossary-controller.js';
import { WithGlossaryHref, WithLinkBase } from '../../internal/shared-properties.js';
import type { Glossary } from '../../core/glossary.js';
import type { MentionOptions } from '../../core/mentions.js';
import { isNeverLinked } from '../../core/link-rules.js';
import { styles } from './glossary-autolink.styles.js';

/**
 * Where terms are never linked (headings, links and other controls, ARIA widgets, code, existing
 * terms, opted-out and editable regions …): the rules in core/link-rules.ts, which the build-time
 * linker (`post-glossary/html`, `post-glossary/rehype`) applies too.
 */
const isSkipped = (el: Element) => isNeverLinked(el.localName, (name) => el.getAttribute(name));

/** A text node split around its mentions: `original` keeps the text before the first one. */
interface Split {
  original: Text;
  /** What followed it: the `<post-term>`s and the text between and after them, in order. */
  parts: Node[];
}

/** The inputs a linking pass depends on; when one changes, the content is linked again. */
interface Settings {
  glossary: Glossary;
  all: boolean;
  exclude: string;
  glossaryHref?: string;
  linkBase?: string;
}

/**
 * Links the mentions of known terms in its own content: for CMS articles nobody will tag by hand.
 * Each mention found in the light-DOM text becomes `<post-term term="id">text as written</post-term>`:
 * the longest name wins ("Dolby Vision" over "Dolby"), whole words only, acronyms only as
 * written, and by default only the first mention of each term. Headings, links, buttons, form
 * fields, ARIA widgets (tabs, menus, options, grid cells …), custom controls in the tab order,
 * editable regions, `code`/`pre`, `<title>`/SVG/MathML text, existing `<post-term>`s and anything
 * under `[data-no-glossary]` are left alone. Content added later is linked as it arrives; `unlink()` restores the original text exactly.
 * Uses the glossary of the `<glossary-provider>` around it, else the bundled one.
 *
 * @tagname glossary-autolink
 * @summary Wraps mentions of glossary terms in an article's text in `<post-term>`.
 *
 * @slot - The article: any HTML. Its text is scanned; its markup is kept as it is.
 */
export class GlossaryAutolink extends WithLinkBase(WithGlossaryHref(ReactiveElement)) {
  static override styles = styles;

  /** Link every mention of a term, not only the first one in this element. */
  @property({ type: Boolean }) all = false;

  /** Ids of entries never to link, comma- or space-separated (`exclude="hdr,dit"`); as a property, an array of ids is taken too. */
  @property() exclude?: string;

  #glossary = new GlossaryController(this);
  #splits: Split[] = [];
  /**
   * The `<post-term>`s this element made (hand-written ones are never touched). Weak: content the
   * page removes is let go, and terms in content it puts back are still known as made here.
   */
  #made = new WeakSet<Element>();
  /** False between `unlink()` and `link()`. */
  #active = true;
  /** What the content is linked with; undefined while it is not linked (before connecting, after `unlink()`). */
  #linkedWith?: Settings;
  #observer?: MutationObserver;

  override connectedCallback() {
    super.connectedCallback();
    this.#observer ??= new MutationObserver((records) => this.#onMutations(records));
    this.#observer.observe(this, { childList: true, subtree: true, characterData: true });
    if (!this.#active) return;
    // Linked now, not after the first render, so the article does not paint once without its
    // terms. Moved in the page: link whatever changed while it was out, keeping what is linked.
    if (!this.#linkedWith) this.#relink();
    else this.#link([this]);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.#observer?.disconnect();
  }

  protected override updated() {
    // A provider's glossary arriving or changing, or an attribute changing: link again.
    if (this.#linkedWith && this.isConnected && !this.#same(this.#settings(), this.#linkedWith)) this.#relink();
  }

  // A ReactiveElement, not a LitElement: all it shows is its slot, so a page with only this and
  // <post-term> never downloads lit-html (the CDN's per-page budgets). The slot is made with a DOM
  // call, so the content around it shows even where Trusted Types refuse Lit's policy.
  protected override createRenderRoot() {
    const root = super.createRenderRoot();
    root.append(document.createElement('slot'));
    return root;
  }

  /** Links the content (again), after `unlink()` or to start over. */
  link(): void {
    this.#active = true;
    this.#relink();
  }

  /**
   * Removes every `<post-term>` this element added, restoring the original text nodes exactly,
   * and stops linking (also content added later) until `link()` is called.
   */
  unlink(): void {
    this.#active = false;
    this.#restore();
    this.#linkedWith = undefined;
  }

  #settings(): Settings {
    return {
      glossary: this.#glossary.glossary,
      all: this.all,
      exclude: this.exclude ?? '',
      glossaryHref: this.glossaryHref || undefined,
      linkBase: this.linkBase || undefined,
    };
  }

  #same(a: Settings, b: Settings) {
    return (Object.keys(a) as (keyof Settings)[]).every((k) => a[k] === b[k]);
  }

  #relink() {
    this.#restore();
    this.#linkedWith = this.#settings();
    this.#link([this]);
  }

  #insideSkipped(node: Node) {
    for (let el = node instanceof Element ? node : node.parentElement; el && el !== this; el = el.parentElement) {
      if (isSkipped(el)) return true;
    }
    return false;
  }

  /** Links the text in these roots (all of it, or what was added or edited), keeping what is linked already. */
  #link(roots: Node[]) {
    const settings = this.#linkedWith!;
    // "First mention" is per element, across all its text. Mentioned already: the terms written by
    // hand in the article, and the ones this element made that are still in it (so a term whose
    // linked mention was removed may be linked again).
    const seen = new Set<string>();
    for (const el of this.querySelectorAll('post-term')) {
      const id = this.#made.has(el) ? el.getAttribute('term') : settings.glossary.lookup((el.getAttribute('term') || el.textContent || '').trim())?.id;
      if (id) seen.add(id);
    }
    // Content the page removed (an SPA's previous route) is let go: none of its text nodes or
    // terms stays referenced here, and unlink() or a relink leaves it as it is.
    this.#splits = this.#splits.filter((s) => this.contains(s.original) || s.parts.some((p) => this.contains(p)));
    const options: MentionOptions = {
      all: settings.all,
      exclude: settings.exclude.split(/[\s,]+/).filter(Boolean),
      seen,
    };
    // Collect first, split after: the walk must not run into the nodes it creates.
    const texts: Text[] = [];
    for (const root of roots) {
      if (root !== this && (!this.contains(root) || this.#insideSkipped(root))) continue;
      // The root itself when it is text, then the text under it outside skipped regions.
      const walker = root.ownerDocument!.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
        acceptNode: (n) => (n.nodeType === Node.TEXT_NODE ? NodeFilter.FILTER_ACCEPT : isSkipped(n as Element) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_SKIP),
      });
      for (let n: Node | null = root; n; n = walker.nextNode()) if (n.nodeType === Node.TEXT_NODE) texts.push(n as Text);
    }
    for (const text of texts) {
      const mentions = settings.glossary.findMentions(text.data, options);
      if (mentions.length) this.#split(text, mentions, settings);
    }
    // Our own changes are not content changes to react to.
    this.#observer?.takeRecords();
  }

  #split(text: Text, mentions: ReturnType<Glossary['findMentions']>, settings: Settings) {
    const doc = text.ownerDocument;
    const data = text.data;
    const parts: Node[] = [];
    let at = mentions[0].start;
    for (const m of mentions) {
      if (m.start > at) parts.push(doc.createTextNode(data.slice(at, m.start)));
      const term = doc.createElement('post-term');
      term.setAttribute('term', m.id);
      if (settings.glossaryHref) term.setAttribute('glossary-href', settings.glossaryHref);
      if (settings.linkBase) term.setAttribute('link-base', settings.linkBase);
      term.append(m.text);
      this.#made.add(term);
      parts.push(term);
      at = m.end;
    }
    if (at < data.length) parts.push(doc.createTextNode(data.slice(at)));
    text.data = data.slice(0, mentions[0].start);
    text.after(...parts);
    this.#splits.push({ original: text, parts });
  }

  /** Puts every split text node back together, newest split first (a later split may sit inside an earlier one's text). */
  #restore() {
    for (const { original, parts } of this.#splits.reverse()) {
      const rest = new Set(parts);
      let data = original.data;
      // The parts still right after their text, in order, go back into it.
      for (let next = original.nextSibling; next && rest.delete(next); next = original.nextSibling) {
        data += next.textContent;
        next.remove();
      }
      if (data !== original.data) original.data = data;
    }
    // Terms the page has moved away from their text (or put back after removing them): each
    // becomes plain text where it is.
    for (const el of this.querySelectorAll('post-term')) if (this.#made.has(el)) el.replaceWith(el.textContent!);
    this.#splits = [];
    this.#made = new WeakSet();
    this.#observer?.takeRecords();
  }

  #onMutations(records: MutationRecord[]) {
    if (!this.#linkedWith) return;
    const roots = new Set<Node>();
    for (const r of records) {
      if (r.type === 'characterData') roots.add(r.target);
      else r.addedNodes.forEach((n) => roots.add(n));
    }
    // A node inside another added node is linked with it.
    const list = [...roots].filter((n) => {
      for (let p = n.parentNode; p && p !== this; p = p.parentNode) if (roots.has(p)) return false;
      return true;
    });
    if (list.length || records.some((r) => r.removedNodes.length)) this.#link(list);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'glossary-autolink': GlossaryAutolink;
  }
}
