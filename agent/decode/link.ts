// Link layer: finds the IP header behind Ethernet (802.1Q/802.1ad/QinQ tags, VN-Tag, MPLS, PPPoE),
// Linux cooked capture v1/v2, raw IP and BSD loopback. Returns the offset of the IP header
// relative to the frame start, or minus a reason code (reasons.ts).

import type { PacketInfo } from './packet-info.js';
import { DECODE_NON_IP, R_CAPTURE_TOO_SHORT, R_L2_TOO_MANY_TAGS, R_L2_TRUNCATED } from './reasons.js';

// pcap DLT values (pcap/dlt.h). LINKTYPE_RAW (101) is what pcap files store for raw IP;
// libpcap hands it to us as DLT_RAW (12), but both are accepted.
// The switch below compares against the module-local names: V8 compiles a module-local const
// into the code as a number, but reads an exported binding through a cell, with a hole check,
// at every use (see the same note in flow/table.ts).
const NULL = 0;
const EN10MB = 1;
const RAW = 12;
const RAW_LINKTYPE = 101;
const LOOP = 108;
const LINUX_SLL = 113;
const IPV4 = 228;
const IPV6 = 229;
const LINUX_SLL2 = 276;
export const DLT_NULL = NULL;
export const DLT_EN10MB = EN10MB;
export const DLT_RAW = RAW;
export const LINKTYPE_RAW = RAW_LINKTYPE;
export const DLT_LOOP = LOOP;
export const DLT_LINUX_SLL = LINUX_SLL;
export const DLT_IPV4 = IPV4;
export const DLT_IPV6 = IPV6;
export const DLT_LINUX_SLL2 = LINUX_SLL2;

const ETH_IPV4 = 0x0800;
const ETH_IPV6 = 0x86dd;
const MAX_TAGS = 8;

/** -reason when `need` bytes are not there: truncated on the wire, or only cut by snaplen. */
function short(need: number, wireLen: number): number {
  return need > wireLen ? -R_L2_TRUNCATED : -R_CAPTURE_TOO_SHORT;
}

function be16(b: Uint8Array, i: number): number {
  return (b[i] << 8) | b[i + 1];
}

/** Sets p.ipVersion from an ethertype; returns false for non-IP types. */
function ipFromEthertype(type: number, p: PacketInfo): boolean {
  if (type === ETH_IPV4) p.ipVersion = 4;
  else if (type === ETH_IPV6) p.ipVersion = 6;
  else return false;
  return true;
}

function ethernet(b: Uint8Array, off: number, cap: number, wire: number, p: PacketInfo): number {
  if (cap < 14) return short(14, wire);
  p.dstMacOff = off;
  p.srcMacOff = off + 6;
  // Untagged IPv4 and IPv6, nearly every frame, without the walk over tags.
  const type = be16(b, off + 12);
  if (type === ETH_IPV4) {
    p.ipVersion = 4;
    return 14;
  }
  if (type === ETH_IPV6) {
    p.ipVersion = 6;
    return 14;
  }
  return ethernetTags(b, off, cap, wire, p);
}

/** Ethernet from its first ethertype on, through VLAN tags, VN-Tag, MPLS and PPPoE. */
function ethernetTags(b: Uint8Array, off: number, cap: number, wire: number, p: PacketInfo): number {
  let pos = 12;
  let vlans = 0;
  for (let tags = 0; ; tags++) {
    if (tags > MAX_TAGS) return -R_L2_TOO_MANY_TAGS;
    if (pos + 2 > cap) return short(pos + 2, wire);
    const type = be16(b, off + pos);
    pos += 2;
    if (ipFromEthertype(type, p)) return pos;
    if (type === 0x8100 || type === 0x88a8 || type === 0x9100) {
      if (pos + 2 > cap) return short(pos + 2, wire);
      const vid = be16(b, off + pos) & 0x0fff;
      if (vlans === 0) p.vlanId = vid;
      else if (vlans === 1) p.innerVlanId = vid;
      vlans++;
      pos += 2;
      continue;
    }
    if (type === 0x8926) {
      // VN-Tag (Cisco FEX, 802.1Qbh): 4 bytes of tag, then the next ethertype
      if (pos + 4 > cap) return short(pos + 4, wire);
      pos += 4;
      continue;
    }
    if (type === 0x8847 || type === 0x8848) return mpls(b, off, pos, cap, wire, p);
    if (type === 0x8864) {
      // PPPoE session stage: ver/type, code, session id, length, then the PPP protocol: two
      // bytes, or one when compressed (RFC 1661 §6.5: an odd first byte is the whole field).
      if (pos + 7 > cap) return short(pos + 7, wire);
      const compressed = (b[off + pos + 6] & 1) === 1;
      if (!compressed && pos + 8 > cap) return short(pos + 8, wire);
      const ppp = compressed ? b[off + pos + 6] : be16(b, off + pos + 6);
      if (ppp === 0x0021) p.ipVersion = 4;
      else if (ppp === 0x0057) p.ipVersion = 6;
      else return -DECODE_NON_IP;
      return pos + (compressed ? 7 : 8);
    }
    return -DECODE_NON_IP; // ARP, LLDP, 802.3 length field (LLC), PPPoE discovery, …
  }
}

