// probe-agent collect, against a real mosquitto with certificates made here. A test "probe"
// publishes real FlowBatch/DetectionBatch messages (messages.ts framing around protobufjs-encoded
// records) with the probe certificate and listens to the acknowledgements, as the exporter does.
// Proves what a user of the collector checks: every record once in the output, duplicates
// acknowledged again but not written again, acks only after the lines are durable, gaps and their
// recovery reported, malformed input counted without harm, de-duplication across a restart
// (--state), a share group of two processes splitting a stream, and a foreign certificate
// refused with a clear code.

import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mqtt, { type MqttClient } from 'mqtt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { probe } from '../proto/gen/probe.js';
import { startBroker, type Broker } from '../agent/export/broker.js';
import { ACK_GROUP_PROPERTY, startCollector, type Collector } from '../agent/export/collector.js';
import { epochHex } from '../agent/export/collector-ledger.js';
import { openFileOutput } from '../agent/export/collector-output.js';
import { publishedBatch, spoolPayload, streamName, toLong, topicOf, u64 } from '../agent/export/messages.js';
import { buildMqttOptions, readTlsFiles } from '../agent/export/mqtt-options.js';
import { ensureClientCert, ensurePki, type LeafPaths, type PkiPaths } from '../agent/export/pki.js';
import { SeqRanges } from '../agent/export/seq-ranges.js';
import { brokerSkipReason } from './lib/broker-env.js';
import { cli } from './lib/cli.js';

const PROBE_CN = 'probe-a';
const WAIT_MS = 15_000;

const SKIP = brokerSkipReason(cli);
if (SKIP) console.log(`collect: skipped: ${SKIP}`);

/** Polls `cond` every 20 ms until it holds; fails with `what` after `ms`. */
async function waitFor(cond: () => boolean, what: string, ms = WAIT_MS): Promise<void> {
  const deadline = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

const randomEpoch = () => randomBytes(8).readBigUInt64BE() | 1n;

/** A flow record with a recognisable id; the rest is plausible, not important. */
function flow(id: number): probe.v1.IFlowRecord {
  return {
    flowId: toLong(BigInt(id)),
    startMs: toLong(1_700_000_000_000n + BigInt(id)),
    endMs: toLong(1_700_000_000_500n + BigInt(id)),
    endReason: 1,
    ipVersion: 4,
    protocol: 6,
    srcAddr: new Uint8Array([10, 0, 0, 1]),
    dstAddr: new Uint8Array([10, 0, 0, 2]),
    srcPort: 40000 + (id % 20000),
    dstPort: 443,
    fwd: { packets: toLong(3n), frameBytes: toLong(200n) },
    rev: { packets: toLong(2n), frameBytes: toLong(1500n) },
  };
}

interface BatchSpec {
  epoch: bigint;
  seq: bigint;
  flowIds: number[];
  historical?: boolean;
  dropped?: number;
}

/** A FlowBatch as the exporter publishes it: spooled records + stream fields. */
function flowBatch(b: BatchSpec): Buffer {
  const records = probe.v1.FlowBatch.encode({ flows: b.flowIds.map(flow) }).finish();
  return publishedBatch(spoolPayload(records, b.flowIds.length), {
    epoch: b.epoch, seq: b.seq, historical: b.historical ?? false, publishedMs: Date.now(), droppedRecords: b.dropped ?? 0,
  });
}

interface SeenAck {
  probeId: string;
  stream: string;
  epoch: bigint;
  ranges: [bigint, bigint][];
  collectorId: string;
}

interface Line {
  probe: string;
  stream: string;
  epoch: string;
  seq: string;
  historical: boolean;
  flow?: { flowId: string; srcAddr: string; dstPort: number };
  detection?: { detectionId: string; kind: string; timeMs: number };
}

function readLines(path: string): Line[] {
  if (!existsSync(path)) return [];
  const text = readFileSync(path, 'utf8');
  return text.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Line);
}

/** `probe-agent collect` as a child process, with its stderr kept for assertions. */
class CliCollector {
  readonly child: ChildProcess;
  stderr = '';
  exit: Promise<number | null>;

