// The decoder against every crafted encapsulation × IP variant × transport, cut at every byte:
//  - "short": the packet really ended there (wireLen = capLen) → a malformed reason, by layer;
//  - "snaplen": the capture cut it (wireLen = full length) → capture_too_short until the
//    headers the flow needs are in, then OK with the same fields as the whole packet.
// It must never throw and never read outside [off, off + capLen) (checked with a Proxy that
// records every index read). Then exact field tables, hand-made malformed packets, and a
// seeded random-garbage fuzz.

import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  DECODE_NON_IP,
  DECODE_OK,
  MALFORMED_REASONS,
  PacketInfo,
  decodePacket,
} from '../agent/decode/packet.js';
import { buildCatalog, type Expected, type Sample } from './fixtures/catalog.js';
import {
  ETHERTYPE,
  IPPROTO,
  LINKTYPE,
  TCP,
  bsdLoopback,
  ethernet,
  filler,
  icmp,
  ipv4,
  ipv6,
  linuxSll,
  linuxSll2,
  mpls,
  parseIp,
  pppoeSession,
  prng,
  sctp,
  tcp,
  udp,
} from './lib/craft.js';
import { writePcap } from './lib/pcap-file.js';

const CATALOG = buildCatalog();
const reason = (code: number): string => MALFORMED_REASONS[code] ?? `code ${code}`;

// ---------------------------------------------------------------------------------------------
// harness

interface Guarded {
  buf: Uint8Array;
  off: number;
  /** Indices read outside the allowed window. */
  oob: number[];
}

/**
 * The first capLen bytes of `frame` placed at a non-zero offset in a larger buffer whose other
 * bytes are garbage, behind a Proxy that records reads outside [off, off + capLen).
 */
function guarded(frame: Uint8Array, capLen: number, off = 13): Guarded {
  const backing = new Uint8Array(off + Math.max(capLen, frame.length) + 64).fill(0xa5);
  backing.set(frame.subarray(0, capLen), off);
  const oob: number[] = [];
  const end = off + capLen;
  const buf = new Proxy(backing, {
    get(target, key) {
      if (typeof key === 'string') {
        const i = Number(key);
        if (Number.isInteger(i) && key !== '') {
          if (i < off || i >= end) oob.push(i);
          return target[i];
        }
      }
      const v = Reflect.get(target, key, target) as unknown;
      return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
    },
  });
  return { buf, off, oob };
}

interface Result {
  code: number;
  p: PacketInfo;
  off: number;
}

function decode(frame: Uint8Array, capLen: number, wireLen: number, linkType: number, p = new PacketInfo()): Result {
  const g = guarded(frame, capLen);
  let code: number;
  try {
    code = decodePacket(g.buf, g.off, capLen, wireLen, linkType, p);
  } catch (e) {
    throw new Error(`decodePacket threw at capLen=${capLen} wireLen=${wireLen} linkType=${linkType}: ${String(e)}`);
  }
  if (g.oob.length) {
    throw new Error(
      `out-of-bounds read at capLen=${capLen} wireLen=${wireLen} linkType=${linkType}: ` +
        `indices ${[...new Set(g.oob.map((i) => i - g.off))].join(',')} (relative to frame start)`,
    );
  }
  return { code, p, off: g.off };
}

function words(addr: string): number[] {
  const b = parseIp(addr);
  const w = [0, 0, 0, 0];
  for (let i = 0; i < b.length / 4; i++) w[i] = ((b[4 * i] << 24) | (b[4 * i + 1] << 16) | (b[4 * i + 2] << 8) | b[4 * i + 3]) >>> 0;
  return w;
}

/** The decoded fields that Expected names, for a toEqual against it. */
function pick(p: PacketInfo, e: Expected): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(e) as (keyof Expected)[]) {
    if (k === 'src' || k === 'dst') continue;
    out[k] = p[k as keyof PacketInfo];
  }
  return out;
}

function expectedFields(e: Expected): Record<string, unknown> {
  const out: Record<string, unknown> = { ...e };
  delete out.src;
  delete out.dst;
  return out;
}

