// Flow records are written as protobuf straight from the table slots (agent/flow/encode.ts),
// not by the code protobufjs generates from proto/flow.proto. Here the generated decoder reads
// what the encoder wrote: every field of the .proto must appear for flows that have a value
// for it (a field added to the .proto but not to the encoder fails here), and large values
// must come through exactly. Community IDs are filled in natively once per batch (native/sha1.cc):
// they must equal node:crypto's SHA-1 of the decoded record's tuple (community-id.ts builds the
// input for both), in every record of every batch. Also: the native SHA-1 against node:crypto.

import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { addon } from '../agent/capture/native.js';
import { icmpCounterpart } from '../agent/decode/icmp.js';
import { DLT_EN10MB, LINKTYPE_RAW } from '../agent/decode/link.js';
import { readVarint } from '../agent/export/messages.js';
import { FlowAccounting } from '../agent/flow/accounting.js';
import { COMMUNITY_ID_INPUT_MAX, COMMUNITY_ID_LENGTH, writeCommunityIdInput } from '../agent/flow/community-id.js';
import { BatchEncoder } from '../agent/flow/encode.js';
import type { L7Engine } from '../agent/l7/engine.js';
import { decodeRecords } from '../agent/flow/output.js';
import { toFlowJson } from '../agent/flow/json.js';
import { F_BYTES, SLOT_BYTES, type FlowSink } from '../agent/flow/table.js';
import { probe } from '../proto/gen/probe.js';
import { ethernet, icmp, icmpEcho, icmpv6, ip, ipv4Fragments, prng, sctp, tcp, tcpConversation, udp, type Frame } from './lib/craft.js';

const T0 = 1_700_000_000_000_000;

function encode(frames: Frame[], sink?: (enc: BatchEncoder) => FlowSink, activeTimeoutUs = 300e6): Uint8Array {
  const enc = new BatchEncoder();
  const acc = new FlowAccounting(
    { capacity: 100, idleTimeoutUs: 30e6, activeTimeoutUs, closeDelayUs: 5e6, shard: 3, shards: 4, idGeneration: 0xfedcba98 },
    sink ? sink(enc) : { emit: (t, slot, reason) => enc.add(t, slot, reason) },
  );
  for (const f of frames) {
    acc.pkt.ts = f.tsUs;
    acc.packet(f.bytes, 0, f.bytes.length, f.bytes.length, 1);
  }
  acc.table.flushAll(4);
  return enc.finish();
}

const L7_FIELDS = ['appProtocol', 'appProtocolGuessed', 'serverName', 'dns', 'http', 'tls', 'quic', 'ssh', 'dhcp'];

/** Field names of a generated message class (its prototype carries one default per field). */
function fieldsOf(cls: { prototype: object }): string[] {
  return Object.getOwnPropertyNames(cls.prototype).filter((k) => k !== 'constructor' && k !== 'toJSON' && !k.startsWith('$'));
}

