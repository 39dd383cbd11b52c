import { nextTask } from './slices.js';

/** About how much text each JSON.parse call of a large array reads (a millisecond or two). */
const BATCH = 1 << 16;
/** How much of the body is decoded and scanned at a time. */
const PIECE = 1 << 16;
const SLICE_MS = 8;

/**
 * Cuts the text of a top-level JSON array, fed piece by piece, into runs of whole items, each
 * parsed by the native JSON.parse (the cuts are found by skipping over strings and counting
 * brackets). The whole text is never held as one string, so a 70 MB file is never joined or
 * scanned in one task. `push` returns false once the text is anything it does not follow (not an
 * array, invalid JSON): the caller then parses the whole text with JSON.parse, for its error.
 * `end()` gives the items (undefined when it could not follow the text). A closure, not a class:
 * its state minifies (this ships with the provider).
 */
function arrayCutter() {
  const items: unknown[] = [];
  /** The text since the last cut (whole items read so far, and the one being read), in the pieces it came in. */
  let pending: string[] = [];
  let pendingLength = 0;
  let depth = 0;
  let inString = false;
  /** Inside a string: how many backslashes ended the text so far (an odd number escapes a quote that follows). */
  let backslashes = 0;
  let started = false;
  let ended = false;
  let failed = false;
  /** Parses the pending text and `last` as items of the array; false when that is not valid JSON. */
  const batch = (last: string): boolean => {
    pending.push(last);
    try {
      for (const item of JSON.parse(`[${pending.join('')}]`) as unknown[]) items.push(item);
    } catch {
      return false;
    }
    pending = [];
    pendingLength = 0;
    return true;
  };
  const push = (piece: string): boolean => {
    if (failed) return false;
    let cut = 0;
    for (let j = 0; j < piece.length; j++) {
      if (inString) {
        // To the closing quote: one not escaped by an odd number of backslashes.
        const quote = piece.indexOf('"', j);
        const end = quote < 0 ? piece.length : quote;
        let k = end - 1;
        while (k >= j && piece.charCodeAt(k) === 92 /* \ */) k--;
        const run = end - 1 - k + (k < j ? backslashes : 0);
        if (quote < 0) {
          backslashes = run;
          break;
        }
        backslashes = 0;
        if (run % 2 === 0) inString = false;
        j = quote;
        continue;
      }
      const c = piece.charCodeAt(j);
      if (c === 32 || c === 10 || c === 13 || c === 9) continue;
      if (ended || (!started && c !== 91) /* [ */) failed = true;
      else if (c === 34 /* " */) inString = true;
      else if (!started) {
        started = true;
        cut = j + 1;
      } else if (c === 91 /* [ */ || c === 123 /* { */) depth++;
      else if (c === 93 /* ] */ || c === 125 /* } */) {
        if (depth-- > 0) continue;
        failed = c !== 93 || !batch(piece.slice(cut, j));
        ended = true;
      } else if (c === 44 /* , */ && depth === 0 && pendingLength + j - cut >= BATCH) {
        failed = !batch(piece.slice(cut, j));
        cut = j + 1;
      }
      if (failed) {
        pending = [];
        return false;
      }
    }
    if (cut < piece.length && !ended) {
      pending.push(cut ? piece.slice(cut) : piece);
      pendingLength += piece.length - cut;
    }
    return true;
  };
  return { push, end: () => (failed || !ended ? undefined : items) };
}

/** Gives the page a turn when the slice that started at `since` has run its time; returns the new slice start. */
async function turn(since: number): Promise<number> {
  if (performance.now() < since + SLICE_MS) return since;
  await nextTask();
  return performance.now();
}

/** Bytes above which a file is read as it arrives (a smaller one, or one of unknown size, in one go). */
const STREAM_ABOVE = 1 << 20;

/**
 * JSON.parse for a response holding a file of glossary entries, without a long task for a large
 * one (over 1 MB by its Content-Length): the body is read, decoded and cut a piece at a time as it arrives (see arrayCutter), with a
 * task boundary every few milliseconds, and never decoded or joined into one string (for 100,000
 * entries, 70 MB of text, that was one long task of its own). Anything but an array is parsed by
 * JSON.parse in one go, so an invalid file fails with JSON.parse's own SyntaxError.
 */
export async function readJson(response: Response): Promise<unknown> {
  const body = response.body;
  // Only a file known to be large (Content-Length) is streamed: Chromium reports a body read
  // through a reader as a cancelled request when the reader finishes before the network layer
  // does (harmless, but a red line in every site's network panel), and a small file is one short
  // task anyway.
  if (!body || !(Number(response.headers.get('content-length')) > STREAM_ABOVE)) return JSON.parse(await response.text());
  const reader = body.getReader();
  const decoder = new TextDecoder();
  const cutter = arrayCutter();
  // Kept only to let JSON.parse word the error when the cutter cannot follow the text.
  const pieces: string[] = [];
  const feed = (piece: string) => {
    pieces.push(piece);
    cutter.push(piece);
  };
  let since = performance.now();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    for (let i = 0; i < value.length; i += PIECE) {
      feed(decoder.decode(value.subarray(i, i + PIECE), { stream: true }));
      since = await turn(since);
    }
  }
  feed(decoder.decode());
  return cutter.end() ?? JSON.parse(pieces.join(''));
}