function mpls(b: Uint8Array, off: number, pos: number, cap: number, wire: number, p: PacketInfo): number {
  for (let labels = 0; ; labels++) {
    if (labels >= MAX_TAGS) return -R_L2_TOO_MANY_TAGS;
    if (pos + 4 > cap) return short(pos + 4, wire);
    const bottom = b[off + pos + 2] & 1;
    pos += 4;
    if (bottom) break;
  }
  // MPLS does not say what it carries; an IP header announces itself by its version nibble.
  // Anything else (an Ethernet pseudowire, a control word) is not decoded.
  if (pos + 1 > cap) return short(pos + 1, wire);
  const v = b[off + pos] >> 4;
  if (v === 4 || v === 6) {
    p.ipVersion = v;
    return pos;
  }
  return -DECODE_NON_IP;
}

function linuxSll(b: Uint8Array, off: number, cap: number, wire: number, p: PacketInfo): number {
  // packet type(2) ARPHRD(2) address length(2) address(8) protocol(2)
  if (cap < 16) return short(16, wire);
  if (be16(b, off + 4) === 6) p.srcMacOff = off + 6;
  return ipFromEthertype(be16(b, off + 14), p) ? 16 : -DECODE_NON_IP;
}

function linuxSll2(b: Uint8Array, off: number, cap: number, wire: number, p: PacketInfo): number {
  // protocol(2) reserved(2) ifindex(4) ARPHRD(2) packet type(1) address length(1) address(8)
  if (cap < 20) return short(20, wire);
  if (b[off + 11] === 6) p.srcMacOff = off + 12;
  return ipFromEthertype(be16(b, off), p) ? 20 : -DECODE_NON_IP;
}

function bsdLoopback(b: Uint8Array, off: number, cap: number, wire: number, p: PacketInfo, loop: boolean): number {
  // A 4-byte address family: host byte order of the capturing machine for DLT_NULL,
  // network order for DLT_LOOP. IPv6 is 24, 28 or 30 depending on the BSD.
  if (cap < 4) return short(4, wire);
  const be = ((b[off] << 24) | (b[off + 1] << 16) | (b[off + 2] << 8) | b[off + 3]) >>> 0;
  const le = ((b[off + 3] << 24) | (b[off + 2] << 16) | (b[off + 1] << 8) | b[off]) >>> 0;
  const family = loop ? be : be < le ? be : le;
  if (family === 2) p.ipVersion = 4;
  else if (family === 24 || family === 28 || family === 30) p.ipVersion = 6;
  else return -DECODE_NON_IP;
  return 4;
}

export function decodeLink(
  b: Uint8Array,
  off: number,
  cap: number,
  wire: number,
  linkType: number,
  p: PacketInfo,
): number {
  // Ethernet first and the rest apart: this function stays small enough for V8 to compile it
  // into its caller, the per-packet loop.
  return linkType === EN10MB ? ethernet(b, off, cap, wire, p) : otherLink(b, off, cap, wire, linkType, p);
}

function otherLink(b: Uint8Array, off: number, cap: number, wire: number, linkType: number, p: PacketInfo): number {
  switch (linkType) {
    case LINUX_SLL:
      return linuxSll(b, off, cap, wire, p);
    case LINUX_SLL2:
      return linuxSll2(b, off, cap, wire, p);
    case RAW:
    case RAW_LINKTYPE:
      p.ipVersion = 0; // decided by the version nibble
      return 0;
    case IPV4:
      p.ipVersion = 4;
      return 0;
    case IPV6:
      p.ipVersion = 6;
      return 0;
    case NULL:
      return bsdLoopback(b, off, cap, wire, p, false);
    case LOOP:
      return bsdLoopback(b, off, cap, wire, p, true);
    default:
      return -DECODE_NON_IP;
  }
}
