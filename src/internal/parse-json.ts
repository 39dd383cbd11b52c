import { nextTask } from './slices.js';

/** Texts up to this long are parsed at once (a few milliseconds). */
const AT_ONCE = 1 << 20;
/** About how much text each JSON.parse call of a large array reads. */
const BATCH = 1 << 18;
const SLICE_MS = 8;

/**
 * JSON.parse for a file of glossary entries, without one long task for a large file: a top-level
 * array is cut into runs of whole items (the cut is found by skipping over strings and counting
 * brackets), each parsed by the native JSON.parse, with a task boundary whenever a slice has run
 * a few milliseconds. Anything else, and anything the cutter does not follow, is parsed by
 * JSON.parse in one go, so an invalid file fails with JSON.parse's own SyntaxError.
 */
export async function parseJson(text: string): Promise<unknown> {
  if (text.length <= AT_ONCE) return JSON.parse(text);
  const first = text.search(/\S/);
  if (text[first] !== '[') return JSON.parse(text);
  const out: unknown[] = [];
  let depth = 0;
  let from = first + 1;
  let until = performance.now() + SLICE_MS;
  let end = -1;
  for (let j = from; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === 34 /* " */) {
      // To the closing quote: one not escaped by an odd number of backslashes.
      for (;;) {
        j = text.indexOf('"', j + 1);
        if (j < 0) return JSON.parse(text);
        let k = j - 1;
        while (text.charCodeAt(k) === 92 /* \ */) k--;
        if ((j - k) % 2 === 1) break;
      }
    } else if (c === 91 /* [ */ || c === 123 /* { */) depth++;
    else if (c === 93 /* ] */ || c === 125 /* } */) {
      if (depth-- === 0) {
        if (c !== 93) return JSON.parse(text);
        end = j;
        break;
      }
    } else if (c === 44 /* , */ && depth === 0 && j - from >= BATCH) {
      if (!batch(text, from, j, out)) return JSON.parse(text);
      from = j + 1;
      if (performance.now() > until) {
        await nextTask();
        until = performance.now() + SLICE_MS;
      }
    }
  }
  if (end < 0 || /\S/.test(text.slice(end + 1)) || !batch(text, from, end, out)) return JSON.parse(text);
  return out;
}

/**
 * The text of a response. A large one (over 1 MB by its Content-Length) is read and decoded a
 * piece at a time, with a task boundary every few milliseconds, instead of decoded in one go.
 */
export async function readText(response: Response): Promise<string> {
  const body = response.body;
  if (!body || !(Number(response.headers.get('content-length')) > AT_ONCE) || typeof TextDecoder !== 'function') return response.text();
  const reader = body.getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let until = performance.now() + SLICE_MS;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(decoder.decode(value, { stream: true }));
    if (performance.now() > until) {
      await nextTask();
      until = performance.now() + SLICE_MS;
    }
  }
  parts.push(decoder.decode());
  return parts.join('');
}

/** Parses text[from, to) as the items of an array, appending them to `out`; false when it is not valid JSON. */
function batch(text: string, from: number, to: number, out: unknown[]): boolean {
  let items: unknown[];
  try {
    items = JSON.parse(`[${text.slice(from, to)}]`);
  } catch {
    return false;
  }
  for (const item of items) out.push(item);
  return true;
}