  constructor(args: string[]) {
    this.child = spawn(process.execPath, [cli, 'collect', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    this.child.stderr!.on('data', (b: Buffer) => (this.stderr += b.toString('utf8')));
    this.child.stdout!.resume();
    this.exit = new Promise((r) => this.child.once('exit', (code) => r(code)));
  }

  waitStderr(re: RegExp, ms = WAIT_MS): Promise<void> {
    return waitFor(() => re.test(this.stderr), `${re} on the collector's stderr (got: ${this.stderr.slice(-500)})`, ms);
  }

  /** SIGTERM and wait (bounded; SIGKILL after) for the exit code. */
  async stop(ms = 10_000): Promise<number | null> {
    if (this.child.exitCode !== null) return this.child.exitCode;
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), ms);
    const code = await this.exit;
    clearTimeout(timer);
    return code;
  }
}

describe.skipIf(SKIP !== null)('probe-agent collect', () => {
  let dir = '';
  let pki: PkiPaths;
  let broker: Broker;
  let probeClient: MqttClient;
  const acks: SeenAck[] = [];
  const children: CliCollector[] = [];

  const clientArgs = (leaf: LeafPaths) => ['--broker', broker.url, '--ca', pki.ca, '--cert', leaf.cert, '--key', leaf.key];
  const spawnCollector = (args: string[]) => {
    const c = new CliCollector(args);
    children.push(c);
    return c;
  };

  /** Union of the acknowledged ranges for one stream key, from acks[from…]. */
  const ackedSet = (probeId: string, epoch: bigint, from = 0, collectorId?: string) => {
    const set = new SeqRanges();
    for (const a of acks.slice(from)) {
      if (a.probeId !== probeId || a.epoch !== epoch || (collectorId && a.collectorId !== collectorId)) continue;
      for (const [f, l] of a.ranges) set.add(f, l);
    }
    return set;
  };
  const publish = (probeId: string, b: BatchSpec) => probeClient.publishAsync(topicOf(probeId, 'data/flows'), flowBatch(b), { qos: 1 });

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'probe-collect-'));
    pki = await ensurePki(join(dir, 'pki'), { probeId: PROBE_CN, brokerName: 'localhost' });
    broker = await startBroker({ dir: join(dir, 'broker'), pki });
    probeClient = await mqtt.connectAsync(buildMqttOptions({
      url: broker.url, clientId: PROBE_CN, connectTimeoutMs: 5_000, ...readTlsFiles({ ca: pki.ca, ...pki.probe }),
    }));
    probeClient.on('error', () => {});
    // Every probe's acks: the test plays several probes (the broker has no ACL on topics).
    await probeClient.subscribeAsync('probe/v1/+/ack', { qos: 1 });
    probeClient.on('message', (topic, payload) => {
      const m = /^probe\/v1\/([^/]+)\/ack$/.exec(topic);
      if (!m) return;
      const a = probe.v1.Ack.decode(payload);
      acks.push({
        probeId: m[1], stream: streamName(a.stream) ?? '?', epoch: u64(a.epoch), collectorId: a.collectorId,
        ranges: a.ranges.map((r) => [u64(r.first), u64(r.last)] as [bigint, bigint]),
      });
    });
  });

  afterAll(async () => {
    for (const c of children) c.child.kill('SIGKILL');
    probeClient?.end(true);
    await broker?.kill('SIGKILL');
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  describe('in process: one collector, one probe', () => {
    const PROBE = 'probe-lib';
    const epoch = randomEpoch();
    let out = '';
    let collector: Collector;
    const log: string[] = [];
    // Lines missing from the file at the moment their ack arrived.
    const ackedBeforeWritten: string[] = [];

    beforeAll(async () => {
      out = join(dir, 'lib.jsonl');
      collector = await startCollector({
        url: broker.url,
        tls: readTlsFiles({ ca: pki.ca, ...pki.collector }),
        clientId: 'collector',
        group: 'lib',
        output: await openFileOutput(out),
        statePath: join(dir, 'lib.state'),
        ackIntervalMs: 50,
        gapTimeoutMs: 300,
        log: (l) => log.push(l),
      });
      // The moment an ack arrives, every seq it names must already have its lines in the file.
      probeClient.on('message', (topic, payload) => {
        if (topic !== topicOf(PROBE, 'ack')) return;
        const a = probe.v1.Ack.decode(payload);
        if (a.stream !== probe.v1.Stream.STREAM_FLOWS || u64(a.epoch) !== epoch) return;
        const seqs = new Set(readLines(out).filter((l) => l.epoch === epochHex(epoch)).map((l) => l.seq));
        for (const r of a.ranges) {
          for (let s = u64(r.first); s <= u64(r.last); s++) if (!seqs.has(`${s}`)) ackedBeforeWritten.push(`${s}`);
        }
      });
    });

    afterAll(async () => {
      await collector?.stop();
    });

    it('writes every flow once as a JSON line and acknowledges each batch only after its lines are in the file', async () => {
      for (let seq = 1; seq <= 20; seq++) await publish(PROBE, { epoch, seq: BigInt(seq), flowIds: [seq * 100 + 1, seq * 100 + 2, seq * 100 + 3] });
      await waitFor(() => ackedSet(PROBE, epoch).contiguousFrom(1n) >= 20n, 'acks covering seqs 1-20');

      const lines = readLines(out).filter((l) => l.probe === PROBE && l.epoch === epochHex(epoch));
      expect(lines).toHaveLength(60);
      const ids = lines.map((l) => l.flow!.flowId);
      expect(new Set(ids).size).toBe(60);
      expect(ids.sort()).toEqual(Array.from({ length: 20 }, (_, i) => [1, 2, 3].map((k) => `${(i + 1) * 100 + k}`)).flat().sort());
      const first = lines.find((l) => l.flow!.flowId === '101')!;
      expect(first).toMatchObject({ probe: PROBE, stream: 'flows', epoch: epochHex(epoch), seq: '1', historical: false });
      expect(first.epoch).toMatch(/^[0-9a-f]{16}$/);
      expect(first.flow).toMatchObject({ srcAddr: '10.0.0.1', dstAddr: '10.0.0.2', dstPort: 443, protocol: 6 });
      expect(ackedBeforeWritten).toEqual([]);
      const acksHere = acks.filter((a) => a.probeId === PROBE);
      expect(acksHere.every((a) => a.collectorId === 'collector' && a.stream === 'flows')).toBe(true);
      // Ranges in each ack are sorted and disjoint.
      for (const a of acksHere) for (let i = 1; i < a.ranges.length; i++) expect(a.ranges[i][0]).toBeGreaterThan(a.ranges[i - 1][1] + 1n);
      expect(collector.stats()).toMatchObject({ batches: 20, records: 60, duplicates: 0, malformed: 0 });
    });

    it('a duplicate publication (same epoch and seq) is not written again but acknowledged again', async () => {
      const before = acks.length;
      await publish(PROBE, { epoch, seq: 5n, flowIds: [501, 502, 503], historical: true });
      await waitFor(() => ackedSet(PROBE, epoch, before).has(5n), 'a new ack for seq 5');
      expect(readLines(out).filter((l) => l.probe === PROBE && l.seq === '5')).toHaveLength(3);
      expect(readLines(out).filter((l) => l.probe === PROBE)).toHaveLength(60);
      expect(collector.stats().duplicates).toBe(1);
    });

    it('detections are written as "detection" lines', async () => {
      const payload = probe.v1.DetectionBatch.encode({
        detections: [{ detectionId: toLong(7n), timeMs: toLong(1_700_000_000_123n), kind: 'port_scan' }],
        recordCount: 1, epoch: toLong(epoch), seq: toLong(1n), publishedMs: toLong(BigInt(Date.now())),
      }).finish();
      const before = acks.length;
      await probeClient.publishAsync(topicOf(PROBE, 'data/detections'), Buffer.from(payload), { qos: 1 });
      await waitFor(() => acks.slice(before).some((a) => a.probeId === PROBE && a.stream === 'detections'), 'a detections ack');
      const det = readLines(out).filter((l) => l.stream === 'detections');
      expect(det).toEqual([{ probe: PROBE, stream: 'detections', epoch: epochHex(epoch), seq: '1', historical: false, detection: { detectionId: '7', timeMs: 1_700_000_000_123, kind: 'port_scan' } }]);
    });

    it('a gap is reported once with the probe\'s drop counter, a new epoch is noticed, and a late fill is reported recovered', async () => {
      const epoch2 = randomEpoch();
      await publish(PROBE, { epoch: epoch2, seq: 1n, flowIds: [9001] });
      await publish(PROBE, { epoch: epoch2, seq: 2n, flowIds: [9002] });
      // 3 and 4 are missing; the probe says it dropped 4 records meanwhile.
      await publish(PROBE, { epoch: epoch2, seq: 5n, flowIds: [9005], dropped: 4 });
      await waitFor(() => log.some((l) => l.startsWith('gap:')), 'a gap report');
      const gap = log.filter((l) => l.startsWith('gap:'));
      expect(gap).toHaveLength(1);
      expect(gap[0]).toContain(`probe ${PROBE} flows epoch ${epochHex(epoch2)} seq 3-4`);
      expect(gap[0]).toMatch(/the probe counted 4 records dropped/);
      expect(log.some((l) => l.includes(`new epoch ${epochHex(epoch2)}`) && l.includes(`was ${epochHex(epoch)}`))).toBe(true);
      expect(collector.stats()).toMatchObject({ gapsReported: 1, gapsOpen: 1, gapsRecovered: 0, epochRestarts: 1 });

      await publish(PROBE, { epoch: epoch2, seq: 4n, flowIds: [9004], historical: true });
      await publish(PROBE, { epoch: epoch2, seq: 3n, flowIds: [9003], historical: true });
      await waitFor(() => log.some((l) => l.startsWith('gap recovered:')), 'a recovery report');
      expect(log.find((l) => l.startsWith('gap recovered:'))).toContain(`epoch ${epochHex(epoch2)} seq 3-4`);
      await waitFor(() => ackedSet(PROBE, epoch2).contiguousFrom(1n) >= 5n, 'acks covering 1-5 of the new epoch');
      // Reported once, not again on later checks.
      await new Promise((r) => setTimeout(r, 400));
      expect(log.filter((l) => l.startsWith('gap'))).toHaveLength(2);
      expect(collector.stats()).toMatchObject({ gapsReported: 1, gapsOpen: 0, gapsRecovered: 1 });
    });

    it('an ack from a member of the own group counts as written, one from another group does not', async () => {
      const epoch4 = randomEpoch();
      const ack = (seq: bigint, group: string) => probeClient.publishAsync(topicOf(PROBE, 'ack'), Buffer.from(probe.v1.Ack.encode({
        stream: probe.v1.Stream.STREAM_FLOWS, epoch: toLong(epoch4), ranges: [{ first: toLong(seq), last: toLong(seq) }], collectorId: `peer-${group}`,
      }).finish()), { qos: 1, properties: { userProperties: { [ACK_GROUP_PROPERTY]: group } } });
      await ack(1n, 'lib'); // a peer of the group wrote seq 1
      await ack(2n, 'archive'); // another group wrote seq 2: we still must
      const dupsBefore = collector.stats().duplicates;
      await waitFor(() => collector.stats().acksSeen >= 1 && collector.stats().otherAcks >= 1, 'both acks seen');
      const before = acks.length;
      await publish(PROBE, { epoch: epoch4, seq: 1n, flowIds: [8001], historical: true });
      await publish(PROBE, { epoch: epoch4, seq: 2n, flowIds: [8002] });
      await waitFor(() => ackedSet(PROBE, epoch4, before, 'collector').contiguousFrom(1n) >= 2n, 'our acks for 1 and 2');
      const ids = readLines(out).map((l) => l.flow?.flowId);
      expect(ids).not.toContain('8001');
      expect(ids).toContain('8002');
      expect(collector.stats().duplicates).toBe(dupsBefore + 1);
    });

    it('malformed payloads are counted and dropped, and the collector keeps working', async () => {
      const epoch3 = randomEpoch();
      const good = flowBatch({ epoch: epoch3, seq: 1n, flowIds: [7001] });
      const bad = [
        Buffer.from([0x0a, 0xff, 0xff, 0x03, 0x01]), // field 1 claims far more bytes than follow
        flowBatch({ epoch: epoch3, seq: 0n, flowIds: [7002] }), // no seq
        good.subarray(0, good.length - 1), // cut inside the last varint
        Buffer.from(probe.v1.FlowBatch.encode({ flows: [flow(7003)], seq: toLong(2n) }).finish()), // no epoch
      ];
      for (const b of bad) await probeClient.publishAsync(topicOf(PROBE, 'data/flows'), b, { qos: 1 });
      await publish(PROBE, { epoch: epoch3, seq: 1n, flowIds: [7001] });
      await waitFor(() => ackedSet(PROBE, epoch3).has(1n), 'the ack of the good batch after the bad ones');
      expect(collector.stats()).toMatchObject({ malformed: 4, connected: true });
      expect(log.filter((l) => l.startsWith('malformed message on probe/v1/probe-lib/data/flows'))).toHaveLength(4);
      const ids = readLines(out).map((l) => l.flow?.flowId);
      expect(ids).toContain('7001');
      expect(ids).not.toContain('7002');
      expect(ids).not.toContain('7003');
    });
  });

  it('a restart with --state does not write again what was written before (CLI)', async () => {
    const PROBE = 'probe-restart';
    const epoch = randomEpoch();
    const leaf = await ensureClientCert(pki.dir, 'c-restart');
    const out = join(dir, 'restart.jsonl');
    const args = [...clientArgs(leaf), '--group', 'restart', '--out', out, '--ack-interval-ms', '50', '--json-summary'];

    const first = spawnCollector(args);
    await first.waitStderr(/subscribed to \$share\/restart\//);
    for (let seq = 1; seq <= 10; seq++) await publish(PROBE, { epoch, seq: BigInt(seq), flowIds: [seq * 10, seq * 10 + 1] });
    await waitFor(() => ackedSet(PROBE, epoch).contiguousFrom(1n) >= 10n, 'acks for 1-10 from the first run');
    expect(await first.stop()).toBe(0);
    expect(first.stderr).toMatch(/summary: 10 batches and 20 records written, 0 duplicates/);
    expect(existsSync(`${out}.state`)).toBe(true);

    const second = spawnCollector(args);
    await second.waitStderr(/subscribed to/);
    expect(second.stderr).toMatch(/1 streams remembered/);
    const before = acks.length;
    // The probe did not get the acks (say): it sends 1-10 again, then new batches.
    for (let seq = 1; seq <= 12; seq++) await publish(PROBE, { epoch, seq: BigInt(seq), flowIds: [seq * 10, seq * 10 + 1], historical: seq <= 10 });
    await waitFor(() => ackedSet(PROBE, epoch, before).contiguousFrom(1n) >= 12n, 'acks for 1-12 from the second run');
    expect(await second.stop()).toBe(0);
    const summary = JSON.parse(second.stderr.trim().split('\n').pop()!).summary;
    expect(summary).toMatchObject({ batches: 2, records: 4, duplicates: 10, malformed: 0 });

    const ids = readLines(out).map((l) => l.flow!.flowId);
    expect(ids).toHaveLength(24);
    expect(new Set(ids).size).toBe(24);
  });

  it('two collector processes in one share group split a stream: each some, together all, none twice (CLI)', async () => {
    const PROBE = 'probe-split';
    const epoch = randomEpoch();
    const [l1, l2] = await Promise.all([ensureClientCert(pki.dir, 'c-split-1'), ensureClientCert(pki.dir, 'c-split-2')]);
    const outs = [join(dir, 'split-1.jsonl'), join(dir, 'split-2.jsonl')];
    const cs = [l1, l2].map((leaf, i) => spawnCollector([...clientArgs(leaf), '--group', 'split', '--out', outs[i], '--ack-interval-ms', '50']));
    await Promise.all(cs.map((c) => c.waitStderr(/subscribed to \$share\/split\//)));

    const N = 60;
    for (let seq = 1; seq <= N; seq++) await publish(PROBE, { epoch, seq: BigInt(seq), flowIds: [seq] });
    await waitFor(() => ackedSet(PROBE, epoch).contiguousFrom(1n) >= BigInt(N), `acks covering 1-${N}`);
    expect(await Promise.all(cs.map((c) => c.stop()))).toEqual([0, 0]);

    const seqs = outs.map((o) => readLines(o).map((l) => Number(l.seq)));
    expect(seqs[0].length).toBeGreaterThan(0);
    expect(seqs[1].length).toBeGreaterThan(0);
    expect(seqs[0].filter((s) => seqs[1].includes(s))).toEqual([]);
    expect([...seqs[0], ...seqs[1]].sort((a, b) => a - b)).toEqual(Array.from({ length: N }, (_, i) => i + 1));
    // Each acknowledged what it wrote.
    const byCollector = (id: string) => ackedSet(PROBE, epoch, 0, id);
    for (const s of seqs[0]) expect(byCollector('c-split-1').has(BigInt(s))).toBe(true);
    for (const s of seqs[1]) expect(byCollector('c-split-2').has(BigInt(s))).toBe(true);
  });

  it('survives a broker restart: reconnects, resumes its session, and gets what was queued while it was away', async () => {
    const PROBE = 'probe-away';
    const epoch = randomEpoch();
    // Its own broker, with persistence, so sessions survive the restart.
    const b2 = await startBroker({ dir: join(dir, 'broker-2'), pki, persistence: true });
    const leaf = await ensureClientCert(pki.dir, 'c-away');
    const out = join(dir, 'away.jsonl');
    const log: string[] = [];
    const start = async () => startCollector({
      url: b2.url, tls: readTlsFiles({ ca: pki.ca, ...leaf }), clientId: 'c-away', group: 'away',
      output: await openFileOutput(out), statePath: join(dir, 'away.state'), ackIntervalMs: 50, backoffInitialMs: 100, log: (l) => log.push(l),
    });
    const probeOn = async () => {
      const c = await mqtt.connectAsync(buildMqttOptions({ url: b2.url, clientId: PROBE_CN, connectTimeoutMs: 5_000, ...readTlsFiles({ ca: pki.ca, ...pki.probe }) }));
      c.on('error', () => {});
      return c;
    };
    const seqsWritten = () => readLines(out).map((l) => l.seq);
    let collector: Collector | undefined;
    try {
      collector = await start();
      let p = await probeOn();
      await p.publishAsync(topicOf(PROBE, 'data/flows'), flowBatch({ epoch, seq: 1n, flowIds: [1] }), { qos: 1 });
      await waitFor(() => seqsWritten().includes('1'), 'seq 1 written');
      p.end(true);

      await b2.restart();
      await waitFor(() => log.some((l) => /^lost the connection/.test(l)) && log.filter((l) => l.startsWith('connected')).length >= 2, 'a reconnect');
      expect(log.filter((l) => l.startsWith('connected')).pop()).toMatch(/session resumed/);
      p = await probeOn();
      await p.publishAsync(topicOf(PROBE, 'data/flows'), flowBatch({ epoch, seq: 2n, flowIds: [2] }), { qos: 1 });
      await waitFor(() => seqsWritten().includes('2'), 'seq 2 written after the reconnect');

      // Stopped (cleanly): the broker keeps the session and queues for it.
      await collector.stop();
      await p.publishAsync(topicOf(PROBE, 'data/flows'), flowBatch({ epoch, seq: 3n, flowIds: [3] }), { qos: 1 });
      collector = await start();
      await waitFor(() => seqsWritten().includes('3'), 'seq 3, queued while the collector was away');
      expect(seqsWritten()).toEqual(['1', '2', '3']);
      p.end(true);
    } finally {
      await collector?.stop();
      await b2.kill('SIGKILL');
    }
  });

  it('an output that cannot be written stops the collector with PROBE_E_COLLECT_OUTPUT and nothing is acknowledged (CLI)', async () => {
    const PROBE = 'probe-full';
    const epoch = randomEpoch();
    const leaf = await ensureClientCert(pki.dir, 'c-full');
    // /dev/full accepts the open and fails every write with ENOSPC: a full disk.
    const c = spawnCollector([...clientArgs(leaf), '--group', 'full', '--out', '/dev/full', '--state', join(dir, 'full.state'), '--ack-interval-ms', '50']);
    await c.waitStderr(/subscribed to/);
    await publish(PROBE, { epoch, seq: 1n, flowIds: [1] });
    expect(await c.exit).toBe(1);
    expect(c.stderr).toMatch(/PROBE_E_COLLECT_OUTPUT: cannot write \/dev\/full: .*ENOSPC/);
    expect(acks.filter((a) => a.probeId === PROBE)).toEqual([]);
  });

  describe('refusals and bad invocations (CLI)', () => {
    it('a collector whose certificate comes from another CA is refused with PROBE_E_TLS_CLIENT_CERT_REFUSED', async () => {
      const other = await ensurePki(join(dir, 'pki-other'), { probeId: PROBE_CN, brokerName: 'localhost' });
      const c = spawnCollector(['--broker', broker.url, '--ca', pki.ca, '--cert', other.collector.cert, '--key', other.collector.key]);
      expect(await c.exit).toBe(1);
      expect(c.stderr).toMatch(/PROBE_E_TLS_CLIENT_CERT_REFUSED: the broker refused our client certificate \(alert unknown ca\)/);
    });

    it('missing certificate files and bad flags exit non-zero with their codes', async () => {
      const missing = spawnCollector(['--broker', broker.url, '--ca', pki.ca, '--cert', join(dir, 'nope.pem'), '--key', pki.collector.key]);
      expect(await missing.exit).toBe(1);
      expect(missing.stderr).toMatch(/PROBE_E_TLS_FILES: cannot read the TLS client certificate .*nope\.pem/);

      const none = spawnCollector([]);
      expect(await none.exit).toBe(2);
      expect(none.stderr).toMatch(/PROBE_E_USAGE: say where to collect from/);

      const format = spawnCollector([...clientArgs(pki.collector), '--format', 'xml']);
      expect(await format.exit).toBe(2);
      expect(format.stderr).toMatch(/PROBE_E_USAGE: --format must be json or text/);
    });
  });
});