function macOffsets(linkType: number): [number, number] {
  if (linkType === LINKTYPE.ETHERNET) return [0, 6];
  if (linkType === LINKTYPE.LINUX_SLL) return [-1, 6];
  if (linkType === LINKTYPE.LINUX_SLL2) return [-1, 12];
  return [-1, -1];
}

/** Checks a decode that returned OK against the sample's expectations. */
function checkOk(s: Sample, r: Result, capLen: number, where: string): void {
  const e = s.expect!;
  const p = r.p;
  expect(pick(p, e), where).toEqual(expectedFields(e));
  expect(Array.from(p.src), `${where} src`).toEqual(words(e.src));
  expect(Array.from(p.dst), `${where} dst`).toEqual(words(e.dst));
  expect(p.ipOff, `${where} ipOff`).toBe(r.off + s.l3Off);
  expect(p.ipHeaderLen, `${where} ipHeaderLen`).toBe(s.l4Off - s.l3Off);
  expect(p.l4Off, `${where} l4Off`).toBe(r.off + s.l4Off);
  expect(p.payloadOff + p.payloadLen, `${where} payload end`).toBe(r.off + s.ipEnd);
  const inBuf = r.off + capLen - p.payloadOff;
  expect(p.payloadCapLen, `${where} payloadCapLen`).toBe(Math.max(0, Math.min(inBuf, p.payloadLen)));
  const [dm, sm] = macOffsets(s.linkType);
  expect([p.dstMacOff, p.srcMacOff], `${where} mac offsets`).toEqual([dm < 0 ? -1 : r.off + dm, sm < 0 ? -1 : r.off + sm]);
}

function expectCode(got: number, want: number | number[], where: string): void {
  const ws = Array.isArray(want) ? want : [want];
  if (!ws.includes(got)) {
    expect.fail(`${where}: got ${reason(got)}, want ${ws.map(reason).join(' or ')}`);
  }
}

const R = Object.fromEntries(MALFORMED_REASONS.map((n, i) => [n, i])) as Record<(typeof MALFORMED_REASONS)[number], number>;

// ---------------------------------------------------------------------------------------------
// truncation at every byte

describe('decodePacket: truncation at every byte offset', () => {
  it('the catalogue covers every link type and transport', () => {
    const links = new Set(CATALOG.map((s) => s.linkType));
    expect([...links].sort((a, b) => a - b)).toEqual([0, 1, 12, 101, 108, 113, 228, 229, 276]);
    const protos = new Set(CATALOG.filter((s) => s.expect).map((s) => `${s.expect!.ipVersion}/${s.expect!.protocol}`));
    for (const x of ['4/6', '4/17', '4/1', '4/132', '4/50', '6/6', '6/17', '6/58', '6/132', '6/50']) expect(protos).toContain(x);
    expect(CATALOG.length).toBeGreaterThan(400);
  });

  it.each(CATALOG.map((s) => [s.name, s] as const))('%s', (_name, s) => {
    const full = s.frame.length;
    const p = new PacketInfo();

    // the whole frame
    const whole = decode(s.frame, full, full, s.linkType, p);
    if (!s.expect) {
      expectCode(whole.code, DECODE_NON_IP, 'complete frame');
    } else {
      expectCode(whole.code, DECODE_OK, 'complete frame');
      checkOk(s, whole, full, 'complete frame');
    }

    for (let cap = 0; cap < full; cap++) {
      // 1. the packet really is this short
      {
        const where = `short: capLen=wireLen=${cap} of ${full}`;
        const r = decode(s.frame, cap, cap, s.linkType, p);
        if (!s.expect) {
          expectCode(r.code, cap < s.l3Off ? R.l2_truncated : DECODE_NON_IP, where);
        } else if (cap >= s.ipEnd) {
          // only link-layer padding is missing
          expectCode(r.code, DECODE_OK, where);
          checkOk(s, r, cap, where);
        } else {
          let want: number | number[];
          if (cap < s.l3Off) want = R.l2_truncated;
          else if (cap === s.l3Off) want = [R.l2_truncated, R.ip_truncated];
          else if (cap < s.l3Off + s.ipFixed) want = R.ip_truncated;
          else want = R.ip_bad_total_length;
          expectCode(r.code, want, where);
        }
        if (r.code !== DECODE_OK) expect(r.p.hasPorts, `${where}: hasPorts on a failed decode`).toBe(false);
      }

      // 2. the capture cut it (snaplen)
      {
        const where = `snaplen: capLen=${cap} wireLen=${full}`;
        const r = decode(s.frame, cap, full, s.linkType, p);
        if (!s.expect) {
          expectCode(r.code, cap < s.l3Off ? R.capture_too_short : DECODE_NON_IP, where);
          continue;
        }
        const okFrom = s.l4Off + s.l4Need; // every header the flow needs is in
        // without ports, an IPv6 decoder may stop early inside trailing extension headers
        const failBelow = s.l4Need > 0 || s.expect.ipVersion === 4 ? okFrom : s.l3Off + s.ipFixed;
        if (cap < failBelow) expectCode(r.code, R.capture_too_short, where);
        else if (cap >= okFrom) expectCode(r.code, DECODE_OK, where);
        else expectCode(r.code, [DECODE_OK, R.capture_too_short], where);
        if (r.code === DECODE_OK) checkOk(s, r, cap, where);
        else expect(r.p.hasPorts, `${where}: hasPorts on a failed decode`).toBe(false);
      }
    }
  });
});

