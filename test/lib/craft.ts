// Packet crafting for tests: small typed builders that return the bytes of one header plus
// what it carries. Layers nest from the inside out:
//
//   ethernet({ tags: [{ vid: 10 }] }, ipv4({ src, dst }, tcp({ sport, dport, flags: TCP.SYN })))
//
// Transport builders return an `L4` (bytes + where the pseudo-header checksum goes); the IP
// builders fill that checksum in, so every crafted packet carries correct checksums (IPv4
// header, TCP, UDP, ICMP, ICMPv6, SCTP CRC32c) unless a test overrides one on purpose.
// Everything is big-endian network order except where a format says otherwise (DLT_NULL).

import { formatAddress } from '../../agent/flow/json.js';

export type Addr = string | Uint8Array;
export type Mac = string | Uint8Array;

// ---------------------------------------------------------------------------------------------
// constants

/** pcap link types (LINKTYPE_* values as stored in files; DLT_RAW is what libpcap hands out live). */
export const LINKTYPE = {
  NULL: 0,
  ETHERNET: 1,
  DLT_RAW: 12,
  RAW: 101,
  LOOP: 108,
  LINUX_SLL: 113,
  IPV4: 228,
  IPV6: 229,
  LINUX_SLL2: 276,
} as const;

export const ETHERTYPE = {
  IPV4: 0x0800,
  ARP: 0x0806,
  VLAN: 0x8100,
  QINQ: 0x88a8,
  QINQ_OLD: 0x9100,
  IPV6: 0x86dd,
  MPLS: 0x8847,
  MPLS_MULTICAST: 0x8848,
  PPPOE_DISCOVERY: 0x8863,
  PPPOE_SESSION: 0x8864,
  LLDP: 0x88cc,
} as const;

export const IPPROTO = {
  HOPOPTS: 0,
  ICMP: 1,
  TCP: 6,
  UDP: 17,
  ROUTING: 43,
  FRAGMENT: 44,
  GRE: 47,
  ESP: 50,
  ICMPV6: 58,
  NONE: 59,
  DSTOPTS: 60,
  SCTP: 132,
} as const;

/** TCP flag bits. */
export const TCP = {
  FIN: 0x01,
  SYN: 0x02,
  RST: 0x04,
  PSH: 0x08,
  ACK: 0x10,
  URG: 0x20,
  ECE: 0x40,
  CWR: 0x80,
} as const;

// ---------------------------------------------------------------------------------------------
// byte helpers

/** Concatenates byte arrays (plain number arrays are taken as bytes). */
export function concat(...parts: (Uint8Array | readonly number[])[]): Uint8Array {
  let n = 0;
  for (const p of parts) n += p.length;
  const out = new Uint8Array(n);
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

export function put16(b: Uint8Array, off: number, v: number): void {
  b[off] = (v >>> 8) & 0xff;
  b[off + 1] = v & 0xff;
}

export function put32(b: Uint8Array, off: number, v: number): void {
  b[off] = (v >>> 24) & 0xff;
  b[off + 1] = (v >>> 16) & 0xff;
  b[off + 2] = (v >>> 8) & 0xff;
  b[off + 3] = v & 0xff;
}

export function get16(b: Uint8Array, off: number): number {
  return (b[off] << 8) | b[off + 1];
}

export function get32(b: Uint8Array, off: number): number {
  return ((b[off] << 24) | (b[off + 1] << 16) | (b[off + 2] << 8) | b[off + 3]) >>> 0;
}

/** n deterministic printable bytes (so payloads are readable in tshark). */
export function filler(n: number, seed = 0): Uint8Array {
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) out[i] = 0x61 + ((i + seed) % 26);
  return out;
}

/** Small deterministic PRNG (mulberry32): returns floats in [0, 1). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The Internet checksum (RFC 1071) over the concatenation of `parts`. */
export function inetChecksum(...parts: Uint8Array[]): number {
  let sum = 0;
  let odd = -1; // a byte left over from the previous part
  for (const p of parts) {
    let i = 0;
    if (odd >= 0 && p.length > 0) {
      sum += (odd << 8) | p[0];
      odd = -1;
      i = 1;
    }
    for (; i + 1 < p.length; i += 2) sum += (p[i] << 8) | p[i + 1];
    if (i < p.length) odd = p[i];
  }
  if (odd >= 0) sum += odd << 8;
  while (sum > 0xffff) sum = (sum & 0xffff) + (sum >>> 16);
  return ~sum & 0xffff;
}

const CRC32C_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0x82f63b78 : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

