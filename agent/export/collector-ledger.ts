// What a collector's share group has written, per (probe id, stream, epoch): the collector's
// memory for de-duplication, acknowledgement and gap reports.
//
// Each stream key holds sequence-number sets in three stages:
//   pending    written to the output, not yet durable (the current group commit),
//   committing being made durable right now (the commit in progress),
//   written    durable: committed by this collector, or acknowledged by any collector of the
//              group (every member subscribes to every ack, so the ack stream is the group's
//              shared memory of what is written).
// Only `written` is ever saved to the state file: a seq that is saved was durably written, so a
// restarted collector can drop its resend without losing it.
//
// Memory is bounded twice: each set by SeqRanges' maxRanges, and the number of keys by
// maxKeys (the least recently used key is forgotten first; a forgotten key only costs a
// possible duplicate line, never a lost one).

import { ProbeError } from '../errors.js';
import { SeqRanges, type SeqRange } from './seq-ranges.js';
import type { SpoolStream } from './spool.js';

export interface StreamKey {
  probeId: string;
  stream: SpoolStream;
  epoch: bigint;
}

/** The epoch as it appears in output and logs: 16 hex digits. */
export function epochHex(epoch: bigint): string {
  return epoch.toString(16).padStart(16, '0');
}

/** A range as text: "7" or "7-9". */
export function rangeText(first: bigint, last: bigint): string {
  return first === last ? `${first}` : `${first}-${last}`;
}

/** A hole in a stream that has not been filled yet, and since when it is known. */
export interface Hole {
  first: bigint;
  last: bigint;
  sinceMs: number;
  /** The stream's dropped_records counter when the hole first appeared. */
  droppedBefore: number;
}

export type SeqState = 'new' | 'written' | 'in-commit';

export class StreamEntry {
  readonly key: StreamKey;
  readonly id: string;
  readonly written: SeqRanges;
  pending: SeqRanges;
  committing: SeqRanges | undefined;
  /** Written before and seen again: acknowledge once more at the next commit. */
  reack: SeqRanges;
  /** Highest dropped_records counter seen in this stream's batches. */
  dropped = 0;
  /** Highest seq known (written, in commit or acknowledged). */
  top = 0n;
  /** Where a jump past `top` opened a hole, and the dropped counter just before that batch:
   *  a gap whose counter grew since was counted as lost by the probe. */
  openings: { at: bigint; dropped: number }[] = [];
  /** Holes not reported yet, oldest knowledge kept through partial fills. */
  candidates: Hole[] = [];
  /** Holes reported as gaps and not filled since. */
  gaps: Hole[] = [];
  private readonly maxRanges: number;

  constructor(key: StreamKey, maxRanges: number) {
    this.key = key;
    this.id = keyId(key);
    this.maxRanges = maxRanges;
    this.written = new SeqRanges(maxRanges);
    this.pending = new SeqRanges(maxRanges);
    this.reack = new SeqRanges(maxRanges);
  }

  state(seq: bigint): SeqState {
    if (this.written.has(seq)) return 'written';
    if (this.pending.has(seq) || this.committing?.has(seq)) return 'in-commit';
    return 'new';
  }

  /** Everything known written or being written, as one set (for the hole search). */
  known(): SeqRanges {
    const all = new SeqRanges(Number.MAX_SAFE_INTEGER);
    for (const set of [this.written, this.pending, this.committing]) {
      for (const [a, b] of set?.ranges() ?? []) all.add(a, b);
    }
    return all;
  }

  /** Notes seqs up to `last` arriving (before `dropped` takes the new batch's counter). */
  extend(first: bigint, last: bigint): void {
    if (this.top > 0n && first > this.top + 1n) this.openings.push({ at: this.top + 1n, dropped: this.dropped });
    if (last > this.top) this.top = last;
  }

  /** The dropped counter as it was before the hole starting at `first` opened. */
  droppedBefore(first: bigint): number {
    let d = this.dropped;
    for (const o of this.openings) if (o.at <= first) d = o.dropped;
    return d;
  }

  busy(): boolean {
    return this.pending.size > 0 || this.committing !== undefined || this.reack.size > 0;
  }

  newSet(): SeqRanges {
    return new SeqRanges(this.maxRanges);
  }
}

function keyId(k: StreamKey): string {
  // '/' cannot occur in a probe id taken from a topic level.
  return `${k.probeId}/${k.stream}/${epochHex(k.epoch)}`;
}

/** One stream's share of a group commit: what becomes durable, and what to acknowledge. */
export interface CommitPart {
  entry: StreamEntry;
  writes: SeqRanges;
  reack: SeqRanges;
}

export interface GapEvent {
  kind: 'gap' | 'recovered';
  key: StreamKey;
  hole: Hole;
  /** The stream's dropped_records counter now. */
  droppedNow: number;
}

