// Transport headers: TCP, UDP, SCTP, ICMP, ICMPv6. Other protocols become flows without ports.

import type { PacketInfo } from './packet-info.js';
import { icmpCounterpart } from './icmp.js';
import { DECODE_OK, R_CAPTURE_TOO_SHORT, R_L4_TRUNCATED, R_TCP_BAD_HEADER_LENGTH } from './reasons.js';

// Module-local names for the switch and the result: V8 compiles a module-local const into the
// code as a number, but reads an exported or imported binding through a cell, with a hole
// check, at every use (see the same note in flow/table.ts).
const ICMP = 1;
const TCP = 6;
const UDP = 17;
const ICMPV6 = 58;
const SCTP = 132;
const OK = DECODE_OK;
export const PROTO_ICMP = ICMP;
export const PROTO_TCP = TCP;
export const PROTO_UDP = UDP;
export const PROTO_ICMPV6 = ICMPV6;
export const PROTO_SCTP = SCTP;

function be16(b: Uint8Array, i: number): number {
  return (b[i] << 8) | b[i + 1];
}

function be32(b: Uint8Array, i: number): number {
  return ((b[i] << 24) | (b[i + 1] << 16) | (b[i + 2] << 8) | b[i + 3]) >>> 0;
}

function finish(p: PacketInfo, headerLen: number, l4Len: number, capEnd: number): number {
  p.payloadOff = p.l4Off + headerLen;
  p.payloadLen = l4Len - headerLen;
  const inBuffer = capEnd - p.payloadOff;
  p.payloadCapLen = inBuffer <= 0 ? 0 : inBuffer < p.payloadLen ? inBuffer : p.payloadLen;
  return OK;
}

/** `need` transport bytes: missing on the wire (malformed) or only cut by the capture. */
function lacks(need: number, l4Len: number, cap: number): number {
  if (need > l4Len) return R_L4_TRUNCATED;
  if (need > cap) return R_CAPTURE_TOO_SHORT;
  return OK;
}

export function decodeTransport(b: Uint8Array, capEnd: number, p: PacketInfo): number {
  const l4 = p.l4Off;
  const l4Len = p.ipLen - p.ipHeaderLen;
  // Fragments after the first carry the middle of a datagram: no transport header.
  if (p.fragOffset > 0) return finish(p, 0, l4Len, capEnd);
  const cap = capEnd - l4;
  let r: number;
  switch (p.protocol) {
    case TCP: {
      if ((r = lacks(20, l4Len, cap)) !== OK) return r;
      const hl = (b[l4 + 12] >> 4) * 4;
      if (hl < 20 || hl > l4Len) return R_TCP_BAD_HEADER_LENGTH;
      p.srcPort = be16(b, l4);
      p.dstPort = be16(b, l4 + 2);
      p.tcpSeq = be32(b, l4 + 4);
      p.tcpAck = be32(b, l4 + 8);
      p.tcpFlags = b[l4 + 13];
      p.hasPorts = true;
      return finish(p, hl, l4Len, capEnd);
    }
    case UDP:
      if ((r = lacks(8, l4Len, cap)) !== OK) return r;
      p.srcPort = be16(b, l4);
      p.dstPort = be16(b, l4 + 2);
      p.hasPorts = true;
      return finish(p, 8, l4Len, capEnd);
    case SCTP:
      if ((r = lacks(12, l4Len, cap)) !== OK) return r;
      p.srcPort = be16(b, l4);
      p.dstPort = be16(b, l4 + 2);
      p.hasPorts = true;
      return finish(p, 12, l4Len, capEnd);
    case ICMP:
    case ICMPV6: {
      // type, code, checksum; most messages have 4 more header bytes (id/seq, unused, MTU…)
      if ((r = lacks(4, l4Len, cap)) !== OK) return r;
      const type = b[l4];
      const code = b[l4 + 1];
      p.icmpType = type;
      p.icmpCode = code;
      const counterpart = icmpCounterpart(p.protocol, type);
      p.srcPort = type;
      p.dstPort = counterpart >= 0 ? counterpart : code;
      p.icmpOneWay = counterpart < 0;
      p.hasPorts = true;
      return finish(p, l4Len >= 8 ? 8 : 4, l4Len, capEnd);
    }
    default:
      return finish(p, 0, l4Len, capEnd);
  }
}
