/**
 * Frameworks (React 19, Vue, Angular…) set properties, not attributes, and pass whatever they
 * hold: a number for a string, an object, a Symbol, a Proxy whose getters throw. The elements'
 * public properties go through these rules so that no value throws out of an element or leaves it
 * broken: a value of the wrong kind is ignored (the property keeps what it had) with one
 * `console.warn` naming the element and the property (a number given for a string is read as its
 * digits, with the same warning); `undefined` and `null` mean "not set" (the
 * default). Lists (`categories`, `letters`, `exclude`) take a string or an array of strings.
 */

const INVALID: unique symbol = Symbol();

/**
 * How one property takes a value: what it expects (for messages) and the value to store, or
 * INVALID. A pair, not an object with named fields: minifiers keep property names, and this ships
 * in every element's first load.
 */
export type PropRule = [expected: string, coerce: (value: unknown) => unknown];

/** A copy of an array whose items are all strings (a copy first: getters may throw or change), else INVALID. */
const stringItems = (value: unknown) => {
  const items = Array.isArray(value) ? [...value] : [1];
  return items.every((item) => typeof item == 'string') ? (items as string[]) : INVALID;
};

const finite = (v: unknown) => typeof v == 'number' && Number.isFinite(v);

/** A string; `undefined`/`null` give `fallback`; a finite number is read as its digits (with a warning). */
export const text = (fallback?: string): PropRule => ['a string', (v) => (v == null ? fallback : typeof v == 'string' ? v : finite(v) ? String(v) : INVALID)];

/** A finite number; `undefined`/`null` give `fallback`. */
export const num = (fallback: number): PropRule => ['a finite number', (v) => (v == null ? fallback : finite(v) ? v : INVALID)];

/** true or false; `undefined`/`null` give false. */
export const bool = (): PropRule => ['true or false', (v) => (v == null ? false : typeof v == 'boolean' ? v : INVALID)];

/** One of `values`; `undefined`, `null` and `''` give `fallback`. */
export const oneOf = <T extends string>(values: readonly T[], fallback?: T): PropRule => [
  `one of "${values.join('", "')}"`,
  (v) => (v == null || v === '' ? fallback : (values as readonly unknown[]).includes(v) ? v : INVALID),
];

/** A string or true/false (`shortcut`: the bare attribute is true); `undefined`/`null` give undefined. */
export const textOrBool = (): PropRule => ['a string or true/false', (v) => (v == null ? undefined : typeof v == 'string' || typeof v == 'boolean' ? v : INVALID)];

/** A comma-separated list, given as a string or an array of strings (stored as the string `a,b`). */
export const list = (): PropRule => [
  'a string or an array of strings',
  (v) => {
    if (v == null || typeof v == 'string') return v ?? undefined;
    const items = stringItems(v);
    return items === INVALID ? INVALID : items.join(',');
  },
];

/** An array of strings (copied); `undefined`/`null` give `fallback`. */
export const strings = (fallback: string[] | null): PropRule => ['an array of strings', (v) => (v == null ? fallback && [...fallback] : stringItems(v))];

/** A plain object (a partial string table: its keys are read one by one, unknown or non-string ones left out); `undefined`/`null` give undefined. */
export const table = (): PropRule => [
  'an object of strings',
  (v) => {
    if (v == null) return undefined;
    try {
      // (Array.isArray throws for a revoked Proxy.)
      return typeof v == 'object' && !Array.isArray(v) ? v : INVALID;
    } catch {
      return INVALID;
    }
  },
];

/** Anything: the element checks it itself (and reports what is wrong). */
export const any = (): PropRule => ['anything', (v) => v];

/** The kind of a value, for messages; never reads the value itself (it may be a hostile Proxy). */
const kind = (value: unknown): string => {
  try {
    // (Array.isArray throws for a revoked Proxy.)
    return value === null ? 'null' : Number.isNaN(value) ? 'NaN' : Array.isArray(value) ? 'an array' : typeof value;
  } catch {
    return typeof value;
  }
};

/**
 * Puts `rules` in front of the setters of `ctor`'s public properties (Lit's accessors, or the
 * class's own); `'readonly'` marks a getter-only property, which then ignores assignments (with a
 * warning) instead of throwing in strict-mode code.
 */
export function guardProperties(ctor: CustomElementConstructor, tag: string, rules: Record<string, PropRule | 'readonly'>): void {
  // Lit creates the accessors of `static properties` when the class is finalized (on define): now.
  (ctor as unknown as { finalize?(): void }).finalize?.();
  const proto = ctor.prototype as object;
  for (const [name, r] of Object.entries(rules)) {
    // The class's own accessor, or one it inherits (the shared ones of internal/shared-properties.ts).
    let d: PropertyDescriptor | undefined;
    for (let o: object | null = proto; o && !d; o = Object.getPrototypeOf(o)) d = Object.getOwnPropertyDescriptor(o, name);
    const set = d?.set;
    if (!d?.get) continue;
    const warn = (problem: string) => console.warn(`<${tag}>: "${name}" ${problem}`);
    Object.defineProperty(proto, name, {
      ...d,
      set(this: object, value: unknown) {
        if (r == 'readonly' || !set) return warn('is read-only; the value is ignored.');
        let v: unknown = INVALID;
        try {
          v = r[1](value);
        } catch {
          /* INVALID */
        }
        // A number for a string is read as its digits, with the same warning.
        const digits = typeof value == 'number' && typeof v == 'string';
        if (v === INVALID || digits) warn(`must be ${r[0]}, not ${kind(value)}; ${digits ? `it is read as "${v}"` : 'the value is ignored'}.`);
        if (v !== INVALID) set.call(this, v);
      },
    });
  }
}