export interface LedgerOptions {
  /** Stream keys held at most; default 10 000. */
  maxKeys?: number;
  /** Ranges per set at most; default 4096. */
  maxRanges?: number;
}

export const LEDGER_DEFAULTS = { maxKeys: 10_000, maxRanges: 4096 };

export class Ledger {
  // Map order is the LRU order: a key used is moved to the end.
  private readonly entries = new Map<string, StreamEntry>();
  // Streams with something to commit, and streams whose holes need a look.
  private readonly toCommit = new Set<StreamEntry>();
  private readonly watch = new Set<StreamEntry>();
  readonly maxKeys: number;
  private readonly maxRanges: number;
  /** `written` changed since the last save. */
  dirty = false;
  evicted = 0;

  constructor(opts: LedgerOptions = {}) {
    this.maxKeys = opts.maxKeys ?? LEDGER_DEFAULTS.maxKeys;
    this.maxRanges = opts.maxRanges ?? LEDGER_DEFAULTS.maxRanges;
  }

  get size(): number {
    return this.entries.size;
  }

  /** The entry of `key`, created when new; marks it most recently used. */
  entry(key: StreamKey): StreamEntry {
    const id = keyId(key);
    let e = this.entries.get(id);
    if (e) {
      this.entries.delete(id);
    } else {
      e = new StreamEntry({ ...key }, this.maxRanges);
      this.evict();
    }
    this.entries.set(id, e);
    return e;
  }

  peek(key: StreamKey): StreamEntry | undefined {
    return this.entries.get(keyId(key));
  }

  /** A seq this collector has put in its output (not yet durable). */
  addPending(e: StreamEntry, seq: bigint): void {
    e.extend(seq, seq);
    e.pending.add(seq);
    this.toCommit.add(e);
    this.watch.add(e);
  }

  /** A seq already written that came again: its sender needs another acknowledgement. */
  addReack(e: StreamEntry, seq: bigint): void {
    e.reack.add(seq);
    this.toCommit.add(e);
  }

  /** Seqs another collector of the group acknowledged: durable there. */
  addAcked(e: StreamEntry, first: bigint, last: bigint): void {
    e.extend(first, last);
    if (e.written.add(first, last) > 0n) {
      this.dirty = true;
      this.watch.add(e);
    }
  }

  /** Starts a group commit: what was pending becomes `committing`. */
  beginCommit(): CommitPart[] {
    const parts: CommitPart[] = [];
    for (const e of this.toCommit) {
      const writes = e.pending;
      if (writes.size) e.committing = writes;
      e.pending = e.newSet();
      parts.push({ entry: e, writes, reack: e.reack });
      e.reack = e.newSet();
    }
    this.toCommit.clear();
    return parts;
  }

  /** The commit's writes are durable: they join `written`. Returns, per stream, the ranges to
   *  acknowledge (writes and re-acknowledgements, merged and sorted). */
  finishCommit(parts: CommitPart[]): { key: StreamKey; ranges: SeqRange[] }[] {
    const acks: { key: StreamKey; ranges: SeqRange[] }[] = [];
    for (const p of parts) {
      const ack = new SeqRanges(Number.MAX_SAFE_INTEGER);
      for (const [a, b] of p.writes.ranges()) {
        p.entry.written.add(a, b);
        ack.add(a, b);
        this.dirty = true;
      }
      for (const [a, b] of p.reack.ranges()) ack.add(a, b);
      if (p.entry.committing === p.writes) p.entry.committing = undefined;
      if (ack.size) acks.push({ key: p.entry.key, ranges: ack.ranges() });
    }
    return acks;
  }

  /**
   * Looks at the holes of every stream that changed or still has holes. A hole still open
   * `timeoutMs` after it appeared is reported once ('gap'); a reported hole that is now filled
   * is reported 'recovered'.
   */
  checkGaps(nowMs: number, timeoutMs: number): GapEvent[] {
    const events: GapEvent[] = [];
    for (const e of this.watch) {
      const known = e.known();
      const filled = (h: Hole) => known.contiguousFrom(h.first) >= h.last;
      const still: Hole[] = [];
      for (const g of e.gaps) {
        if (filled(g)) events.push({ kind: 'recovered', key: e.key, hole: g, droppedNow: e.dropped });
        else still.push(g);
      }
      e.gaps = still;
      // Holes inside a reported gap belong to it; the others are candidates.
      const open = known.holes().filter(([a]) => !e.gaps.some((g) => g.first <= a && a <= g.last));
      e.candidates = ageHoles(e.candidates, open, nowMs, (first) => e.droppedBefore(first));
      const young: Hole[] = [];
      for (const h of e.candidates) {
        if (nowMs - h.sinceMs >= timeoutMs) {
          e.gaps.push(h);
          events.push({ kind: 'gap', key: e.key, hole: h, droppedNow: e.dropped });
        } else {
          young.push(h);
        }
      }
      e.candidates = young;
      e.gaps.sort((x, y) => (x.first < y.first ? -1 : 1));
      // Openings matter while their hole is open.
      const holes = [...e.candidates, ...e.gaps];
      e.openings = e.openings.filter((o) => holes.some((h) => h.first <= o.at && o.at <= h.last));
      if (!e.candidates.length && !e.gaps.length) this.watch.delete(e);
    }
    return events;
  }