/** CRC-32C (Castagnoli), as SCTP uses it. */
export function crc32c(b: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < b.length; i++) c = CRC32C_TABLE[(c ^ b[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

// ---------------------------------------------------------------------------------------------
// addresses

export function parseMac(m: Mac): Uint8Array {
  if (typeof m !== 'string') {
    if (m.length !== 6) throw new Error(`MAC must be 6 bytes, got ${m.length}`);
    return m;
  }
  const parts = m.split(/[:-]/);
  if (parts.length !== 6) throw new Error(`bad MAC ${m}`);
  return Uint8Array.from(parts.map((x) => {
    const v = parseInt(x, 16);
    if (!(v >= 0 && v <= 255) || !/^[0-9a-fA-F]{1,2}$/.test(x)) throw new Error(`bad MAC ${m}`);
    return v;
  }));
}

export function formatMac(b: Uint8Array, off = 0): string {
  const out: string[] = [];
  for (let i = 0; i < 6; i++) out.push(b[off + i].toString(16).padStart(2, '0'));
  return out.join(':');
}

function parseV4(s: string): Uint8Array | null {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(s);
  if (!m) return null;
  const v = m.slice(1).map(Number);
  if (v.some((x) => x > 255)) return null;
  return Uint8Array.from(v);
}

/** Parses dotted IPv4 or RFC 4291 IPv6 text (with `::` and a trailing dotted quad) to 4 or 16 bytes. */
export function parseIp(a: Addr): Uint8Array {
  if (typeof a !== 'string') {
    if (a.length !== 4 && a.length !== 16) throw new Error(`address must be 4 or 16 bytes, got ${a.length}`);
    return a;
  }
  const v4 = parseV4(a);
  if (v4) return v4;
  let s = a.toLowerCase();
  const pct = s.indexOf('%');
  if (pct >= 0) s = s.slice(0, pct);
  const words: number[] = [];
  const halves = s.split('::');
  if (halves.length > 2) throw new Error(`bad address ${a}`);
  const parseHalf = (h: string): number[] => {
    if (h === '') return [];
    const out: number[] = [];
    const groups = h.split(':');
    groups.forEach((g, i) => {
      if (i === groups.length - 1 && g.includes('.')) {
        const q = parseV4(g);
        if (!q) throw new Error(`bad address ${a}`);
        out.push((q[0] << 8) | q[1], (q[2] << 8) | q[3]);
      } else {
        if (!/^[0-9a-f]{1,4}$/.test(g)) throw new Error(`bad address ${a}`);
        out.push(parseInt(g, 16));
      }
    });
    return out;
  };
  const head = parseHalf(halves[0]);
  if (halves.length === 2) {
    const tail = parseHalf(halves[1]);
    const zeros = 8 - head.length - tail.length;
    if (zeros < 1) throw new Error(`bad address ${a}`);
    words.push(...head, ...new Array<number>(zeros).fill(0), ...tail);
  } else {
    words.push(...head);
  }
  if (words.length !== 8) throw new Error(`bad address ${a}`);
  const out = new Uint8Array(16);
  words.forEach((w, i) => put16(out, 2 * i, w));
  return out;
}

/** Canonical text of 4 or 16 address bytes: the probe's own formatter (RFC 5952 for IPv6). */
export function formatIp(b: Uint8Array): string {
  if (b.length !== 4 && b.length !== 16) throw new Error(`address must be 4 or 16 bytes, got ${b.length}`);
  return formatAddress(b);
}

/** Normalises any address text (or bytes) to the canonical form of formatIp. */
export function canonicalIp(a: Addr): string {
  return formatIp(parseIp(a));
}

// ---------------------------------------------------------------------------------------------
// link layer

export interface VlanTag {
  vid: number;
  pcp?: number;
  dei?: boolean;
  /** Default: 0x8100 for a single tag; for a stack, 0x88a8 outermost and 0x8100 for the rest. */
  tpid?: number;
}

export interface EthernetOpts {
  dst?: Mac;
  src?: Mac;
  tags?: VlanTag[];
  /** Default: from the payload's IP version nibble (IPv4/IPv6). */
  etherType?: number;
  /** Pad the frame with zeros to the 60-byte Ethernet minimum (what a NIC does on the wire). */
  padTo60?: boolean;
}

export const DEFAULT_SRC_MAC = '02:00:00:00:00:01';
export const DEFAULT_DST_MAC = '02:00:00:00:00:02';

function etherTypeForIp(payload: Uint8Array, what: string): number {
  const v = payload.length > 0 ? payload[0] >> 4 : 0;
  if (v === 4) return ETHERTYPE.IPV4;
  if (v === 6) return ETHERTYPE.IPV6;
  throw new Error(`${what}: give the ethertype/protocol, the payload is not IP`);
}

export function ethernet(o: EthernetOpts, payload: Uint8Array): Uint8Array {
  const tags = o.tags ?? [];
  const etherType = o.etherType ?? etherTypeForIp(payload, 'ethernet');
  const hdr = new Uint8Array(14 + 4 * tags.length);
  hdr.set(parseMac(o.dst ?? DEFAULT_DST_MAC), 0);
  hdr.set(parseMac(o.src ?? DEFAULT_SRC_MAC), 6);
  let pos = 12;
  tags.forEach((t, i) => {
    const tpid = t.tpid ?? (tags.length > 1 && i === 0 ? ETHERTYPE.QINQ : ETHERTYPE.VLAN);
    put16(hdr, pos, tpid);
    put16(hdr, pos + 2, ((t.pcp ?? 0) << 13) | (t.dei ? 0x1000 : 0) | (t.vid & 0x0fff));
    pos += 4;
  });
  put16(hdr, pos, etherType);
  const frame = concat(hdr, payload);
  if (o.padTo60 && frame.length < 60) return concat(frame, new Uint8Array(60 - frame.length));
  return frame;
}

export interface MplsLabel {
  label: number;
  tc?: number;
  ttl?: number;
}

/** An MPLS label stack; the bottom-of-stack bit is set on the last label. */
export function mpls(labels: (number | MplsLabel)[], payload: Uint8Array): Uint8Array {
  if (labels.length === 0) throw new Error('mpls: at least one label');
  const hdr = new Uint8Array(4 * labels.length);
  labels.forEach((l, i) => {
    const x = typeof l === 'number' ? { label: l } : l;
    const bos = i === labels.length - 1 ? 1 : 0;
    put32(hdr, 4 * i, ((x.label & 0xfffff) << 12) | ((x.tc ?? 0) << 9) | (bos << 8) | (x.ttl ?? 64));
  });
  return concat(hdr, payload);
}

export interface PppoeOpts {
  sessionId?: number;
  /** PPP protocol; default 0x0021 (IPv4) or 0x0057 (IPv6) from the payload. */
  pppProtocol?: number;
  /** Protocol field compression (RFC 1661 §6.5): the protocol in one byte. */
  compressed?: boolean;
}

/** PPPoE session stage header (6 bytes) + PPP protocol (2 bytes, or 1 compressed). Ethertype 0x8864. */
export function pppoeSession(o: PppoeOpts, payload: Uint8Array): Uint8Array {
  const proto = o.pppProtocol ?? (etherTypeForIp(payload, 'pppoe') === ETHERTYPE.IPV4 ? 0x0021 : 0x0057);
  const field = o.compressed ? 1 : 2;
  const hdr = new Uint8Array(6 + field);
  hdr[0] = 0x11; // version 1, type 1
  hdr[1] = 0x00; // code: session data
  put16(hdr, 2, o.sessionId ?? 1);
  put16(hdr, 4, payload.length + field); // PPP protocol field + payload
  if (o.compressed) hdr[6] = proto;
  else put16(hdr, 6, proto);
  return concat(hdr, payload);
}

export interface SllOpts {
  /** 0 to us, 1 broadcast, 2 multicast, 3 to someone else, 4 sent by us. */
  packetType?: number;
  /** ARPHRD_ type; 1 = Ethernet. */
  arphrd?: number;
  /** Link-layer source address (up to 8 bytes); default a 6-byte MAC. */
  addr?: Uint8Array | Mac;
  /** Default: from the payload's IP version. */
  protocol?: number;
}

function sllAddr(a: Uint8Array | Mac | undefined): Uint8Array {
  if (a === undefined) return parseMac(DEFAULT_SRC_MAC);
  if (typeof a === 'string') return parseMac(a);
  if (a.length > 8) throw new Error('SLL address is at most 8 bytes');
  return a;
}

/** Linux cooked capture v1 (DLT_LINUX_SLL, 16 bytes). */
export function linuxSll(o: SllOpts, payload: Uint8Array): Uint8Array {
  const addr = sllAddr(o.addr);
  const hdr = new Uint8Array(16);
  put16(hdr, 0, o.packetType ?? 0);
  put16(hdr, 2, o.arphrd ?? 1);
  put16(hdr, 4, addr.length);
  hdr.set(addr, 6);
  put16(hdr, 14, o.protocol ?? etherTypeForIp(payload, 'linuxSll'));
  return concat(hdr, payload);
}

export interface Sll2Opts extends SllOpts {
  ifindex?: number;
}

/** Linux cooked capture v2 (DLT_LINUX_SLL2, 20 bytes). */
export function linuxSll2(o: Sll2Opts, payload: Uint8Array): Uint8Array {
  const addr = sllAddr(o.addr);
  const hdr = new Uint8Array(20);
  put16(hdr, 0, o.protocol ?? etherTypeForIp(payload, 'linuxSll2'));
  put16(hdr, 2, 0);
  put32(hdr, 4, o.ifindex ?? 2);
  put16(hdr, 8, o.arphrd ?? 1);
  hdr[10] = o.packetType ?? 0;
  hdr[11] = addr.length;
  hdr.set(addr, 12);
  return concat(hdr, payload);
}

export interface LoopbackOpts {
  /** Address family; default 2 (AF_INET) or 30 (AF_INET6 on macOS/FreeBSD: 28, OpenBSD: 24). */
  family?: number;
  /** DLT_NULL stores the family in the capturing host's order ('le' here); DLT_LOOP uses 'be'. */
  byteOrder?: 'le' | 'be';
}

/** BSD loopback: a 4-byte address family, then the IP packet (DLT_NULL / DLT_LOOP). */
export function bsdLoopback(o: LoopbackOpts, payload: Uint8Array): Uint8Array {
  const family = o.family ?? (etherTypeForIp(payload, 'bsdLoopback') === ETHERTYPE.IPV4 ? 2 : 30);
  const hdr = new Uint8Array(4);
  if ((o.byteOrder ?? 'le') === 'be') put32(hdr, 0, family);
  else {
    hdr[0] = family & 0xff;
    hdr[1] = (family >>> 8) & 0xff;
    hdr[2] = (family >>> 16) & 0xff;
    hdr[3] = (family >>> 24) & 0xff;
  }
  return concat(hdr, payload);
}

/** Raw IP (DLT_RAW / LINKTYPE_RAW / IPV4 / IPV6): no link header at all. */
export function rawIp(payload: Uint8Array): Uint8Array {
  return payload;
}

// ---------------------------------------------------------------------------------------------
// transport layer

/** A transport segment whose checksum (if any) needs the IP pseudo-header. */
export interface L4 {
  protocol: number;
  bytes: Uint8Array;
  /** Offset of the 16-bit pseudo-header checksum in bytes, or -1 (none, or already final). */
  csumAt: number;
  /** UDP: a computed 0 is sent as 0xffff. */
  zeroAsOnes?: boolean;
}

function isL4(x: Uint8Array | L4): x is L4 {
  return !(x instanceof Uint8Array);
}

function pseudoHeader(src: Uint8Array, dst: Uint8Array, protocol: number, len: number): Uint8Array {
  if (src.length === 4) {
    const ph = new Uint8Array(12);
    ph.set(src, 0);
    ph.set(dst, 4);
    ph[9] = protocol;
    put16(ph, 10, len);
    return ph;
  }
  const ph = new Uint8Array(40);
  ph.set(src, 0);
  ph.set(dst, 16);
  put32(ph, 32, len);
  ph[39] = protocol;
  return ph;
}

/** The segment's bytes with its pseudo-header checksum computed for src → dst. */
export function finishL4(l4: L4, src: Addr, dst: Addr): Uint8Array {
  if (l4.csumAt < 0) return l4.bytes;
  const b = l4.bytes.slice();
  put16(b, l4.csumAt, 0);
  let c = inetChecksum(pseudoHeader(parseIp(src), parseIp(dst), l4.protocol, b.length), b);
  if (c === 0 && l4.zeroAsOnes) c = 0xffff;
  put16(b, l4.csumAt, c);
  return b;
}

/** TCP options, each as its raw bytes; tcp() pads the list to a 4-byte boundary with EOL. */
export const tcpOption = {
  eol: (): Uint8Array => Uint8Array.of(0),
  nop: (): Uint8Array => Uint8Array.of(1),
  mss: (mss: number): Uint8Array => Uint8Array.of(2, 4, mss >> 8, mss & 0xff),
  wscale: (shift: number): Uint8Array => Uint8Array.of(3, 3, shift),
  sackPermitted: (): Uint8Array => Uint8Array.of(4, 2),
  sack: (blocks: [number, number][]): Uint8Array => {
    const b = new Uint8Array(2 + 8 * blocks.length);
    b[0] = 5;
    b[1] = b.length;
    blocks.forEach(([l, r], i) => {
      put32(b, 2 + 8 * i, l);
      put32(b, 6 + 8 * i, r);
    });
    return b;
  },
  timestamps: (val: number, ecr: number): Uint8Array => {
    const b = new Uint8Array(10);
    b[0] = 8;
    b[1] = 10;
    put32(b, 2, val);
    put32(b, 6, ecr);
    return b;
  },
};

export interface TcpOpts {
  sport: number;
  dport: number;
  seq?: number;
  ack?: number;
  /** Bits from TCP; default ACK when ack is given, else 0. */
  flags?: number;
  window?: number;
  urgent?: number;
  options?: Uint8Array[] | Uint8Array;
  /** Override the data offset (in 32-bit words) to craft bad headers. */
  dataOffset?: number;
}

export function tcp(o: TcpOpts, payload: Uint8Array = new Uint8Array(0)): L4 {
  let opts = o.options instanceof Uint8Array ? o.options : concat(...(o.options ?? []));
  if (opts.length % 4) opts = concat(opts, new Uint8Array(4 - (opts.length % 4)));
  if (opts.length > 40) throw new Error('tcp: options longer than 40 bytes');
  const hl = 20 + opts.length;
  const b = new Uint8Array(hl + payload.length);
  put16(b, 0, o.sport);
  put16(b, 2, o.dport);
  put32(b, 4, o.seq ?? 0);
  put32(b, 8, o.ack ?? 0);
  const flags = o.flags ?? (o.ack !== undefined ? TCP.ACK : 0);
  b[12] = ((o.dataOffset ?? hl / 4) & 0x0f) << 4;
  b[13] = flags & 0xff;
  put16(b, 14, o.window ?? 65535);
  put16(b, 18, o.urgent ?? 0);
  b.set(opts, 20);
  b.set(payload, hl);
  return { protocol: IPPROTO.TCP, bytes: b, csumAt: 16 };
}

export interface UdpOpts {
  sport: number;
  dport: number;
  /** Override the length field. */
  length?: number;
  /** IPv4 only: send checksum 0 (none). */
  noChecksum?: boolean;
}

export function udp(o: UdpOpts, payload: Uint8Array = new Uint8Array(0)): L4 {
  const b = new Uint8Array(8 + payload.length);
  put16(b, 0, o.sport);
  put16(b, 2, o.dport);
  put16(b, 4, o.length ?? b.length);
  b.set(payload, 8);
  return { protocol: IPPROTO.UDP, bytes: b, csumAt: o.noChecksum ? -1 : 6, zeroAsOnes: true };
}

export interface IcmpOpts {
  type: number;
  code?: number;
  /** Echo identifier / sequence (bytes 4–7 of the header)… */
  id?: number;
  seq?: number;
  /** …or the raw 32-bit "rest of header" (MTU, pointer, unused). */
  rest?: number;
}

function icmpHeader(o: IcmpOpts, data: Uint8Array): Uint8Array {
  const b = new Uint8Array(8 + data.length);
  b[0] = o.type;
  b[1] = o.code ?? 0;
  if (o.rest !== undefined) put32(b, 4, o.rest);
  else {
    put16(b, 4, o.id ?? 0);
    put16(b, 6, o.seq ?? 0);
  }
  b.set(data, 8);
  return b;
}

/** ICMP (v4): checksum over the message only, computed here. */
export function icmp(o: IcmpOpts, data: Uint8Array = new Uint8Array(0)): L4 {
  const b = icmpHeader(o, data);
  put16(b, 2, inetChecksum(b));
  return { protocol: IPPROTO.ICMP, bytes: b, csumAt: -1 };
}

/** ICMPv6: checksum includes the IPv6 pseudo-header (filled in by ipv6()). */
export function icmpv6(o: IcmpOpts, data: Uint8Array = new Uint8Array(0)): L4 {
  return { protocol: IPPROTO.ICMPV6, bytes: icmpHeader(o, data), csumAt: 2 };
}

export interface SctpChunk {
  type: number;
  flags?: number;
  value?: Uint8Array;
}

export const sctpChunk = {
  /** DATA chunk (type 0); flags default B|E (a whole message). */
  data(o: { tsn: number; stream?: number; ssn?: number; ppid?: number; flags?: number }, data: Uint8Array): SctpChunk {
    const v = new Uint8Array(12 + data.length);
    put32(v, 0, o.tsn);
    put16(v, 4, o.stream ?? 0);
    put16(v, 6, o.ssn ?? 0);
    put32(v, 8, o.ppid ?? 0);
    v.set(data, 12);
    return { type: 0, flags: o.flags ?? 0x03, value: v };
  },
  /** INIT chunk (type 1) without parameters. */
  init(o: { initTag: number; arwnd?: number; outStreams?: number; inStreams?: number; tsn?: number }): SctpChunk {
    const v = new Uint8Array(16);
    put32(v, 0, o.initTag);
    put32(v, 4, o.arwnd ?? 106496);
    put16(v, 8, o.outStreams ?? 10);
    put16(v, 10, o.inStreams ?? 10);
    put32(v, 12, o.tsn ?? 1);
    return { type: 1, value: v };
  },
  /** SACK chunk (type 3) without gap blocks. */
  sack(o: { cumTsn: number; arwnd?: number }): SctpChunk {
    const v = new Uint8Array(12);
    put32(v, 0, o.cumTsn);
    put32(v, 4, o.arwnd ?? 106496);
    return { type: 3, value: v };
  },
};

export interface SctpOpts {
  sport: number;
  dport: number;
  vtag?: number;
  chunk?: SctpChunk;
}

/** SCTP common header + one chunk (padded to 4 bytes); CRC32c computed here. */
export function sctp(o: SctpOpts): L4 {
  const c = o.chunk ?? sctpChunk.init({ initTag: 0x01020304 });
  const value = c.value ?? new Uint8Array(0);
  const chunkLen = 4 + value.length;
  const padded = (chunkLen + 3) & ~3;
  const b = new Uint8Array(12 + padded);
  put16(b, 0, o.sport);
  put16(b, 2, o.dport);
  put32(b, 4, o.vtag ?? 0);
  b[12] = c.type;
  b[13] = c.flags ?? 0;
  put16(b, 14, chunkLen);
  b.set(value, 16);
  // RFC 9260 appendix A: the CRC goes on the wire least significant byte first.
  const crc = crc32c(b);
  b[8] = crc & 0xff;
  b[9] = (crc >>> 8) & 0xff;
  b[10] = (crc >>> 16) & 0xff;
  b[11] = (crc >>> 24) & 0xff;
  return { protocol: IPPROTO.SCTP, bytes: b, csumAt: -1 };
}

// ---------------------------------------------------------------------------------------------
// IPv4

/** IPv4 options, each as raw bytes; ipv4() pads the list to 4 bytes with EOL. */
export const ipv4Option = {
  eol: (): Uint8Array => Uint8Array.of(0),
  nop: (): Uint8Array => Uint8Array.of(1),
  routerAlert: (): Uint8Array => Uint8Array.of(0x94, 4, 0, 0),
  /** Record Route with room for n addresses, none recorded yet. */
  recordRoute: (n: number): Uint8Array => {
    const b = new Uint8Array(3 + 4 * n);
    b[0] = 7;
    b[1] = b.length;
    b[2] = 4;
    return b;
  },
};

export interface Ipv4Opts {
  src: Addr;
  dst: Addr;
  /** Default: from the L4 segment; required when the payload is plain bytes. */
  protocol?: number;
  ttl?: number;
  tos?: number;
  id?: number;
  df?: boolean;
  /** More-fragments flag. */
  mf?: boolean;
  /** Fragment offset in bytes (a multiple of 8). */
  fragOffset?: number;
  options?: Uint8Array[] | Uint8Array;
  /** Overrides to craft malformed headers. */
  totalLength?: number;
  ihl?: number;
  checksum?: number;
}

export function ipv4(o: Ipv4Opts, payload: Uint8Array | L4): Uint8Array {
  const src = parseIp(o.src);
  const dst = parseIp(o.dst);
  if (src.length !== 4 || dst.length !== 4) throw new Error('ipv4: addresses must be IPv4');
  let protocol = o.protocol;
  let body: Uint8Array;
  if (isL4(payload)) {
    protocol ??= payload.protocol;
    body = finishL4(payload, src, dst);
  } else body = payload;
  if (protocol === undefined) throw new Error('ipv4: protocol required for a raw payload');
  let opts = o.options instanceof Uint8Array ? o.options : concat(...(o.options ?? []));
  if (opts.length % 4) opts = concat(opts, new Uint8Array(4 - (opts.length % 4)));
  if (opts.length > 40) throw new Error('ipv4: options longer than 40 bytes');
  const fragOffset = o.fragOffset ?? 0;
  if (fragOffset % 8) throw new Error('ipv4: fragment offset must be a multiple of 8');
  const hl = 20 + opts.length;
  const h = new Uint8Array(hl);
  h[0] = 0x40 | ((o.ihl ?? hl / 4) & 0x0f);
  h[1] = o.tos ?? 0;
  put16(h, 2, o.totalLength ?? hl + body.length);
  put16(h, 4, o.id ?? 0x1234);
  put16(h, 6, (o.df ? 0x4000 : 0) | (o.mf ? 0x2000 : 0) | ((fragOffset / 8) & 0x1fff));
  h[8] = o.ttl ?? 64;
  h[9] = protocol;
  h.set(src, 12);
  h.set(dst, 16);
  h.set(opts, 20);
  put16(h, 10, o.checksum ?? inetChecksum(h));
  return concat(h, body);
}

/**
 * Fragments one datagram: the whole transport segment is built (checksum over all of it),
 * then cut into pieces of `fragSize` bytes (rounded down to a multiple of 8).
 */
export function ipv4Fragments(
  o: Omit<Ipv4Opts, 'mf' | 'fragOffset' | 'totalLength' | 'checksum'>,
  payload: Uint8Array | L4,
  fragSize: number,
): Uint8Array[] {
  const protocol = o.protocol ?? (isL4(payload) ? payload.protocol : undefined);
  const body = isL4(payload) ? finishL4(payload, o.src, o.dst) : payload;
  const step = fragSize & ~7;
  if (step <= 0) throw new Error('ipv4Fragments: fragSize < 8');
  const out: Uint8Array[] = [];
  for (let at = 0; at < body.length; at += step) {
    const end = Math.min(body.length, at + step);
    out.push(ipv4({ ...o, protocol, fragOffset: at, mf: end < body.length }, body.subarray(at, end)));
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// IPv6

export type Ipv6Ext =
  | { type: 'hopByHop' | 'destOptions'; options?: Uint8Array[] | Uint8Array }
  | { type: 'routing'; routingType?: number; segmentsLeft?: number; addresses?: Addr[] }
  | { type: 'fragment'; offset?: number; mf?: boolean; id?: number };

/** Options for hop-by-hop / destination options headers (TLVs); padded with PadN. */
export const ipv6Option = {
  pad1: (): Uint8Array => Uint8Array.of(0),
  padN: (n: number): Uint8Array => concat([1, n - 2], new Uint8Array(n - 2)),
  routerAlert: (value = 0): Uint8Array => Uint8Array.of(5, 2, value >> 8, value & 0xff),
  /** Jumbo payload (RFC 2675), hop-by-hop only. */
  jumbo: (len: number): Uint8Array => {
    const b = Uint8Array.of(0xc2, 4, 0, 0, 0, 0);
    put32(b, 2, len);
    return b;
  },
};

export const IPV6_EXT_NUMBER = { hopByHop: 0, routing: 43, fragment: 44, destOptions: 60 } as const;

function ext6(e: Ipv6Ext, next: number): Uint8Array {
  switch (e.type) {
    case 'hopByHop':
    case 'destOptions': {
      let opts = e.options instanceof Uint8Array ? e.options : concat(...(e.options ?? []));
      const total = Math.max(8, (2 + opts.length + 7) & ~7);
      const pad = total - 2 - opts.length;
      if (pad === 1) opts = concat(opts, ipv6Option.pad1());
      else if (pad > 1) opts = concat(opts, ipv6Option.padN(pad));
      return concat([next, total / 8 - 1], opts);
    }
    case 'routing': {
      const addrs = (e.addresses ?? []).map(parseIp);
      const rt = e.routingType ?? 0;
      const b = new Uint8Array(8 + 16 * addrs.length);
      b[0] = next;
      b[1] = 2 * addrs.length;
      b[2] = rt;
      b[3] = e.segmentsLeft ?? 0;
      if (rt === 4 && addrs.length) b[4] = addrs.length - 1; // segment routing: last entry
      addrs.forEach((a, i) => b.set(a, 8 + 16 * i));
      return b;
    }
    case 'fragment': {
      const b = new Uint8Array(8);
      b[0] = next;
      const off = e.offset ?? 0;
      if (off % 8) throw new Error('ipv6 fragment offset must be a multiple of 8');
      put16(b, 2, off | (e.mf ? 1 : 0));
      put32(b, 4, e.id ?? 0x12345678);
      return b;
    }
  }
}

export interface Ipv6Opts {
  src: Addr;
  dst: Addr;
  /** Protocol after the extension headers; default from the L4 segment. */
  nextHeader?: number;
  hopLimit?: number;
  trafficClass?: number;
  flowLabel?: number;
  extensions?: Ipv6Ext[];
  /** Override the payload length field. */
  payloadLength?: number;
}

/** The destination the upper-layer checksum uses: the last hop of a routing header, if any. */
function finalDst(o: Ipv6Opts): Uint8Array {
  for (const e of o.extensions ?? []) {
    if (e.type === 'routing' && (e.segmentsLeft ?? 0) > 0 && e.addresses?.length) {
      return parseIp((e.routingType ?? 0) === 4 ? e.addresses[0] : e.addresses[e.addresses.length - 1]);
    }
  }
  return parseIp(o.dst);
}

export function ipv6(o: Ipv6Opts, payload: Uint8Array | L4): Uint8Array {
  const src = parseIp(o.src);
  const dst = parseIp(o.dst);
  if (src.length !== 16 || dst.length !== 16) throw new Error('ipv6: addresses must be IPv6');
  let proto = o.nextHeader;
  let body: Uint8Array;
  if (isL4(payload)) {
    proto ??= payload.protocol;
    body = finishL4(payload, src, finalDst(o));
  } else body = payload;
  if (proto === undefined) throw new Error('ipv6: nextHeader required for a raw payload');
  const exts = o.extensions ?? [];
  const parts: Uint8Array[] = [];
  for (let i = exts.length - 1; i >= 0; i--) {
    const next = i === exts.length - 1 ? proto : IPV6_EXT_NUMBER[exts[i + 1].type];
    parts.unshift(ext6(exts[i], next));
  }
  const first = exts.length ? IPV6_EXT_NUMBER[exts[0].type] : proto;
  const rest = concat(...parts, body);
  const h = new Uint8Array(40);
  put32(h, 0, (6 << 28) | (((o.trafficClass ?? 0) & 0xff) << 20) | ((o.flowLabel ?? 0) & 0xfffff));
  put16(h, 4, o.payloadLength ?? rest.length);
  h[6] = first;
  h[7] = o.hopLimit ?? 64;
  h.set(src, 8);
  h.set(dst, 24);
  return concat(h, rest);
}

/**
 * Fragments one IPv6 datagram: the given extension headers stay in every fragment (the
 * unfragmentable part), a fragment header follows, then `fragSize`-byte pieces (rounded down
 * to a multiple of 8) of the finished transport segment.
 */
export function ipv6Fragments(
  o: Ipv6Opts,
  payload: Uint8Array | L4,
  fragSize: number,
  id = 0x0badcafe,
): Uint8Array[] {
  const proto = o.nextHeader ?? (isL4(payload) ? payload.protocol : undefined);
  if (proto === undefined) throw new Error('ipv6Fragments: nextHeader required for a raw payload');
  const body = isL4(payload) ? finishL4(payload, o.src, finalDst(o)) : payload;
  const step = fragSize & ~7;
  if (step <= 0) throw new Error('ipv6Fragments: fragSize < 8');
  const out: Uint8Array[] = [];
  for (let at = 0; at < body.length; at += step) {
    const end = Math.min(body.length, at + step);
    const exts: Ipv6Ext[] = [...(o.extensions ?? []), { type: 'fragment', offset: at, mf: end < body.length, id }];
    out.push(ipv6({ ...o, nextHeader: proto, extensions: exts }, body.subarray(at, end)));
  }
  return out;
}

/** IPv4 or IPv6 by the address family of src/dst. Extra fields apply to the matching version. */
export function ip(
  o: { src: Addr; dst: Addr; ttl?: number } & Partial<Omit<Ipv4Opts, 'src' | 'dst'>> & Partial<Omit<Ipv6Opts, 'src' | 'dst'>>,
  payload: Uint8Array | L4,
): Uint8Array {
  if (parseIp(o.src).length === 4) return ipv4(o, payload);
  return ipv6({ ...o, hopLimit: o.hopLimit ?? o.ttl }, payload);
}

// ---------------------------------------------------------------------------------------------
// conversations

export interface Frame {
  /** Capture timestamp in microseconds since the epoch. */
  tsUs: number;
  bytes: Uint8Array;
  /** Length on the wire when it differs from bytes.length. */
  wireLen?: number;
}

/** Wraps an IP packet in its link layer; `fromClient` tells the direction. */
export type LinkWrap = (ipPacket: Uint8Array, fromClient: boolean) => Uint8Array;

export function ethernetLink(o: { clientMac?: Mac; serverMac?: Mac; tags?: VlanTag[]; padTo60?: boolean } = {}): LinkWrap {
  const c = o.clientMac ?? DEFAULT_SRC_MAC;
  const s = o.serverMac ?? DEFAULT_DST_MAC;
  return (pkt, fromClient) =>
    ethernet({ src: fromClient ? c : s, dst: fromClient ? s : c, tags: o.tags, padTo60: o.padTo60 }, pkt);
}

export const rawLink: LinkWrap = (pkt) => pkt;

export interface Peer {
  ip: Addr;
  port: number;
  /** TTL / hop limit this side sends with. */
  ttl?: number;
}

export interface TcpExchange {
  /** Bytes, or a size for filler bytes. */
  request: Uint8Array | number;
  response: Uint8Array | number;
}

export interface TcpConversationOpts {
  client: Peer;
  server: Peer;
  startUs: number;
  /** Round-trip time; each packet is sent half of it after the one it answers. Default 1000 µs. */
  rttUs?: number;
  /** Time between a received segment and the next one sent by the same side. Default 50 µs. */
  thinkUs?: number;
  exchanges?: TcpExchange[];
  /** Segment size for data. Default 1400. */
  mss?: number;
  clientIsn?: number;
  serverIsn?: number;
  /** 'fin': FIN/ACK, FIN/ACK, ACK (client closes); 'rst': client RST; 'none': left open. */
  close?: 'fin' | 'rst' | 'none';
  link?: LinkWrap;
}

function bytesOf(x: Uint8Array | number, seed: number): Uint8Array {
  return typeof x === 'number' ? filler(x, seed) : x;
}

/**
 * A whole TCP connection: three-way handshake, request/response exchanges (each data segment
 * acknowledged), then the close. Timestamps advance by rtt/2 per direction change.
 */
export function tcpConversation(o: TcpConversationOpts): Frame[] {
  const link = o.link ?? ethernetLink();
  const half = Math.max(1, Math.floor((o.rttUs ?? 1000) / 2));
  const think = o.thinkUs ?? 50;
  const mss = o.mss ?? 1400;
  const frames: Frame[] = [];
  let t = o.startUs;
  let cseq = (o.clientIsn ?? 1000 + o.client.port * 7) >>> 0;
  let sseq = (o.serverIsn ?? 5000 + o.server.port * 13) >>> 0;
  let cid = (o.client.port * 31) & 0xffff;
  let sid = (o.server.port * 17 + 7) & 0xffff;
  const send = (fromClient: boolean, seg: L4): void => {
    const from = fromClient ? o.client : o.server;
    const to = fromClient ? o.server : o.client;
    const id = fromClient ? cid++ & 0xffff : sid++ & 0xffff;
    const pkt = ip({ src: from.ip, dst: to.ip, ttl: from.ttl ?? (fromClient ? 64 : 63), id, df: true }, seg);
    frames.push({ tsUs: t, bytes: link(pkt, fromClient) });
  };
  const cp = o.client.port;
  const sp = o.server.port;
  const synOpts = [tcpOption.mss(mss), tcpOption.sackPermitted(), tcpOption.wscale(7)];
  send(true, tcp({ sport: cp, dport: sp, seq: cseq, flags: TCP.SYN, options: synOpts }));
  cseq = (cseq + 1) >>> 0;
  t += half;
  send(false, tcp({ sport: sp, dport: cp, seq: sseq, ack: cseq, flags: TCP.SYN | TCP.ACK, options: synOpts }));
  sseq = (sseq + 1) >>> 0;
  t += half;
  send(true, tcp({ sport: cp, dport: sp, seq: cseq, ack: sseq, flags: TCP.ACK }));

  // sends `data` from one side in mss pieces, then the other side acknowledges
  const transfer = (fromClient: boolean, data: Uint8Array): void => {
    for (let at = 0; at < data.length; at += mss) {
      const piece = data.subarray(at, Math.min(data.length, at + mss));
      const last = at + mss >= data.length;
      t += think;
      if (fromClient) {
        send(true, tcp({ sport: cp, dport: sp, seq: cseq, ack: sseq, flags: TCP.ACK | (last ? TCP.PSH : 0) }, piece));
        cseq = (cseq + piece.length) >>> 0;
      } else {
        send(false, tcp({ sport: sp, dport: cp, seq: sseq, ack: cseq, flags: TCP.ACK | (last ? TCP.PSH : 0) }, piece));
        sseq = (sseq + piece.length) >>> 0;
      }
    }
    t += half;
    if (fromClient) send(false, tcp({ sport: sp, dport: cp, seq: sseq, ack: cseq, flags: TCP.ACK }));
    else send(true, tcp({ sport: cp, dport: sp, seq: cseq, ack: sseq, flags: TCP.ACK }));
    t += half;
  };
  (o.exchanges ?? []).forEach((x, i) => {
    const req = bytesOf(x.request, i);
    const resp = bytesOf(x.response, i + 13);
    if (req.length) transfer(true, req);
    if (resp.length) transfer(false, resp);
  });

  const close = o.close ?? 'fin';
  if (close === 'fin') {
    t += think;
    send(true, tcp({ sport: cp, dport: sp, seq: cseq, ack: sseq, flags: TCP.FIN | TCP.ACK }));
    cseq = (cseq + 1) >>> 0;
    t += half;
    send(false, tcp({ sport: sp, dport: cp, seq: sseq, ack: cseq, flags: TCP.FIN | TCP.ACK }));
    sseq = (sseq + 1) >>> 0;
    t += half;
    send(true, tcp({ sport: cp, dport: sp, seq: cseq, ack: sseq, flags: TCP.ACK }));
  } else if (close === 'rst') {
    t += think;
    send(true, tcp({ sport: cp, dport: sp, seq: cseq, ack: sseq, flags: TCP.RST | TCP.ACK }));
  }
  return frames;
}

export interface UdpExchangeOpts {
  client: Peer;
  server: Peer;
  startUs: number;
  rttUs?: number;
  /** Request/response payloads (or sizes); a response of 0 bytes / empty means none is sent. */
  exchanges: TcpExchange[];
  /** Gap between one exchange's response and the next request. Default 100 µs. */
  gapUs?: number;
  link?: LinkWrap;
}

/** UDP request/response pairs between two ports. */
export function udpExchange(o: UdpExchangeOpts): Frame[] {
  const link = o.link ?? ethernetLink();
  const half = Math.max(1, Math.floor((o.rttUs ?? 1000) / 2));
  const frames: Frame[] = [];
  let t = o.startUs;
  o.exchanges.forEach((x, i) => {
    const req = bytesOf(x.request, i);
    const resp = bytesOf(x.response, i + 5);
    const q = ip({ src: o.client.ip, dst: o.server.ip, ttl: o.client.ttl ?? 64, id: i + 1 }, udp({ sport: o.client.port, dport: o.server.port }, req));
    frames.push({ tsUs: t, bytes: link(q, true) });
    t += half;
    if (typeof x.response === 'number' ? x.response > 0 : x.response.length > 0) {
      const r = ip({ src: o.server.ip, dst: o.client.ip, ttl: o.server.ttl ?? 63, id: i + 1000 }, udp({ sport: o.server.port, dport: o.client.port }, resp));
      frames.push({ tsUs: t, bytes: link(r, false) });
    }
    t += o.gapUs ?? 100;
  });
  return frames;
}

export interface IcmpEchoOpts {
  client: Addr;
  server: Addr;
  startUs: number;
  id: number;
  /** Number of request/reply pairs. Default 1. */
  count?: number;
  /** Echo data bytes. Default 56. */
  size?: number;
  rttUs?: number;
  intervalUs?: number;
  /** Leave out the replies (an unanswered ping). */
  noReply?: boolean;
  link?: LinkWrap;
}

/** ICMP or ICMPv6 echo request/reply pairs (by address family). */
export function icmpEcho(o: IcmpEchoOpts): Frame[] {
  const link = o.link ?? ethernetLink();
  const v6 = parseIp(o.client).length === 16;
  const half = Math.max(1, Math.floor((o.rttUs ?? 1000) / 2));
  const frames: Frame[] = [];
  let t = o.startUs;
  for (let seq = 1; seq <= (o.count ?? 1); seq++) {
    const data = filler(o.size ?? 56, seq);
    const req = v6 ? icmpv6({ type: 128, id: o.id, seq }, data) : icmp({ type: 8, id: o.id, seq }, data);
    frames.push({ tsUs: t, bytes: link(ip({ src: o.client, dst: o.server, ttl: 64, id: seq }, req), true) });
    if (!o.noReply) {
      const rep = v6 ? icmpv6({ type: 129, id: o.id, seq }, data) : icmp({ type: 0, id: o.id, seq }, data);
      frames.push({ tsUs: t + half, bytes: link(ip({ src: o.server, dst: o.client, ttl: 60, id: seq + 500 }, rep), false) });
    }
    t += o.intervalUs ?? 2 * half + 100;
  }
  return frames;
}

/** Merges per-conversation frame lists into one list ordered by timestamp (stable). */
export function mergeByTime(...lists: Frame[][]): Frame[] {
  const all = lists.flat().map((f, i) => ({ f, i }));
  all.sort((a, b) => a.f.tsUs - b.f.tsUs || a.i - b.i);
  return all.map((x) => x.f);
}
