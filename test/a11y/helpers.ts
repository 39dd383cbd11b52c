import { a11ySnapshot, executeServerCommand } from '@web/test-runner-commands';

/** A node of the browser's own accessibility tree (what a screen reader is given). */
export interface AXNode {
  role: string;
  name?: string;
  description?: string;
  checked?: boolean | 'mixed';
  disabled?: boolean;
  children?: AXNode[];
}

/**
 * The page's accessibility tree as the browser computes it, or null where the runner cannot take
 * one (the test then skips that check: a name computed in JS would not show the browser's quirks).
 */
export async function axTree(): Promise<AXNode | null> {
  try {
    return ((await a11ySnapshot({})) as unknown as AXNode) ?? null;
  } catch (e) {
    // Chromium always has one: there, a failure is a failure.
    if (/Chrome\//.test(navigator.userAgent)) throw e;
    return null;
  }
}

/** Every node of `tree` matching `test`. */
export function axFind(tree: AXNode, test: (n: AXNode) => boolean): AXNode[] {
  const out: AXNode[] = [];
  const walk = (n: AXNode) => {
    if (test(n)) out.push(n);
    n.children?.forEach(walk);
  };
  walk(tree);
  return out;
}

/**
 * Emulates CSS media features (`forced-colors`, `hover`, `pointer`…) through the DevTools protocol
 * (see test/plugins/emulate-features.mjs). Resolves false where the browser cannot.
 */
export async function emulateFeatures(features: { name: string; value: string }[]): Promise<boolean> {
  try {
    return (await executeServerCommand<boolean, unknown>('emulate-features', { features })) === true;
  } catch {
    return false;
  }
}

/** The element that has focus, inside shadow roots. */
export function deepActive(): Element | null {
  let a: Element | null = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}

/** WCAG relative luminance contrast of two computed `rgb()` colours. */
export function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number).map((v) => {
      const s = v / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}
