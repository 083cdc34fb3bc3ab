// The protobuf written straight from table slots (agent/flow/encode.ts) must say exactly what
// proto/flow.proto says. We decode it with the code protobufjs generates from the .proto and
// compare every field with the record read from the same slot; a field added to the .proto
// but not to the encoder fails here. Also: our SHA-1 against node:crypto.

import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { FlowAccounting } from '../agent/flow/accounting.js';
import { BatchEncoder } from '../agent/flow/encode.js';
import { readRecord, type FlowRecordData } from '../agent/flow/record.js';
import { sha1Short } from '../agent/flow/sha1.js';
import { probe } from '../proto/gen/flow.js';
import { ethernet, icmpEcho, ip, ipv4Fragments, tcpConversation, udp, type Frame } from './lib/craft.js';
import { F_BYTES, SLOT_BYTES } from '../agent/flow/table.js';

const T0 = 1_700_000_000_000_000;

function flowsOf(frames: Frame[]): { records: FlowRecordData[]; batch: Uint8Array } {
  const records: FlowRecordData[] = [];
  const enc = new BatchEncoder();
  const acc = new FlowAccounting(
    { capacity: 100, idleTimeoutUs: 30e6, activeTimeoutUs: 300e6, closeDelayUs: 5e6, shard: 3, shards: 4, idGeneration: 0xfedcba98 },
    {
      emit(t, slot, reason) {
        records.push(readRecord(t, slot, reason));
        enc.add(t, slot, reason);
      },
    },
  );
  for (const f of frames) {
    acc.pkt.ts = f.tsUs;
    acc.packet(f.bytes, 0, f.bytes.length, f.bytes.length, 1);
  }
  acc.table.flushAll(4);
  return { records, batch: enc.finish() };
}

/** Every field of a decoded message as plain values (uint64 as exact strings). */
function plain(m: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(m)) {
    if (v instanceof Uint8Array) out[k] = Array.from(v);
    else if (v && typeof v === 'object' && 'low' in v && 'high' in v) {
      const l = v as { low: number; high: number };
      out[k] = ((BigInt(l.high >>> 0) << 32n) | BigInt(l.low >>> 0)).toString();
    } else if (v && typeof v === 'object') out[k] = plain(v as Record<string, unknown>);
    else out[k] = typeof v === 'number' ? String(v) : v;
  }
  return out;
}

describe('direct protobuf encoder', () => {
  it('decodes to the same record, field by field, for TCP, UDP, ICMP, IPv6, VLAN and fragments', () => {
    const frames: Frame[] = [
      ...tcpConversation({ client: { ip: '192.0.2.1', port: 40000 }, server: { ip: '192.0.2.2', port: 80 }, startUs: T0, exchanges: [{ request: 300, response: 5000 }] }),
      ...icmpEcho({ client: '2001:db8::1', server: '2001:db8::2', startUs: T0, id: 1, count: 2 }),
      { tsUs: T0 + 5, bytes: ethernet({ tags: [{ vid: 100 }, { vid: 200 }] }, ip({ src: '203.0.113.1', dst: '203.0.113.2' }, udp({ sport: 1, dport: 2 }, new Uint8Array(20)))) },
      ...ipv4Fragments({ src: '198.51.100.1', dst: '198.51.100.2', id: 5 }, udp({ sport: 9, dport: 10 }, new Uint8Array(2500)), 1200).map((b, i) => ({ tsUs: T0 + 10 + i, bytes: ethernet({}, b) })),
      { tsUs: T0 + 20, bytes: ethernet({}, ip({ src: '192.0.2.7', dst: '192.0.2.8', protocol: 47 }, new Uint8Array(12))) },
    ];
    const { records, batch } = flowsOf(frames);
    expect(records.length).toBe(5);
    const decoded = probe.v1.FlowBatch.decodeDelimited(batch);
    expect(decoded.flows.length).toBe(records.length);
    // The generated decoder's view of a record built by protobufjs itself from the same object:
    for (let i = 0; i < records.length; i++) {
      const viaProtobufjs = probe.v1.FlowRecord.decode(probe.v1.FlowRecord.encode(records[i] as unknown as probe.v1.IFlowRecord).finish());
      expect(plain(decoded.flows[i] as unknown as Record<string, unknown>)).toEqual(plain(viaProtobufjs as unknown as Record<string, unknown>));
    }
    const tcpRec = decoded.flows[0];
    expect(tcpRec.communityId).toMatch(/^1:/);
    expect(Number(tcpRec.rev!.payloadBytes)).toBe(5000);
    expect(plain(tcpRec as unknown as Record<string, unknown>).flowId).toBe(((0xfedcba98n << 32n) | 3n).toString());
  });

  it('writes counters above 2^32 exactly', () => {
    const frames = tcpConversation({ client: { ip: '192.0.2.1', port: 1 }, server: { ip: '192.0.2.2', port: 2 }, startUs: T0 });
    const enc = new BatchEncoder();
    let rec: FlowRecordData | undefined;
    const acc = new FlowAccounting(
      { capacity: 16, idleTimeoutUs: 0, activeTimeoutUs: 0, closeDelayUs: 5e6, shard: 0, shards: 1, idGeneration: 1 },
      { emit(t, slot, reason) { t.f64[(slot * SLOT_BYTES + F_BYTES) >> 3] = 2 ** 40 + 3; /* fwd frame bytes of an elephant flow */ rec = readRecord(t, slot, reason); enc.add(t, slot, reason); } },
    );
    for (const f of frames) {
    acc.pkt.ts = f.tsUs;
    acc.packet(f.bytes, 0, f.bytes.length, f.bytes.length, 1);
  }
    acc.table.flushAll(4);
    const d = probe.v1.FlowBatch.decodeDelimited(enc.finish()).flows[0];
    expect(plain(d as unknown as Record<string, unknown>)).toMatchObject({ fwd: { frameBytes: String(2 ** 40 + 3) } });
    expect(rec!.fwd.frameBytes).toBe(2 ** 40 + 3);
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
