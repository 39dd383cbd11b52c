/**
 * The elements' UI strings: one table per language (`en.ts`, `ko.ts`, …), chosen from the
 * element's closest `lang` (crossing shadow roots), with a provider's and the element's own
 * `strings` merged over it. English is always there; other tables load on first use, so an
 * English page never downloads them. Adding a language is adding its file and its line in
 * `LANGUAGES`.
 */
import en from './en.js';
import type { GlossaryStrings, GlossaryStringsOverride, PluralForms } from './types.js';

export type { GlossaryStrings, GlossaryStringsOverride, PluralForms } from './types.js';

/** The shipped languages other than English (lower-case BCP 47 tag → its table, loaded on demand). */
export const LANGUAGES: Record<string, () => Promise<{ default: GlossaryStrings }>> = {
  ko: () => import('./ko.js'),
};

const tables = new Map<string, GlossaryStrings>([['en', en]]);
const loading = new Map<string, Promise<unknown>>();

/** The shipped language `lang` (a BCP 47 tag: `ko`, `ko-KR`, `en-GB`) falls back to: its longest known prefix, else `en`. */
export function languageOf(lang: string | null | undefined): string {
  const parts = (lang ?? '').toLowerCase().split(/[-_]/);
  for (let n = parts.length; n > 0; n--) {
    const tag = parts.slice(0, n).join('-');
    if (tag === 'en' || tag in LANGUAGES) return tag;
  }
  return 'en';
}

/** The `lang` in force at `node`: its own or its closest ancestor's, through shadow roots ('' when none). */
export function langAt(node: Node | null): string {
  for (let n = node; n; n = n.parentNode ?? (n as ShadowRoot).host ?? null) {
    if (n.nodeType === 1) {
      const v = (n as Element).getAttribute('lang');
      if (v !== null) return v;
    }
  }
  return '';
}

/** Loads a language's table; resolves when it is there (at once for English or one loaded before). */
export function loadLanguage(language: string): Promise<unknown> | undefined {
  if (tables.has(language)) return;
  let p = loading.get(language);
  if (!p) {
    const load = LANGUAGES[language];
    if (!load) return;
    p = load().then(
      (m) => void tables.set(language, m.default),
      () => void tables.set(language, en), // (a failed download: English rather than nothing)
    );
    loading.set(language, p);
  }
  return p;
}

/** The strings an element shows, with the helpers that fill them in. */
export interface Strings {
  /** The language of the table used (a key of LANGUAGES, or `en`). */
  readonly lang: string;
  readonly t: GlossaryStrings;
  /** `t[key]` with `{name}`s filled from `vars`. */
  format(template: string, vars: Record<string, string | number>): string;
  /** The form of `forms` for `count` (Intl.PluralRules of the language), filled in. */
  plural(forms: PluralForms, count: number, vars?: Record<string, string | number>): string;
}

const merged = new WeakMap<object, WeakMap<object, WeakMap<object, Strings>>>();
const NONE = {};
/** The plural categories, as a key list for pick(). */
const FORMS = { zero: '', one: '', two: '', few: '', many: '', other: '' };

/**
 * A plain object's own string values for the keys `base` has (anything else is left out); a
 * category map merges over base's key by key, plural forms (with `other`) replace base's whole.
 */
function pick(over: unknown, base: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k in base) {
    try {
      const v = (over as Record<string, unknown>)[k];
      if (typeof v === 'string') out[k] = v;
      else if (v && typeof v === 'object' && typeof base[k] === 'object') {
        const cats = k === 'categories';
        const inner = pick(v, cats ? (base[k] as Record<string, unknown>) : FORMS);
        if (cats) out[k] = { ...(base[k] as object), ...inner };
        else if (inner.other) out[k] = inner;
      }
    } catch {
      /* not an object, or a getter that throws: nothing from it */
    }
  }
  return out;
}

/** `map`'s WeakMap for `key`, made on first use. */
const sub = <V>(map: WeakMap<object, WeakMap<object, V>>, key: object) => {
  let m = map.get(key);
  if (!m) map.set(key, (m = new WeakMap()));
  return m;
};

const pluralRules = new Map<string, Intl.PluralRules>();

function build(lang: string, t: GlossaryStrings): Strings {
  const format = (template: string, vars: Record<string, string | number>) => template.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
  return {
    lang,
    t,
    format,
    plural(forms, count, vars = {}) {
      let rules = pluralRules.get(lang);
      if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(lang)));
      return format(forms[rules.select(count)] ?? forms.other, { count: count.toLocaleString(lang), ...vars });
    },
  };
}

/** English, with nothing merged over it. */
export const english: Strings = build('en', en);

/**
 * The strings for `host`: the table of its closest `lang` (English while another is loading; then
 * `onLoaded` is called once it is there), with `provider` and `own` overrides merged over it.
 * The same inputs give the same object, so it can be compared to decide whether to re-render.
 */
export function stringsFor(host: Node, provider?: GlossaryStringsOverride | null, own?: GlossaryStringsOverride | null, onLoaded?: () => void): Strings {
  const language = languageOf(langAt(host));
  const table = tables.get(language);
  if (!table) loadLanguage(language)?.then(onLoaded);
  const base = table ?? en;
  const lang = table ? language : 'en';
  const p = (provider as object) ?? NONE;
  const o = (own as object) ?? NONE;
  const byOwn = sub(sub(merged, base), p);
  let s = byOwn.get(o);
  if (!s) {
    const withProvider = { ...base, ...pick(p, base as never) };
    byOwn.set(o, (s = build(lang, { ...withProvider, ...pick(o, withProvider) } as GlossaryStrings)));
  }
  return s;
}

/** Resolves when the table for `host`'s language is loaded (undefined when it already is). */
export const languageReady = (host: Node): Promise<unknown> | undefined => loadLanguage(languageOf(langAt(host)));

/** `template` split around `{name}`: the text before and after it (for a value that is markup, a link). */
export function around(template: string, name: string): [string, string] {
  const i = template.indexOf(`{${name}}`);
  return i < 0 ? [template, ''] : [template.slice(0, i), template.slice(i + name.length + 2)];
}
