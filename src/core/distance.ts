/**
 * Bounded edit distance for typo-tolerant matching: how far a query is from the start of a name
 * (so a half-typed word still matches), and which letters matched, for highlighting. Each search
 * index owns one {@link EditDistance}: its DP buffer is reused across the thousands of comparisons
 * of a keystroke, so none is allocated per word.
 */

/** How many edits a folded query of this length may contain. */
export const maxEdits = (length: number): number => (length < 4 ? 0 : length < 7 ? 1 : length < 11 ? 2 : 3);

/**
 * The characters a folded string contains, as a bit set: `1 << code` keeps the code's last five
 * bits, so a–z get a bit each, and digits share theirs with p–y (which only lets more words through).
 */
export function letterMask(s: string): number {
  let mask = 0;
  for (let i = 0; i < s.length; i++) mask |= 1 << s.charCodeAt(i);
  return mask;
}

export class EditDistance {
  /** The DP matrix of the last prefix(), row by row, `width` cells a row, kept for align(). */
  #dp = new Int32Array(4096);
  #width = 0;
  /** How many characters of `s` the best alignment of the last prefix() used (read by scan() and align() only). */
  #end = 0;

  /**
   * The fewest edits (insert, delete, substitute, swap two neighbours) turning `q` into some prefix
   * of `s`, or k + 1 when that is more than `k`. A DP banded to k around the diagonal that stops as soon as
   * a whole row exceeds `k`, so an unrelated name costs a few dozen steps.
   */
  prefix(q: string, s: string, k: number): number {
    const m = q.length;
    const n = Math.min(s.length, m + k);
    const w = (this.#width = n + 1);
    if (this.#dp.length < (m + 1) * w) this.#dp = new Int32Array((m + 1) * w * 2);
    const dp = this.#dp;
    for (let j = 0; j <= n; j++) dp[j] = j > k ? k + 1 : j;
    for (let i = 1, r = w; i <= m; i++, r += w) {
      const qc = q.charCodeAt(i - 1);
      // Only cells within k of the diagonal can be within k edits: the band, walled off by k + 1 on both sides.
      const lo = Math.max(1, i - k);
      const hi = Math.min(n, i + k);
      dp[r + lo - 1] = dp[r + hi + 1] = k + 1;
      let rowMin = (dp[r] = i > k ? k + 1 : i);
      for (let j = lo; j <= hi; j++) {
        const sc = s.charCodeAt(j - 1);
        // Substitute (or keep), delete, insert, swap.
        let v = Math.min(dp[r - w + j - 1] + (qc === sc ? 0 : 1), dp[r - w + j] + 1, dp[r + j - 1] + 1);
        if (i > 1 && j > 1 && qc === s.charCodeAt(j - 2) && q.charCodeAt(i - 2) === sc) v = Math.min(v, dp[r - 2 * w + j - 2] + 1);
        rowMin = Math.min(rowMin, (dp[r + j] = v));
      }
      if (rowMin > k) return k + 1;
    }
    let best = k + 1;
    for (let j = n, r = m * w; j >= Math.max(0, m - k); j--) {
      if (dp[r + j] < best) {
        best = dp[r + j];
        this.#end = j;
      }
    }
    return best;
  }

  /**
   * Calls `fn` with each word of `list` (whose letter sets are `masks`, see letterMask) that `q` is
   * at most `k` edits from the start of, with the distance and how many characters of the word
   * that start has. Each letter of `q` that a word lacks costs an edit, so a word lacking more
   * than `k` of them is skipped before the edit distance is worked out.
   */
  scan(q: string, k: number, list: readonly string[], masks: Int32Array, fn: (i: number, distance: number, end: number) => void): void {
    const qMask = letterMask(q);
    for (let i = 0; i < list.length; i++) {
      let lacking = 0;
      for (let x = qMask & ~masks[i]; x && lacking <= k; x &= x - 1) lacking++;
      const d = lacking > k ? k + 1 : this.prefix(q, list[i], k);
      if (d <= k) fn(i, d, this.#end);
    }
  }

  /**
   * For highlighting: when `q` is within maxEdits() of a prefix of `s`, the distance and the
   * positions in `s` of the letters that matched (equal letters and swapped neighbours).
   */
  align(q: string, s: string): [number, number[]] | undefined {
    const k = maxEdits(q.length);
    const distance = this.prefix(q, s, k);
    if (distance > k) return;
    const dp = this.#dp;
    const w = this.#width;
    const d = (i: number, j: number) => dp[i * w + j];
    const matched: number[] = [];
    for (let i = q.length, j = this.#end; i > 0 && j > 0;) {
      const here = d(i, j);
      if (q[i - 1] === s[j - 1] && here === d(i - 1, j - 1)) {
        matched.push(--j);
        i--;
      } else if (i > 1 && j > 1 && q[i - 1] === s[j - 2] && q[i - 2] === s[j - 1] && here === d(i - 2, j - 2) + 1) {
        matched.push(j - 1, j - 2);
        i -= 2;
        j -= 2;
      } else if (here === d(i - 1, j - 1) + 1) {
        i--;
        j--;
      } else if (here === d(i - 1, j) + 1) i--;
      else j--;
    }
    return [distance, matched];
  }
}
