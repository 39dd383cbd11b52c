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
 * scanned in one task. `failed` once the text is anything it does not follow (not an array,
 * invalid JSON): the caller then parses the whole text with JSON.parse, for its own error.
 */
class ArrayCutter {
  readonly items: unknown[] = [];
  failed = false;
  /** The text since the last cut (whole items read so far, and the one being read), in the pieces it came in. */
  #pending: string[] = [];
  #pendingLength = 0;
  #depth = 0;
  #inString = false;
  /** Inside a string: how many backslashes ended the text so far (an odd number escapes a quote that follows). */
  #backslashes = 0;
  #started = false;
  #ended = false;

  push(piece: string): void {
    if (this.failed) return;
    let cut = 0;
    for (let j = 0; j < piece.length; j++) {
      if (this.#inString) {
        // To the closing quote: one not escaped by an odd number of backslashes.
        const quote = piece.indexOf('"', j);
        const end = quote < 0 ? piece.length : quote;
        let k = end - 1;
        while (k >= j && piece.charCodeAt(k) === 92 /* \ */) k--;
        const run = end - 1 - k + (k < j ? this.#backslashes : 0);
        if (quote < 0) {
          this.#backslashes = run;
          break;
        }
        this.#backslashes = 0;
        if (run % 2 === 0) this.#inString = false;
        j = quote;
        continue;
      }
      const c = piece.charCodeAt(j);
      if (c === 32 || c === 10 || c === 13 || c === 9) continue;
      if (this.#ended || (!this.#started && c !== 91 /* [ */)) return this.#fail();
      if (c === 34 /* " */) this.#inString = true;
      else if (!this.#started) {
        this.#started = true;
        cut = j + 1;
      } else if (c === 91 /* [ */ || c === 123 /* { */) this.#depth++;
      else if (c === 93 /* ] */ || c === 125 /* } */) {
        if (this.#depth-- > 0) continue;
        if (c !== 93 || !this.#batch(piece.slice(cut, j))) return this.#fail();
        cut = j + 1;
        this.#ended = true;
      } else if (c === 44 /* , */ && this.#depth === 0 && this.#pendingLength + j - cut >= BATCH) {
        if (!this.#batch(piece.slice(cut, j))) return this.#fail();
        cut = j + 1;
      }
    }
    if (cut < piece.length && !this.#ended) {
      this.#pending.push(cut ? piece.slice(cut) : piece);
      this.#pendingLength += piece.length - cut;
    }
  }

  /** The items, once the whole text was pushed; undefined when the cutter could not follow it. */
  end(): unknown[] | undefined {
    return this.failed || !this.#ended ? undefined : this.items;
  }

  /** Parses the pending text and `last` as items of the array; false when that is not valid JSON. */
  #batch(last: string): boolean {
    this.#pending.push(last);
    let items: unknown[];
    try {
      items = JSON.parse(`[${this.#pending.join('')}]`);
    } catch {
      return false;
    }
    this.#pending = [];
    this.#pendingLength = 0;
    for (const item of items) this.items.push(item);
    return true;
  }

  #fail(): void {
    this.failed = true;
    this.#pending = [];
    this.items.length = 0;
  }
}

/** Gives the page a turn when the slice that started at `since` has run its time; returns the new slice start. */
async function turn(since: number): Promise<number> {
  if (performance.now() < since + SLICE_MS) return since;
  await nextTask();
  return performance.now();
}

/**
 * JSON.parse for a file of glossary entries, without a long task for a large one: a top-level
 * array is parsed a run of whole items at a time (see ArrayCutter), with a task boundary whenever
 * a slice has run a few milliseconds. Anything else is parsed by JSON.parse in one go, so an
 * invalid file fails with JSON.parse's own SyntaxError.
 */
export async function parseJson(text: string): Promise<unknown> {
  const cutter = new ArrayCutter();
  let since = performance.now();
  for (let i = 0; i < text.length && !cutter.failed; i += PIECE) {
    cutter.push(text.slice(i, i + PIECE));
    since = await turn(since);
  }
  return cutter.end() ?? JSON.parse(text);
}

/**
 * The JSON of a response, read, decoded and parsed a piece at a time as it arrives (see
 * parseJson), with a task boundary every few milliseconds: the body is never decoded or joined
 * into one string, which for 100,000 entries (70 MB of text) was one long task of its own.
 * Rejects with JSON.parse's SyntaxError when the body is not valid JSON.
 */
export async function readJson(response: Response): Promise<unknown> {
  const body = response.body;
  if (!body || typeof TextDecoder !== 'function') return parseJson(await response.text());
  const reader = body.getReader();
  const decoder = new TextDecoder();
  const cutter = new ArrayCutter();
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