describe('direct protobuf encoder', () => {
  it('writes every field of FlowRecord and DirectionCounters for flows that have a value for it', () => {
    const tcpFrames = tcpConversation({ client: { ip: '192.0.2.1', port: 40000 }, server: { ip: '192.0.2.2', port: 80 }, startUs: T0, exchanges: [{ request: 300, response: 5000 }], link: (p) => ethernet({ tags: [{ vid: 100 }, { vid: 200 }] }, p) });
    const data = tcpFrames.findIndex((f) => f.bytes.length > 300); // the request segment
    tcpFrames.splice(data + 1, 0, { ...tcpFrames[data], tsUs: tcpFrames[data].tsUs + 1 }); // sent again
    const frames: Frame[] = [
      ...tcpFrames,
      ...icmpEcho({ client: '2001:db8::1', server: '2001:db8::2', startUs: T0, id: 1, count: 2 }),
      ...ipv4Fragments({ src: '198.51.100.1', dst: '198.51.100.2', id: 5 }, udp({ sport: 9, dport: 10 }, new Uint8Array(2500)), 1200).map((b, i) => ({ tsUs: T0 + 10 + i, bytes: ethernet({}, b) })),
    ];
    frames.push({ tsUs: T0 + 20, bytes: ethernet({}, ip({ src: '192.0.2.9', dst: '192.0.2.1' }, icmp({ type: 3, code: 3 }, new Uint8Array(28)))) }); // port unreachable
    // a long UDP flow cut by the active timeout, so `part` > 0 appears
    for (let s = 0; s < 3; s++) frames.push({ tsUs: T0 + s * 2e6, bytes: ethernet({}, ip({ src: '203.0.113.1', dst: '203.0.113.2' }, udp({ sport: 1, dport: 2 }, new Uint8Array(20)))) });
    frames.sort((a, b) => a.tsUs - b.tsUs);
    const flows = probe.v1.FlowBatch.decodeDelimited(encode(frames, undefined, 3e6)).flows;
    const seen = new Set<string>();
    const seenDir = new Set<string>();
    for (const f of flows) {
      for (const k of Object.keys(f)) seen.add(k);
      for (const d of [f.fwd, f.rev]) if (d) for (const k of Object.keys(d)) seenDir.add(k);
    }
    // The application-layer fields (25…) come from agent/l7/engine.ts, not from the slot; they
    // are checked on real traffic in test/l7-pipeline.test.ts and test/privacy-canary.test.ts.
    expect([...seen].sort()).toEqual(fieldsOf(probe.v1.FlowRecord).filter((k) => !L7_FIELDS.includes(k)).sort());
    expect([...seenDir].sort()).toEqual(fieldsOf(probe.v1.DirectionCounters).sort());
    const tcp = toFlowJson(flows.find((f) => f.protocol === 6)!);
    expect(tcp).toMatchObject({ srcPort: 40000, dstPort: 80, vlanId: 100, innerVlanId: 200, fwd: { payloadBytes: 600, retransmissions: 1 } /* the resent 300 count again */, rev: { payloadBytes: 5000 } });
    expect(tcp.flowId).toBe(((0xfedcba98n << 32n) | 3n).toString()); // generation << 32 | counter × shards + shard
  });

  it('writes counters above 2^32 exactly', () => {
    const frames = tcpConversation({ client: { ip: '192.0.2.1', port: 1 }, server: { ip: '192.0.2.2', port: 2 }, startUs: T0 });
    const bytes = encode(frames, (enc) => ({
      emit(t, slot, reason) {
        t.f64[(slot * SLOT_BYTES + F_BYTES) >> 3] = 2 ** 40 + 3; // fwd frame bytes of an elephant flow
        enc.add(t, slot, reason);
      },
    }));
    expect(toFlowJson(decodeRecords(bytes)[0]).fwd.frameBytes).toBe(2 ** 40 + 3);
  });
});

/** The lengths of the records in one length-delimited FlowBatch, as its prefixes give them. */
function recordLengths(batch: Uint8Array): number[] {
  const [len, start] = readVarint(batch, 0);
  expect(start + len).toBe(batch.length);
  const lengths: number[] = [];
  for (let q = start; q < batch.length; ) {
    expect(batch[q]).toBe(0x0a); // FlowBatch.flows
    const [n, at] = readVarint(batch, q + 1);
    lengths.push(n);
    q = at + n;
  }
  return lengths;
}

/** The Community ID of a decoded record, hashed by node:crypto. */
function jsCommunityId(f: probe.v1.IFlowRecord): string {
  const words = (a: Uint8Array) => Array.from({ length: a.length / 4 }, (_, i) => new DataView(a.buffer, a.byteOffset).getUint32(4 * i));
  const protocol = f.protocol ?? 0;
  const oneWay = (protocol === 1 || protocol === 58) && icmpCounterpart(protocol, f.srcPort ?? 0) < 0; // ports are type, code
  const input = new Uint8Array(COMMUNITY_ID_INPUT_MAX);
  const n = writeCommunityIdInput(input, 0, f.ipVersion!, protocol, words(f.srcAddr!), words(f.dstAddr!), f.srcPort ?? 0, f.dstPort ?? 0, !oneWay);
  return `1:${createHash('sha1').update(input.subarray(0, n)).digest('base64')}`;
}

