// Shard worker: drains its ring (packets from the native capture thread), decodes each packet
// in place, accounts it in its own flow table and sends finished records to the main thread.
// Live capture and trace files take exactly this path; only the clock differs (see run()).
//
// This is a plain worker_thread, not a piscina task: it owns long-lived state (the flow
// table) that every packet of its flows must reach, and piscina can neither pin work to one
// worker nor keep a worker running between tasks.
//
// Threading: the worker never shares flow state. It sleeps in the native waitForData() when
// the ring is empty (a futex the capture thread rings), so it needs no event loop while
// running; messages to the main thread are posted, never awaited.

import { parentPort, workerData } from 'node:worker_threads';
import { addon } from '../capture/native.js';
import { RECORD_HEADER, RING_DATA, RING_EOF, RING_HEAD, RING_TAIL } from '../capture/ring.js';
import { END_FORCED, type FlowSink } from './table.js';
import { FlowAccounting } from './accounting.js';
import type { OutputFormat } from './output.js';
import { BatchEncoder } from './encode.js';
import { NameCache } from '../l7/name-cache.js';
import type { L7Options } from '../l7/options.js';

export interface ShardConfig {
  ring: SharedArrayBuffer;
  /** Word [shard]: output batches this shard posted that the main thread has not written yet. */
  control: SharedArrayBuffer;
  /** This shard's counters (COUNTER_SLOTS float64s, see accounting.ts), kept current by the worker. */
  counters: SharedArrayBuffer;
  shard: number;
  shards: number;
  live: boolean;
  format: OutputFormat;
  capacity: number;
  idleTimeoutMs: number;
  activeTimeoutMs: number;
  closeDelayMs: number;
  idGeneration: number;
  batchRecords: number;
  /** Live only: longest a record waits in a batch before it is sent (ms). */
  batchDelayMs: number;
  /** The application layer, null when off; `names` is the probe's DNS name cache (shared). */
  l7: (Omit<L7Options, 'names'> & { names: SharedArrayBuffer | null }) | null;
}

export type ShardMessage = { type: 'output'; data: Uint8Array | string; records: number } | { type: 'done' };

const cfg = workerData as ShardConfig;
const port = parentPort!;

const ring8 = new Uint8Array(cfg.ring);
const ring32 = new Uint32Array(cfg.ring);
const ctl32 = new Int32Array(cfg.ring, 0, 32);
const dataMask = cfg.ring.byteLength - RING_DATA - 1;
const control = new Int32Array(cfg.control);
const counters = new Float64Array(cfg.counters);

// JSON and text are renderings of the decoded protobuf; the decoder is loaded only for them.
const render = cfg.format === 'pb' ? null : (await import('./output.js')).renderBatch;
let pendingCount = 0;
let pendingSince = 0;

const sink: FlowSink = {
  emit(t, slot, reason) {
    if (pendingCount === 0) pendingSince = Date.now();
    encoder.add(t, slot, reason);
    if (++pendingCount >= cfg.batchRecords) flush();
  },
};

const accounting = new FlowAccounting(
  {
    capacity: cfg.capacity,
    idleTimeoutUs: cfg.idleTimeoutMs * 1000,
    activeTimeoutUs: cfg.activeTimeoutMs * 1000,
    closeDelayUs: cfg.closeDelayMs * 1000,
    shard: cfg.shard,
    shards: cfg.shards,
    idGeneration: cfg.idGeneration,
  },
  sink,
  // The analyzers load only when the layer is on.
  cfg.l7 && new (await import('../l7/engine.js')).L7Engine({ ...cfg.l7, names: cfg.l7.names && new NameCache(cfg.l7.names) }),
);
const encoder = new BatchEncoder(accounting.l7);
const table = accounting.table;
const pkt = accounting.pkt;

// Bound on batches in flight to the main thread. Offline, a slow reader of our output (a pipe
// to a slow consumer) makes us wait here, the capture thread then waits on our full ring, and
// nothing is dropped or piled up in memory. Live, we never wait: capture must go on.
const MAX_BATCHES_IN_FLIGHT = 64;

