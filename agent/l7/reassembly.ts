// Bounded in-order reassembly of one direction of a TCP flow, for analyzers whose messages
// span segments (a TLS certificate chain, an SSH KEXINIT, DNS over TCP, HTTP headers).
//
// Only what is needed is kept: the analyzer consumes what it has parsed, and the unparsed
// rest is all that stays. The two directions of a flow share one budget (REASSEMBLY_LIMIT_BYTES);
// when a segment would exceed it, or a segment is missing (a hole in the sequence), the
// reassembly gives up for good and says why, and the analyzer stops with what it has.
// Retransmitted bytes (below the next expected seq) are skipped; segments ahead of a hole are
// not buffered (a probe on a TAP sees reordering rarely; early packets are what we parse).

import { REASSEMBLY_LIMIT_BYTES } from './analyzer.js';

/** Shared by the two directions of one flow. */
export interface ReassemblyBudget {
  remainingBytes: number;
}

export function newBudget(bytes = REASSEMBLY_LIMIT_BYTES): ReassemblyBudget {
  return { remainingBytes: bytes };
}

export type GiveUpReason = 'limit' | 'hole';

export class Reassembly {
  private buf: Uint8Array | null = null;
  /** A caller's segment read where it lies (lend() until settle()); start/end then index it. */
  private lent: Uint8Array | null = null;
  private start = 0;
  private end = 0;
  private nextSeq = 0;
  private started = false;
  /** Why this direction stopped; null while going on. */
  gaveUp: GiveUpReason | null = null;
  private readonly budget: ReassemblyBudget;

  constructor(budget: ReassemblyBudget) {
    this.budget = budget;
  }

  /**
   * Adds the segment (buf[off, off+len), first byte at TCP seq `seq`). Returns false once the
   * reassembly has given up (then nothing more is kept).
   */
  push(buf: Uint8Array, off: number, len: number, seq: number): boolean {
    if (this.gaveUp) return false;
    if (this.lent !== null) this.settle();
    if (len <= 0) return true;
    const skip = this.admit(len, seq);
    if (skip < 0) return false;
    const n = len - skip;
    if (n === 0) return true; // a retransmission of what we already have
    this.ensure(n);
    this.buf!.set(buf.subarray(off + skip, off + len), this.end);
    this.end += n;
    return true;
  }

  /**
   * push() without the copy when nothing is buffered: view() shows the segment's bytes where they
   * lie, and settle() (which the caller must call before its feed() returns: the bytes are only
   * valid during the call) copies what was not consumed. Most handshakes parse whole from the
   * segment that carries them, so nothing is ever copied. Otherwise the same as push().
   */
  lend(buf: Uint8Array, off: number, len: number, seq: number): boolean {
    if (this.gaveUp !== null || this.start !== this.end || len <= 0) return this.push(buf, off, len, seq);
    const skip = this.admit(len, seq);
    if (skip < 0) return false;
    if (skip < len) {
      this.lent = buf;
      this.start = off + skip;
      this.end = off + len;
    }
    return true;
  }

  /**
   * A segment of len > 0 bytes at `seq`: returns how many of its first bytes we already have
   * (len for a whole retransmission), the new ones charged to the budget and the expected seq
   * moved past them; or -1 when the reassembly gives up (a hole, or the budget).
   */
  private admit(len: number, seq: number): number {
    if (!this.started) {
      this.started = true;
      this.nextSeq = seq >>> 0;
    }
    // Distance from the expected seq, modulo 2^32: negative = (partly) old data.
    const delta = ((seq - this.nextSeq) | 0);
    if (delta > 0) {
      this.stop('hole');
      return -1;
    }
    const skip = Math.min(-delta, len);
    const n = len - skip;
    if (n > this.budget.remainingBytes) {
      this.stop('limit');
      return -1;
    }
    this.budget.remainingBytes -= n;
    this.nextSeq = (this.nextSeq + n) >>> 0;
    return skip;
  }

  /** Ends a lend(): the bytes not consumed are copied into our own buffer. */
  settle(): void {
    const lent = this.lent;
    if (lent === null) return;
    this.lent = null;
    const from = this.start;
    const n = this.end - from;
    this.start = this.end = 0;
    if (n > 0) {
      this.ensure(n);
      this.buf!.set(lent.subarray(from, from + n), 0);
      this.end = n;
    }
  }

  /**
   * The array holding the bytes not consumed yet, at [offset, offset + length): what view()
   * shows, without making a view (for the per-record loop of TLS). Valid as view() is.
   */
  get bytes(): Uint8Array {
    return this.lent ?? this.buf ?? EMPTY;
  }

  get offset(): number {
    return this.start;
  }

  get length(): number {
    return this.end - this.start;
  }

  /** The contiguous bytes not consumed yet (a view, valid until the next push or consume). */
  view(): Uint8Array {
    if (this.lent !== null) return this.lent.subarray(this.start, this.end);
    return this.buf ? this.buf.subarray(this.start, this.end) : EMPTY;
  }

  /** Drops n parsed bytes from the front; their budget comes back. */
  consume(n: number): void {
    const k = Math.min(n, this.end - this.start);
    this.start += k;
    this.budget.remainingBytes += k;
    if (this.start === this.end) {
      this.start = this.end = 0;
      this.lent = null;
    }
  }

  /** Gives up now (the analyzer is done with this direction); frees the buffer. */
  stop(reason: GiveUpReason): void {
    if (this.gaveUp) return;
    this.gaveUp = reason;
    this.budget.remainingBytes += this.end - this.start;
    if (this.buf !== null) giveBack(this.buf);
    this.buf = null;
    this.lent = null;
    this.start = this.end = 0;
  }

  private ensure(more: number): void {
    const need = this.end - this.start + more;
    if (this.buf && this.end + more <= this.buf.length) return;
    if (this.buf && need <= this.buf.length) {
      this.buf.copyWithin(0, this.start, this.end);
    } else {
      const bigger = takeBytes(need);
      if (this.buf) {
        bigger.set(this.buf.subarray(this.start, this.end));
        giveBack(this.buf);
      }
      this.buf = bigger;
    }
    this.end -= this.start;
    this.start = 0;
  }
}

const EMPTY = new Uint8Array(0);

// Buffers for bytes an analyzer keeps between packets (this file's, TLS's handshake stream).
// A new typed array of a few KiB costs 2–4 µs here (zeroed, outside the V8 heap, and a weight on
// GC), a few per handshake; buffers of POOLED_BYTES are reused instead. They are handed out
// uncleared: their users read only bytes they wrote. One comes back when its user is done with
// it; one never given back (a flow ended mid-handshake) is simply collected.
const POOLED_BYTES = 4096;
const POOL_MAX = 64; // 256 KiB per shard at most
const pool: Uint8Array[] = [];

/** A buffer of at least n bytes (n ≤ REASSEMBLY_LIMIT_BYTES), from the pool when n fits a pooled one. */
export function takeBytes(n: number): Uint8Array {
  if (n <= POOLED_BYTES) return pool.pop() ?? new Uint8Array(POOLED_BYTES);
  let size = POOLED_BYTES * 2;
  while (size < n) size *= 2;
  return new Uint8Array(Math.min(size, REASSEMBLY_LIMIT_BYTES));
}

/** Returns a buffer from takeBytes(); the caller keeps no reference to it. */
export function giveBack(b: Uint8Array): void {
  if (b.length === POOLED_BYTES && pool.length < POOL_MAX) pool.push(b);
}
