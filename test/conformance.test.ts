// Corpus conformance: our flow records against other tools' expected results on real traces
// (../shared/corpora: nDPI, Zeek, suricata-verify; its README.md says what each reference means
// and how tolerant to be).
//
//   npx vitest run test/conformance.test.ts
//
// Needs the compiled probe (npx node-gyp rebuild && npx tsc -p .). Skipped, with the reason
// printed, when ../shared/corpora is absent. CONFORMANCE_REPORT=<file> also writes every
// comparison as JSON.
//
// What is compared:
//   * nDPI `.out` flow lines: packets and frame bytes per 5-tuple (+VLAN) and direction;
//   * Zeek conn.log: packets and IP bytes per 5-tuple and direction;
//   * suricata-verify `event_type: flow` checks, evaluated on pseudo-eve records of our flows;
//   * Community ID v1 against Zeek's community-id baselines and suricata-verify checks.
// Per-5-tuple sums do not depend on how a tool splits flows, so counters are compared as sums
// per (protocol, unordered endpoint pair[, VLAN]) and per physical direction; which side each
// tool calls the originator is scored on its own ("direction").

import { existsSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FlowJson, RunSummary } from '../agent/flow/json.js';
import { readCommunityIdBaseline } from './corpora/community-id-baseline.js';
import { readCorpusIndex, type CorpusIndex } from './corpora/corpus-index.js';
import {
  canonicalIp,
  compareSums,
  multisetMatches,
  ourJoinFlows,
  sumByTuple,
  tupleKey,
  type JoinFlow,
  type TupleComparison,
  type TupleSums,
} from './corpora/join.js';
import { ndpiAddressCandidates, readNdpiOut } from './corpora/ndpi-out.js';
import { formatTable, SourceScore } from './corpora/report.js';
import { COMPARISON_OPTIONS, loadReadTraces, NOT_COMPARABLE_CODES, runTraces, type ProbeRun } from './corpora/run-probe.js';
import { countMatches, flowToEve, prepareFlowFilter, readSvSpec, type SvSpec } from './corpora/suricata-verify.js';
import { connRows, hasConnCounters, readZeekLog } from './corpora/zeek-log.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// CONFORMANCE_CORPORA points elsewhere (e.g. to check the skip path).
const corpora = resolve(repoRoot, process.env['CONFORMANCE_CORPORA'] ?? '../shared/corpora');
const haveCorpora = existsSync(join(corpora, 'INDEX.md'));
if (!haveCorpora) console.log(`conformance: skipped, no reference corpora at ${corpora} (../shared/corpora)`);

/** Two traces at a time, one shard worker each: sized for a 2-core runner. */
const CONCURRENCY = 2;
/** Required agreement where the reference is complete (after the explained exclusions below). */
const MIN_AGREEMENT = 0.99;

/**
 * suricata-verify traces run with Suricata's TCP `closed` flow timeout (60 s in the default
 * suricata.yaml) as our close delay: Suricata keeps packets that trail a FIN/FIN exchange (e.g.
 * the server's FIN retransmissions for 57 s in bug-2646-01) in the closed flow, and its flow
 * checks count per flow record. nDPI and Zeek are compared on per-tuple sums, which do not
 * depend on the close delay.
 */
const SURICATA_OPTIONS = { ...COMPARISON_OPTIONS, closeDelayMs: 60_000 };

// =============================================================================================
// Systematic differences. Each is narrow (a named trace, or a tuple-level condition that is
// checked against the data) and every tuple or check it sets aside is listed in the report.
// =============================================================================================

/**
 * nDPI decapsulates tunnels and accounts the *inner* 5-tuple (its `[proto: CAPWAP:…]`,
 * `GTP:…`, `VXLAN:…` prefix says so); the probe does not decapsulate yet and accounts the outer
 * one. Seen in capwap.pcap, capwap_data.pcapng, false_positives.pcapng (GTP in VLAN 10/113),
 * ja3_lots_of_cipher_suites_2_anon.pcap (GTP), vxlan.pcap and zoom.pcap (GTP).
 */
const NDPI_TUNNEL_REASON = 'nDPI decapsulates CAPWAP/GTP/VXLAN and keys the inner 5-tuple; the probe keys the outer one';

