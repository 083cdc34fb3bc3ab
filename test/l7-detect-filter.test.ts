// The engine's detection prefilter (agent/l7/detect-filter.ts): a flow's first payload packets
// are offered only to the detectors (analyzers' detect(), byte signatures) whose declared first
// bytes and ports (Starts: ANALYZER_STARTS in engine.ts, each signature's `starts`) admit them.
// That must never change the answer: every packet a detector accepts is admitted to it.
//
//   npx vitest run test/l7-detect-filter.test.ts
//
// 1. DetectFilter itself: masks in order, port rules, empty payloads.
// 2. Real payloads (skipped when ../shared/corpora is absent): the first 8 payload packets of
//    every flow of every corpus trace, to every detector, as they are, with each of the 256
//    first byte values, on other ports, and mutated (bench/l7-corpus.ts mutate()): whatever a
//    detector accepts, its Starts admits; the first accepting detector with the filter is the
//    first without it.
// 3. The engine end to end: the corpus traces through FlowAccounting with the engine as built and
//    with its filter admitting everything give the same records, byte for byte.

import { describe, expect, it } from 'vitest';
import type { FlowContext } from '../agent/l7/analyzer.js';
import { DetectFilter } from '../agent/l7/detect-filter.js';
import { DhcpAnalyzer } from '../agent/l7/dhcp.js';
import { DnsAnalyzer } from '../agent/l7/dns.js';
import { ANALYZER_STARTS, L7Engine } from '../agent/l7/engine.js';
import { FlowAccounting } from '../agent/flow/accounting.js';
import { BatchEncoder } from '../agent/flow/encode.js';
import { HttpAnalyzer } from '../agent/l7/http.js';
import { NameCache } from '../agent/l7/name-cache.js';
import { L7_DEFAULTS, PRIVACY_DEFAULTS } from '../agent/l7/options.js';
import { quicAnalyzer } from '../agent/l7/quic.js';
import { SIGNATURES, type Starts } from '../agent/l7/signatures.js';
import { SshAnalyzer } from '../agent/l7/ssh.js';
import { tlsAnalyzer } from '../agent/l7/tls.js';
import { corporaRoot, mutate, readTraceFile, Rng, traceFiles, traceFlows, type TraceFlow } from '../bench/l7-corpus.js';

/** Payload packets of a flow the engine offers to the detectors (engine.ts DETECT_PACKETS). */
const DETECT_PACKETS = 8;

interface Detector {
  name: string;
  starts: Starts;
  accepts(buf: Uint8Array, off: number, len: number, dir: 0 | 1, ctx: FlowContext): boolean;
}

/** Every detector the engine has, analyzers first, as the engine orders them. */
const ANALYZERS = [new DnsAnalyzer(), new DhcpAnalyzer(), quicAnalyzer, tlsAnalyzer, new SshAnalyzer(), new HttpAnalyzer({ keepQuery: false })];
const DETECTORS: Detector[] = [
  ...ANALYZERS.map((a) => ({ name: a.name, starts: ANALYZER_STARTS[a.name], accepts: a.detect.bind(a) as Detector['accepts'] })),
  ...SIGNATURES.map((s) => ({ name: s.name, starts: s.starts, accepts: s.match })),
];
const FILTER = new DetectFilter(DETECTORS.map((d) => d.starts));

/** Index of the first detector that accepts, trying all (filtered: only those the filter admits); -1 none. */
function first(buf: Uint8Array, ctx: FlowContext, dir: 0 | 1, filtered: boolean): number {
  const mask = filtered ? FILTER.candidates(ctx.protocol, buf, 0, buf.length, ctx.srcPort, ctx.dstPort) : -1;
  for (let i = 0; i < DETECTORS.length; i++) {
    if ((mask & (1 << i)) !== 0 && DETECTORS[i].accepts(buf, 0, buf.length, dir, ctx)) return i;
  }
  return -1;
}

function admitted(i: number, buf: Uint8Array, ctx: FlowContext): boolean {
  return (FILTER.candidates(ctx.protocol, buf, 0, buf.length, ctx.srcPort, ctx.dstPort) & (1 << i)) !== 0;
}

