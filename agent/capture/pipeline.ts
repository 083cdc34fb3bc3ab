// The data path on the main thread's side: open the source (native), create one ring and one
// shard worker per shard, collect what the workers emit, and report how it went.
//
// The main thread never touches a packet: the native thread fills the rings, the workers
// drain them. Here we only pass encoded record batches on and add up counters.

import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { addon, type CaptureSource, type CaptureStats, type NativeCapture } from './native.js';
import { createRing } from './ring.js';
import type { ShardConfig, ShardMessage } from '../flow/shard-worker.js';
import { COUNTER_SLOTS, readCounters, type AccountingCounters } from '../flow/accounting.js';
import type { OutputFormat } from '../flow/output.js';
import type { RunSummary } from '../flow/json.js';
import { L7_DEFAULTS, PRIVACY_DEFAULTS, type PrivacyPolicy } from '../l7/options.js';
import { NameCache } from '../l7/name-cache.js';

export interface FlowOptions {
  /** Shard workers; default: one per CPU but one (the capture thread needs a core). */
  workers?: number;
  idleTimeoutMs?: number;
  activeTimeoutMs?: number;
  closeDelayMs?: number;
  /** Flows held at most (all shards together). */
  maxFlows?: number;
  filter?: string;
  /** The application layer (agent/l7/); on unless enabled is false. */
  l7?: L7Settings;
}

export interface L7Settings {
  enabled?: boolean;
  /** Flows in analysis at once, all shards together. */
  maxFlows?: number;
  /** Client → server address names the probe remembers from DNS answers. */
  nameCacheEntries?: number;
  privacy?: Partial<PrivacyPolicy>;
}

/** More worker deaths than this in one run is a bug to fix, not to paper over. */
const MAX_WORKER_RESTARTS = 10;

export const FLOW_DEFAULTS = {
  idleTimeoutMs: 30_000,
  activeTimeoutMs: 300_000,
  closeDelayMs: 5_000,
  maxFlows: 2_000_000,
  ringBytes: 16 << 20,
  // Records per output batch (a batch also goes out after batchDelayMs). A batch becomes one
  // spool record and one MQTT message: 2048 records (~300 KB) carry export at 550–650 k
  // flows/s through mosquitto on the 2-core appliance, where 512 managed 400–500 k.
  batchRecords: 2048,
  batchDelayMs: 200,
} as const;

export interface PipelineOptions extends FlowOptions {
  source: CaptureSource;
  format: OutputFormat;
  /** Receives encoded batches in order per shard; a returned promise holds back further batches until it settles. */
  onOutput: (data: Uint8Array | string, records: number) => void | Promise<void>;
}

export class Pipeline {
  readonly capture: NativeCapture;
  private readonly workers: Worker[] = [];
  private readonly configs: ShardConfig[] = [];
  /** Counters of shard workers that died (their counts still belong in the totals). */
  private readonly retired: AccountingCounters[] = [];
  private readonly events: string[] = [];
  private restarts = 0;
  private flowsLost = 0;
  private readonly control: SharedArrayBuffer;
  private readonly opts: PipelineOptions;
  private readonly startedAt = Date.now();
  private stopped = false;

  /** Opens the source; throws coded errors (PROBE_E_*) before any thread starts. */
  constructor(opts: PipelineOptions) {
    this.opts = opts;
    // Default: a shard worker per core but one. The capture thread is busy too (reading,
    // hashing and copying every packet), and so is V8's compiler early on; on the 2-core
    // appliance one worker finishes a 3 M-packet trace in 2.4 s where two need 2.8 s.
    const shards = Math.max(1, Math.min(64, opts.workers ?? availableParallelism() - 1));
    const rings = Array.from({ length: shards }, () => createRing(FLOW_DEFAULTS.ringBytes));
    this.control = new SharedArrayBuffer(4 * shards); // per shard: output batches in flight
    const options = { ...opts.source, rings: rings.map((r) => new Uint8Array(r)), filter: opts.filter };
    this.capture = new addon.Capture(options);
    const maxFlows = opts.maxFlows ?? FLOW_DEFAULTS.maxFlows;
    const idGeneration = Math.floor(Date.now() / 1000);
    const l7 = opts.l7 ?? {};
    const l7On = l7.enabled !== false;
    const privacy = { ...PRIVACY_DEFAULTS, ...l7.privacy };
    const names = l7On && privacy.serverName ? new NameCache(l7.nameCacheEntries ?? L7_DEFAULTS.nameCacheEntries).sab : null;
    for (let shard = 0; shard < shards; shard++) {
      this.configs.push({
        ring: rings[shard],
        control: this.control,
        counters: new SharedArrayBuffer(8 * COUNTER_SLOTS),
        shard,
        shards,
        live: opts.source.mode === 'live',
        format: opts.format,
        capacity: Math.ceil(maxFlows / shards),
        idleTimeoutMs: opts.idleTimeoutMs ?? FLOW_DEFAULTS.idleTimeoutMs,
        activeTimeoutMs: opts.activeTimeoutMs ?? FLOW_DEFAULTS.activeTimeoutMs,
        closeDelayMs: opts.closeDelayMs ?? FLOW_DEFAULTS.closeDelayMs,
        idGeneration,
        batchRecords: FLOW_DEFAULTS.batchRecords,
        batchDelayMs: FLOW_DEFAULTS.batchDelayMs,
        l7: l7On
          ? { maxFlows: Math.ceil((l7.maxFlows ?? L7_DEFAULTS.maxFlows) / shards), privacy, names }
          : null,
      });
      this.spawn(shard);
    }
  }