/**
 * The other side of the same difference: in a trace where nDPI decapsulated, the packets it
 * moved to inner flows (and the non-IP ones it dropped, e.g. ARP and WLCCP inside CAPWAP data)
 * are missing from its outer tunnel tuple, which we count in full. Applied to the UDP tunnel
 * ports only, where we count at least as much as nDPI. Seen in capwap.pcap (UDP 5247).
 */
const NDPI_TUNNEL_PORTS: Record<number, string> = { 5247: 'CAPWAP data', 2152: 'GTP-U', 4789: 'VXLAN', 37008: 'TZSP' };
const NDPI_TUNNEL_CARRIER_REASON = 'nDPI accounts the decapsulated packets to inner flows, not to the outer tunnel tuple';

/** Traces where nDPI decapsulates without saying so in `[proto: …]`. */
const NDPI_KNOWN: { pcap: string; reason: string }[] = [
  { pcap: 'ndpi/pcap/4in4tunnel.pcap', reason: 'nDPI decapsulates IPv4-in-IPv4 and keys the inner UDP flow; the probe keys the outer IP-in-IP (protocol 4) flow' },
  { pcap: 'ndpi/pcap/6in6tunnel.pcap', reason: 'nDPI decapsulates IPv6-in-IPv6 and keys the inner UDP flow; the probe keys the outer IPv6 (next header 41) flow' },
  {
    pcap: 'ndpi/pcap/fuzz-2021-10-13.pcap',
    reason:
      'corrupt fuzz file (one record, caplen 524501 > wire length 197, file cut short) with a garbage BSD-loopback family: ' +
      'nDPI decodes any family other than 2 as IPv6, the probe counts the frame as non-IP',
  },
];

/**
 * nDPI skips IPv4 fragments after the first (README §0.5); the probe counts every fragment as a
 * packet of its datagram's flow (proto/flow.proto: "every fragment counts as one packet").
 * Applied only where our tuple has fragments and counts at least as many packets as nDPI.
 * Seen in dnscrypt-v1-and-resolver-pings.pcap, ip_fragmented_garbage.pcap,
 * fuzz-2020-02-16-11740.pcap.
 */
const NDPI_FRAGMENT_REASON = 'nDPI does not count non-first IPv4 fragments; the probe counts every fragment';

/**
 * Zeek reassembles IP fragments and accounts one packet (the reassembled datagram) per datagram;
 * the probe counts every fragment, with its own IP header. Applied only where our tuple has
 * fragments and counts at least as many packets. Seen in the outer GTP flows of
 * tunnels/gtp/gtp1_gn_normal_incl_fragmentation.pcap and gtp2_different_udp_port.pcap.
 */
const ZEEK_FRAGMENT_REASON = 'Zeek counts reassembled datagrams; the probe counts every IP fragment';

/**
 * Fuzzed traces with packets the probe rejects as malformed (counted in the run summary's
 * `malformed`, e.g. a TCP data offset below 5 words) while nDPI still accounts them to the flow.
 * Applied only where we count fewer packets than nDPI, by at most the number of malformed
 * packets of the trace. Seen in kerberos_fuzz.pcapng, reasm_crash_anon.pcapng.
 */
const MALFORMED_REASON = 'nDPI counts packets the probe rejects as malformed';

/** Zeek baselines that are not a complete per-tuple truth for their trace. */
const ZEEK_KNOWN: { baseline: string; reason: string }[] = [
  {
    baseline: 'zeek/Baseline/core.pcap.dynamic-filter/conn.log',
    reason: 'the test installs a BPF filter while reading wikipedia.pcap, so Zeek misses the packets after it',
  },
];

/**
 * suricata-verify tests whose flow checks are about tunnelled traffic: Suricata decapsulates
 * (VXLAN, Geneve, Teredo, ERSPAN, IP-in-IP) and logs the inner flows, which the probe does not
 * produce yet.
 */