describe('DetectFilter', () => {
  const f = new DetectFilter([{ tcp: [0x16] }, { udp: [1, 2], udpPorts: [53] }, { tcp: [0x16, 0x17], tcpPorts: [22] }]);
  const b = (...x: number[]) => Uint8Array.from(x);

  it('admits by transport and first byte, each detector its bit in order', () => {
    expect(f.candidates(6, b(0x16, 3), 0, 2, 40000, 443)).toBe(0b101);
    expect(f.candidates(6, b(0x17), 0, 1, 40000, 443)).toBe(0b100);
    expect(f.candidates(17, b(0x16), 0, 1, 40000, 443)).toBe(0);
    expect(f.candidates(17, b(9, 2), 1, 1, 40000, 443)).toBe(0b010);
  });

  it('admits a port rule whatever the first byte, on either side, on its transport only', () => {
    expect(f.candidates(17, b(0xff), 0, 1, 53, 40000)).toBe(0b010);
    expect(f.candidates(17, b(0xff), 0, 1, 40000, 53)).toBe(0b010);
    expect(f.candidates(6, b(0xff), 0, 1, 40000, 53)).toBe(0);
    expect(f.candidates(6, b(0x16), 0, 1, 22, 40000)).toBe(0b101);
  });

  it('admits every detector for an empty payload, a view outside the buffer, other transports', () => {
    expect(f.candidates(6, b(0x16), 0, 0, 1, 2)).toBe(0b111);
    expect(f.candidates(17, b(0x16), 0, 0, 1, 2)).toBe(0b111);
    expect(f.candidates(6, b(0x16), 5, 1, 1, 2)).toBe(0b111);
    expect(f.candidates(132, b(0x16), 0, 1, 1, 2)).toBe(0b111);
  });

  it('refuses more detectors than a mask holds', () => {
    expect(() => new DetectFilter(Array.from({ length: 33 }, () => ({})))).toThrow(/at most 32/);
  });

  it('has an entry for every analyzer the engine runs', () => {
    for (const a of ANALYZERS) expect(ANALYZER_STARTS[a.name], a.name).toBeDefined();
    expect(DETECTORS.length).toBeLessThanOrEqual(32);
  });
});

const corpora = corporaRoot();

/** Every TCP/UDP flow of every corpus trace (ndpi, zeek, suricata-verify). */
function corpusFlows(): TraceFlow[] {
  const out: TraceFlow[] = [];
  for (const file of traceFiles(corpora!)) {
    try {
      out.push(...traceFlows(readTraceFile(file)));
    } catch {
      // a trace the reader does not take: not this test's concern
    }
  }
  return out;
}

