// Flow records are written as protobuf straight from the table slots (agent/flow/encode.ts),
// not by the code protobufjs generates from proto/flow.proto. Here the generated decoder reads
// what the encoder wrote: every field of the .proto must appear for flows that have a value
// for it (a field added to the .proto but not to the encoder fails here), and large values
// must come through exactly. Also: our single-block SHA-1 against node:crypto.

import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { FlowAccounting } from '../agent/flow/accounting.js';
import { BatchEncoder } from '../agent/flow/encode.js';
import { decodeRecords } from '../agent/flow/output.js';
import { toFlowJson } from '../agent/flow/json.js';
import { sha1Short } from '../agent/flow/sha1.js';
import { F_BYTES, SLOT_BYTES, type FlowSink } from '../agent/flow/table.js';
import { probe } from '../proto/gen/probe.js';
import { ethernet, icmp, icmpEcho, ip, ipv4Fragments, tcpConversation, udp, type Frame } from './lib/craft.js';

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

describe('sha1Short', () => {
  it('matches node:crypto for every length up to 55 bytes', () => {
    const out = new Uint8Array(20);
    for (let len = 0; len <= 55; len++) {
      for (let k = 0; k < 20; k++) {
        const input = new Uint8Array(randomBytes(len));
        sha1Short(input, len, out);
        expect(Buffer.from(out).toString('hex')).toBe(createHash('sha1').update(input).digest('hex'));
      }
    }
  });
});
