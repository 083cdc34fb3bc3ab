// The loss-free disk spool between capture and export: encoded flow and detection batches are
// appended here by the main thread, read back in order by the publisher, and deleted only when
// the collector's acknowledgement watermark has passed them (a broker PUBACK is not delivery).
//
// Design, in short (the file layout is in spool-format.ts):
//
// * Two streams, `flows` and `detections`, each a directory of append-only segment files with
//   its own 64-bit seq (from 1) and a random 64-bit epoch, created once and kept in state.json.
//   Seq and epoch are bigints: they are u64 on the wire, and an epoch is random over all 64
//   bits, which a JS number (exact to 2^53) cannot hold; one type for both avoids mix-ups.
//
// * append() is synchronous and never waits for the network: it writes the record into the
//   kernel (one pwritev) and returns its seq. Memory per append is constant (no user-space
//   queue). fsync is group-committed: for flows at most every `fsyncIntervalMs` (default
//   1000 ms), asynchronously on the libuv pool so the event loop does not stall; for
//   detections (default 0) synchronously in append, one record at a time.
//
// * read() returns only *durable* (fsynced) records. That is what makes it safe, after a power
//   loss, to continue seq after the last record that survived: a record that was lost with the
//   page cache was never published, so reusing its seq cannot make the collector discard new
//   data as a duplicate. Acknowledged segments are deleted only after the new watermark is
//   durably in state.json, for the same reason (an older watermark on disk plus vanished
//   segments would otherwise rewind seq).
//
// * Quota: segment bytes of both streams together stay within `quotaBytes`. When an append
//   would exceed it, the oldest flow segments go first, acknowledged or not; detection
//   segments go (oldest first) only when flows have nothing left but the segment being
//   written and detections hold more than `detectionsReserveBytes`. Every record deleted
//   before it was acknowledged is counted (records and payload bytes). The segment being
//   written is never deleted. open() requires quotaBytes ≥ segmentBytes + max(reserve,
//   segmentBytes): with that, making room always succeeds and the quota is never exceeded
//   (state.json files and a segment deleted while its descriptor waits for the next commit
//   to close it are the only bytes outside it).
//
// * Recovery on open: each segment is read through, every CRC checked, a torn or damaged tail
//   truncated (bytes counted), unreadable or foreign segments removed (counted), and seq
//   continues after the last good record. (A torn tail is data that was never fsynced, so
//   never published. Only damage to fsynced records at the very end of the newest segment,
//   i.e. the disk corrupting data it had confirmed, could make a seq be used twice.)
//
// * A disk error while appending (ENOSPC, EIO) does not throw: the record is counted as
//   dropped, the error is kept for status, and the next append starts a fresh segment.
//   Capture must never stop because of the spool.
//
// One process, one spool: a second open() of the same directory in this process is refused;
// across processes the service manager runs a single agent (no lock file, whose stale PIDs
// would block a restart after a crash).