describe.skipIf(corpora === null)('the filter on real payloads', () => {
  const flows = corpora === null ? [] : corpusFlows();

  it('admits every payload a detector accepts: as captured, with any first byte, on other ports', () => {
    const rng = new Rng(11);
    const accepted = new Array<number>(DETECTORS.length).fill(0);
    let payloads = 0;
    let checks = 0;
    const misses: string[] = [];
    const check = (i: number, p: Uint8Array, ctx: FlowContext, dir: 0 | 1, what: string): void => {
      checks++;
      if (DETECTORS[i].accepts(p, 0, p.length, dir, ctx) && !admitted(i, p, ctx) && misses.length < 20) {
        misses.push(`${DETECTORS[i].name} ${what}: proto ${ctx.protocol} ports ${ctx.srcPort}/${ctx.dstPort} first byte ${p[0]}`);
      }
    };
    for (const f of flows) {
      const n = Math.min(f.segments.length, DETECT_PACKETS);
      for (let k = 0; k < n; k++) {
        const seg = f.segments[k];
        const ctx: FlowContext = { protocol: f.protocol, srcPort: f.srcPort, dstPort: f.dstPort, tsUs: seg.tsUs, tcpSeq: seg.tcpSeq };
        payloads++;
        for (let i = 0; i < DETECTORS.length; i++) {
          check(i, seg.payload, ctx, seg.dir, 'as captured');
          if (!DETECTORS[i].accepts(seg.payload, 0, seg.payload.length, seg.dir, ctx)) continue;
          accepted[i]++;
          // What it accepts, with every other first byte and on other ports (random ones, and
          // every port some detector names, on either side).
          const p = seg.payload.slice();
          for (let v = 0; v < 256; v++) {
            p[0] = v;
            check(i, p, ctx, seg.dir, 'first byte changed');
          }
          const moved = { ...ctx };
          for (const port of [1024 + rng.below(64000), 53, 22, 123, 67, 68, 21, 25, 110, 143, 445, 1194, 3389]) {
            moved.srcPort = ctx.srcPort;
            moved.dstPort = port;
            check(i, seg.payload, moved, seg.dir, 'server port moved');
            moved.srcPort = port;
            moved.dstPort = 1024 + rng.below(64000);
            check(i, seg.payload, moved, seg.dir, 'ports moved');
          }
        }
      }
    }
    console.log(`${flows.length} flows, ${payloads} payloads, ${checks} checks; accepted: ${DETECTORS.map((d, i) => `${d.name} ${accepted[i]}`).join(', ')}`);
    expect(misses).toEqual([]);
    // The corpora exercise every detector.
    for (let i = 0; i < DETECTORS.length; i++) expect(accepted[i], DETECTORS[i].name).toBeGreaterThan(0);
  }, 300_000);

  it('finds the first accepting detector the unfiltered search finds, on captured and mutated payloads', () => {
    const rng = new Rng(5);
    const donors: Uint8Array[] = [];
    for (const f of flows) if (f.segments.length > 0 && donors.length < 2000) donors.push(f.segments[0].payload);
    let compared = 0;
    let found = 0;
    const diffs: string[] = [];
    for (const f of flows) {
      const n = Math.min(f.segments.length, DETECT_PACKETS);
      for (let k = 0; k < n; k++) {
        const seg = f.segments[k];
        const ctx: FlowContext = { protocol: f.protocol, srcPort: f.srcPort, dstPort: f.dstPort, tsUs: seg.tsUs, tcpSeq: seg.tcpSeq };
        for (let m = 0; m < 4; m++) {
          const p = m === 0 ? seg.payload : mutate(rng, seg.payload, donors);
          const want = first(p, ctx, seg.dir, false);
          const got = first(p, ctx, seg.dir, true);
          compared++;
          if (want >= 0) found++;
          if (got !== want && diffs.length < 20) diffs.push(`${f.srcPort}/${f.dstPort} proto ${f.protocol}: unfiltered ${DETECTORS[want]?.name}, filtered ${DETECTORS[got]?.name}`);
        }
      }
    }
    console.log(`${compared} payloads compared, ${found} accepted by some detector`);
    expect(diffs).toEqual([]);
    expect(found).toBeGreaterThan(1000);
  }, 300_000);
});

describe.skipIf(corpora === null)('the engine with and without the filter', () => {
  it('gives the same records for every corpus trace', () => {
    const run = (file: string, unfiltered: boolean): Uint8Array[] => {
      const engine = new L7Engine({ maxFlows: L7_DEFAULTS.maxFlows, privacy: PRIVACY_DEFAULTS, names: new NameCache(256) });
      // Test only: a filter that admits every detector is the search without one.
      if (unfiltered) Object.assign(engine, { filter: { candidates: () => (1 << DETECTORS.length) - 1 } });
      const batches: Uint8Array[] = [];
      let enc: BatchEncoder | null = null;
      const acc = new FlowAccounting(
        { capacity: 8192, idleTimeoutUs: 30e6, activeTimeoutUs: 300e6, closeDelayUs: 5e6, shard: 0, shards: 1, idGeneration: 1 },
        { emit: (t, slot, reason) => enc!.add(t, slot, reason) },
        engine,
      );
      enc = new BatchEncoder(acc.l7);
      const t = readTraceFile(file);
      for (const r of t.records) {
        acc.pkt.ts = r.tsUs;
        acc.packet(r.bytes, 0, r.bytes.length, Math.max(r.wireLen, r.bytes.length), r.linkType);
      }
      acc.table.flushAll(4);
      batches.push(enc.finish().slice());
      return batches;
    };
    let files = 0;
    let bytes = 0;
    for (const file of traceFiles(corpora!)) {
      let want: Uint8Array[];
      try {
        want = run(file, true);
      } catch {
        continue; // a trace the reader does not take
      }
      const got = run(file, false);
      expect(Buffer.concat(got).equals(Buffer.concat(want)), file).toBe(true);
      files++;
      bytes += want.reduce((s, b) => s + b.length, 0);
    }
    console.log(`${files} traces, ${bytes} bytes of records, identical`);
    expect(files).toBeGreaterThan(100);
  }, 300_000);
});
