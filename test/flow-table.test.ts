// The flow table's behaviour as a user of the records sees it: who the initiator is, when
// records come out and why, interim records, eviction when full, counters per direction.
// Packets are crafted frames fed through the same accounting code the shard worker runs.

import { describe, expect, it } from 'vitest';
import { FlowAccounting } from '../agent/flow/accounting.js';
import { END_FORCED, type FlowSink, type FlowTableOptions } from '../agent/flow/table.js';
import { BatchEncoder } from '../agent/flow/encode.js';
import { decodeRecords } from '../agent/flow/output.js';
import { toFlowJson, type FlowJson } from '../agent/flow/json.js';
import { ethernet, icmpEcho, ip, ipv4Fragments, TCP, tcp, tcpConversation, udp, udpExchange, type Frame } from './lib/craft.js';

const T0 = 1_700_000_000_000_000; // µs
const DLT_EN10MB = 1;

interface Run {
  records: FlowJson[];
  acc: FlowAccounting;
}

/** Records as the worker emits them: protobuf from the slots, read back as JSON. */
function recorder(): { sink: FlowSink; records(): FlowJson[] } {
  const enc = new BatchEncoder();
  return { sink: { emit: (t, slot, reason) => enc.add(t, slot, reason) }, records: () => decodeRecords(enc.finish()).map(toFlowJson) };
}

function run(frames: Frame[], opts: Partial<FlowTableOptions> = {}, flush = true): Run {
  const rec = recorder();
  const acc = new FlowAccounting(
    { capacity: 1000, idleTimeoutUs: 30e6, activeTimeoutUs: 300e6, closeDelayUs: 5e6, shard: 0, shards: 1, idGeneration: 7, ...opts },
    rec.sink,
  );
  for (const f of frames) {
    acc.table.expire(f.tsUs); // the worker runs expiry on packet time as packets arrive
    acc.pkt.ts = f.tsUs;
    acc.packet(f.bytes, 0, f.bytes.length, f.wireLen ?? f.bytes.length, DLT_EN10MB);
  }
  if (flush) acc.table.flushAll(END_FORCED);
  return { records: rec.records(), acc };
}

const client = { ip: '192.0.2.10', port: 40000 };
const server = { ip: '198.51.100.20', port: 443 };

function udpPacket(tsUs: number, src: string, sport: number, dst: string, dport: number, len = 10): Frame {
  return { tsUs, bytes: ethernet({}, ip({ src, dst }, udp({ sport, dport }, new Uint8Array(len)))) };
}

describe('direction', () => {
  it('the SYN sender is the initiator even when the server port is the smaller endpoint', () => {
    const frames = tcpConversation({ client, server, startUs: T0, exchanges: [{ request: 300, response: 2000 }] });
    const { records } = run(frames);
    expect(records).toHaveLength(1);
    const r = records[0];
    expect([r.srcAddr, r.srcPort, r.dstAddr, r.dstPort]).toEqual(['192.0.2.10', 40000, '198.51.100.20', 443]);
    expect(r.fwd.payloadBytes).toBe(300);
    expect(r.rev.payloadBytes).toBe(2000);
    expect(r.fwd.tcpFlags & TCP.SYN).toBeTruthy();
    expect(r.rev.tcpFlags & (TCP.SYN | TCP.ACK)).toBe(TCP.SYN | TCP.ACK);
    expect(r.endReason).toBe('END_REASON_END_OF_FLOW');
    expect(r.srcMac).toBe('02:00:00:00:00:01');
  });

  it('a capture that starts at the SYN-ACK still names the client as initiator', () => {
    const frames = tcpConversation({ client, server, startUs: T0, exchanges: [{ request: 100, response: 100 }] }).slice(1);
    const r = run(frames).records[0];
    expect(r.srcAddr).toBe('192.0.2.10');
    expect(r.srcMac).toBe('02:00:00:00:00:01'); // taken from the SYN-ACK, swapped
    expect(r.tcpRttResponderUs).toBe(0); // the SYN was not seen
  });

  it('without a SYN the first sender is the initiator', () => {
    const { records } = run([udpPacket(T0, '203.0.113.9', 53, '192.0.2.1', 5353), udpPacket(T0 + 10, '192.0.2.1', 5353, '203.0.113.9', 53)]);
    expect(records).toHaveLength(1);
    expect(records[0].srcAddr).toBe('203.0.113.9');
    expect(records[0].fwd.packets).toBe(1);
    expect(records[0].rev.packets).toBe(1);
  });
});

