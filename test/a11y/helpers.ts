import { executeServerCommand } from '@web/test-runner-commands';

/** A node of the browser's own accessibility tree (what a screen reader is given). */
export interface AXNode {
  role: string;
  name: string;
  description: string;
}

/**
 * The page's accessibility tree as the browser computes it, flattened, or null where the runner
 * cannot take one (the test then skips that check: a name computed in JS would not show the
 * browser's quirks). In Chromium a failure is a failure.
 */
export async function axNodes(): Promise<AXNode[] | null> {
  try {
    const nodes = await executeServerCommand<AXNode[] | null, unknown>('ax-nodes', {});
    if (!nodes && /Chrome\//.test(navigator.userAgent)) throw new Error('no accessibility tree from Chromium');
    return nodes;
  } catch (e) {
    if (/Chrome\//.test(navigator.userAgent)) throw e;
    return null;
  }
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
    const [r, g, bl] = (c.match(/[\d.]+/g) ?? [])
      .slice(0, 3)
      .map(Number)
      .map((v) => {
        const s = v / 255;
        return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}