const SURICATA_KNOWN: { testDir: string; reason: string }[] = [
  ...[
    'vxlan-decoder-02',
    'vxlan-decoder-03',
    'vxlan-decoder-04',
    'vxlan-decoder-07-arp',
    'vxlan-non-zero-reserved-fields',
  ].map((t) => ({ testDir: `suricata-verify/tests/${t}`, reason: 'Suricata decapsulates VXLAN; checks are about inner flows' })),
  { testDir: 'suricata-verify/tests/geneve-decoder', reason: 'Suricata decapsulates Geneve; checks are about inner flows' },
  { testDir: 'suricata-verify/tests/decode-teredo-01', reason: 'Suricata decapsulates Teredo; checks are about inner IPv6 flows' },
  { testDir: 'suricata-verify/tests/decode-erspan-typeII-01', reason: 'Suricata decapsulates ERSPAN type II; checks are about inner flows' },
  {
    testDir: 'suricata-verify/tests/eve-flow-esp',
    reason: 'Suricata keys ESP flows by SPI (two flows of 2 packets); the probe keys ESP by addresses only (one flow of 4)',
  },
  {
    // bug-3616-smtp/input.pcap frames 26, 28, 29, 30: ICMP "fragmentation needed" (590 B each)
    // from 192.168.1.1 quoting the 10.10.1.4:1470 → 74.53.140.153:25 connection.
    testDir: 'suricata-verify/tests/smtp-eve',
    reason:
      'Suricata counts ICMP errors in the flow of the packet they quote (4 × 590 B toclient); the probe counts them as an ICMP flow of their own',
  },
  ...[
    'ids-middleware-pkt-flows-recursion-excluded',
    'ids-middleware-pkt-flows-recursion-included',
    'ids-tunnel-pkt-flows-recursion-excluded',
    'ids-tunnel-pkt-flows-recursion-included',
  ].map((t) => ({
    testDir: `suricata-verify/tests/flow-pkt-recursion/${t}`,
    reason: 'Suricata decapsulates IP-in-IP/GRE and keys inner flows by recursion level; checks are about inner ICMP flows',
  })),
];

// =============================================================================================

type OkRun = Extract<ProbeRun, { ok: true }>;

function runOf(runs: Map<string, ProbeRun>, pcap: string): ProbeRun {
  const r = runs.get(join(corpora, pcap));
  if (!r) throw new Error(`no probe run for ${pcap}`);
  return r;
}

function malformedTotal(s: RunSummary): number {
  return Object.values(s.malformed).reduce((a, b) => a + b, 0);
}

const ZERO: TupleSums['loToHi'] = { packets: 0, bytes: 0 };

/** Our sums for a comparison, zero when we have no such tuple. */
function oursOf(c: TupleComparison): { loToHi: TupleSums['loToHi']; hiToLo: TupleSums['loToHi']; fragments: number } {
  return c.ours ?? { loToHi: ZERO, hiToLo: ZERO, fragments: 0 };
}

/** We counted every fragment where the reference counted datagrams (or first fragments only). */
function explainedByFragments(c: TupleComparison): boolean {
  const o = oursOf(c);
  return o.fragments > 0 && o.loToHi.packets >= c.ref.loToHi.packets && o.hiToLo.packets >= c.ref.hiToLo.packets;
}

/** We skipped (at most all of) the trace's malformed packets that the reference counted. */
function explainedByMalformed(c: TupleComparison, run: OkRun): boolean {
  const o = oursOf(c);
  const deficit = c.ref.loToHi.packets - o.loToHi.packets + (c.ref.hiToLo.packets - o.hiToLo.packets);
  return (
    o.loToHi.packets <= c.ref.loToHi.packets &&
    o.hiToLo.packets <= c.ref.hiToLo.packets &&
    deficit > 0 &&
    deficit <= malformedTotal(run.summary)
  );
}

/** Every reference tuple with our counterpart, and our tuples the reference does not have. */
function tupleDetails(cmp: TupleComparison[], ref: Map<string, TupleSums>, ours: Map<string, TupleSums>): unknown {
  return {
    tuples: cmp.map((c) => ({ key: c.key, ok: c.packetsMatch && c.bytesMatch, ref: c.ref, ours: c.ours })),
    extra: [...ours.values()].filter((t) => !ref.has(t.key)),
  };
}