describe('counters', () => {
  it('frame, IP and payload bytes, TTLs and handshake RTT per direction', () => {
    const frames = tcpConversation({ client: { ...client, ttl: 61 }, server: { ...server, ttl: 50 }, startUs: T0, rttUs: 4000, exchanges: [{ request: 100, response: 3000 }] });
    const r = run(frames).records[0];
    const fwdFrames = frames.filter((f) => f.bytes[6 + 5] === 1); // source MAC …:01 = client
    expect(r.fwd.packets).toBe(fwdFrames.length);
    expect(r.fwd.packets + r.rev.packets).toBe(frames.length);
    expect(r.fwd.frameBytes).toBe(fwdFrames.reduce((a, f) => a + f.bytes.length, 0));
    expect(r.fwd.frameBytes - r.fwd.ipBytes).toBe(14 * r.fwd.packets);
    expect(r.rev.payloadBytes).toBe(3000);
    expect([r.fwd.ttlMin, r.fwd.ttlMax, r.rev.ttlMin, r.rev.ttlMax]).toEqual([61, 61, 50, 50]);
    expect(r.tcpRttResponderUs).toBe(2000);
    expect(r.tcpRttInitiatorUs).toBe(2000);
    expect(r.fwd.retransmissions + r.rev.retransmissions).toBe(0);
  });

  it('counts a retransmitted segment once, in its direction', () => {
    const frames = tcpConversation({ client, server, startUs: T0, exchanges: [{ request: 500, response: 500 }] });
    const dataIdx = frames.findIndex((f, i) => i > 2 && f.bytes.length > 500);
    const again = { ...frames[dataIdx], tsUs: frames[dataIdx].tsUs + 1 };
    frames.splice(dataIdx + 1, 0, again);
    const r = run(frames).records[0];
    expect(r.fwd.retransmissions).toBe(1);
    expect(r.rev.retransmissions).toBe(0);
  });

  it('later IPv4 fragments join the flow of their first fragment', () => {
    const frags = ipv4Fragments({ src: '192.0.2.1', dst: '192.0.2.2', id: 77 }, udp({ sport: 5000, dport: 6000 }, new Uint8Array(3000)), 1000);
    expect(frags.length).toBe(4);
    const frames = frags.map((f, i) => ({ tsUs: T0 + i, bytes: ethernet({}, f) }));
    const { records, acc } = run(frames);
    expect(records).toHaveLength(1);
    expect(records[0].srcPort).toBe(5000);
    expect(records[0].fwd.packets).toBe(4);
    expect(records[0].fwd.fragments).toBe(4);
    expect(records[0].fwd.ipBytes).toBe(frags.reduce((a, f) => a + f.length, 0));
    expect(acc.counters().fragmentsWithoutFirst).toBe(0);
  });

  it('fragments of a protocol without ports join their flow and are not orphans', () => {
    const frags = ipv4Fragments({ src: '192.0.2.1', dst: '192.0.2.2', id: 79, protocol: 47 }, new Uint8Array(2500), 1000);
    const { records, acc } = run(frags.map((f, i) => ({ tsUs: T0 + i, bytes: ethernet({}, f) })));
    expect(acc.counters().fragmentsWithoutFirst).toBe(0);
    expect(records).toHaveLength(1);
    expect([records[0].protocol, records[0].fwd.packets, records[0].fwd.fragments]).toEqual([47, 3, 3]);
  });

  it('a fragment whose first fragment was lost is still counted, without ports', () => {
    const frags = ipv4Fragments({ src: '192.0.2.1', dst: '192.0.2.2', id: 78 }, udp({ sport: 5000, dport: 6000 }, new Uint8Array(2000)), 1000);
    const { records, acc } = run(frags.slice(1).map((f, i) => ({ tsUs: T0 + i, bytes: ethernet({}, f) })));
    expect(acc.counters().fragmentsWithoutFirst).toBe(2);
    expect(records).toHaveLength(1);
    expect([records[0].srcPort, records[0].dstPort, records[0].fwd.packets]).toEqual([0, 0, 2]);
  });

  it('ICMP echo request and reply are one flow with Community ID ports', () => {
    const frames = icmpEcho({ client: '192.0.2.1', server: '192.0.2.2', startUs: T0, id: 9, count: 3 });
    const r = run(frames).records;
    expect(r).toHaveLength(1);
    expect([r[0].srcPort, r[0].dstPort, r[0].icmpType]).toEqual([8, 0, 8]);
    expect(r[0].fwd.packets).toBe(3);
    expect(r[0].rev.packets).toBe(3);
  });
});