// ---------------------------------------------------------------------------------------------
// exact field tables

describe('decodePacket: exact fields of complete packets', () => {
  const A4 = '192.0.2.1';
  const B4 = '198.51.100.2';
  const A6 = '2001:db8::1';
  const B6 = '2001:db8:ffff::2';

  interface Row {
    name: string;
    linkType: number;
    frame: Uint8Array;
    want: Record<string, unknown>;
  }

  const synV4 = ipv4({ src: A4, dst: B4, ttl: 128, id: 99 }, tcp({ sport: 12345, dport: 80, seq: 1, flags: TCP.SYN }));
  const dataV6 = ipv6({ src: A6, dst: B6, hopLimit: 7 }, udp({ sport: 5353, dport: 5354 }, filler(100)));
  const rows: Row[] = [
    {
      name: 'Ethernet 802.1Q IPv4 TCP SYN',
      linkType: 1,
      frame: ethernet({ tags: [{ vid: 42 }] }, synV4),
      want: { ipVersion: 4, protocol: 6, srcPort: 12345, dstPort: 80, vlanId: 42, innerVlanId: 0, ipLen: 40, ipHeaderLen: 20, payloadLen: 0, tcpFlags: 2, ttl: 128, tcpSeq: 1, hasPorts: true, ipOff: 18, l4Off: 38 },
    },
    {
      name: 'Ethernet QinQ IPv6 UDP',
      linkType: 1,
      frame: ethernet({ tags: [{ vid: 4094 }, { vid: 1 }] }, dataV6),
      want: { ipVersion: 6, protocol: 17, srcPort: 5353, dstPort: 5354, vlanId: 4094, innerVlanId: 1, ipLen: 148, ipHeaderLen: 40, payloadLen: 100, ttl: 7, ipOff: 22, l4Off: 62, payloadOff: 70, payloadCapLen: 100 },
    },
    {
      name: 'Ethernet MPLS×3 IPv4 TCP',
      linkType: 1,
      frame: ethernet({ etherType: ETHERTYPE.MPLS }, mpls([1, 2, 3], synV4)),
      want: { ipVersion: 4, protocol: 6, srcPort: 12345, dstPort: 80, vlanId: 0, ipOff: 26 },
    },
    {
      name: 'PPPoE IPv6 UDP',
      linkType: 1,
      frame: ethernet({ etherType: ETHERTYPE.PPPOE_SESSION }, pppoeSession({}, dataV6)),
      want: { ipVersion: 6, protocol: 17, srcPort: 5353, ipOff: 22, ipLen: 148 },
    },
    {
      name: 'PPPoE IPv4 TCP, PPP protocol field compressed to one byte',
      linkType: 1,
      frame: ethernet({ etherType: ETHERTYPE.PPPOE_SESSION }, pppoeSession({ compressed: true }, synV4)),
      want: { ipVersion: 4, protocol: 6, srcPort: 12345, ipOff: 21 },
    },
    {
      name: 'SLL IPv4',
      linkType: 113,
      frame: linuxSll({ packetType: 4 }, synV4),
      want: { ipVersion: 4, ipOff: 16, srcMacOff: 6, dstMacOff: -1, srcPort: 12345 },
    },
    {
      name: 'SLL2 IPv6',
      linkType: 276,
      frame: linuxSll2({}, dataV6),
      want: { ipVersion: 6, ipOff: 20, srcMacOff: 12, srcPort: 5353 },
    },
    { name: 'DLT_NULL AF_INET6=30 LE', linkType: 0, frame: bsdLoopback({ family: 30 }, dataV6), want: { ipVersion: 6, ipOff: 4, dstPort: 5354 } },
    { name: 'DLT_NULL AF_INET BE', linkType: 0, frame: bsdLoopback({ byteOrder: 'be' }, synV4), want: { ipVersion: 4, ipOff: 4 } },
    { name: 'DLT_LOOP AF_INET', linkType: 108, frame: bsdLoopback({ byteOrder: 'be' }, synV4), want: { ipVersion: 4, ipOff: 4 } },
    { name: 'raw IPv6 (229)', linkType: 229, frame: dataV6, want: { ipVersion: 6, ipOff: 0, ipLen: 148 } },
    { name: 'raw IPv4 (12)', linkType: 12, frame: synV4, want: { ipVersion: 4, ttl: 128 } },
    {
      name: 'ICMP time exceeded (one-way: ports = type, code)',
      linkType: 101,
      frame: ipv4({ src: A4, dst: B4 }, icmp({ type: 11, code: 1 }, synV4.subarray(0, 28))),
      want: { protocol: 1, icmpType: 11, icmpCode: 1, srcPort: 11, dstPort: 1, icmpOneWay: true, payloadLen: 28 },
    },
    {
      name: 'ICMP echo reply (ports = type, request type)',
      linkType: 101,
      frame: ipv4({ src: A4, dst: B4 }, icmp({ type: 0, id: 1, seq: 2 }, filler(8))),
      want: { protocol: 1, icmpType: 0, srcPort: 0, dstPort: 8, icmpOneWay: false, payloadLen: 8 },
    },
    {
      name: 'ICMP with only 4 header bytes',
      linkType: 101,
      frame: ipv4({ src: A4, dst: B4, protocol: 1 }, Uint8Array.of(8, 0, 0xf7, 0xff)),
      want: { protocol: 1, icmpType: 8, hasPorts: true, payloadLen: 0 },
    },
    {
      name: 'IPv4 total length 0 (TSO): length from the frame',
      linkType: 1,
      frame: ethernet({}, ipv4({ src: A4, dst: B4, totalLength: 0 }, tcp({ sport: 1, dport: 2, ack: 5 }, filler(1000)))),
      want: { ipLen: 1040, payloadLen: 1000, srcPort: 1, dstPort: 2, tcpFlags: TCP.ACK, tcpAck: 5 },
    },
    {
      name: 'IPv6 payload length 0: length from the frame',
      linkType: 1,
      frame: ethernet({}, ipv6({ src: A6, dst: B6, payloadLength: 0 }, udp({ sport: 9, dport: 10 }, filler(30)))),
      want: { ipLen: 78, payloadLen: 30 },
    },
    {
      name: 'Ethernet padding is not IP bytes',
      linkType: 1,
      frame: ethernet({ padTo60: true }, ipv4({ src: A4, dst: B4 }, udp({ sport: 40000, dport: 40001 }))),
      want: { ipLen: 28, payloadLen: 0, payloadCapLen: 0 },
    },
    {
      name: 'SCTP INIT',
      linkType: 101,
      frame: ipv6({ src: A6, dst: B6 }, sctp({ sport: 36412, dport: 36412 })),
      want: { protocol: 132, srcPort: 36412, dstPort: 36412, ipLen: 40 + 12 + 20, payloadLen: 20 },
    },
    {
      name: 'IPv6 next header 59 (no next header): a flow without ports',
      linkType: 101,
      frame: ipv6({ src: A6, dst: B6, nextHeader: IPPROTO.NONE }, new Uint8Array(0)),
      want: { protocol: 59, hasPorts: false, ipLen: 40, payloadLen: 0 },
    },
  ];

  it.each(rows.map((r) => [r.name, r] as const))('%s', (_n, row) => {
    const r = decode(row.frame, row.frame.length, row.frame.length, row.linkType);
    expectCode(r.code, DECODE_OK, row.name);
    const got: Record<string, unknown> = {};
    for (const k of Object.keys(row.want)) {
      const v = r.p[k as keyof PacketInfo];
      // offsets in the table are relative to the frame start
      got[k] = /Off$/.test(k) && typeof v === 'number' && v >= 0 ? v - r.off : v;
    }
    expect(got).toEqual(row.want);
  });

  it('addresses as big-endian words', () => {
    const r = decode(dataV6, dataV6.length, dataV6.length, 229);
    expect(Array.from(r.p.src)).toEqual([0x20010db8, 0, 0, 1]);
    expect(Array.from(r.p.dst)).toEqual([0x20010db8, 0xffff0000, 0, 2]);
    const r4 = decode(synV4, synV4.length, synV4.length, 12);
    expect(Array.from(r4.p.src)).toEqual([0xc0000201, 0, 0, 0]);
    expect(Array.from(r4.p.dst)).toEqual([0xc6336402, 0, 0, 0]);
  });

  it('a reused PacketInfo carries nothing over from the previous packet', () => {
    const p = new PacketInfo();
    const tagged = ethernet({ tags: [{ vid: 9 }, { vid: 8 }] }, ipv4({ src: A4, dst: B4, mf: true, id: 5 }, udp({ sport: 1, dport: 2 }, filler(16))));
    expect(decode(tagged, tagged.length, tagged.length, 1, p).code).toBe(DECODE_OK);
    expect([p.vlanId, p.innerVlanId, p.moreFragments, p.isFragment, p.hasPorts]).toEqual([9, 8, true, true, true]);
    const plain = ethernet({}, ipv4({ src: A4, dst: B4, protocol: 47 }, filler(8)));
    expect(decode(plain, plain.length, plain.length, 1, p).code).toBe(DECODE_OK);
    expect([p.vlanId, p.innerVlanId, p.moreFragments, p.isFragment, p.hasPorts, p.srcPort, p.dstPort, p.tcpFlags]).toEqual([
      0, 0, false, false, false, 0, 0, 0,
    ]);
  });
});