  /** Reported gaps not filled yet, over all streams held. */
  openGaps(): number {
    let n = 0;
    for (const e of this.watch) n += e.gaps.length;
    return n;
  }

  // ---- the state file ----

  toJSON(): LedgerFile {
    const streams: LedgerFile['streams'] = [];
    for (const e of this.entries.values()) {
      if (!e.written.size) continue;
      streams.push({
        probe: e.key.probeId,
        stream: e.key.stream,
        epoch: epochHex(e.key.epoch),
        written: e.written.ranges().map(([a, b]) => [a.toString(), b.toString()]),
      });
    }
    return { version: 1, streams };
  }

  /** Loads a state file's content; throws PROBE_E_COLLECT_STATE with the reason when it is not one. */
  load(file: unknown, source: string): void {
    const bad = (why: string) =>
      new ProbeError('PROBE_E_COLLECT_STATE', `${source} is not a collector state file (${why}); fix or remove it (without it, batches already written may be written again)`);
    const f = file as Partial<LedgerFile> | null;
    if (!f || typeof f !== 'object' || f.version !== 1 || !Array.isArray(f.streams)) throw bad('expected {"version":1,"streams":[…]}');
    for (const s of f.streams) {
      if (!s || typeof s.probe !== 'string' || !/^[^/+#]+$/.test(s.probe)) throw bad('a stream without a valid probe id');
      if (s.stream !== 'flows' && s.stream !== 'detections') throw bad(`unknown stream ${JSON.stringify(s.stream)}`);
      if (typeof s.epoch !== 'string' || !/^[0-9a-f]{16}$/.test(s.epoch)) throw bad(`epoch ${JSON.stringify(s.epoch)} is not 16 hex digits`);
      if (!Array.isArray(s.written)) throw bad('written is not a list');
      const e = this.entry({ probeId: s.probe, stream: s.stream, epoch: BigInt(`0x${s.epoch}`) });
      for (const r of s.written) {
        if (!Array.isArray(r) || r.length !== 2 || !r.every((x) => typeof x === 'string' && /^[0-9]{1,20}$/.test(x))) throw bad('a range is not ["first","last"]');
        const [a, b] = [BigInt(r[0]), BigInt(r[1])];
        if (a < 1n || b < a || b >= 1n << 64n) throw bad(`range ${r[0]}-${r[1]} is not a u64 range from 1`);
        e.written.add(a, b);
      }
      e.top = e.written.max();
    }
    this.dirty = false;
  }

  private evict(): void {
    if (this.entries.size < this.maxKeys) return;
    // The least recently used key that has nothing in flight (forgetting those would lose an
    // acknowledgement, not only dedup memory).
    for (const [id, e] of this.entries) {
      if (e.busy()) continue;
      this.entries.delete(id);
      this.watch.delete(e);
      this.evicted++;
      this.dirty = true;
      return;
    }
  }
}

export interface LedgerFile {
  version: 1;
  streams: { probe: string; stream: SpoolStream; epoch: string; written: [string, string][] }[];
}

/**
 * The holes as they are now, each with the time it was first seen: a hole that shrank (part of
 * it filled) keeps the time and counter of the hole it came from; a new hole starts now. Both
 * lists are sorted and holes only ever shrink or appear above the previous highest seq, so a
 * current hole overlaps only holes it came from. `droppedAt` gives a new hole its counter.
 */
export function ageHoles(previous: readonly Hole[], now: readonly SeqRange[], nowMs: number, droppedAt: (first: bigint) => number): Hole[] {
  const out: Hole[] = [];
  let i = 0;
  for (const [first, last] of now) {
    while (i < previous.length && previous[i].last < first) i++;
    let sinceMs = nowMs;
    let droppedBefore: number | undefined;
    for (let j = i; j < previous.length && previous[j].first <= last; j++) {
      sinceMs = Math.min(sinceMs, previous[j].sinceMs);
      droppedBefore = Math.min(droppedBefore ?? Infinity, previous[j].droppedBefore);
    }
    droppedBefore ??= droppedAt(first);
    out.push({ first, last, sinceMs, droppedBefore });
  }
  return out;
}