describe.skipIf(!haveCorpora)('corpus conformance', () => {
  let index: CorpusIndex;
  let runs: Map<string, ProbeRun>;
  let suricataRuns: Map<string, ProbeRun>;
  const scores: SourceScore[] = [];
  const jsonReport: Record<string, unknown> = {};

  beforeAll(async () => {
    index = readCorpusIndex(join(corpora, 'INDEX.md'));
    const readTraces = await loadReadTraces(repoRoot);
    const t0 = Date.now();
    const abs = (p: string) => join(corpora, p);
    runs = await runTraces(readTraces, [...index.ndpi.map((e) => e.pcap), ...index.zeek.map((e) => e.trace)].map(abs), CONCURRENCY);
    suricataRuns = await runTraces(readTraces, index.suricata.map((e) => abs(e.pcap)), CONCURRENCY, SURICATA_OPTIONS);
    console.log(
      `conformance: ${runs.size + suricataRuns.size} trace runs through the probe in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
    );
  }, 600_000);

  afterAll(() => {
    if (scores.length) console.log(formatTable(scores));
    const out = process.env['CONFORMANCE_REPORT'];
    if (out) writeFileSync(out, JSON.stringify(jsonReport, null, 1));
  }, 120_000);

  // -------------------------------------------------------------------------------------------
  it('nDPI: per-tuple packets and frame bytes match ndpiReader', () => {
    const score = new SourceScore('nDPI .out (frame bytes)');
    scores.push(score);
    const details: Record<string, unknown> = (jsonReport['ndpi'] = {});
    for (const e of index.ndpi) {
      const run = runOf(runs, e.pcap);
      if (!run.ok) {
        score.failedRun(e.pcap, run.code, run.message, NOT_COMPARABLE_CODES.has(run.code));
        continue;
      }
      const ref = readNdpiOut(join(corpora, e.result));
      const ourAddrs = new Set(run.flows.flatMap((f) => [canonicalIp(f.srcAddr), canonicalIp(f.dstAddr)]));
      // nDPI's own IPv6 printing is ambiguous for some addresses: take the reading that exists.
      const addr = (text: string) => {
        const c = ndpiAddressCandidates(text).map(canonicalIp);
        return c.find((a) => ourAddrs.has(a)) ?? c[0];
      };
      // nDPI keys flows on (innermost VLAN, protocol, addresses, ports for TCP/UDP only).
      const tunnelled = new Set<string>();
      const refFlows: JoinFlow[] = ref.flows.map((f) => {
        const jf: JoinFlow = {
          protocol: f.protocol,
          src: { ip: addr(f.srcIp), port: f.srcPort },
          dst: { ip: addr(f.dstIp), port: f.dstPort },
          vlan: f.vlan ? String(f.vlan) : '',
          fwd: f.srcToDst,
          rev: f.dstToSrc,
          label: `#${f.index}`,
        };
        if (f.tunnel) tunnelled.add(tupleKey(jf.protocol, jf.src, jf.dst, jf.vlan).key);
        return jf;
      });
      const ours = ourJoinFlows(run.flows, { basis: 'frameBytes', vlan: 'inner-or-outer', portless: (p) => p !== 6 && p !== 17 });
      const refSums = sumByTuple(refFlows);
      const ourSums = sumByTuple(ours);
      const cmp = compareSums(refSums, ourSums);
      details[e.pcap] = tupleDetails(cmp, refSums, ourSums);
      const known = NDPI_KNOWN.find((k) => k.pcap === e.pcap);
      if (known) {
        score.exclude(e.pcap, known.reason, cmp.length);
        continue;
      }
      score.pcapsCompared++;
      score.addTuples(e.pcap, cmp, (c) => {
        if (tunnelled.has(c.key)) return NDPI_TUNNEL_REASON;
        const o = oursOf(c);
        if (
          tunnelled.size > 0 &&
          c.ref.protocol === 17 &&
          (c.ref.lo.port in NDPI_TUNNEL_PORTS || c.ref.hi.port in NDPI_TUNNEL_PORTS) &&
          o.loToHi.packets >= c.ref.loToHi.packets &&
          o.hiToLo.packets >= c.ref.hiToLo.packets
        )
          return NDPI_TUNNEL_CARRIER_REASON;
        if (explainedByFragments(c)) return NDPI_FRAGMENT_REASON;
        if (explainedByMalformed(c, run)) return `${MALFORMED_REASON} (${JSON.stringify(run.summary.malformed)})`;
        return null;
      });
      // Reported, not scored: includes the outer tunnel flows nDPI replaced by inner ones and our
      // port-less flows of fragments whose first fragment is missing.
      score.oursUnmatched += [...ourSums.keys()].filter((k) => !refSums.has(k)).length;
    }
    expect(score.probeErrors).toEqual([]);
    expect(score.refTuples).toBeGreaterThan(0);
    expect(score.agreement).toBeGreaterThanOrEqual(MIN_AGREEMENT);
  }, 120_000);

  // -------------------------------------------------------------------------------------------
  it('Zeek: per-tuple packets and IP bytes match conn.log', () => {
    const score = new SourceScore('Zeek conn.log (IP bytes)');
    scores.push(score);
    const details: Record<string, unknown> = (jsonReport['zeek'] = {});
    for (const e of index.zeek) {
      for (const baseline of e.baselines) {
        if (!/\/conn[^/]*\.log$/.test(baseline)) continue;
        const log = readZeekLog(join(corpora, baseline));
        if (!hasConnCounters(log)) continue; // zeek-cut baselines without the counter columns
        const where = `${e.trace} (${baseline.replace(/^zeek\/Baseline\//, '')})`;
        const run = runOf(runs, e.trace);
        if (!run.ok) {
          score.failedRun(where, run.code, run.message, NOT_COMPARABLE_CODES.has(run.code));
          continue;
        }
        const known = ZEEK_KNOWN.find((k) => k.baseline === baseline);
        if (known) {
          score.exclude(where, known.reason, log.rows.length);
          continue;
        }
        const refFlows: JoinFlow[] = [];
        const uncounted: JoinFlow[] = [];
        for (const r of connRows(log)) {
          // Zeek logs the inner connection of a tunnel (tunnel_parents set) besides the outer
          // one; the probe does not decapsulate. (Teredo, Geneve, VXLAN, GTP, GRE, ERSPAN traces.)
          if (r.tunnelParents.length > 0) {
            score.exclude(where, 'inner connection of a tunnel: Zeek decapsulates, the probe does not', 1);
            continue;
          }
          const jf: JoinFlow = {
            protocol: r.protocol,
            src: { ip: canonicalIp(r.origH), port: r.origP },
            dst: { ip: canonicalIp(r.respH), port: r.respP },
            vlan: '', // Zeek's default connection key has no VLAN
            fwd: { packets: r.origPkts ?? 0, bytes: r.origIpBytes ?? 0 },
            rev: { packets: r.respPkts ?? 0, bytes: r.respIpBytes ?? 0 },
            label: r.uid,
          };
          // Rows that assert no counters only have to exist among our flows:
          // * `-`: the test did not attach the connection-size analyzer (wikipedia.pcap in
          //   scripts.base.frameworks.analyzer.request-analyzer);
          // * 0 packets both ways: Zeek logged a connection whose packets it did not count (bad
          //   UDP checksums, history C, in vxlan-encapsulated-igmp-v2.pcap run without -C; the
          //   VN-Tag-in-VLAN frame of vntag_vlan_sandwich_clean.pcap).
          const counted = r.origPkts !== null && r.respPkts !== null && r.origIpBytes !== null && r.respIpBytes !== null;
          if (!counted || r.origPkts! + r.respPkts! === 0) uncounted.push(jf);
          else refFlows.push(jf);
        }
        const ourSums = sumByTuple(ourJoinFlows(run.flows, { basis: 'ipBytes', vlan: 'none' }));
        const refSums = sumByTuple(refFlows);
        const cmp = compareSums(refSums, ourSums);
        details[baseline] = tupleDetails(cmp, refSums, ourSums);
        score.pcapsCompared++;
        score.addTuples(where, cmp, (c) => (explainedByFragments(c) ? ZEEK_FRAGMENT_REASON : null));
        const uncountedSums = sumByTuple(uncounted);
        for (const [key, t] of uncountedSums)
          if (!refSums.has(key)) score.addJoinOnly(where, key, ourSums.has(key), `conn.log row ${t.labels.join(',')} without packet counters`);
        // Runs with a capture filter (-f 'port 22', -f "port 50000") log a subset of the tuples.
        score.oursUnmatched += [...ourSums.keys()].filter((k) => !refSums.has(k) && !uncountedSums.has(k)).length;
      }
    }
    expect(score.probeErrors).toEqual([]);
    expect(score.refTuples).toBeGreaterThan(0);
    expect(score.agreement).toBeGreaterThanOrEqual(MIN_AGREEMENT);
  }, 120_000);

  // -------------------------------------------------------------------------------------------
  it('Community ID: matches Zeek baselines and suricata-verify checks', () => {
    const score = new SourceScore('Community ID v1 (seed 0)');
    scores.push(score);
    // Zeek: every connection of the trace (multiset); run-pcaps prints each at
    // connection_state_remove, the community-id-logging conn.log.cut holds the logged ones.
    for (const e of index.zeek) {
      for (const baseline of e.baselines) {
        const isRunPcaps = baseline.includes('/bifs.community_id.run-pcaps/');
        if (!isRunPcaps && !baseline.includes('/scripts.policy.protocols.conn.community-id-logging/')) continue;
        const run = runOf(runs, e.trace);
        if (!run.ok) {
          score.failedRun(e.trace, run.code, run.message, NOT_COMPARABLE_CODES.has(run.code));
          continue;
        }
        score.pcapsCompared++;
        const expected = readCommunityIdBaseline(join(corpora, baseline)).map((x) => x.communityId);
        const got = run.flows.map((f) => f.communityId);
        const m = multisetMatches(expected, got);
        score.cidRef += expected.length;
        score.cidMatched += m.matched;
        for (const miss of m.missing)
          score.disagreements.push({ pcap: e.trace, what: baseline, expected: miss, got: `not among our ${got.length} flows`, weight: 1 });
        if (isRunPcaps) score.oursUnmatched += m.extra.length;
      }
    }
    // suricata-verify: a check of any event type that names a community_id asserts the id of a
    // flow of the trace; only tests that keep the default seed 0 are comparable.
    for (const e of index.suricata) {
      const spec = readSvSpec(join(corpora, e.testDir), e.testDir);
      const ids = new Set<string>();
      for (const f of spec.filters) {
        const cid = f.match['community_id'];
        if (typeof cid === 'string' && f.count > 0 && !(f.requires && 'lt-version' in f.requires)) ids.add(cid);
      }
      if (ids.size === 0) continue;
      if (spec.communityIdSeed !== 0) {
        score.exclude(e.testDir, `the test sets community-id-seed ${spec.communityIdSeed}; the probe uses seed 0`, ids.size);
        continue;
      }
      const run = runOf(suricataRuns, e.pcap);
      if (!run.ok) {
        score.failedRun(e.pcap, run.code, run.message, NOT_COMPARABLE_CODES.has(run.code));
        continue;
      }
      score.pcapsCompared++;
      const have = new Set(run.flows.map((f) => f.communityId));
      for (const id of ids) {
        score.cidRef++;
        if (have.has(id)) score.cidMatched++;
        else score.disagreements.push({ pcap: e.pcap, what: `${e.testDir} community_id`, expected: id, got: 'no flow with it', weight: 1 });
      }
    }
    expect(score.probeErrors).toEqual([]);
    expect(score.cidRef).toBeGreaterThan(0);
    expect(score.cidMatched / score.cidRef).toBeGreaterThanOrEqual(MIN_AGREEMENT);
  }, 120_000);

  // -------------------------------------------------------------------------------------------
  it('suricata-verify: event_type flow checks hold on our flow records', () => {
    const score = new SourceScore('suricata-verify flow checks');
    scores.push(score);
    const details: unknown[] = (jsonReport['suricata'] = []) as unknown[];
    for (const e of index.suricata) {
      let spec: SvSpec;
      try {
        spec = readSvSpec(join(corpora, e.testDir), e.testDir);
      } catch (err) {
        score.notComparable.push({ pcap: e.testDir, reason: `test.yaml: ${String(err)}` });
        continue;
      }
      const prepared = spec.filters.map((f) => prepareFlowFilter(f, spec.communityIdSeed));
      for (const p of prepared) if (p.kind === 'skipped') score.skipFilter(p.reason);
      const comparable = prepared.flatMap((p) => (p.kind === 'comparable' ? [p] : []));
      if (comparable.length === 0) continue;
      const known = SURICATA_KNOWN.find((k) => k.testDir === e.testDir);
      if (known) {
        score.exclude(e.testDir, known.reason, comparable.length);
        continue;
      }
      const run = runOf(suricataRuns, e.pcap);
      if (!run.ok) {
        score.failedRun(`${e.testDir} (${e.pcap})`, run.code, run.message, NOT_COMPARABLE_CODES.has(run.code));
        continue;
      }
      score.pcapsCompared++;
      const eves = run.flows.map((f) => flowToEve(f));
      const swapped = run.flows.map((f) => flowToEve(f, true));
      for (const p of comparable) {
        // With keys dropped (app_proto, flow.state, …) the records Suricata counted are a subset
        // of those matching what is left: we need at least `count` of them, not exactly.
        const holds = (n: number) => (p.dropped.length > 0 ? n >= p.filter.count : n === p.filter.count);
        const expected = `${p.dropped.length > 0 ? 'at least' : 'exactly'} ${p.filter.count}`;
        const got = countMatches(eves, p.match);
        const gotSwapped = holds(got) ? got : countMatches(swapped, p.match);
        score.filters++;
        if (holds(got)) score.filtersPassed++;
        else if (holds(gotSwapped)) {
          score.filtersPassedIfSwapped++;
          score.directionOnly.push(`${e.testDir} check #${p.filter.index} ${JSON.stringify(p.match)}`);
        }
        else
          score.disagreements.push({
            pcap: e.testDir,
            what: `check #${p.filter.index} ${JSON.stringify(p.match)}${p.dropped.length ? ` (dropped ${p.dropped.join(', ')})` : ''}`,
            expected,
            got: `${got}; ${describeNear(run.flows, p.match)}`,
            weight: 1,
          });
        details.push({ test: e.testDir, check: p.filter.index, match: p.match, dropped: p.dropped, expected, got, gotSwapped });
      }
    }
    // direction: of the checks that hold, those that hold without swapping sides
    score.directionAgree = score.filtersPassed;
    score.directionTotal = score.filtersPassed + score.filtersPassedIfSwapped;
    expect(score.probeErrors).toEqual([]);
    expect(score.filters).toBeGreaterThan(0);
    // A check that holds once our record is written from the other side differs in direction
    // only (Suricata's midstream and app-layer direction heuristics); direction is reported on
    // its own, counters must agree.
    expect((score.filtersPassed + score.filtersPassedIfSwapped) / score.filters).toBeGreaterThanOrEqual(MIN_AGREEMENT);
  }, 120_000);
});

