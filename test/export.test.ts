// The whole export path with real parts: `probe-agent run` reads a trace and exports through its
// spool over MQTT 5 with mutual TLS to a mosquitto started here (certificates generated here),
// and `probe-agent collect` writes what arrives. What a user checks: every flow of the trace
// arrives once, also when the broker restarts mid-stream, when the collector is away for a
// while, when the agent is killed with SIGKILL and started again, and when the spool quota is
// reached (then the oldest batches are dropped and the count is exact).
//
// "Mid-stream" is made to last: the agent gets a window of one publish and two unacknowledged
// batches, so the 40 batches of the trace take a few seconds to go through.

import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startEmbedded, type Embedded } from '../agent/export/embedded.js';
// from dist/: the pipeline starts its shard workers from compiled files
import { readTraces } from '../dist/agent/cli/read.js';
import type { FlowJson } from '../agent/flow/json.js';
import mqtt from 'mqtt';
import { probe } from '../proto/gen/probe.js';
import { topicOf } from '../agent/export/messages.js';
import { buildMqttOptions, readTlsFiles } from '../agent/export/mqtt-options.js';
import { ensureClientCert } from '../agent/export/pki.js';
import { agentVersion } from '../dist/agent/version.js';
import { genFlowsTrace } from '../dist/bench/gen-flows.js';
import { LINKTYPE_ETHERNET, PcapWriter } from '../dist/bench/pcap.js';
import { brokerSkipReason } from './lib/broker-env.js';
import { cli, root } from './lib/cli.js';

const PROBE_ID = 'probe-e';
const FLOWS = 20_000;

const SKIP = brokerSkipReason(cli);
if (SKIP) console.log(`export: skipped: ${SKIP}`);

interface Line {
  probe: string;
  stream: string;
  epoch: string;
  seq: string;
  historical: boolean;
  flow: FlowJson;
}

const flowKey = (f: FlowJson) => `${f.srcAddr}:${f.srcPort}>${f.dstAddr}:${f.dstPort}/${f.protocol}`;

let trace: string;
let expected: Map<string, FlowJson>;

beforeAll(async () => {
  if (SKIP) return;
  trace = genFlowsTrace({ flows: FLOWS, tailPackets: 0 }).path;
  const { flows } = await readTraces([trace]);
  expected = new Map(flows.map((f) => [flowKey(f), f]));
  expect(expected.size).toBe(FLOWS);
}, 120_000);

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

