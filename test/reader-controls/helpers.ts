import { waitUntil } from '@open-wc/testing';
import { glossaryPreferences, type PostTerm } from '../../src/post-term.js';

export const STORAGE_KEYS = ['post-glossary:previews', 'post-glossary:read'];

export const trigger = (el: PostTerm) => el.shadowRoot!.querySelector<HTMLElement>('[part~=trigger]');
export const link = (el: PostTerm) => el.shadowRoot!.querySelector<HTMLAnchorElement>('a[part~=link]');
export const card = (el: PostTerm) => el.shadowRoot!.querySelector<HTMLElement>('[part=card]');
export const isOpen = (el: PostTerm) => !!card(el)?.matches(':popover-open');
/** The card's preview control (the button, whatever it says). */
export const previewsButton = (root: ParentNode) => root.querySelector<HTMLButtonElement>('[part~=card-previews] button, button[part~=card-previews]');

/** Forgets everything a test stored, in both storage areas (never throws in a page that blocks them). */
export function clearStorage(): void {
  for (const key of STORAGE_KEYS) {
    for (const area of ['localStorage', 'sessionStorage'] as const) {
      try {
        window[area].removeItem(key);
      } catch {
        /* blocked */
      }
    }
  }
}

/** What a page's iframe exposes once its script ran. */
export type PageWindow = Window & typeof globalThis & { ready?: boolean; failed?: string };

/**
 * Another page of the same site: an iframe with its own document and its own copy of the library
 * (a fresh load, as after following a link), sharing this origin's storage. `before` runs before
 * the library loads (to block storage, say).
 */
export async function laterPage(body: string, { htmlAttrs = '', before = '', modules = ['/src/post-term.ts'] } = {}): Promise<{ win: PageWindow; doc: Document; frame: HTMLIFrameElement }> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 640px; height: 360px; border: 0';
  const imports = modules.map((m) => `await import(${JSON.stringify(new URL(m, location.href).href)});`).join('');
  frame.srcdoc = `<!doctype html><html lang="en" ${htmlAttrs}><head><meta charset="utf-8"></head><body>${body}<script type="module">
try { ${before}; ${imports} await customElements.whenDefined('post-term'); } catch (e) { window.failed = String(e); }
window.ready = true;
</script></body></html>`;
  document.body.append(frame);
  await waitUntil(() => (frame.contentWindow as PageWindow | null)?.ready, 'the page did not load', { timeout: 4000 });
  const win = frame.contentWindow as PageWindow;
  if (win.failed) throw new Error(win.failed);
  // Terms render in their first update (a microtask after upgrade).
  await Promise.all([...win.document.querySelectorAll<PostTerm>('post-term')].map((t) => t.updateComplete));
  return { win, doc: win.document, frame };
}

export function removePages(): void {
  for (const f of document.querySelectorAll('iframe')) f.remove();
}

/** The reader as on a first visit: no later pages, no choice, no read marks, nothing stored, no storage rule on <html>. */
export function resetReader(): void {
  removePages();
  glossaryPreferences.forget();
  clearStorage();
  delete document.documentElement.dataset.glossaryStorage;
}