/** Our flows that share the filter's addresses/ports, for the disagreement report. */
function describeNear(flows: FlowJson[], match: Record<string, unknown>): string {
  const want = (k: string) => (k in match ? String(match[k]) : null);
  const ips = [want('src_ip'), want('dest_ip')].filter((x): x is string => x !== null).map(canonicalIp);
  const ports = [want('src_port'), want('dest_port')].filter((x): x is string => x !== null).map(Number);
  const near = flows.filter(
    (f) =>
      ips.every((ip) => [canonicalIp(f.srcAddr), canonicalIp(f.dstAddr)].includes(ip)) &&
      ports.every((p) => f.srcPort === p || f.dstPort === p),
  );
  if (near.length === 0) return 'no flow with those endpoints';
  return near
    .slice(0, 4)
    .map(
      (f) =>
        `${f.srcAddr}:${f.srcPort} → ${f.dstAddr}:${f.dstPort} ${f.fwd.packets}p/${f.fwd.frameBytes}B ↔ ` +
        `${f.rev.packets}p/${f.rev.frameBytes}B flags ${f.fwd.tcpFlags.toString(16)}/${f.rev.tcpFlags.toString(16)} ` +
        `age ${Math.floor((f.startUs + f.durationUs) / 1e6) - Math.floor(f.startUs / 1e6)}`,
    )
    .join('; ');
}