// ---------------------------------------------------------------------------------------------
// malformed on purpose

describe('decodePacket: malformed packets get their reason', () => {
  const A = '192.0.2.1';
  const B = '198.51.100.2';
  const seg = tcp({ sport: 1000, dport: 2000, ack: 1 }, filler(10));
  const cases: [string, number, Uint8Array, string][] = [
    ['IHL 4 (< 5 words)', 101, ipv4({ src: A, dst: B, ihl: 4 }, seg), 'ipv4_bad_header_length'],
    ['IHL 15 beyond the total length', 101, ipv4({ src: A, dst: B, ihl: 15, totalLength: 40 }, seg), 'ipv4_bad_header_length'],
    ['IPv4 total length < header', 101, ipv4({ src: A, dst: B, totalLength: 19 }, seg), 'ipv4_bad_header_length'],
    ['IPv4 total length > frame', 101, ipv4({ src: A, dst: B, totalLength: 1500 }, seg), 'ip_bad_total_length'],
    ['IPv6 payload length > frame', 101, ipv6({ src: '2001:db8::1', dst: '2001:db8::2', payloadLength: 999 }, seg), 'ip_bad_total_length'],
    ['version 5', 101, (() => { const b = ipv4({ src: A, dst: B }, seg); b[0] = 0x55; return b; })(), 'ip_bad_version'],
    ['ethertype IPv4 carrying IPv6', 1, ethernet({ etherType: ETHERTYPE.IPV4 }, ipv6({ src: '2001:db8::1', dst: '2001:db8::2' }, seg)), 'ip_bad_version'],
    ['ethertype IPv6 carrying IPv4', 1, ethernet({ etherType: ETHERTYPE.IPV6 }, ipv4({ src: A, dst: B }, seg)), 'ip_bad_version'],
    ['TCP data offset 4', 101, ipv4({ src: A, dst: B }, tcp({ sport: 1, dport: 2, dataOffset: 4 })), 'tcp_bad_header_length'],
    ['TCP data offset past the segment', 101, ipv4({ src: A, dst: B }, tcp({ sport: 1, dport: 2, dataOffset: 15 }, filler(4))), 'tcp_bad_header_length'],
    ['TCP shorter than 20 bytes in IP', 101, ipv4({ src: A, dst: B, protocol: 6 }, filler(12)), 'l4_truncated'],
    ['UDP shorter than 8 bytes in IP', 101, ipv4({ src: A, dst: B, protocol: 17 }, filler(7)), 'l4_truncated'],
    ['SCTP shorter than 12 bytes in IP', 101, ipv4({ src: A, dst: B, protocol: 132 }, filler(11)), 'l4_truncated'],
    ['ICMP shorter than 4 bytes in IP', 101, ipv4({ src: A, dst: B, protocol: 1 }, filler(3)), 'l4_truncated'],
    [
      'IPv6 extension header longer than the packet',
      101,
      (() => {
        const b = ipv6({ src: '2001:db8::1', dst: '2001:db8::2', extensions: [{ type: 'destOptions' }] }, udp({ sport: 1, dport: 2 }));
        b[41] = 20; // (20 + 1) * 8 bytes
        return b;
      })(),
      'ipv6_bad_extension',
    ],
    [
      'IPv6 with 20 extension headers',
      101,
      ipv6({ src: '2001:db8::1', dst: '2001:db8::2', extensions: Array.from({ length: 20 }, () => ({ type: 'destOptions' as const })) }, udp({ sport: 1, dport: 2 })),
      'ipv6_bad_extension',
    ],
    ['9 VLAN tags', 1, ethernet({ tags: Array.from({ length: 9 }, (_, i) => ({ vid: i + 1, tpid: 0x8100 })) }, ipv4({ src: A, dst: B }, seg)), 'l2_too_many_tags'],
    ['9 MPLS labels', 1, ethernet({ etherType: ETHERTYPE.MPLS }, mpls([1, 2, 3, 4, 5, 6, 7, 8, 9], ipv4({ src: A, dst: B }, seg))), 'l2_too_many_tags'],
    ['MPLS carrying a pseudowire (not IP)', 1, ethernet({ etherType: ETHERTYPE.MPLS }, mpls([1], ethernet({}, ipv4({ src: A, dst: B }, seg)))), 'non_ip'],
    ['IPv6 on the IPv4-only link type 228', 228, ipv6({ src: '2001:db8::1', dst: '2001:db8::2' }, seg), 'ip_bad_version'],
    ['IPv4 on the IPv6-only link type 229', 229, ipv4({ src: A, dst: B }, seg), 'ip_bad_version'],
    ['DLT_NULL with an unknown family', 0, bsdLoopback({ family: 17 }, ipv4({ src: A, dst: B }, seg)), 'non_ip'],
    ['SLL with ARP', 113, linuxSll({ protocol: ETHERTYPE.ARP }, filler(28)), 'non_ip'],
    ['LLDP', 1, ethernet({ etherType: ETHERTYPE.LLDP }, filler(40)), 'non_ip'],
    ['802.3 length field', 1, ethernet({ etherType: 46 }, filler(46)), 'non_ip'],
    ['unknown link type', 147, ipv4({ src: A, dst: B }, seg), 'non_ip'],
  ];
  it.each(cases)('%s', (_n, linkType, frame, want) => {
    const r = decode(frame, frame.length, frame.length, linkType);
    expect(reason(r.code)).toBe(want);
    expect(r.p.hasPorts).toBe(false);
  });
});