type LinkFrame = { bytes: Uint8Array; linkType: number };

/** One packet each of `count` flows: random endpoints, IPv4 and IPv6, TCP, UDP, SCTP, ICMP of
 *  every type (one-way and paired), GRE and ESP (no ports); half with an Ethernet header (MACs
 *  in the record), half raw IP, so records are shorter and longer than 128 bytes. */
function randomFlows(count: number, seed: number): LinkFrame[] {
  const rnd = prng(seed);
  const int = (n: number) => Math.floor(rnd() * n);
  const v4 = () => `10.${int(3)}.${int(3)}.${int(256)}`; // small ranges: equal addresses and reversed pairs happen
  const v6 = () => `2001:db8::${int(3).toString(16)}:${int(65536).toString(16)}`;
  const frames: LinkFrame[] = [];
  for (let i = 0; i < count; i++) {
    const six = rnd() < 0.4;
    const src = six ? v6() : v4();
    const dst = rnd() < 0.05 ? src : six ? v6() : v4();
    const ports = { sport: rnd() < 0.1 ? 80 : int(65536), dport: rnd() < 0.1 ? 80 : int(65536) };
    const kind = int(6);
    const l4 =
      kind === 0 ? tcp({ ...ports, flags: 0x02 }) :
      kind === 1 ? udp(ports) :
      kind === 2 ? sctp(ports) :
      kind === 3 ? (six ? icmpv6 : icmp)({ type: int(256), code: int(4) }, new Uint8Array(4)) :
      null;
    const other = kind === 4 ? 47 : 50;
    const packet = l4 ? ip({ src, dst }, l4) : ip({ src, dst, protocol: other, nextHeader: other }, new Uint8Array(8));
    frames.push(rnd() < 0.5 ? { bytes: ethernet({}, packet), linkType: DLT_EN10MB } : { bytes: packet, linkType: LINKTYPE_RAW });
  }
  return frames;
}

/** A record per flow through `enc`, finished every `batchRecords` records; the batches. */
function encodeBatches(frames: LinkFrame[], enc: BatchEncoder, batchRecords: number): Uint8Array[] {
  const batches: Uint8Array[] = [];
  const acc = new FlowAccounting(
    { capacity: 16_384, idleTimeoutUs: 30e6, activeTimeoutUs: 300e6, closeDelayUs: 5e6, shard: 0, shards: 1, idGeneration: 1 },
    {
      emit: (t, slot, reason) => {
        enc.add(t, slot, reason);
        if (enc.count === batchRecords) batches.push(enc.finish());
      },
    },
  );
  frames.forEach((f, i) => {
    acc.pkt.ts = T0 + i;
    acc.packet(f.bytes, 0, f.bytes.length, f.bytes.length, f.linkType);
  });
  acc.table.flushAll(4);
  batches.push(enc.finish());
  return batches;
}