function flush(): void {
  if (pendingCount === 0) return;
  if (!cfg.live) {
    let n: number;
    while ((n = Atomics.load(control, cfg.shard)) >= MAX_BATCHES_IN_FLIGHT) Atomics.wait(control, cfg.shard, n, 100);
  }
  Atomics.add(control, cfg.shard, 1);
  const bytes = encoder.finish();
  const data = render ? render(bytes, cfg.format === 'json' ? 'json' : 'text') : bytes;
  // Copied, never transferred: transferring detaches an ArrayBuffer, and the first detach in
  // an isolate invalidates V8's "no ArrayBuffer was ever detached" guarantee. Every optimized
  // function that reads a typed array is then thrown away at once (the whole packet path, just
  // as it got fast) and recompiled with a detach check on each access. Copying a batch
  // (~50 KB) costs far less than that.
  const msg: ShardMessage = { type: 'output', data, records: pendingCount };
  port.postMessage(msg);
  pendingCount = 0;
  accounting.writeCounters(counters, 0); // what a crash from here on would lose is current
}

const EXPIRE_EVERY = 1024;
const WIRE_LEN_CAP = 0x3fffffff;
const LIVE_CLOCK_SLACK_US = 250_000;
let tail = Atomics.load(ctl32, RING_TAIL >> 2) >>> 0;

/**
 * Accounts the records from `tail` up to `head` (at most EXPIRE_EVERY of them) and returns how
 * many. This is the hot loop, kept apart from run()'s rare branches (stats, sleeping, the end):
 * V8 compiles it together with everything it inlines, and a branch first taken after that
 * compilation would throw the compiled code away.
 */
function drain(head: number): number {
  // The read position lives in a local here: positions run up to 2^32, and a module variable
  // holding a number above V8's small-integer range (2^30) would be a new heap number on every
  // store, i.e. an allocation per packet.
  let pos = tail;
  let n = 0;
  while (pos !== head && n < EXPIRE_EVERY) {
    const at = RING_DATA + (pos & dataMask);
    const w = at >> 2;
    const recLen = ring32[w];
    // A length of 0 marks the end of the data: the next record is at the start of the ring.
    // The distance there is computed for every record, so that the first wrap (16 MB into the
    // trace) takes no arithmetic this compiled loop has not seen yet: V8 would discard it.
    const toEnd = dataMask + 1 - (pos & dataMask);
    if (recLen !== 0) {
      // record header: recLen, capLen, wireLen, linkType, tsSec, tsUsec (native/ring.h)
      pkt.ts = ring32[w + 4] * 1e6 + ring32[w + 5];
      // A corrupt trace can record any 32-bit wire length. Held below 2^30 (still far beyond
      // MAX_FRAME_BYTES, so the frame counts as frame_bad_length all the same) it stays a small
      // integer: the first one above would discard the compiled packet path.
      const wireLen = ring32[w + 2];
      accounting.packet(ring8, at + RECORD_HEADER, ring32[w + 1], wireLen < WIRE_LEN_CAP ? wireLen : WIRE_LEN_CAP, ring32[w + 3] & 0xffff);
      n++;
    }
    pos = (pos + (recLen !== 0 ? recLen : toEnd)) >>> 0;
  }
  tail = pos;
  return n;
}

/** Drains the ring until the source has ended and everything in it is accounted. */
function run(): void {
  for (;;) {
    const head = Atomics.load(ctl32, RING_HEAD >> 2) >>> 0;
    let n = 0;
    while (tail !== head) {
      n += drain(head);
      table.expire(table.clock);
      // Counters first, then the read position: a replacement for this worker (if it dies
      // now) re-reads at most this one batch, and the counters cover everything before it.
      accounting.writeCounters(counters, pendingCount);
      Atomics.store(ctl32, RING_TAIL >> 2, tail | 0); // hand space back to the producer
    }
    if (cfg.live && pendingCount > 0 && Date.now() - pendingSince >= cfg.batchDelayMs) flush();
    if (n === 0) {
      if (Atomics.load(ctl32, RING_EOF >> 2) === 1 && (Atomics.load(ctl32, RING_HEAD >> 2) >>> 0) === tail) break;
      if (!addon.waitForData(ring8, 100) && cfg.live) {
        // A quiet link: packet time would stand still, so let the wall clock move it. Our ring
        // is empty here; packets can only still sit in a kernel block not yet retired (block
        // timeout 20 ms) or in the capture thread's poll (100 ms): 250 ms covers both.
        table.expire(Date.now() * 1000 - LIVE_CLOCK_SLACK_US);
      }
    }
  }
}

run();
table.flushAll(END_FORCED);
flush();
accounting.writeCounters(counters, 0);
port.postMessage({ type: 'done' } satisfies ShardMessage);