/** One test's world: a temp dir, an embedded broker with its PKI, an agent config. */
async function world(exportExtra: Record<string, unknown> = {}, brokersBefore: string[] = []) {
  const dir = mkdtempSync(join(tmpdir(), 'probe-export-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  const embDir = join(dir, 'emb');
  const emb: Embedded = await startEmbedded(embDir, { probeId: PROBE_ID });
  cleanups.push(() => emb.stop());
  const config = join(dir, 'agent.json');
  writeFileSync(
    config,
    JSON.stringify({
      export: {
        brokers: [...brokersBefore, emb.broker.url].map((url) => ({ url })),
        ca: emb.pki.ca,
        cert: emb.pki.probe.cert,
        key: emb.pki.probe.key,
        maxInflight: 1,
        maxUnacked: 2,
        ...exportExtra,
      },
    }),
  );
  const out = join(dir, 'out.jsonl');
  const emptyTrace = join(dir, 'empty.pcap');
  new PcapWriter(emptyTrace, LINKTYPE_ETHERNET, 65535).close();
  return {
    dir,
    emb,
    out,
    emptyTrace,
    /** Stops the broker, and starts it again on the same port with its saved sessions. */
    async restartBroker(downMs: number) {
      await emb.broker.stop();
      await new Promise((r) => setTimeout(r, downMs));
      await emb.broker.restart();
    },
    agent: (files: string[], extra: string[] = []) => spawnProcess(['run', '--config', config, '--state-dir', join(dir, 'agent'), ...extra, ...files]),
    collector: async () => {
      const p = spawnProcess(['collect', '--embedded', embDir, '--out', out]);
      await p.waitFor(/writing JSON lines to/); // connected, subscribed, signal handlers in place
      return p;
    },
    /** The complete lines so far (the collector may be in the middle of appending one). */
    lines: (): Line[] => {
      const text = existsSync(out) ? readFileSync(out, 'utf8') : '';
      return text
        .slice(0, text.lastIndexOf('\n') + 1)
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as Line);
    },
  };
}

interface Proc {
  child: ChildProcess;
  stderr: () => string;
  waitFor(re: RegExp, ms?: number): Promise<void>;
  exit(ms?: number): Promise<number | null>;
}

function spawnProcess(args: string[]): Proc {
  const child = spawn(process.execPath, [cli, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  let err = '';
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  cleanups.push(() => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });
  return {
    child,
    stderr: () => err,
    async waitFor(re, ms = 30_000) {
      const deadline = Date.now() + ms;
      while (!re.test(err)) {
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${re} in:\n${err}`);
        if (child.exitCode !== null) throw new Error(`exited (${child.exitCode}) before ${re}:\n${err}`);
        await new Promise((r) => setTimeout(r, 20));
      }
    },
    async exit(ms = 90_000) {
      const timer = setTimeout(() => child.kill('SIGKILL'), ms);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
  };
}

async function waitUntil(cond: () => boolean, what: string, ms = 30_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Every flow of the trace once, with the counters `read` gives, and nothing else. */
function expectEveryFlowOnce(lines: Line[], except = 0): void {
  const seen = new Map<string, FlowJson>();
  for (const l of lines) {
    const k = flowKey(l.flow);
    expect(seen.has(k), `flow ${k} written twice`).toBe(false);
    seen.set(k, l.flow);
    const want = expected.get(k);
    expect(want, `flow ${k} is not in the trace`).toBeDefined();
    expect([l.flow.fwd?.packets, l.flow.rev?.packets, l.flow.fwd?.frameBytes]).toEqual([want!.fwd?.packets, want!.rev?.packets, want!.fwd?.frameBytes]);
  }
  expect(seen.size).toBe(FLOWS - except);
}

describe.skipIf(SKIP)('export to collect over MQTT 5 with mutual TLS', () => {
  it('the embedded default (npm start) exports the demo trace and shows every flow as it arrives', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'probe-embedded-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const r = spawnSync(process.execPath, [cli, 'run', '--state-dir', dir, '--json'], { encoding: 'utf8', timeout: 90_000 });
    expect(r.status, r.stderr).toBe(0);
    const shown = r.stdout.split('\n').filter(Boolean).map((l) => (JSON.parse(l) as Line).flow);
    const { flows } = await readTraces([join(root, 'fixtures/demo.pcap')]);
    expect(shown.map(flowKey).sort()).toEqual(flows.map(flowKey).sort());
    expect(r.stderr).toMatch(/acknowledged up to 1\b/);
  }, 120_000);

  it('a trace read through the agent arrives at collect complete, every flow once', async () => {
    const w = await world({ maxInflight: 64, maxUnacked: 512 });
    const collect = await w.collector();
    const agent = w.agent([trace]);
    expect(await agent.exit(), agent.stderr()).toBe(0);
    const lines = w.lines();
    expectEveryFlowOnce(lines);
    // Sent live, on a connection that was up before the data: nothing is historical.
    expect(lines.every((l) => !l.historical && l.probe === PROBE_ID && l.stream === 'flows')).toBe(true);
    collect.child.kill('SIGTERM');
    expect(await collect.exit()).toBe(0);
  }, 120_000);

  it('the heartbeat and the birth tell a remote technician what the probe is doing', async () => {
    const w = await world({ statusIntervalS: 1 });
    await w.collector();
    // An observer with a certificate of its own (the broker takes the client id from it).
    const cert = await ensureClientCert(w.emb.pki.dir, 'observer');
    const observer = await mqtt.connectAsync(
      buildMqttOptions({ url: w.emb.broker.url, ...readTlsFiles({ ca: w.emb.pki.ca, ...cert }), clientId: 'observer' }),
    );
    cleanups.push(() => observer.endAsync(true));
    const births: probe.v1.Birth[] = [];
    const statuses: probe.v1.Status[] = [];
    observer.on('message', (topic, payload) => {
      if (topic.endsWith('/birth')) births.push(probe.v1.Birth.decode(payload));
      if (topic.endsWith('/status')) statuses.push(probe.v1.Status.decode(payload));
    });
    await observer.subscribeAsync([topicOf(PROBE_ID, 'birth'), topicOf(PROBE_ID, 'status')], { qos: 1 });

    const agent = w.agent([trace]);
    await waitUntil(() => statuses.some((s) => Number(s.packets) === 2 * FLOWS), 'a heartbeat after the whole trace was read');
    expect(await agent.exit(), agent.stderr()).toBe(0);
    expect(births.map((b) => [b.probeId, Number(b.bdSeq), b.agentVersion])).toEqual([[PROBE_ID, 1, agentVersion()]]);
    const s = statuses.find((x) => Number(x.packets) === 2 * FLOWS)!;
    expect(s.connected).toBe(true);
    expect(s.broker).toBe(w.emb.broker.url);
    expect(Number(s.flowRecords)).toBe(FLOWS);
    expect(Number(s.spoolQuotaBytes)).toBeGreaterThan(0);
    const flows = s.streams.find((x) => x.stream === probe.v1.Stream.STREAM_FLOWS)!;
    expect(Number(flows.lastSeq)).toBeGreaterThan(0);
    expect(Number(flows.ackedSeq)).toBeLessThanOrEqual(Number(flows.lastSeq));
  }, 120_000);

  it('the broker restarted mid-stream: nothing lost, nothing twice', async () => {
    const w = await world();
    await w.collector();
    const agent = w.agent([trace]);
    await waitUntil(() => w.lines().length >= 2048, 'the first batches at the collector');
    expect(w.lines().length).toBeLessThan(FLOWS); // really mid-stream
    await w.restartBroker(1000);
    expect(await agent.exit(), agent.stderr()).toBe(0);
    expect(agent.stderr()).toMatch(/lost the connection/);
    expectEveryFlowOnce(w.lines());
  }, 120_000);

  it('the collector away for a while, then back: everything arrives, resent as historical', async () => {
    const w = await world({ ackTimeoutS: 2 });
    const first = await w.collector(); // leaves a persistent session behind
    first.child.kill('SIGTERM');
    expect(await first.exit()).toBe(0);
    const agent = w.agent([trace]);
    await agent.waitFor(/no acknowledgement for flows/, 30_000);
    expect(w.lines().length).toBe(0);
    await w.collector();
    expect(await agent.exit(), agent.stderr()).toBe(0);
    const lines = w.lines();
    expectEveryFlowOnce(lines);
    expect(lines.some((l) => l.historical)).toBe(true);
  }, 120_000);

  it('the agent killed with SIGKILL mid-stream and started again: the spool is intact, nothing lost', async () => {
    const w = await world();
    const collect = await w.collector();
    const killed = w.agent([trace]);
    await waitUntil(() => w.lines().length >= 1024, 'the first batches at the collector');
    killed.child.kill('SIGKILL');
    await killed.exit();
    const delivered = w.lines().length;
    expect(delivered).toBeLessThan(FLOWS);
    // The broker published the agent's Will: the Death of the session the Birth announced.
    await collect.waitFor(/probe probe-e death: bdSeq 1\b/);

    // The trace had been read to its end, so every flow was in the spool: none open in memory.
    const again = w.agent([w.emptyTrace]);
    expect(await again.exit(), again.stderr()).toBe(0);
    expect(again.stderr()).toMatch(/previous run ended without a clean stop .*: 0 flows open in memory then were lost/);
    expect(again.stderr()).not.toMatch(/corrupt|damaged/i);
    expectEveryFlowOnce(w.lines());
  }, 120_000);

  it('an unreachable broker first in the list: the agent backs off to the next one', async () => {
    const w = await world({ maxInflight: 64, maxUnacked: 512 }, ['mqtts://127.0.0.1:1']);
    await w.collector();
    const agent = w.agent([trace]);
    expect(await agent.exit(), agent.stderr()).toBe(0);
    expect(agent.stderr()).toMatch(/cannot connect to mqtts:\/\/127\.0\.0\.1:1: PROBE_E_BROKER_UNREACHABLE/);
    expectEveryFlowOnce(w.lines());
  }, 120_000);

  it('the spool quota reached: the oldest batches go, the count of dropped flows is exact', async () => {
    // 2.9 MB of records into a 2 MiB spool, with no collector to acknowledge.
    const w = await world({ spool: { quotaMb: 2, segmentMb: 1 } });
    const first = w.agent([trace], ['--drain-timeout', '1']);
    expect(await first.exit()).toBe(1); // not everything acknowledged: the exit code says so
    const dropped = Number(/(\d+) flow records dropped/.exec(first.stderr())?.[1]);
    expect(dropped).toBeGreaterThan(FLOWS / 10);

    await w.collector();
    const second = w.agent([w.emptyTrace]);
    expect(await second.exit(), second.stderr()).toBe(0);
    const lines = w.lines();
    expectEveryFlowOnce(lines, dropped);
    // The newest survived: the seqs that arrived are one run up to the last batch.
    const seqs = [...new Set(lines.map((l) => Number(l.seq)))].sort((a, b) => a - b);
    expect(seqs[0]).toBeGreaterThan(1);
    expect(seqs[seqs.length - 1] - seqs[0] + 1).toBe(seqs.length);
  }, 120_000);
});
