import type { ReactiveElement } from '@lit/reactive-element';

/**
 * Accessors for reactive properties with a default (declare them `noAccessor: true`): a default
 * assigned in the constructor would be a property change, and an update's worth of work, for each
 * of a thousand terms (and an accessor Lit wraps records its value as a change on first update).
 */
export function defaultProps(ctor: typeof ReactiveElement, defaults: Record<string, unknown>): void {
  for (const [name, value] of Object.entries(defaults)) {
    const key = Symbol(name);
    type Host = ReactiveElement & Record<PropertyKey, unknown>;
    Object.defineProperty(ctor.prototype, name, {
      configurable: true,
      get(this: Host) {
        return key in this ? this[key] : value;
      },
      set(this: Host, v: unknown) {
        const old = this[name];
        this[key] = v;
        this.requestUpdate(name, old);
      },
    });
  }
}
