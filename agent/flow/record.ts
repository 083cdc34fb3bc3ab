// A finished (or interim) flow as a plain object shaped like proto/flow.proto's FlowRecord,
// read out of its table slot. It holds schema fields only; it is what leaves the shard worker,
// encoded as protobuf, JSON or text.

import {
  B_ICMP_CODE, B_ICMP_TYPE, B_IPVER, B_MAC, B_PROTO, B_TCPFLAGS, B_TTL, B_FLAGS, F_BYTES, F_FIRST, F_LAST,
  FL_HAS_MAC, FL_ICMP_ONE_WAY, FL_INIT_B, H_INNER_VLAN, H_PART, H_PORT_A, H_PORT_B, H_VLAN, SLOT_BYTES,
  U_ADDR_A, U_ADDR_B, U_FRAGS, U_ID_HI, U_ID_LO, U_PKTS, U_RETX, U_RTT_INIT, U_RTT_RESP, type FlowTable,
} from './table.js';
import { communityId } from './community-id.js';

export interface DirectionData {
  packets: number;
  frameBytes: number;
  ipBytes: number;
  payloadBytes: number;
  tcpFlags: number;
  ttlMin: number;
  ttlMax: number;
  retransmissions: number;
  fragments: number;
}

export interface FlowRecordData {
  /** uint64 as two 32-bit halves (protobufjs accepts this shape for uint64). */
  flowId: { low: number; high: number; unsigned: true };
  startMs: number;
  endMs: number;
  endReason: number;
  ipVersion: number;
  protocol: number;
  srcAddr: Uint8Array;
  dstAddr: Uint8Array;
  srcPort: number;
  dstPort: number;
  vlanId: number;
  innerVlanId: number;
  communityId: string;
  fwd: DirectionData;
  rev: DirectionData;
  srcMac: Uint8Array;
  dstMac: Uint8Array;
  part: number;
  startUs: number;
  durationUs: number;
  tcpRttResponderUs: number;
  tcpRttInitiatorUs: number;
  icmpType: number;
  icmpCode: number;
}

const EMPTY = new Uint8Array(0);
const wordsA = new Uint32Array(4);
const wordsB = new Uint32Array(4);

function direction(t: FlowTable, base: number, dir: number): DirectionData {
  const f = (base + F_BYTES + dir * 24) >> 3;
  const packets = t.u32[(base + U_PKTS) / 4 + dir];
  return {
    packets,
    frameBytes: t.f64[f],
    ipBytes: t.f64[f + 1],
    payloadBytes: t.f64[f + 2],
    tcpFlags: t.u8[base + B_TCPFLAGS + dir],
    ttlMin: packets > 0 ? t.u8[base + B_TTL + dir * 2] : 0,
    ttlMax: t.u8[base + B_TTL + dir * 2 + 1],
    retransmissions: t.u32[(base + U_RETX) / 4 + dir],
    fragments: t.u32[(base + U_FRAGS) / 4 + dir],
  };
}

function address(words: Uint32Array, ipVersion: number): Uint8Array {
  const n = ipVersion === 6 ? 16 : 4;
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) out[i] = (words[i >> 2] >>> (24 - 8 * (i & 3))) & 0xff;
  return out;
}

export function readRecord(t: FlowTable, slot: number, reason: number): FlowRecordData {
  const base = slot * SLOT_BYTES;
  const u8 = t.u8;
  const flags = u8[base + B_FLAGS];
  const initB = (flags & FL_INIT_B) !== 0;
  const ipVersion = u8[base + B_IPVER];
  const protocol = u8[base + B_PROTO];
  wordsA.set(t.u32.subarray((base + U_ADDR_A) >> 2, ((base + U_ADDR_A) >> 2) + 4));
  wordsB.set(t.u32.subarray((base + U_ADDR_B) >> 2, ((base + U_ADDR_B) >> 2) + 4));
  const portA = t.u16[(base + H_PORT_A) >> 1];
  const portB = t.u16[(base + H_PORT_B) >> 1];
  const src = initB ? wordsB : wordsA;
  const dst = initB ? wordsA : wordsB;
  const srcPort = initB ? portB : portA;
  const dstPort = initB ? portA : portB;
  const first = t.f64[(base + F_FIRST) >> 3];
  const last = t.f64[(base + F_LAST) >> 3];
  const hasMac = (flags & FL_HAS_MAC) !== 0;
  const oneWay = (flags & FL_ICMP_ONE_WAY) !== 0;
  const a = direction(t, base, 0);
  const b = direction(t, base, 1);
  return {
    flowId: { low: t.u32[(base + U_ID_LO) >> 2], high: t.u32[(base + U_ID_HI) >> 2], unsigned: true },
    startMs: Math.floor(first / 1000),
    endMs: Math.floor(last / 1000),
    endReason: reason,
    ipVersion,
    protocol,
    srcAddr: address(src, ipVersion),
    dstAddr: address(dst, ipVersion),
    srcPort,
    dstPort,
    vlanId: t.u16[(base + H_VLAN) >> 1],
    innerVlanId: t.u16[(base + H_INNER_VLAN) >> 1],
    communityId: communityId(ipVersion, protocol, src, dst, srcPort, dstPort, !oneWay),
    fwd: initB ? b : a,
    rev: initB ? a : b,
    srcMac: hasMac ? u8.slice(base + B_MAC, base + B_MAC + 6) : EMPTY,
    dstMac: hasMac ? u8.slice(base + B_MAC + 6, base + B_MAC + 12) : EMPTY,
    part: t.u16[(base + H_PART) >> 1],
    startUs: first,
    durationUs: last - first,
    tcpRttResponderUs: t.u32[(base + U_RTT_RESP) >> 2],
    tcpRttInitiatorUs: t.u32[(base + U_RTT_INIT) >> 2],
    icmpType: u8[base + B_ICMP_TYPE],
    icmpCode: u8[base + B_ICMP_CODE],
  };
}
