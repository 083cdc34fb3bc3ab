// IPv4 (options, fragments) and IPv6 (extension headers, fragment header).

import type { PacketInfo } from './packet-info.js';
import {
  DECODE_OK,
  R_CAPTURE_TOO_SHORT,
  R_IP_BAD_TOTAL_LENGTH,
  R_IP_BAD_VERSION,
  R_IP_TRUNCATED,
  R_IPV4_BAD_HEADER_LENGTH,
  R_IPV6_BAD_EXTENSION,
} from './reasons.js';

const MAX_EXTENSION_HEADERS = 16;
// Module-local: V8 compiles it into the code as a number, an imported binding is read through a
// cell at every use (see the same note in flow/table.ts).
const OK = DECODE_OK;

function be16(b: Uint8Array, i: number): number {
  return (b[i] << 8) | b[i + 1];
}

function be32(b: Uint8Array, i: number): number {
  return ((b[i] << 24) | (b[i + 1] << 16) | (b[i + 2] << 8) | b[i + 3]) >>> 0;
}

/**
 * Decodes the IP header at `ip`; `capEnd` is the end of the captured bytes, `wire` the number
 * of bytes from `ip` to the end of the frame on the wire.
 */
export function decodeIp(b: Uint8Array, ip: number, capEnd: number, wire: number, p: PacketInfo): number {
  const cap = capEnd - ip;
  if (cap < 1) return wire < 1 ? R_IP_TRUNCATED : R_CAPTURE_TOO_SHORT;
  const version = b[ip] >> 4;
  if ((p.ipVersion !== 0 && version !== p.ipVersion) || (version !== 4 && version !== 6)) return R_IP_BAD_VERSION;
  p.ipVersion = version;
  p.ipOff = ip;
  return version === 4 ? ipv4(b, ip, cap, wire, p) : ipv6(b, ip, cap, wire, p);
}

function ipv4(b: Uint8Array, ip: number, cap: number, wire: number, p: PacketInfo): number {
  if (wire < 20) return R_IP_TRUNCATED;
  if (cap < 20) return R_CAPTURE_TOO_SHORT;
  const ihl = (b[ip] & 0x0f) * 4;
  if (ihl < 20) return R_IPV4_BAD_HEADER_LENGTH;
  let total = be16(b, ip + 2);
  // A total length of 0 comes from segmentation offload (TSO) on the capturing host: the
  // kernel fills it in later. The frame itself tells the size.
  if (total === 0) total = wire;
  if (total < ihl) return R_IPV4_BAD_HEADER_LENGTH;
  if (total > wire) return R_IP_BAD_TOTAL_LENGTH;
  if (ihl > cap) return R_CAPTURE_TOO_SHORT;
  const frag = be16(b, ip + 6);
  p.fragOffset = (frag & 0x1fff) * 8;
  p.moreFragments = (frag & 0x2000) !== 0;
  p.isFragment = p.fragOffset > 0 || p.moreFragments;
  p.fragId = be16(b, ip + 4);
  p.ttl = b[ip + 8];
  p.protocol = b[ip + 9];
  p.src[0] = be32(b, ip + 12);
  p.src[1] = 0;
  p.src[2] = 0;
  p.src[3] = 0;
  p.dst[0] = be32(b, ip + 16);
  p.dst[1] = 0;
  p.dst[2] = 0;
  p.dst[3] = 0;
  p.ipLen = total;
  p.ipHeaderLen = ihl;
  p.l4Off = ip + ihl;
  return OK;
}

function ipv6(b: Uint8Array, ip: number, cap: number, wire: number, p: PacketInfo): number {
  if (wire < 40) return R_IP_TRUNCATED;
  if (cap < 40) return R_CAPTURE_TOO_SHORT;
  const payload = be16(b, ip + 4);
  // 0 = jumbogram (RFC 2675) or offload; the frame tells the size.
  const total = payload === 0 ? wire : 40 + payload;
  if (total > wire) return R_IP_BAD_TOTAL_LENGTH;
  p.ttl = b[ip + 7];
  for (let i = 0; i < 4; i++) {
    p.src[i] = be32(b, ip + 8 + 4 * i);
    p.dst[i] = be32(b, ip + 24 + 4 * i);
  }
  let next = b[ip + 6];
  let pos = 40;
  for (let n = 0; ; n++) {
    if (n > MAX_EXTENSION_HEADERS) return R_IPV6_BAD_EXTENSION;
    if (next === 0 || next === 43 || next === 60 || next === 135 || next === 139 || next === 140) {
      // hop-by-hop, routing, destination options, mobility, HIP, shim6: length in 8-byte units
      if (pos + 2 > total) return R_IPV6_BAD_EXTENSION;
      if (pos + 2 > cap) return R_CAPTURE_TOO_SHORT;
      const len = (b[ip + pos + 1] + 1) * 8;
      next = b[ip + pos];
      pos += len;
      if (pos > total) return R_IPV6_BAD_EXTENSION;
    } else if (next === 44) {
      if (pos + 8 > total) return R_IPV6_BAD_EXTENSION;
      if (pos + 8 > cap) return R_CAPTURE_TOO_SHORT;
      next = b[ip + pos];
      const fo = be16(b, ip + pos + 2);
      p.fragOffset = fo & 0xfff8;
      p.moreFragments = (fo & 1) !== 0;
      p.isFragment = p.fragOffset > 0 || p.moreFragments;
      p.fragId = be32(b, ip + pos + 4);
      pos += 8;
      if (p.fragOffset > 0) break; // what follows is the middle of the datagram
    } else {
      break; // a transport protocol (or AH/ESP/no-next-header): the flow's protocol
    }
  }
  p.protocol = next;
  p.ipLen = total;
  p.ipHeaderLen = pos;
  p.l4Off = ip + pos;
  return OK;
}