// ---------------------------------------------------------------------------------------------
// fuzz

describe('decodePacket: seeded random garbage', () => {
  const LINKS = [0, 1, 12, 101, 108, 113, 228, 229, 276];
  const SEED = 0x5eed1234;
  const PER_LINK = 4000;

  function invariants(code: number, p: PacketInfo, off: number, capLen: number, wireLen: number, where: string): void {
    expect(Number.isInteger(code) && code >= 0 && code < MALFORMED_REASONS.length, `${where}: code ${code}`).toBe(true);
    if (code !== DECODE_OK) {
      expect(p.hasPorts, `${where}: hasPorts on ${reason(code)}`).toBe(false);
      return;
    }
    const capEnd = off + capLen;
    const msg = (what: string) =>
      `${where}: ${what} (ipOff=${p.ipOff} ipLen=${p.ipLen} ipHeaderLen=${p.ipHeaderLen} l4Off=${p.l4Off} payloadOff=${p.payloadOff} payloadLen=${p.payloadLen} payloadCapLen=${p.payloadCapLen})`;
    expect(p.ipVersion === 4 || p.ipVersion === 6, msg('ipVersion')).toBe(true);
    expect(p.ipOff >= off && p.ipOff < capEnd, msg('ipOff inside the capture')).toBe(true);
    expect(p.ipLen >= p.ipHeaderLen && p.ipHeaderLen >= (p.ipVersion === 4 ? 20 : 40), msg('header within IP length')).toBe(true);
    expect(p.ipOff - off + p.ipLen <= Math.max(wireLen, capLen), msg('IP length within the frame')).toBe(true);
    expect(p.l4Off, msg('l4Off')).toBe(p.ipOff + p.ipHeaderLen);
    expect(p.payloadLen >= 0 && p.payloadOff >= p.l4Off, msg('payload')).toBe(true);
    expect(p.payloadOff + p.payloadLen, msg('payload ends with IP')).toBe(p.ipOff + p.ipLen);
    expect(p.payloadCapLen >= 0 && p.payloadCapLen <= p.payloadLen, msg('payloadCapLen range')).toBe(true);
    if (p.payloadCapLen > 0) expect(p.payloadOff + p.payloadCapLen <= capEnd, msg('payloadCapLen inside the capture')).toBe(true);
    if (p.hasPorts) {
      expect(p.srcPort >= 0 && p.srcPort <= 0xffff && p.dstPort >= 0 && p.dstPort <= 0xffff, msg('ports')).toBe(true);
      expect(p.fragOffset, msg('ports on a later fragment')).toBe(0);
    }
    expect(p.vlanId >= 0 && p.vlanId <= 4095 && p.innerVlanId >= 0 && p.innerVlanId <= 4095, msg('vlan')).toBe(true);
    expect(p.ttl >= 0 && p.ttl <= 255 && p.protocol >= 0 && p.protocol <= 255, msg('ttl/protocol')).toBe(true);
  }

  it.each(LINKS)('link type %i: random bytes and mutated real frames', (linkType) => {
    const rnd = prng(SEED ^ (linkType * 0x9e3779b1));
    const seeds = CATALOG.filter((s) => s.linkType === linkType).map((s) => s.frame);
    const p = new PacketInfo();
    const counts = new Map<string, number>();
    for (let i = 0; i < PER_LINK; i++) {
      let frame: Uint8Array;
      if (seeds.length && i % 2 === 0) {
        // a real frame with a few bytes changed: reaches deep into the decoder
        frame = seeds[Math.floor(rnd() * seeds.length)].slice();
        const flips = 1 + Math.floor(rnd() * 4);
        for (let k = 0; k < flips; k++) {
          // mostly in the headers
          const at = Math.floor(rnd() * Math.min(frame.length, rnd() < 0.8 ? 80 : frame.length));
          frame[at] = rnd() < 0.5 ? Math.floor(rnd() * 256) : frame[at] ^ (1 << Math.floor(rnd() * 8));
        }
      } else {
        frame = new Uint8Array(Math.floor(rnd() * 160));
        for (let k = 0; k < frame.length; k++) frame[k] = Math.floor(rnd() * 256);
        // make the first nibble after common link headers plausible now and then
        if (frame.length > 20 && rnd() < 0.5) {
          const at = [0, 4, 14, 16, 18, 20][Math.floor(rnd() * 6)];
          if (at < frame.length) frame[at] = (rnd() < 0.5 ? 0x45 : 0x60) | (frame[at] & 0x0f & (rnd() < 0.5 ? 0 : 0x0f));
        }
      }
      const capLen = rnd() < 0.7 ? frame.length : Math.floor(rnd() * (frame.length + 1));
      const wireLen = rnd() < 0.5 ? capLen : capLen + Math.floor(rnd() * 2000);
      const where = `link ${linkType} #${i} capLen=${capLen} wireLen=${wireLen} frame=${Buffer.from(frame.subarray(0, capLen)).toString('hex')}`;
      const r = decode(frame, capLen, wireLen, linkType, p);
      invariants(r.code, r.p, r.off, capLen, wireLen, where);
      counts.set(reason(r.code), (counts.get(reason(r.code)) ?? 0) + 1);
    }
    // the fuzz must reach past the link layer for links that carry IP
    if (seeds.length) expect(counts.get('ok') ?? 0).toBeGreaterThan(PER_LINK / 20);
  }, 60_000);
});

