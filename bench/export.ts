// Export throughput: flow records encoded by our shard worker, appended to the spool, published
// over MQTT 5 + mutual TLS to a local mosquitto (the embedded one) and acknowledged by a
// collector stand-in (bench/acker.ts, another process), until the probe's watermark covers
// every batch. Figures, not a pass mark. DESIGN.md §6: at least 500 k flows/s.

import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { startEmbedded } from '../agent/export/embedded.js';
import { Exporter } from '../agent/export/exporter.js';
import { readVarint } from '../agent/export/messages.js';
import { readTlsFiles } from '../agent/export/mqtt-options.js';
import { FlowAccounting } from '../agent/flow/accounting.js';
import { BatchEncoder } from '../agent/flow/encode.js';
import { FRAME_LEN, flowEndpoints, genFlowsTrace, udpFrame } from './gen-flows.js';
import { AGENT_MAIN, REPO_ROOT } from './paths.js';

export interface ExportThroughput {
  flows: number;
  batches: number;
  bytes: number;
  seconds: number;
  flowsPerS: number;
  mibPerS: number;
  /** `probe-agent read --pb` of the same trace (capture, flow table, encoding), for scale. */
  readSeconds: number;
  /** The shard worker's encoder alone: records written from table slots into 2048-record batches
   *  (the second of two runs: a worker's encoder is optimised code after its first batches). */
  encodeRecordsPerS: number;
}

/** Fills a flow table with `flows` bidirectional UDP flows, then times encoding all of them. */
function measureEncode(flows: number): number {
  const enc = new BatchEncoder();
  let pending = 0;
  const acc = new FlowAccounting(
    { capacity: flows, idleTimeoutUs: 600e6, activeTimeoutUs: 600e6, closeDelayUs: 5e6, shard: 0, shards: 1, idGeneration: 1 },
    {
      emit: (t, slot, reason) => {
        enc.add(t, slot, reason);
        if (++pending === 2048) {
          enc.finish();
          pending = 0;
        }
      },
    },
  );
  const frame = Buffer.alloc(FRAME_LEN);
  for (let i = 0; i < flows; i++) {
    const f = flowEndpoints(i);
    for (const fromClient of [true, false]) {
      if (fromClient) udpFrame(frame, f.client, f.sport, f.server, f.dport, true);
      else udpFrame(frame, f.server, f.dport, f.client, f.sport, false);
      acc.pkt.ts = 1_700_000_000_000_000 + i;
      acc.packet(frame, 0, FRAME_LEN, FRAME_LEN, 1);
    }
  }
  const t0 = performance.now();
  acc.table.flushAll(4);
  enc.finish();
  return Math.round(flows / ((performance.now() - t0) / 1000));
}

/** Length-delimited FlowBatch messages → [body, records] (records = field-1 entries). */
function splitBatches(out: Buffer): [Uint8Array, number][] {
  const batches: [Uint8Array, number][] = [];
  for (let p = 0; p < out.length; ) {
    const [len, start] = readVarint(out, p);
    const body = out.subarray(start, start + len);
    let records = 0;
    for (let q = 0; q < body.length; records++) {
      const [n, at] = readVarint(body, q + 1); // tag 0x0a, then the record's length
      q = at + n;
    }
    batches.push([body, records]);
    p = start + len;
  }
  return batches;
}

export async function measureExport(flows: number): Promise<ExportThroughput> {
  const trace = genFlowsTrace({ flows, tailPackets: 0 });
  const readStarted = performance.now();
  const read = spawnSync(process.execPath, [AGENT_MAIN, 'read', trace.path, '--pb'], { maxBuffer: 1 << 30, timeout: 120_000 });
  const readSeconds = (performance.now() - readStarted) / 1000;
  if (read.status !== 0) throw new Error(`probe-agent read failed: ${read.stderr}`);
  const batches = splitBatches(read.stdout);
  const total = batches.reduce((a, [, n]) => a + n, 0);
  const bytes = batches.reduce((a, [b]) => a + b.length, 0);

  const dir = mkdtempSync(join(tmpdir(), 'probe-bench-export-'));
  const embedded = await startEmbedded(join(dir, 'embedded'), { probeId: 'bench' });
  const acker = spawn(process.execPath, [join(REPO_ROOT, 'dist', 'bench', 'acker.js'), embedded.infoPath], { stdio: ['ignore', 'pipe', 'inherit'] });
  let exporter: Exporter | undefined;
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('acker did not subscribe within 20 s')), 20_000);
      createInterface({ input: acker.stdout }).on('line', (l) => {
        if (l === 'ready') {
          clearTimeout(timer);
          resolve();
        }
      });
    });
    exporter = Exporter.start({
      probeId: embedded.probe.id,
      brokers: [{ url: embedded.probe.url }],
      tls: readTlsFiles(embedded.probe),
      spool: { dir: join(dir, 'spool') },
      agentVersion: 'bench',
    });
    for (let i = 0; i < 200 && !exporter.stats().connected; i++) await new Promise((r) => setTimeout(r, 50));
    if (!exporter.stats().connected) throw new Error(`exporter did not connect: ${exporter.stats().lastError}`);
    const t0 = performance.now();
    for (const [body, n] of batches) exporter.addFlows(body, n);
    const ok = await exporter.drain(300_000);
    const seconds = (performance.now() - t0) / 1000;
    if (!ok) throw new Error('not every batch was acknowledged within 300 s');
    return { flows: total, batches: batches.length, bytes, seconds, flowsPerS: Math.round(total / seconds), mibPerS: bytes / seconds / 1048576, readSeconds, encodeRecordsPerS: (measureEncode(total), measureEncode(total)) };
  } finally {
    await exporter?.stop();
    acker.kill();
    await embedded.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

export function renderExport(r: ExportThroughput): string {
  return (
    `Export (spool → MQTT 5 + mutual TLS → mosquitto → acknowledgement): ${r.flows.toLocaleString('en')} flows in ` +
    `${r.batches} batches (${(r.bytes / 1048576).toFixed(1)} MiB) in ${r.seconds.toFixed(2)} s: ` +
    `${r.flowsPerS.toLocaleString('en')} flows/s (${r.mibPerS.toFixed(1)} MiB/s); target 500,000\n` +
    `  (for scale: producing those records from the trace, \`probe-agent read --pb\` incl. start-up, took ${r.readSeconds.toFixed(2)} s = ` +
    `${Math.round(r.flows / r.readSeconds).toLocaleString('en')} flows/s)\n` +
    `Encoding alone (shard worker's encoder, table slots → protobuf, Community ID included): ${r.encodeRecordsPerS.toLocaleString('en')} records/s`
  );
}

// `node dist/bench/export.js [flows]`: this measurement alone.
if (import.meta.url === `file://${process.argv[1]}`) {
  measureExport(Number(process.argv[2] ?? 2_000_000)).then(
    (r) => console.log(renderExport(r)),
    (e: unknown) => {
      console.error(e);
      process.exit(1);
    },
  );
}
