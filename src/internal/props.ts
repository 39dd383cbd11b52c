/**
 * Frameworks (React 19, Vue, Angular…) set properties, not attributes, and pass whatever they
 * hold: a number for a string, an object, a Symbol, a Proxy whose getters throw. The elements'
 * public properties go through these rules so that no value throws out of an element or leaves it
 * broken: a value of the wrong kind is ignored (the property keeps what it had) with one
 * `console.warn` naming the element and the property (a number given for a string is read as its
 * digits, with the same warning); `undefined` and `null` mean "not set" (the
 * default). Lists (`categories`, `letters`, `exclude`) take a string or an array of strings.
 */

const INVALID: unique symbol = Symbol('invalid');

/** How one property takes a value: the value to store, or INVALID (with what was expected). */
export interface PropRule {
  expected: string;
  coerce(value: unknown): unknown;
}

const rule = (expected: string, coerce: (value: unknown) => unknown): PropRule => ({ expected, coerce });

/** The items of an array when every one is a string (read item by item: getters may throw), else INVALID. */
function stringItems(value: unknown): string[] | typeof INVALID {
  if (!Array.isArray(value)) return INVALID;
  const out: string[] = [];
  for (let i = 0, n = value.length; i < n; i++) {
    const item: unknown = value[i];
    if (typeof item !== 'string') return INVALID;
    out.push(item);
  }
  return out;
}

/** A string; `undefined`/`null` give `fallback`; a finite number is read as its digits (with a warning). */
export const text = (fallback?: string) =>
  rule('a string', (v) =>
    v == null ? fallback : typeof v === 'string' ? v : typeof v === 'number' && Number.isFinite(v) ? String(v) : INVALID,
  );

/** A finite number; `undefined`/`null` give `fallback`. */
export const num = (fallback: number) => rule('a finite number', (v) => (v == null ? fallback : typeof v === 'number' && Number.isFinite(v) ? v : INVALID));

/** true or false; `undefined`/`null` give false. */
export const bool = () => rule('true or false', (v) => (v == null ? false : typeof v === 'boolean' ? v : INVALID));

/** One of `values`; `undefined`, `null` and `''` give `fallback`. */
export const oneOf = <T extends string>(values: readonly T[], fallback?: T) =>
  rule(`one of ${values.map((v) => `"${v}"`).join(', ')}`, (v) => (v == null || v === '' ? fallback : (values as readonly unknown[]).includes(v) ? v : INVALID));

/** A comma-separated list, given as a string or an array of strings (stored as the string `a,b`). */
export const list = () =>
  rule('a string or an array of strings', (v) => {
    if (v == null || typeof v === 'string') return v ?? undefined;
    const items = stringItems(v);
    return items === INVALID ? INVALID : items.join(',');
  });

/** An array of strings (copied); `undefined`/`null` give `fallback`. */
export const strings = (fallback: string[] | null) => rule('an array of strings', (v) => (v == null ? (fallback && [...fallback]) : stringItems(v)));

/** A plain object (a partial string table: its keys are read one by one, unknown or non-string ones left out); `undefined`/`null` give undefined. */
export const table = () =>
  rule('an object of strings', (v) => (v == null ? undefined : typeof v === 'object' && !isArray(v) ? v : INVALID));

/** Anything: the element checks it itself (and reports what is wrong). */
export const any = () => rule('anything', (v) => v);

/** The kind of a value, for messages; never reads the value itself (it may be a hostile Proxy). */
const kind = (value: unknown): string =>
  value === null ? 'null' : Number.isNaN(value) ? 'NaN' : typeof value === 'object' && isArray(value) ? 'an array' : typeof value;

/** Array.isArray, false for a revoked Proxy (which it would throw on). */
const isArray = (value: unknown) => {
  try {
    return Array.isArray(value);
  } catch {
    return false;
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
  for (const name of Object.keys(rules)) {
    const r = rules[name];
    const d = Object.getOwnPropertyDescriptor(proto, name);
    if (!d?.get) continue;
    const set = d.set;
    const warn = (problem: string) => console.warn(`<${tag}>: "${name}" ${problem}; the value is ignored.`);
    Object.defineProperty(proto, name, {
      configurable: true,
      enumerable: d.enumerable,
      get: d.get,
      set(this: object, value: unknown) {
        if (r === 'readonly' || !set) return warn('is read-only');
        let v: unknown;
        try {
          v = r.coerce(value);
        } catch {
          v = INVALID;
        }
        if (v === INVALID) return warn(`must be ${r.expected}, not ${kind(value)}`);
        // A number for a string: read as its digits, with the same warning.
        if (typeof value === 'number' && typeof v === 'string') console.warn(`<${tag}>: "${name}" must be ${r.expected}, not a number; it is read as "${v}".`);
        set.call(this, v);
      },
    });
  }
}