describe('timeouts', () => {
  it('ends a flow after the idle timeout, on packet time', () => {
    const a = udpPacket(T0, '192.0.2.1', 1000, '192.0.2.2', 2000);
    const later = udpPacket(T0 + 31e6, '192.0.2.3', 1000, '192.0.2.4', 2000);
    const { records } = run([a, later], {}, false);
    expect(records).toHaveLength(1);
    expect(records[0].endReason).toBe('END_REASON_IDLE');
    expect(records[0].srcAddr).toBe('192.0.2.1');
  });

  it('a packet after the idle timeout starts a new flow with a new id, whenever expiry runs', () => {
    const a = udpPacket(T0, '192.0.2.1', 1000, '192.0.2.2', 2000);
    const b = udpPacket(T0 + 40e6, '192.0.2.1', 1000, '192.0.2.2', 2000);
    const rec = recorder();
    const acc = new FlowAccounting(
      { capacity: 100, idleTimeoutUs: 30e6, activeTimeoutUs: 300e6, closeDelayUs: 5e6, shard: 0, shards: 1, idGeneration: 7 },
      rec.sink,
    );
    for (const f of [a, b]) {
      acc.pkt.ts = f.tsUs;
      acc.packet(f.bytes, 0, f.bytes.length, f.bytes.length, DLT_EN10MB);
    } // no expire() calls
    acc.table.flushAll(END_FORCED);
    const records = rec.records();
    expect(records.map((r) => r.endReason)).toEqual(['END_REASON_IDLE', 'END_REASON_FORCED']);
    expect(records[0].flowId).not.toBe(records[1].flowId);
  });

  it('a flow that expiry ended between two of its packets comes back as a new flow with the second packet', () => {
    // The second packet has the key of the packet before; the flow it had is gone.
    const a = udpPacket(T0, '192.0.2.1', 1000, '192.0.2.2', 2000, 10);
    const b = udpPacket(T0 + 31e6, '192.0.2.1', 1000, '192.0.2.2', 2000, 20);
    const { records } = run([a, b]); // run() lets expiry see T0 + 31 s before b
    expect(records.map((r) => [r.endReason, r.fwd.packets, r.fwd.payloadBytes])).toEqual([
      ['END_REASON_IDLE', 1, 10],
      ['END_REASON_FORCED', 1, 20],
    ]);
    expect(records[0].flowId).not.toBe(records[1].flowId);
  });

  it('emits interim records after the active timeout with the same flow id', () => {
    const frames: Frame[] = [];
    for (let s = 0; s <= 25; s++) frames.push(udpPacket(T0 + s * 1e6, '192.0.2.1', 1000, '192.0.2.2', 2000, 100));
    const { records } = run(frames, { activeTimeoutUs: 10e6 });
    expect(records.map((r) => r.endReason)).toEqual(['END_REASON_ACTIVE', 'END_REASON_ACTIVE', 'END_REASON_FORCED']);
    expect(new Set(records.map((r) => r.flowId)).size).toBe(1);
    expect(records.map((r) => r.part)).toEqual([0, 1, 2]);
    expect(records.map((r) => r.fwd.packets)).toEqual([10, 10, 6]);
    expect(records.reduce((a, r) => a + r.fwd.packets, 0)).toBe(26);
    expect(records[1].startMs).toBe(Math.floor((T0 + 10e6) / 1000));
  });

  it('a packet behind the clock that ends a part starts the next one at its own time (never a negative duration)', () => {
    // Packets of two flows out of time order (traces merged, capture queues): flow A's third
    // packet is older than flow B's, and it is the one that ends A's first part.
    const frames = [
      udpPacket(T0, '192.0.2.1', 1000, '192.0.2.2', 2000),
      udpPacket(T0 + 400e6, '192.0.2.3', 1000, '192.0.2.4', 2000),
      udpPacket(T0 + 350e6, '192.0.2.1', 1000, '192.0.2.2', 2000),
    ];
    const a = run(frames, { activeTimeoutUs: 300e6, idleTimeoutUs: 0 }).records.filter((r) => r.srcAddr === '192.0.2.1');
    expect(a.map((r) => r.part)).toEqual([0, 1]);
    expect(a[1].startUs).toBe(T0 + 350e6);
    expect(a[1].durationUs).toBe(0);
    expect(a[1].fwd.packets).toBe(1);
  });

  it('waits the close delay after FIN both ways, and counts the last ACK in the flow', () => {
    const frames = tcpConversation({ client, server, startUs: T0, exchanges: [{ request: 10, response: 10 }] });
    const probe = udpPacket(frames[frames.length - 1].tsUs + 4e6, '192.0.2.99', 1, '192.0.2.98', 2);
    const early = run([...frames, probe], {}, false).records;
    expect(early).toHaveLength(0); // 4 s after the close: still waiting
    const late = run([...frames, { ...probe, tsUs: probe.tsUs + 2e6 }], {}, false).records;
    expect(late).toHaveLength(1);
    expect(late[0].endReason).toBe('END_REASON_END_OF_FLOW');
    expect(late[0].fwd.packets + late[0].rev.packets).toBe(frames.length);
  });

  it('a RST ends the flow after the close delay', () => {
    const frames = tcpConversation({ client, server, startUs: T0, close: 'rst' });
    const after = udpPacket(frames[frames.length - 1].tsUs + 6e6, '192.0.2.99', 1, '192.0.2.98', 2);
    const r = run([...frames, after], {}, false).records;
    expect(r).toHaveLength(1);
    expect(r[0].endReason).toBe('END_REASON_END_OF_FLOW');
    expect(r[0].fwd.tcpFlags & TCP.RST).toBeTruthy();
  });

  it('a new SYN on a closed connection starts a new flow (port reuse)', () => {
    const first = tcpConversation({ client, server, startUs: T0 });
    const second = tcpConversation({ client, server, startUs: first[first.length - 1].tsUs + 1000, clientIsn: 99999 });
    const r = run([...first, ...second]).records;
    expect(r).toHaveLength(2);
    expect(r[0].endReason).toBe('END_REASON_END_OF_FLOW');
    expect(r[0].fwd.packets + r[0].rev.packets).toBe(first.length);
    expect(r[1].fwd.packets + r[1].rev.packets).toBe(second.length);
  });
});