// ---------------------------------------------------------------------------------------------
// the crafted frames themselves: tshark must find nothing malformed and every checksum good

function hasTshark(): boolean {
  return spawnSync('tshark', ['--version'], { stdio: 'ignore' }).status === 0;
}

describe.skipIf(!hasTshark())('crafted frames pass tshark', () => {
  const dir = mkdtempSync(join(tmpdir(), 'craft-tshark-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('no malformed frame, no bad checksum', () => {
    const byLink = new Map<number, Sample[]>();
    for (const s of CATALOG) {
      if (!byLink.has(s.linkType)) byLink.set(s.linkType, []);
      byLink.get(s.linkType)!.push(s);
    }
    const problems: string[] = [];
    for (const [lt, ss] of byLink) {
      const file = join(dir, `lt${lt}.pcap`);
      writePcap(file, ss.map((s, i) => ({ tsUs: 1_700_000_000_000_000 + i * 1000, bytes: s.frame })), { linkType: lt });
      const out = execFileSync(
        'tshark',
        [
          '-r', file, '-n',
          '-o', 'ip.check_checksum:TRUE', '-o', 'tcp.check_checksum:TRUE', '-o', 'udp.check_checksum:TRUE',
          '-o', 'sctp.checksum:CRC-32C',
          '-T', 'fields', '-E', 'separator=|',
          '-e', 'frame.number', '-e', 'frame.protocols', '-e', '_ws.malformed',
          '-e', 'ip.checksum.status', '-e', 'tcp.checksum.status', '-e', 'udp.checksum.status',
          '-e', 'icmp.checksum.status', '-e', 'icmpv6.checksum.status', '-e', 'sctp.checksum.status',
        ],
        { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 60_000 },
      );
      for (const line of out.split('\n').filter(Boolean)) {
        const [num, protos, malformed, ...sums] = line.split('|');
        const name = ss[Number(num) - 1]?.name;
        if (malformed) problems.push(`${name}: malformed (${protos})`);
        // 0 = bad (1 good, 2 unverified: e.g. the cut UDP header quoted inside an ICMP error)
        if (sums.some((x) => x.split(',').includes('0'))) problems.push(`${name}: bad checksum ${sums.join('|')}`);
        if (!name?.includes('arp') && !name?.includes('lcp') && !/(^|:)ipv?6?(:|$)/.test(protos)) problems.push(`${name}: no IP layer (${protos})`);
      }
    }
    expect(problems).toEqual([]);
  }, 120_000);
});
