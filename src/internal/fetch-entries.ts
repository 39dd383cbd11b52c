import { readJson } from './parse-json.js';

/**
 * Fetches a file of entries for `<glossary-provider src>`: its JSON array, or why not, as a
 * sentence for the error message (HTTP error, network/CORS, no answer within `timeout` ms,
 * invalid JSON, not an array, an empty array). Rejects only when `signal` aborts (a newer load).
 */
export async function fetchEntries(src: string, signal: AbortSignal, timeout: number): Promise<unknown[] | string> {
  // A server that never answers (or never finishes the body) must not leave the page waiting.
  const request = new AbortController();
  const stop = () => request.abort();
  signal.addEventListener('abort', stop);
  const timer = setTimeout(stop, timeout);
  let data: unknown;
  try {
    const response = await fetch(src, { signal: request.signal });
    if (!response.ok) return `could not load ${src}: HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
    try {
      data = await readJson(response);
    } catch (e) {
      if (!(e instanceof SyntaxError)) throw e;
      return `${src} is not valid JSON (${e.message})`;
    }
  } catch (e) {
    if (signal.aborted) throw e;
    if (request.signal.aborted) return `could not load ${src}: no answer within ${timeout / 1000} s (timeout)`;
    return `could not load ${src}: ${e instanceof Error ? e.message : String(e)} (network error or blocked by CORS)`;
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', stop);
  }
  if (!Array.isArray(data)) return `${src} must hold a JSON array of entries, not ${data === null ? 'null' : typeof data}`;
  // An empty array is "nothing usable arrived" too: a half-deployed or truncated file must not wipe the site's entries.
  return data.length ? data : `${src} holds no entries (an empty array)`;
}