describe('a full table', () => {
  it('evicts the least recently seen flow with reason lack of resources, and counts it', () => {
    const frames: Frame[] = [];
    for (let i = 0; i < 20; i++) frames.push(udpPacket(T0 + i, '192.0.2.1', 1000 + i, '192.0.2.2', 53));
    // flow 0 stays busy, so it is not the least recently seen one
    frames.splice(15, 0, udpPacket(T0 + 14.5, '192.0.2.1', 1000, '192.0.2.2', 53));
    const { records, acc } = run(frames, { capacity: 16 }, false);
    expect(acc.counters().evicted).toBe(4);
    expect(records.every((r) => r.endReason === 'END_REASON_LACK_OF_RESOURCES')).toBe(true);
    expect(records.map((r) => r.srcPort)).toEqual([1001, 1002, 1003, 1004]);
    expect(acc.table.active).toBe(16);
  });

  it('prefers a closed TCP flow waiting out its close delay, which leaves as end-of-flow', () => {
    const conv = tcpConversation({ client, server, startUs: T0 });
    const frames: Frame[] = [...conv];
    const t = conv[conv.length - 1].tsUs;
    for (let i = 0; i < 16; i++) frames.push(udpPacket(t + 1 + i, '192.0.2.1', 2000 + i, '192.0.2.2', 53));
    const { records, acc } = run(frames, { capacity: 16 }, false);
    expect(records).toHaveLength(1);
    expect(records[0].endReason).toBe('END_REASON_END_OF_FLOW');
    expect(acc.counters().evicted).toBe(0);
  });

  it('forced flush at the end emits every open flow exactly once', () => {
    const frames = udpExchange({ client: { ip: '192.0.2.5', port: 7000 }, server: { ip: '192.0.2.6', port: 53 }, startUs: T0, exchanges: [{ request: 30, response: 90 }, { request: 30, response: 90 }] });
    const r = run(frames).records;
    expect(r).toHaveLength(1);
    expect(r[0].endReason).toBe('END_REASON_FORCED');
    expect([r[0].fwd.packets, r[0].rev.packets, r[0].fwd.payloadBytes, r[0].rev.payloadBytes]).toEqual([2, 2, 60, 180]);
  });
});

