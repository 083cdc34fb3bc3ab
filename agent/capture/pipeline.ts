// The data path on the main thread's side: open the source (native), create one ring and one
// shard worker per shard, collect what the workers emit, and report how it went.
//
// The main thread never touches a packet: the native thread fills the rings, the workers
// drain them. Here we only pass encoded record batches on and add up counters.

import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { addon, type CaptureSource, type CaptureStats, type NativeCapture } from './native.js';
import { createRing } from './ring.js';
import type { ShardConfig, ShardMessage, ShardStats } from '../flow/shard-worker.js';
import type { OutputFormat } from '../flow/output.js';
import type { RunSummary } from '../flow/json.js';

export interface FlowOptions {
  /** Shard workers; default: one per CPU but one (the capture thread needs a core). */
  workers?: number;
  idleTimeoutMs?: number;
  activeTimeoutMs?: number;
  closeDelayMs?: number;
  /** Flows held at most (all shards together). */
  maxFlows?: number;
  filter?: string;
}

export const FLOW_DEFAULTS = {
  idleTimeoutMs: 30_000,
  activeTimeoutMs: 300_000,
  closeDelayMs: 5_000,
  maxFlows: 2_000_000,
  ringBytes: 16 << 20,
  batchRecords: 512,
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
  private readonly shardStats: ShardStats[] = [];
  private readonly control = new SharedArrayBuffer(4);
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
    const options = { ...opts.source, rings: rings.map((r) => new Uint8Array(r)), filter: opts.filter };
    this.capture = new addon.Capture(options);
    const maxFlows = opts.maxFlows ?? FLOW_DEFAULTS.maxFlows;
    const idGeneration = Math.floor(Date.now() / 1000);
    for (let shard = 0; shard < shards; shard++) {
      const cfg: ShardConfig = {
        ring: rings[shard],
        control: this.control,
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
      };
      this.workers.push(new Worker(new URL('../flow/shard-worker.js', import.meta.url), { workerData: cfg }));
      this.shardStats.push(emptyStats(shard));
    }
  }

  /** Runs until the source ends (trace files) or stop() is called (live); resolves the summary. */
  run(): Promise<RunSummary> {
    const done = this.workers.map(
      (w, shard) =>
        new Promise<void>((resolve, reject) => {
          let finished = false;
          w.on('message', (m: ShardMessage) => {
            if (m.type === 'output') {
              const wait = this.opts.onOutput(m.data, m.records);
              if (wait) void wait.then(() => this.delivered(), () => this.delivered());
              else this.delivered();
            } else {
              this.shardStats[shard] = m.stats;
              if (m.type === 'done') finished = true;
            }
          });
          w.on('error', (e) => reject(Object.assign(new Error(`shard worker ${shard} failed: ${e.message}`), { code: 'PROBE_E_WORKER', cause: e })));
          w.on('exit', (code) => {
            if (finished) resolve();
            else reject(Object.assign(new Error(`shard worker ${shard} exited (${code}) before the end of the source`), { code: 'PROBE_E_WORKER' }));
          });
        }),
    );
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

  /** Ends a live capture: the native thread drains and stops, workers flush (reason forced). */
  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    this.capture.stop();
  }

  /** One output batch is out of our hands: a worker waiting for room may go on. */
  private delivered(): void {
    const c = new Int32Array(this.control);
    Atomics.sub(c, 0, 1);
    Atomics.notify(c, 0);
  }

  stats(): CaptureStats {
    return this.capture.stats();
  }

  summary(): RunSummary {
    const cap = this.capture.stats();
    const s = this.shardStats;
    const malformed: Record<string, number> = {};
    for (const st of s) for (const [k, v] of Object.entries(st.malformed)) malformed[k] = (malformed[k] ?? 0) + v;
    const sum = (f: (x: ShardStats) => number) => s.reduce((a, x) => a + f(x), 0);
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
      kernelDrops: cap.kernelDrops,
      ifDrops: cap.ifDrops,
      ringDrops: cap.ringDrops,
      warnings: cap.warnings,
      elapsedMs,
      packetsPerSecond: elapsedMs > 0 ? Math.round((packets * 1000) / elapsedMs) : 0,
    };
  }
}

function emptyStats(shard: number): ShardStats {
  return {
    shard, packets: 0, frameBytes: 0, nonIp: 0, malformed: {}, fragmentsWithoutFirst: 0,
    flowsCreated: 0, evicted: 0, records: 0, activeFlows: 0,
  };
}