  /** Runs until the source ends (trace files) or stop() is called (live); resolves the summary. */
  run(): Promise<RunSummary> {
    const done = this.workers.map((_, shard) => new Promise<void>((resolve, reject) => this.supervise(shard, resolve, reject)));
    this.capture.start();
    return Promise.all(done).then(
      () => {
        this.capture.close();
        return this.summary();
      },
      (e) => {
        this.capture.stop();
        for (const w of this.workers) void w.terminate();
        this.capture.close();
        throw e;
      },
    );
  }

  /** The worker threads, one per shard (a crashed one is replaced in place). */
  workerThreads(): readonly Worker[] {
    return this.workers;
  }

  private spawn(shard: number): void {
    new Float64Array(this.configs[shard].counters).fill(0);
    this.workers[shard] = new Worker(new URL('../flow/shard-worker.js', import.meta.url), { workerData: this.configs[shard] });
  }

  /**
   * Relays one shard worker's messages, and replaces it if it dies before the end. Its ring
   * lives in shared memory with the read position in it, so the packets not yet read survive
   * and the replacement goes on from there; the flows the dead worker held are lost, and
   * counted (from its counters in shared memory, current to its last batch).
   */
  private supervise(shard: number, resolve: () => void, reject: (e: Error) => void): void {
    const w = this.workers[shard];
    let finished = false;
    let failure = '';
    w.on('message', (m: ShardMessage) => {
      if (m.type === 'output') {
        const wait = this.opts.onOutput(m.data, m.records);
        if (wait) void wait.then(() => this.delivered(shard), () => this.delivered(shard));
        else this.delivered(shard);
      } else {
        finished = true;
      }
    });
    w.on('error', (e) => (failure = e.message));
    w.on('exit', (code) => {
      if (finished) return resolve();
      const last = this.shardCounters(shard);
      this.retired.push(last);
      this.restarts++;
      const lost = last.activeFlows + last.unsentRecords;
      this.flowsLost += lost;
      this.events.push(`shard worker ${shard} died (${failure || `exit code ${code}`}); restarted, ${lost} open or unsent flows lost`);
      if (this.restarts > MAX_WORKER_RESTARTS) {
        reject(Object.assign(new Error(`shard workers died ${this.restarts} times; giving up: ${failure || `exit code ${code}`}`), { code: 'PROBE_E_WORKER' }));
        return;
      }
      // A new flow id generation, so the replacement's ids cannot repeat the dead worker's.
      const cfg = this.configs[shard];
      cfg.idGeneration = Math.max(Math.floor(Date.now() / 1000), cfg.idGeneration + 1);
      // Batches it counted as in flight may never arrive; the replacement starts from zero.
      Atomics.store(new Int32Array(this.control), shard, 0);
      this.spawn(shard);
      this.supervise(shard, resolve, reject);
    });
  }

  /** Ends the capture (live: on a signal; trace files: early, e.g. the reader went away). The
   *  native thread drains and stops, workers flush what they hold (reason forced). */
  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    this.capture.stop();
  }

  /** One output batch of `shard` is out of our hands: its worker, if waiting for room, may go on. */
  private delivered(shard: number): void {
    const c = new Int32Array(this.control);
    Atomics.sub(c, shard, 1);
    Atomics.notify(c, shard);
  }

  stats(): CaptureStats {
    return this.capture.stats();
  }

  /** A shard's counters as its worker last wrote them (after its latest batch). */
  shardCounters(shard: number): AccountingCounters {
    return readCounters(new Float64Array(this.configs[shard].counters));
  }

  /** Flows held in memory now: open in the tables, or ended and not yet handed over. */
  openFlows(): number {
    let n = 0;
    for (let shard = 0; shard < this.configs.length; shard++) {
      const c = this.shardCounters(shard);
      n += c.activeFlows + c.unsentRecords;
    }
    return n;
  }

  summary(): RunSummary {
    const cap = this.capture.stats();
    const s = [...this.configs.map((_, shard) => this.shardCounters(shard)), ...this.retired];
    const malformed: Record<string, number> = {};
    for (const st of s) for (const [k, v] of Object.entries(st.malformed)) malformed[k] = (malformed[k] ?? 0) + v;
    const sum = (f: (x: AccountingCounters) => number) => s.reduce((a, x) => a + f(x), 0);
    const elapsedMs = Date.now() - this.startedAt;
    const packets = sum((x) => x.packets);
    return {
      packets,
      frameBytes: sum((x) => x.frameBytes),
      records: sum((x) => x.records),
      flows: sum((x) => x.flowsCreated),
      nonIp: sum((x) => x.nonIp),
      malformed,
      fragmentsWithoutFirst: sum((x) => x.fragmentsWithoutFirst),
      evicted: sum((x) => x.evicted),
      l7Analyzed: sum((x) => x.l7Analyzed),
      l7OverBudget: sum((x) => x.l7OverBudget),
      l7Oversize: sum((x) => x.l7Oversize),
      kernelDrops: cap.kernelDrops,
      ifDrops: cap.ifDrops,
      ringDrops: cap.ringDrops,
      workerRestarts: this.restarts,
      flowsLostInRestarts: this.flowsLost,
      warnings: [...cap.warnings, ...this.events],
      elapsedMs,
      packetsPerSecond: elapsedMs > 0 ? Math.round((packets * 1000) / elapsedMs) : 0,
    };
  }
}