describe('the index', () => {
  it('finds every flow again after it has grown past its initial buckets, and removes them on expiry', () => {
    const flows = 10_000; // the bucket array starts at 4096 and doubles with the flows
    const addr = (i: number): string => `10.${(i >> 8) & 255}.${i & 255}.1`;
    const frames: Frame[] = [];
    for (let i = 0; i < flows; i++) frames.push(udpPacket(T0 + i, addr(i), 1000 + (i % 50), '192.0.2.53', 53));
    for (let i = 0; i < flows; i++) frames.push(udpPacket(T0 + flows + i, '192.0.2.53', 53, addr(i), 1000 + (i % 50)));
    frames.push(udpPacket(T0 + 60e6, '192.0.2.1', 1, '192.0.2.2', 2)); // every flow above is idle by now
    const { records, acc } = run(frames, { capacity: 100_000 }, false);
    expect(records).toHaveLength(flows);
    expect(records.every((r) => r.endReason === 'END_REASON_IDLE' && r.fwd.packets === 1 && r.rev.packets === 1)).toBe(true);
    expect(new Set(records.map((r) => r.srcAddr)).size).toBe(flows);
    expect(acc.counters().flowsCreated).toBe(flows + 1);
    expect(acc.table.active).toBe(1);
  });
});

describe('keys', () => {
  it('the same 5-tuple on two VLANs is two flows', () => {
    const mk = (vid: number): Frame => ({ tsUs: T0, bytes: ethernet({ tags: [{ vid }] }, ip({ src: '192.0.2.1', dst: '192.0.2.2' }, tcp({ sport: 1, dport: 2, flags: TCP.SYN }))) });
    const r = run([mk(10), mk(20)]).records;
    expect(r.map((x) => x.vlanId).sort()).toEqual([10, 20]);
  });

  it('VLAN, then a Cisco VN-Tag, then a VLAN: both VLANs key the flow', () => {
    const packet = ip({ src: '192.0.2.1', dst: '192.0.2.2' }, udp({ sport: 1, dport: 2 }, new Uint8Array(8)));
    const l2 = Uint8Array.from([2, 0, 0, 0, 0, 2, 2, 0, 0, 0, 0, 1, 0x81, 0x00, 0x00, 250, 0x89, 0x26, 0x80, 0x01, 0x00, 0x02, 0x81, 0x00, 0x00, 7, 0x08, 0x00]);
    const frame = new Uint8Array(l2.length + packet.length);
    frame.set(l2);
    frame.set(packet, l2.length);
    const r = run([{ tsUs: T0, bytes: frame }]).records;
    expect(r).toHaveLength(1);
    expect([r[0].vlanId, r[0].innerVlanId, r[0].dstPort]).toEqual([250, 7, 2]);
  });

  it('consecutive packets of two IPv6 flows that differ only past the first address word stay two flows, each way', () => {
    // The table reuses the flow of the packet before when the key is the same (either way round):
    // every word of the addresses must take part in that check.
    const pkt = (tsUs: number, src: string, dst: string, sport: number, dport: number): Frame => ({
      tsUs,
      bytes: ethernet({}, ip({ src, dst }, udp({ sport, dport }, new Uint8Array(4)))),
    });
    const frames = [
      pkt(T0, '2001:db8::1', '2001:db8::2', 5353, 53),
      pkt(T0 + 1, '2001:db8::1', '2001:db8::3', 5353, 53),
      pkt(T0 + 2, '2001:db8::3', '2001:db8::1', 53, 5353),
      pkt(T0 + 3, '2001:db8::2', '2001:db8::1', 53, 5353),
      pkt(T0 + 4, '2001:db8::2', '2001:db8::1', 53, 5353),
    ];
    const r = run(frames).records.sort((x, y) => x.dstAddr.localeCompare(y.dstAddr));
    expect(r.map((x) => [x.srcAddr, x.dstAddr, x.fwd.packets, x.rev.packets])).toEqual([
      ['2001:db8::1', '2001:db8::2', 1, 2],
      ['2001:db8::1', '2001:db8::3', 1, 1],
    ]);
  });

  it('IPv6 flows carry RFC 5952 addresses and a Community ID', () => {
    // two zero runs of equal length: RFC 5952 §4.2.3 compresses the first
    const f = { tsUs: T0, bytes: ethernet({}, ip({ src: '2001:db8::1', dst: '2001:db8:0:0:1::2' }, udp({ sport: 5353, dport: 53 }, new Uint8Array(4)))) };
    const r = run([f]).records[0];
    expect([r.ipVersion, r.srcAddr, r.dstAddr]).toEqual([6, '2001:db8::1', '2001:db8::1:0:0:2']);
    expect(r.communityId).toMatch(/^1:[A-Za-z0-9+/]{27}=$/);
  });
});