import { randomBytes } from 'node:crypto';
import {
  accessSync,
  closeSync,
  constants as fsConstants,
  fstatSync,
  fsync,
  fsyncSync,
  ftruncateSync,
  mkdirSync,
  openSync,
  readdirSync,
  readSync,
  unlinkSync,
  writeSync,
  writevSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { ProbeError } from '../errors.js';
import {
  FRAME_HEADER_BYTES,
  FrameReader,
  SEGMENT_HEADER_BYTES,
  decodeSegmentHeader,
  encodeFrameHeader,
  encodeSegmentHeader,
  parseSegmentFileName,
  segmentFileName,
} from './spool-format.js';
import { STATE_TEMP_FILE, readStateFile, writeStateFile, writeStateFileSync } from './spool-state.js';

export type SpoolStream = 'flows' | 'detections';
export const SPOOL_STREAMS: readonly SpoolStream[] = ['flows', 'detections'];

export interface SpoolStreamOptions {
  /** Longest time an appended record may wait for fsync; 0 = fsync in every append. */
  fsyncIntervalMs?: number;
}

export interface SpoolOptions {
  /** Directory of the spool (created if missing); streams live in `<dir>/<stream>/`. */
  dir: string;
  /** Segment bytes of both streams together. Default 1 GiB. */
  quotaBytes?: number;
  /** Detections are never dropped to make room while they hold at most this. Default quotaBytes / 16. */
  detectionsReserveBytes?: number;
  /** A new segment is started when a record would make the file larger. Default 8 MiB. */
  segmentBytes?: number;
  /**
   * A new segment is started once the current one is this old, so the age of the oldest
   * unacknowledged record (measured from its segment's creation) is off by at most this.
   * Default 60 s.
   */
  segmentMaxAgeMs?: number;
  /** Default fsyncIntervalMs 1000 (group commit). */
  flows?: SpoolStreamOptions;
  /** Default fsyncIntervalMs 0 (every append). */
  detections?: SpoolStreamOptions;
  /**
   * Called (from a microtask, never inside append) when more records have become durable and so
   * readable: the publisher's wake-up. Must not throw.
   */
  onDurable?: (stream: SpoolStream, durableSeq: bigint) => void;
  /**
   * How many items (flows, detections) a record holds, so drops are counted in items too.
   * Called once per record at append and at recovery. Default: 1.
   */
  itemsOf?: (payload: Uint8Array) => number;
}

export const SPOOL_DEFAULTS = {
  quotaBytes: 1024 * 1024 * 1024,
  segmentBytes: 8 * 1024 * 1024,
  segmentMaxAgeMs: 60_000,
  flowsFsyncIntervalMs: 1000,
  detectionsFsyncIntervalMs: 0,
  readMaxBytes: 4 * 1024 * 1024,
} as const;

export interface SpoolRecord {
  seq: bigint;
  payload: Uint8Array;
}

export interface SpoolStreamStats {
  epoch: bigint;
  /** seq the next append gets */
  nextSeq: bigint;
  /** highest seq fsynced (read() returns records up to here) */
  durableSeq: bigint;
  /** the collector's watermark (as last accepted; persisted at the next commit) */
  ackedSeq: bigint;
  /** records in segment files, including acknowledged ones that share a segment with unacknowledged */
  records: number;
  unackedRecords: number;
  /** bytes of segment files */
  bytes: number;
  segments: number;
  /** age of the oldest unacknowledged record, from its segment's creation; null when none */
  oldestUnackedAgeMs: number | null;
  /** unacknowledged records deleted to stay within the quota, and their payload bytes */
  droppedRecords: number;
  droppedBytes: number;
  /** the items (SpoolOptions.itemsOf) in droppedRecords */
  droppedItems: number;
  /** records that could not be written (disk full, I/O error), their payload bytes and items */
  ioDroppedRecords: number;
  ioDroppedBytes: number;
  ioDroppedItems: number;
  /** bytes found damaged: torn or corrupt tails truncated, bad segments removed, bad records met by read() */
  corruptBytes: number;
  /** acknowledgements for another epoch */
  staleAcksIgnored: number;
  /** acknowledgements for a seq never appended */
  futureAcksIgnored: number;
  /** state.json was missing or unreadable at open while segments existed, or could not be parsed */
  stateFileRecovered: boolean;
  ioErrors: number;
  lastIoError: string | null;
}

export interface SpoolStats {
  quotaBytes: number;
  detectionsReserveBytes: number;
  /** segment bytes of both streams */
  bytes: number;
  streams: Record<SpoolStream, SpoolStreamStats>;
}

interface Segment {
  firstSeq: bigint;
  /** firstSeq - 1 while empty; seqs in a segment are consecutive */
  lastSeq: bigint;
  records: number;
  /** items per record, by seq - firstSeq */
  items: number[];
  fileBytes: number;
  payloadBytes: number;
  createdMs: number;
  path: string;
  /** read() stops here: a damaged record was met after open (bit rot); fileBytes if none */
  readableBytes: number;
}

interface ReadCursor {
  segment: Segment;
  reader: FrameReader;
  offset: number;
  /** seq of the record at offset (or past the end) */
  nextSeq: bigint;
}

const fsyncAsync = promisify(fsync);
const STATE_RETRY_MS = 1000;

/** Spool directories open in this process: two writers on one directory would corrupt it. */
const openDirs = new Set<string>();

class StreamSpool {
  readonly name: SpoolStream;
  readonly dir: string;
  readonly fsyncIntervalMs: number;
  dirFd = -1;
  epoch = 0n;
  ackedSeq = 0n;
  persistedAckedSeq = 0n;
  nextSeq = 1n;
  writtenSeq = 0n;
  durableSeq = 0n;
  segments: Segment[] = [];
  /** descriptor of the last segment while it is being written; -1 when none is */
  activeFd = -1;
  /** the last write failed: the next append starts a fresh segment */
  activeBroken = false;
  /** descriptors of segments written to since the last fsync, closed once synced */
  retiredFds: number[] = [];
  /** a segment file was created since the directory was last fsynced */
  dirDirty = false;
  stateWriteFailed = false;
  bytes = 0;
  timer: NodeJS.Timeout | undefined;
  timerDueMs = 0;
  committing: Promise<void> | undefined;
  cursor: ReadCursor | undefined;
  droppedRecords = 0;
  droppedBytes = 0;
  droppedItems = 0;
  ioDroppedRecords = 0;
  ioDroppedBytes = 0;
  ioDroppedItems = 0;
  corruptBytes = 0;
  staleAcksIgnored = 0;
  futureAcksIgnored = 0;
  stateFileRecovered = false;
  ioErrors = 0;
  lastIoError: string | null = null;

  constructor(name: SpoolStream, dir: string, fsyncIntervalMs: number) {
    this.name = name;
    this.dir = dir;
    this.fsyncIntervalMs = fsyncIntervalMs;
  }

  active(): Segment | undefined {
    return this.activeFd >= 0 ? this.segments[this.segments.length - 1] : undefined;
  }

  /** The oldest segment that may be deleted: any but the one being written. */
  oldestDeletable(): Segment | undefined {
    const first = this.segments[0];
    return first && first !== this.active() ? first : undefined;
  }

  noteIoError(e: unknown): void {
    const err = e as NodeJS.ErrnoException;
    this.ioErrors++;
    this.lastIoError = `${err.code ?? 'EIO'}: ${err.message}`;
  }
}

function configError(message: string): ProbeError {
  return new ProbeError('PROBE_E_SPOOL_CONFIG', message);
}

function checkInteger(name: string, v: number, min: number, max: number): number {
  if (!Number.isSafeInteger(v) || v < min || v > max) throw configError(`${name} must be an integer from ${min} to ${max}, got ${v}`);
  return v;
}

function randomEpoch(): bigint {
  for (;;) {
    const epoch = randomBytes(8).readBigUInt64LE(0);
    if (epoch !== 0n) return epoch; // 0 would read as "no epoch" to a collector
  }
}

function errnoOf(e: unknown): string {
  return (e as NodeJS.ErrnoException).code ?? 'EIO';
}

export class Spool {
  readonly dir: string;
  readonly quotaBytes: number;
  readonly detectionsReserveBytes: number;
  readonly segmentBytes: number;
  readonly segmentMaxAgeMs: number;
  /** largest payload append() takes: one record must fit in one segment */
  readonly maxPayloadBytes: number;
  private readonly flows: StreamSpool;
  private readonly detections: StreamSpool;
  private readonly onDurable: ((stream: SpoolStream, durableSeq: bigint) => void) | undefined;
  private readonly itemsOf: (payload: Uint8Array) => number;
  private readonly frameHeader = Buffer.alloc(FRAME_HEADER_BYTES);
  private closed = false;

  /**
   * Opens (creating if needed) and recovers the spool in `options.dir`. Synchronous: it runs
   * once at start-up, before capture. Throws ProbeError PROBE_E_SPOOL_CONFIG (bad options),
   * PROBE_E_SPOOL_DIR (the directory cannot be created or written), PROBE_E_SPOOL_LOCKED
   * (already open in this process) or PROBE_E_SPOOL_IO (an I/O error while recovering).
   */
  static open(options: SpoolOptions): Spool {
    return new Spool(options);
  }

  private constructor(options: SpoolOptions) {
    if (typeof options?.dir !== 'string' || options.dir === '') throw new ProbeError('PROBE_E_SPOOL_DIR', 'spool directory must be a non-empty path');
    this.dir = resolve(options.dir);
    this.segmentBytes = checkInteger('segmentBytes', options.segmentBytes ?? SPOOL_DEFAULTS.segmentBytes, 4096, 1024 * 1024 * 1024);
    this.quotaBytes = checkInteger('quotaBytes', options.quotaBytes ?? SPOOL_DEFAULTS.quotaBytes, 1, Number.MAX_SAFE_INTEGER);
    this.detectionsReserveBytes = checkInteger(
      'detectionsReserveBytes',
      options.detectionsReserveBytes ?? Math.floor(this.quotaBytes / 16),
      0,
      Number.MAX_SAFE_INTEGER,
    );
    const minQuota = this.segmentBytes + Math.max(this.detectionsReserveBytes, this.segmentBytes);
    if (this.quotaBytes < minQuota) {
      throw configError(
        `quotaBytes (${this.quotaBytes}) must be at least segmentBytes + max(detectionsReserveBytes, segmentBytes) = ${minQuota}, ` +
          'so that the segment being written plus the detections reserve always fit',
      );
    }
    this.segmentMaxAgeMs = checkInteger('segmentMaxAgeMs', options.segmentMaxAgeMs ?? SPOOL_DEFAULTS.segmentMaxAgeMs, 1, 86_400_000);
    this.maxPayloadBytes = this.segmentBytes - SEGMENT_HEADER_BYTES - FRAME_HEADER_BYTES;
    const flowsFsync = checkInteger('flows.fsyncIntervalMs', options.flows?.fsyncIntervalMs ?? SPOOL_DEFAULTS.flowsFsyncIntervalMs, 0, 60_000);
    const detectionsFsync = checkInteger(
      'detections.fsyncIntervalMs',
      options.detections?.fsyncIntervalMs ?? SPOOL_DEFAULTS.detectionsFsyncIntervalMs,
      0,
      60_000,
    );
    this.onDurable = options.onDurable;
    this.itemsOf = options.itemsOf ?? (() => 1);

    if (openDirs.has(this.dir)) throw new ProbeError('PROBE_E_SPOOL_LOCKED', `spool directory ${this.dir} is already open in this process`);
    this.makeWritableDir(this.dir);
    this.flows = new StreamSpool('flows', join(this.dir, 'flows'), flowsFsync);
    this.detections = new StreamSpool('detections', join(this.dir, 'detections'), detectionsFsync);
    try {
      for (const s of this.all()) this.recover(s);
    } catch (e) {
      for (const s of this.all()) if (s.dirFd >= 0) closeSync(s.dirFd);
      if (e instanceof ProbeError) throw e;
      throw new ProbeError('PROBE_E_SPOOL_IO', `spool ${this.dir}: cannot recover: ${errnoOf(e)}: ${(e as Error).message}`);
    }
    openDirs.add(this.dir);
  }

  /** Appends one record and returns its seq. Synchronous (a write into the page cache; for a
   *  stream with fsyncIntervalMs 0 also an fsync). Never fails for lack of quota; a disk
   *  error drops the record, counted in stats. Throws only for misuse: PROBE_E_SPOOL_CLOSED,
   *  PROBE_E_SPOOL_STREAM, PROBE_E_SPOOL_RECORD (not bytes, or larger than maxPayloadBytes). */
  append(stream: SpoolStream, payload: Uint8Array): bigint {
    this.assertOpen();
    const s = this.stream(stream);
    if (!(payload instanceof Uint8Array)) throw new ProbeError('PROBE_E_SPOOL_RECORD', 'a spool record must be a Uint8Array');
    if (payload.length > this.maxPayloadBytes) {
      throw new ProbeError('PROBE_E_SPOOL_RECORD', `a spool record is at most ${this.maxPayloadBytes} bytes (segmentBytes minus headers), got ${payload.length}`);
    }
    const seq = s.nextSeq;
    s.nextSeq = seq + 1n;
    const frameBytes = FRAME_HEADER_BYTES + payload.length;
    const nowMs = Date.now();

    let segment = s.active();
    if (
      segment &&
      (s.activeBroken || segment.fileBytes + frameBytes > this.segmentBytes || nowMs - segment.createdMs >= this.segmentMaxAgeMs)
    ) {
      this.retireActive(s);
      segment = undefined;
    }
    // Room is made before the new segment exists, so the retired one can be dropped too.
    this.makeRoom(s, frameBytes + (segment ? 0 : SEGMENT_HEADER_BYTES));
    try {
      segment ??= this.createSegment(s, seq, nowMs);
      encodeFrameHeader(this.frameHeader, seq, payload);
      const written = writevSync(s.activeFd, [this.frameHeader, payload], segment.fileBytes);
      if (written !== frameBytes) throw Object.assign(new Error(`short write (${written} of ${frameBytes} bytes)`), { code: 'EIO' });
    } catch (e) {
      this.appendFailed(s, segment, payload.length, this.itemsOf(payload), e);
      return seq;
    }
    segment.lastSeq = seq;
    segment.records++;
    segment.items.push(this.itemsOf(payload));
    segment.fileBytes += frameBytes;
    segment.readableBytes = segment.fileBytes;
    segment.payloadBytes += payload.length;
    s.bytes += frameBytes;
    s.writtenSeq = seq;
    if (s.fsyncIntervalMs === 0) this.syncNow(s);
    else this.scheduleCommit(s, s.fsyncIntervalMs);
    return seq;
  }

  /**
   * Up to maxRecords durable records with seq > afterSeq, in seq order, read from disk (so a
   * publisher replays the same way after a reconnect or a restart). Stops once maxBytes of
   * payload have been collected (always at least one record). A gap in seq means records were
   * dropped (quota, disk error) or damaged; stats say which. Payloads are copies.
   */
  read(stream: SpoolStream, afterSeq: bigint, maxRecords: number, maxBytes: number = SPOOL_DEFAULTS.readMaxBytes): SpoolRecord[] {
    this.assertOpen();
    const s = this.stream(stream);
    if (typeof afterSeq !== 'bigint' || afterSeq < 0n) throw new ProbeError('PROBE_E_SPOOL_READ', 'afterSeq must be a bigint ≥ 0');
    if (!Number.isSafeInteger(maxRecords) || maxRecords < 1) throw new ProbeError('PROBE_E_SPOOL_READ', 'maxRecords must be an integer ≥ 1');
    const out: SpoolRecord[] = [];
    const limit = s.durableSeq;
    let want = afterSeq + 1n;
    let bytes = 0;
    let i = this.firstSegmentEndingAtOrAfter(s, want);
    while (i < s.segments.length && out.length < maxRecords && bytes < maxBytes && want <= limit) {
      const segment = s.segments[i++];
      if (segment.firstSeq > limit) break;
      if (segment.lastSeq < want) continue;
      const cursor = this.cursorAt(s, segment, want);
      if (!cursor) continue;
      cursor.reader.endOffset = segment.readableBytes;
      while (out.length < maxRecords && bytes < maxBytes) {
        const frame = cursor.reader.frameAt(cursor.offset);
        if (frame.kind === 'end') break;
        if (frame.kind === 'bad') {
          this.damagedWhileReading(s, segment, cursor);
          break;
        }
        if (frame.seq > limit) break;
        if (frame.seq >= want) {
          out.push({ seq: frame.seq, payload: new Uint8Array(frame.payload) });
          bytes += frame.payload.length;
          want = frame.seq + 1n;
        }
        cursor.offset += frame.frameBytes;
        cursor.nextSeq = frame.seq + 1n;
      }
    }
    return out;
  }

  /**
   * The collector's durable watermark for one stream: everything ≤ seq has been delivered.
   * Returns false, changing nothing but a counter, when the epoch is not this stream's (a
   * watermark from before a re-initialisation) or seq was never appended. Otherwise the
   * watermark is persisted and the segments it covers deleted by an asynchronous commit
   * (flush() waits for it).
   */
  ack(stream: SpoolStream, epoch: bigint, seq: bigint): boolean {
    this.assertOpen();
    const s = this.stream(stream);
    if (typeof epoch !== 'bigint' || typeof seq !== 'bigint' || seq < 0n) throw new ProbeError('PROBE_E_SPOOL_ACK', 'epoch and seq must be bigints, seq ≥ 0');
    if (epoch !== s.epoch) {
      s.staleAcksIgnored++;
      return false;
    }
    if (seq >= s.nextSeq) {
      s.futureAcksIgnored++;
      return false;
    }
    if (seq > s.ackedSeq) {
      s.ackedSeq = seq;
      this.scheduleCommit(s, 0);
    }
    return true;
  }

  /** Items (SpoolOptions.itemsOf) of a stream lost before acknowledgement: deleted for the
   *  quota or never written (disk error). Cheap, unlike stats(): a publisher reads it per batch. */
  droppedItems(stream: SpoolStream): number {
    const s = this.stream(stream);
    return s.droppedItems + s.ioDroppedItems;
  }

  /** The epoch of a stream (it goes into every published batch). */
  epoch(stream: SpoolStream): bigint {
    return this.stream(stream).epoch;
  }

  /** Makes everything appended so far durable and readable, and persists the watermarks. */
  async flush(): Promise<void> {
    this.assertOpen();
    await Promise.all(this.all().map((s) => this.commitNow(s)));
  }

  /** Flushes and releases the spool; further calls throw PROBE_E_SPOOL_CLOSED. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.all(this.all().map((s) => this.commitNow(s)));
    for (const s of this.all()) {
      for (const fd of s.retiredFds) closeQuietly(fd);
      s.retiredFds = [];
      if (s.activeFd >= 0) closeQuietly(s.activeFd);
      s.activeFd = -1;
      this.dropCursor(s);
      closeQuietly(s.dirFd);
      s.dirFd = -1;
    }
    openDirs.delete(this.dir);
  }

  stats(): SpoolStats {
    const nowMs = Date.now();
    const one = (s: StreamSpool): SpoolStreamStats => {
      let records = 0;
      let unacked = 0n;
      let oldestUnackedAgeMs: number | null = null;
      for (const seg of s.segments) {
        records += seg.records;
        if (seg.records > 0 && seg.lastSeq > s.ackedSeq) {
          const from = seg.firstSeq > s.ackedSeq ? seg.firstSeq : s.ackedSeq + 1n;
          unacked += seg.lastSeq - from + 1n;
          oldestUnackedAgeMs ??= Math.max(0, nowMs - seg.createdMs);
        }
      }
      return {
        epoch: s.epoch,
        nextSeq: s.nextSeq,
        durableSeq: s.durableSeq,
        ackedSeq: s.ackedSeq,
        records,
        unackedRecords: Number(unacked),
        bytes: s.bytes,
        segments: s.segments.length,
        oldestUnackedAgeMs,
        droppedRecords: s.droppedRecords,
        droppedBytes: s.droppedBytes,
        droppedItems: s.droppedItems,
        ioDroppedRecords: s.ioDroppedRecords,
        ioDroppedBytes: s.ioDroppedBytes,
        ioDroppedItems: s.ioDroppedItems,
        corruptBytes: s.corruptBytes,
        staleAcksIgnored: s.staleAcksIgnored,
        futureAcksIgnored: s.futureAcksIgnored,
        stateFileRecovered: s.stateFileRecovered,
        ioErrors: s.ioErrors,
        lastIoError: s.lastIoError,
      };
    };
    return {
      quotaBytes: this.quotaBytes,
      detectionsReserveBytes: this.detectionsReserveBytes,
      bytes: this.flows.bytes + this.detections.bytes,
      streams: { flows: one(this.flows), detections: one(this.detections) },
    };
  }

  // ---- opening and recovery ----

  private makeWritableDir(dir: string): void {
    try {
      mkdirSync(dir, { recursive: true, mode: 0o700 });
      accessSync(dir, fsConstants.W_OK | fsConstants.X_OK);
    } catch (e) {
      const code = errnoOf(e);
      const why = code === 'ENOTDIR' || code === 'EEXIST' ? 'is not a directory' : code === 'EACCES' || code === 'EPERM' || code === 'EROFS' ? 'is not writable' : 'cannot be created';
      throw new ProbeError('PROBE_E_SPOOL_DIR', `spool directory ${dir} ${why} (${code})`);
    }
  }

  private recover(s: StreamSpool): void {
    this.makeWritableDir(s.dir);
    s.dirFd = openSync(s.dir, 'r');
    try {
      unlinkSync(join(s.dir, STATE_TEMP_FILE)); // a state write interrupted by a crash
    } catch (e) {
      if (errnoOf(e) !== 'ENOENT') throw e;
    }
    const names: { name: string; firstSeq: bigint }[] = [];
    for (const name of readdirSync(s.dir)) {
      const firstSeq = parseSegmentFileName(name);
      if (firstSeq !== undefined) names.push({ name, firstSeq });
    }
    names.sort((a, b) => (a.firstSeq < b.firstSeq ? -1 : a.firstSeq > b.firstSeq ? 1 : 0));

    const state = readStateFile(s.dir);
    if (typeof state === 'object') {
      s.epoch = state.epoch;
      s.ackedSeq = state.ackedSeq;
    } else {
      // No usable state: take the epoch from the segments if any (their data keeps its
      // identity), else start a new stream. The watermark is unknown, so everything left is
      // sent again: duplicates, which the collector removes, rather than loss.
      s.stateFileRecovered = state === 'damaged' || names.length > 0;
      s.epoch = this.epochFromSegments(s, names) ?? randomEpoch();
      s.ackedSeq = 0n;
      writeStateFileSync(s.dir, s.dirFd, s.name, { epoch: s.epoch, ackedSeq: s.ackedSeq });
    }
    s.persistedAckedSeq = s.ackedSeq;

    let lastGoodSeq = 0n;
    let dirChanged = false;
    for (const { name, firstSeq } of names) {
      const path = join(s.dir, name);
      const segment = this.recoverSegment(s, path, firstSeq, lastGoodSeq);
      if (!segment || segment.lastSeq <= s.ackedSeq) {
        unlinkSync(path); // damaged beyond use, empty, or acknowledged before a crash
        dirChanged = true;
        continue;
      }
      s.segments.push(segment);
      s.bytes += segment.fileBytes;
      lastGoodSeq = segment.lastSeq;
    }
    if (dirChanged) fsyncSync(s.dirFd);
    s.nextSeq = (lastGoodSeq > s.ackedSeq ? lastGoodSeq : s.ackedSeq) + 1n;
    s.writtenSeq = s.nextSeq - 1n;
    // Everything recovered was fsynced above, so it is durable and may be published.
    s.durableSeq = s.writtenSeq;
  }

  private epochFromSegments(s: StreamSpool, names: { name: string }[]): bigint | undefined {
    const header = Buffer.alloc(SEGMENT_HEADER_BYTES);
    for (const { name } of names) {
      const fd = openSync(join(s.dir, name), 'r');
      try {
        const n = readSync(fd, header, 0, SEGMENT_HEADER_BYTES, 0);
        const decoded = n === SEGMENT_HEADER_BYTES ? decodeSegmentHeader(header) : undefined;
        if (decoded) return decoded.epoch;
      } finally {
        closeSync(fd);
      }
    }
    return undefined;
  }

  /**
   * Reads one segment through and truncates it after its last good record. Returns undefined
   * when nothing in it can be used (bad header, another epoch, out of order, no records).
   */
  private recoverSegment(s: StreamSpool, path: string, firstSeq: bigint, previousLastSeq: bigint): Segment | undefined {
    const fd = openSync(path, 'r+');
    try {
      const sizeBytes = fstatSync(fd).size;
      const reader = new FrameReader(fd, sizeBytes);
      const headerBytes = reader.bytesAt(0, SEGMENT_HEADER_BYTES);
      const header = headerBytes && decodeSegmentHeader(headerBytes);
      if (!header || header.epoch !== s.epoch || firstSeq <= previousLastSeq) {
        s.corruptBytes += sizeBytes;
        return undefined;
      }
      let offset = SEGMENT_HEADER_BYTES;
      let expected = firstSeq;
      let records = 0;
      let payloadBytes = 0;
      const items: number[] = [];
      for (;;) {
        const frame = reader.frameAt(offset);
        if (frame.kind !== 'record' || frame.seq !== expected) break;
        offset += frame.frameBytes;
        payloadBytes += frame.payload.length;
        items.push(this.itemsOf(frame.payload));
        records++;
        expected++;
      }
      if (offset < sizeBytes) {
        s.corruptBytes += sizeBytes - offset;
        ftruncateSync(fd, offset);
      }
      if (records === 0) return undefined;
      fsyncSync(fd); // a crashed process leaves its writes in the page cache: make them durable now
      return {
        firstSeq,
        lastSeq: expected - 1n,
        records,
        items,
        fileBytes: offset,
        payloadBytes,
        createdMs: header.createdMs,
        path,
        readableBytes: offset,
      };
    } finally {
      closeSync(fd);
    }
  }

  // ---- writing ----

  private createSegment(s: StreamSpool, firstSeq: bigint, nowMs: number): Segment {
    const path = join(s.dir, segmentFileName(firstSeq));
    // 'wx': a name is a seq, used once; an existing file means a bug, and is not overwritten
    const fd = openSync(path, 'wx', 0o600);
    try {
      const header = encodeSegmentHeader(s.epoch, nowMs);
      if (writeSync(fd, header, 0, header.length, 0) !== header.length) throw Object.assign(new Error('short write of a segment header'), { code: 'EIO' });
    } catch (e) {
      closeQuietly(fd);
      try {
        unlinkSync(path);
      } catch {
        // the error that matters is the one rethrown
      }
      throw e;
    }
    const segment: Segment = {
      firstSeq,
      lastSeq: firstSeq - 1n,
      records: 0,
      items: [],
      fileBytes: SEGMENT_HEADER_BYTES,
      payloadBytes: 0,
      createdMs: nowMs,
      path,
      readableBytes: SEGMENT_HEADER_BYTES,
    };
    s.segments.push(segment);
    s.activeFd = fd;
    s.activeBroken = false;
    s.bytes += SEGMENT_HEADER_BYTES;
    s.dirDirty = true;
    return segment;
  }

  /** The segment being written is finished: its descriptor waits for the next fsync. */
  private retireActive(s: StreamSpool): void {
    const segment = s.active();
    if (!segment) return;
    s.retiredFds.push(s.activeFd);
    s.activeFd = -1;
    if (segment.records === 0 || segment.lastSeq <= s.persistedAckedSeq) this.removeSegment(s, segment);
    if (s.fsyncIntervalMs > 0) this.scheduleCommit(s, s.fsyncIntervalMs);
  }

  private appendFailed(s: StreamSpool, segment: Segment | undefined, payloadBytes: number, items: number, e: unknown): void {
    s.noteIoError(e);
    s.ioDroppedRecords++;
    s.ioDroppedBytes += payloadBytes;
    s.ioDroppedItems += items;
    if (segment && s.activeFd >= 0) {
      // Cut off whatever part of the frame reached the file; the next append starts a new
      // segment, so seqs inside a segment stay consecutive.
      try {
        ftruncateSync(s.activeFd, segment.fileBytes);
      } catch {
        // recovery truncates it at the next open if this fails too
      }
      s.activeBroken = true;
    }
  }

  /**
   * Deletes oldest segments until `needBytes` more fit in the quota: flows first, detections
   * only when flows have nothing deletable and detections (with this append) exceed their
   * reserve.
   */
  private makeRoom(appending: StreamSpool, needBytes: number): void {
    const d = this.detections;
    while (this.flows.bytes + d.bytes + needBytes > this.quotaBytes) {
      let victim = this.flows.oldestDeletable();
      let owner = this.flows;
      if (!victim && d.bytes + (appending === d ? needBytes : 0) > this.detectionsReserveBytes) {
        victim = d.oldestDeletable();
        owner = d;
      }
      // Unreachable with the quota open() enforces; if it ever happens, the record is still
      // written (capture never waits) and the quota exceeded by it.
      if (!victim) return;
      this.countDropped(owner, victim);
      if (!this.removeSegment(owner, victim)) return;
    }
  }

  /** Counts the unacknowledged records of a segment about to be deleted for the quota. */
  private countDropped(s: StreamSpool, segment: Segment): void {
    if (segment.records === 0 || segment.lastSeq <= s.ackedSeq) return;
    const firstUnacked = segment.firstSeq > s.ackedSeq ? 0 : Number(s.ackedSeq + 1n - segment.firstSeq);
    for (let i = firstUnacked; i < segment.items.length; i++) s.droppedItems += segment.items[i];
    if (segment.firstSeq > s.ackedSeq) {
      s.droppedRecords += segment.records;
      s.droppedBytes += segment.payloadBytes;
      return;
    }
    // Partly acknowledged: the payload bytes above the watermark are found by walking the
    // frame headers (rare: only the oldest segment can be in this state).
    s.droppedRecords += Number(segment.lastSeq - s.ackedSeq);
    let ackedPayloadBytes = 0;
    let fd = -1;
    try {
      fd = openSync(segment.path, 'r');
      const reader = new FrameReader(fd, segment.readableBytes);
      let offset = SEGMENT_HEADER_BYTES;
      for (;;) {
        const frame = reader.frameAt(offset);
        if (frame.kind !== 'record' || frame.seq > s.ackedSeq) break;
        ackedPayloadBytes += frame.payload.length;
        offset += frame.frameBytes;
      }
    } catch (e) {
      s.noteIoError(e);
    } finally {
      if (fd >= 0) closeQuietly(fd);
    }
    s.droppedBytes += segment.payloadBytes - ackedPayloadBytes;
  }

  /** Deletes a segment file and forgets it; false if the file could not be deleted. */
  private removeSegment(s: StreamSpool, segment: Segment): boolean {
    try {
      unlinkSync(segment.path);
    } catch (e) {
      if (errnoOf(e) !== 'ENOENT') {
        s.noteIoError(e);
        return false;
      }
    }
    const i = s.segments.indexOf(segment);
    if (i >= 0) s.segments.splice(i, 1);
    s.bytes -= segment.fileBytes;
    if (s.cursor?.segment === segment) this.dropCursor(s);
    return true;
  }

  // ---- durability ----

  /** fsync in the append itself (fsyncIntervalMs 0): the record is durable when append returns. */
  private syncNow(s: StreamSpool): void {
    try {
      for (const fd of s.retiredFds) fsyncSync(fd);
      if (s.activeFd >= 0) fsyncSync(s.activeFd);
      if (s.dirDirty) {
        s.dirDirty = false;
        fsyncSync(s.dirFd);
      }
    } catch (e) {
      // The data is still in the page cache; publishing it is its best chance (see commit()).
      s.noteIoError(e);
    }
    // An asynchronous commit may be syncing one of these descriptors right now: it is left
    // for that commit's successor to close.
    if (!s.committing) {
      for (const fd of s.retiredFds) closeQuietly(fd);
      s.retiredFds = [];
    }
    this.advanceDurable(s, s.writtenSeq);
  }

  private advanceDurable(s: StreamSpool, seq: bigint): void {
    if (seq <= s.durableSeq) return;
    s.durableSeq = seq;
    const onDurable = this.onDurable;
    if (onDurable) queueMicrotask(() => onDurable(s.name, seq));
  }

  /** Arms the commit timer to fire within delayMs (an earlier deadline wins). */
  private scheduleCommit(s: StreamSpool, delayMs: number): void {
    if (this.closed || s.committing) return; // a running commit re-checks when it ends
    const dueMs = Date.now() + delayMs;
    if (s.timer) {
      if (dueMs >= s.timerDueMs) return;
      clearTimeout(s.timer);
    }
    s.timerDueMs = dueMs;
    s.timer = setTimeout(() => {
      s.timer = undefined;
      void this.commit(s);
    }, delayMs);
    s.timer.unref(); // the agent closes the spool on shutdown; a timer must not keep it alive
  }

  /** Waits for a running commit, then runs one covering everything appended until now. */
  private async commitNow(s: StreamSpool): Promise<void> {
    if (s.timer) {
      clearTimeout(s.timer);
      s.timer = undefined;
    }
    while (s.committing) await s.committing;
    await this.commit(s);
  }

  /**
   * Group commit: fsync the segments written since the last one (off the event loop), then
   * persist a new watermark and delete the segments it covers. One at a time per stream.
   */
  private commit(s: StreamSpool): Promise<void> {
    if (s.committing) return s.committing;
    const run = async (): Promise<void> => {
      const targetSeq = s.writtenSeq;
      const retired = s.retiredFds.splice(0);
      const activeFd = s.activeFd;
      const dirDirty = s.dirDirty;
      s.dirDirty = false;
      try {
        for (const fd of retired) await fsyncAsync(fd);
        if (activeFd >= 0 && targetSeq > s.durableSeq) await fsyncAsync(activeFd);
        if (dirDirty) await fsyncAsync(s.dirFd);
      } catch (e) {
        // Linux may have dropped the dirty pages it failed to write; nothing here can bring
        // them back. The error is kept for status, and the records are still published:
        // the page cache copy is their best chance of reaching the collector.
        s.noteIoError(e);
      }
      for (const fd of retired) closeQuietly(fd);
      this.advanceDurable(s, targetSeq);
      const ackedSeq = s.ackedSeq;
      if (ackedSeq !== s.persistedAckedSeq) {
        try {
          await writeStateFile(s.dir, s.dirFd, s.name, { epoch: s.epoch, ackedSeq });
          s.persistedAckedSeq = ackedSeq;
          s.stateWriteFailed = false;
        } catch (e) {
          s.noteIoError(e);
          s.stateWriteFailed = true;
        }
      }
      // Only now that the watermark is on disk: see the top of this file.
      for (let seg = s.oldestDeletable(); seg && seg.lastSeq <= s.persistedAckedSeq; seg = s.oldestDeletable()) {
        if (!this.removeSegment(s, seg)) break;
      }
    };
    s.committing = run().finally(() => {
      s.committing = undefined;
      // a failed state write (disk full) is retried once a second, not in a tight loop
      if (s.ackedSeq !== s.persistedAckedSeq) this.scheduleCommit(s, s.stateWriteFailed ? STATE_RETRY_MS : 0);
      else if (s.writtenSeq > s.durableSeq || s.retiredFds.length > 0 || s.dirDirty) this.scheduleCommit(s, s.fsyncIntervalMs);
    });
    return s.committing;
  }

  // ---- reading ----

  private firstSegmentEndingAtOrAfter(s: StreamSpool, seq: bigint): number {
    let lo = 0;
    let hi = s.segments.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (s.segments[mid].lastSeq < seq) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** A cursor in `segment` at or before the first record with seq ≥ want. */
  private cursorAt(s: StreamSpool, segment: Segment, want: bigint): ReadCursor | undefined {
    const c = s.cursor;
    if (c && c.segment === segment && c.nextSeq <= want) return c; // the publisher's next read goes on from here
    this.dropCursor(s);
    let fd: number;
    try {
      fd = openSync(segment.path, 'r');
    } catch (e) {
      s.noteIoError(e);
      return undefined;
    }
    s.cursor = { segment, reader: new FrameReader(fd, segment.readableBytes), offset: SEGMENT_HEADER_BYTES, nextSeq: segment.firstSeq };
    return s.cursor;
  }

  private dropCursor(s: StreamSpool): void {
    if (s.cursor) closeQuietly(s.cursor.reader.fd);
    s.cursor = undefined;
  }

  /**
   * A record that passed its check at open (or was written by us) fails it now: the disk
   * changed under us. The rest of the segment is unreadable: counted, and given up.
   */
  private damagedWhileReading(s: StreamSpool, segment: Segment, cursor: ReadCursor): void {
    s.corruptBytes += segment.readableBytes - cursor.offset;
    segment.readableBytes = cursor.offset;
    const lastReadable = cursor.nextSeq - 1n;
    if (segment.lastSeq > lastReadable) {
      segment.records -= Number(segment.lastSeq - lastReadable);
      segment.items.length = segment.records;
      segment.lastSeq = lastReadable;
    }
    if (segment === s.active()) s.activeBroken = true;
  }

  // ---- helpers ----

  private all(): StreamSpool[] {
    return [this.flows, this.detections];
  }

  private stream(name: SpoolStream): StreamSpool {
    if (name === 'flows') return this.flows;
    if (name === 'detections') return this.detections;
    throw new ProbeError('PROBE_E_SPOOL_STREAM', `unknown spool stream "${String(name)}" (flows, detections)`);
  }

  private assertOpen(): void {
    if (this.closed) throw new ProbeError('PROBE_E_SPOOL_CLOSED', `spool ${this.dir} is closed`);
  }
}

function closeQuietly(fd: number): void {
  try {
    closeSync(fd);
  } catch {
    // closing is best effort: the descriptor is forgotten either way
  }
}