describe('Community IDs, hashed natively per batch', () => {
  it('match node:crypto for 10k random flows over many batches', () => {
    const batches = encodeBatches(randomFlows(10_000, 4), new BatchEncoder(), 777); // not a multiple of 8
    const lengths = batches.flatMap(recordLengths);
    expect(lengths.some((n) => n < 128) && lengths.some((n) => n >= 128)).toBe(true); // 1- and 2-byte prefixes
    const flows = batches.flatMap((b) => decodeRecords(b));
    expect(flows.length).toBeGreaterThan(9_000);
    const kinds = new Set<string>();
    for (const f of flows) {
      expect(f.communityId).toBe(jsCommunityId(f));
      kinds.add(`${f.ipVersion}/${f.protocol}`);
    }
    expect(kinds).toEqual(new Set(['4/6', '4/17', '4/132', '4/1', '4/47', '4/50', '6/6', '6/17', '6/132', '6/58', '6/47', '6/50']));
  });

  it('stay with their records when application-layer fields make the length prefix 3 bytes', () => {
    // A stand-in for the L7 engine that appends a server_name of 0 B to 70 kB.
    const sizes = [0, 20, 100, 16_000, 16_400, 70_000];
    let k = 0;
    const l7 = {
      encode(_t: unknown, _slot: number, b: Uint8Array, p: number): number {
        const n = sizes[k++ % sizes.length];
        if (n === 0) return p;
        b[p++] = 0xda; // 27 server_name
        b[p++] = 0x01;
        for (let v = n; ; v >>>= 7) {
          if (v < 128) {
            b[p++] = v;
            break;
          }
          b[p++] = (v & 0x7f) | 0x80;
        }
        b.fill(0x61, p, p + n);
        return p + n;
      },
    } as unknown as L7Engine;
    const batches = encodeBatches(randomFlows(300, 5), new BatchEncoder(l7), 50);
    const prefixes = new Set(batches.flatMap(recordLengths).map((n) => (n < 128 ? 1 : n < 16_384 ? 2 : 3)));
    expect(prefixes).toEqual(new Set([1, 2, 3]));
    const flows = batches.flatMap((b) => decodeRecords(b));
    expect(flows.length).toBeGreaterThan(250);
    for (const f of flows) expect(f.communityId).toBe(jsCommunityId(f));
    expect(new Set(flows.map((f) => f.serverName?.length ?? 0))).toEqual(new Set(sizes));
  });

  it('are base64 SHA-1 digests (node:crypto) of every input length, written where asked', () => {
    const count = 41 * 9; // each length 0..40, nine times
    const inputs = new Uint8Array(randomBytes(count * COMMUNITY_ID_INPUT_MAX));
    const lengths = Uint8Array.from({ length: count }, (_, i) => i % 41);
    const holes = Uint32Array.from({ length: count }, (_, i) => 7 + ((i * 53) % count) * 31); // shuffled, unaligned
    const out = new Uint8Array(7 + count * 31);
    addon.communityIds(inputs, lengths, holes, count, out);
    for (let i = 0; i < count; i++) {
      const input = inputs.subarray(i * COMMUNITY_ID_INPUT_MAX, i * COMMUNITY_ID_INPUT_MAX + lengths[i]);
      const text = Buffer.from(out.subarray(holes[i], holes[i] + COMMUNITY_ID_LENGTH)).toString('latin1');
      expect(text).toBe(`1:${createHash('sha1').update(input).digest('base64')}`);
      expect(out[holes[i] + COMMUNITY_ID_LENGTH]).toBe(0); // nothing past the hole
    }
  });

  it('refuse arguments that would write or read out of bounds (PROBE_E_USAGE)', () => {
    const inputs = new Uint8Array(4 * COMMUNITY_ID_INPUT_MAX);
    const lengths = new Uint8Array(4).fill(13);
    const holes = Uint32Array.of(0, 30, 60, 90);
    const out = new Uint8Array(120);
    const call = (patch: Partial<{ inputs: Uint8Array; lengths: Uint8Array; holes: Uint32Array; count: number; out: Uint8Array }>) => () => {
      const a = { inputs, lengths, holes, count: 4, out, ...patch };
      addon.communityIds(a.inputs, a.lengths, a.holes, a.count, a.out);
    };
    expect(call({})).not.toThrow();
    for (const bad of [
      { count: 5 }, { count: -1 }, { count: 1.5 }, { count: NaN },
      { inputs: new Uint8Array(3 * COMMUNITY_ID_INPUT_MAX) },
      { lengths: Uint8Array.of(13, 13, 41, 13) },
      { holes: Uint32Array.of(0, 30, 60, 91) },
      { holes: Uint32Array.of(0, 30, 60, 0xffffffff) },
      { out: new Uint8Array(119) },
      { holes: new Uint8Array(4) as unknown as Uint32Array },
    ]) {
      expect(call(bad)).toThrow(expect.objectContaining({ code: 'PROBE_E_USAGE' }));
    }
  });
});
