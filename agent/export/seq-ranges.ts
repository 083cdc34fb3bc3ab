// A set of 64-bit sequence numbers kept as sorted, disjoint, non-adjacent inclusive ranges.
//
// Both ends of the export use it: the probe merges the ranges collectors acknowledge and frees
// its spool up to the first hole (its watermark); a collector remembers what its share group
// has written, to drop duplicates and to see holes (gaps). Sequences arrive almost in order, so
// the common case (extend the last range) is O(1); anything else is a binary search and one
// splice. Memory is bounded by the caller through `maxRanges`: when a set would hold more, its
// lowest ranges are merged into one, which can only make holes far in the past look filled,
// never forget a seq that was added.

export type SeqRange = readonly [first: bigint, last: bigint];

export class SeqRanges {
  // firsts[i] ≤ lasts[i] < firsts[i + 1] - 1
  private firsts: bigint[] = [];
  private lasts: bigint[] = [];

  private readonly maxRanges: number;

  constructor(maxRanges = 4096) {
    this.maxRanges = maxRanges;
  }

  get size(): number {
    return this.firsts.length;
  }

  /** Adds [first, last]; returns the number of seqs that were not in the set before. */
  add(first: bigint, last: bigint = first): bigint {
    if (last < first) return 0n;
    const n = this.firsts.length;
    // Fast path: at or after the end of the last range.
    if (n === 0 || first > this.lasts[n - 1] + 1n) {
      this.firsts.push(first);
      this.lasts.push(last);
      this.bound();
      return last - first + 1n;
    }
    if (first >= this.firsts[n - 1]) {
      if (last <= this.lasts[n - 1]) return 0n;
      const added = last - this.lasts[n - 1];
      this.lasts[n - 1] = last;
      return added;
    }
    // General case: the ranges touching or overlapping [first - 1, last + 1] become one.
    const lo = this.firstEndingAtOrAfter(first - 1n);
    let hi = lo;
    let covered = 0n;
    while (hi < n && this.firsts[hi] <= last + 1n) {
      const a = this.firsts[hi] > first ? this.firsts[hi] : first;
      const b = this.lasts[hi] < last ? this.lasts[hi] : last;
      if (b >= a) covered += b - a + 1n;
      hi++;
    }
    const mergedFirst = hi > lo && this.firsts[lo] < first ? this.firsts[lo] : first;
    const mergedLast = hi > lo && this.lasts[hi - 1] > last ? this.lasts[hi - 1] : last;
    this.firsts.splice(lo, hi - lo, mergedFirst);
    this.lasts.splice(lo, hi - lo, mergedLast);
    this.bound();
    return last - first + 1n - covered;
  }

  has(seq: bigint): boolean {
    const i = this.firstEndingAtOrAfter(seq);
    return i < this.firsts.length && this.firsts[i] <= seq;
  }

  /** The highest w ≥ from - 1 such that every seq in [from, w] is in the set. */
  contiguousFrom(from: bigint): bigint {
    const i = this.firstEndingAtOrAfter(from);
    if (i < this.firsts.length && this.firsts[i] <= from) return this.lasts[i];
    return from - 1n;
  }

  /** The highest seq in the set, or 0n when empty. */
  max(): bigint {
    return this.lasts.length ? this.lasts[this.lasts.length - 1] : 0n;
  }

  /** The holes between the lowest and the highest seq. */
  holes(): SeqRange[] {
    const out: SeqRange[] = [];
    for (let i = 1; i < this.firsts.length; i++) out.push([this.lasts[i - 1] + 1n, this.firsts[i] - 1n]);
    return out;
  }

  ranges(): SeqRange[] {
    return this.firsts.map((f, i) => [f, this.lasts[i]] as const);
  }

  /** Forgets every seq below `seq` (they no longer matter to the caller). */
  dropBelow(seq: bigint): void {
    let k = 0;
    while (k < this.firsts.length && this.lasts[k] < seq) k++;
    this.firsts.splice(0, k);
    this.lasts.splice(0, k);
    if (this.firsts.length && this.firsts[0] < seq) this.firsts[0] = seq;
  }

  clear(): void {
    this.firsts = [];
    this.lasts = [];
  }

  private bound(): void {
    const excess = this.firsts.length - this.maxRanges;
    if (excess <= 0) return;
    // Merge the lowest excess + 1 ranges into one.
    this.lasts.splice(0, excess);
    this.firsts.splice(1, excess);
  }

  /** Index of the first range whose last ≥ seq (firsts.length when none). */
  private firstEndingAtOrAfter(seq: bigint): number {
    let lo = 0;
    let hi = this.lasts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.lasts[mid] < seq) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
