// Writing classic pcap (µs or ns timestamps, either byte order) and pcapng (SHB + IDB + EPB)
// files from crafted frames. Reading them back: bench/l7-corpus.ts readTrace (classic pcap
// through bench/pcap.ts, pcapng itself).

import { writeFileSync } from 'node:fs';

export interface PcapRecord {
  /** Microseconds since the epoch (an integer). */
  tsUs: number;
  bytes: Uint8Array;
  /** Length on the wire; default bytes.length. */
  wireLen?: number;
  /** Exact nanoseconds since the epoch; overrides tsUs in nanosecond files. */
  tsNs?: bigint;
}

export interface PcapWriteOpts {
  linkType: number;
  /** Nanosecond timestamps (magic 0xa1b23c4d). */
  nanos?: boolean;
  /** Frames longer than this are cut (capLen = snaplen, wireLen kept). Default 262144. */
  snaplen?: number;
  /** Write a big-endian file (as a big-endian host would). Default little-endian. */
  bigEndian?: boolean;
}

const MAGIC_US = 0xa1b2c3d4;
const MAGIC_NS = 0xa1b23c4d;
const DEFAULT_SNAPLEN = 262144;

function tsNsOf(r: PcapRecord): bigint {
  if (r.tsNs !== undefined) return r.tsNs;
  const sec = Math.floor(r.tsUs / 1e6);
  return BigInt(sec) * 1_000_000_000n + BigInt(Math.round((r.tsUs - sec * 1e6) * 1000));
}

/** The bytes of a classic pcap file. */
export function encodePcap(records: readonly PcapRecord[], o: PcapWriteOpts): Uint8Array {
  const snaplen = o.snaplen ?? DEFAULT_SNAPLEN;
  const le = !o.bigEndian;
  let size = 24;
  for (const r of records) size += 16 + Math.min(r.bytes.length, snaplen);
  const out = new Uint8Array(size);
  const dv = new DataView(out.buffer);
  dv.setUint32(0, o.nanos ? MAGIC_NS : MAGIC_US, le);
  dv.setUint16(4, 2, le);
  dv.setUint16(6, 4, le);
  dv.setInt32(8, 0, le); // thiszone
  dv.setUint32(12, 0, le); // sigfigs
  dv.setUint32(16, snaplen, le);
  dv.setUint32(20, o.linkType, le);
  let pos = 24;
  for (const r of records) {
    const cap = Math.min(r.bytes.length, snaplen);
    const wire = Math.max(r.wireLen ?? r.bytes.length, cap);
    const ns = tsNsOf(r);
    const sec = ns / 1_000_000_000n;
    const frac = ns - sec * 1_000_000_000n;
    dv.setUint32(pos, Number(sec), le);
    dv.setUint32(pos + 4, o.nanos ? Number(frac) : Number(frac / 1000n), le);
    dv.setUint32(pos + 8, cap, le);
    dv.setUint32(pos + 12, wire, le);
    out.set(r.bytes.subarray(0, cap), pos + 16);
    pos += 16 + cap;
  }
  return out;
}

export function writePcap(path: string, records: readonly PcapRecord[], o: PcapWriteOpts): void {
  writeFileSync(path, encodePcap(records, o));
}

export interface PcapngWriteOpts {
  linkType: number;
  snaplen?: number;
  /** Timestamp resolution of the interface. Default 'us' (the pcapng default, if_tsresol 6). */
  tsResolution?: 'us' | 'ns';
  /** Interface name option (if_name). */
  ifName?: string;
}

function pad4(n: number): number {
  return (n + 3) & ~3;
}

/** One pcapng option (code, value), padded; little-endian. */
function option(code: number, value: Uint8Array): Uint8Array {
  const b = new Uint8Array(4 + pad4(value.length));
  const dv = new DataView(b.buffer);
  dv.setUint16(0, code, true);
  dv.setUint16(2, value.length, true);
  b.set(value, 4);
  return b;
}

function block(type: number, body: Uint8Array): Uint8Array {
  const len = 12 + body.length;
  const b = new Uint8Array(len);
  const dv = new DataView(b.buffer);
  dv.setUint32(0, type, true);
  dv.setUint32(4, len, true);
  b.set(body, 8);
  dv.setUint32(len - 4, len, true);
  return b;
}

function cat(parts: Uint8Array[]): Uint8Array {
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

/** The bytes of a pcapng file: one section (little-endian), one interface, enhanced packet blocks. */
export function encodePcapng(records: readonly PcapRecord[], o: PcapngWriteOpts): Uint8Array {
  const snaplen = o.snaplen ?? DEFAULT_SNAPLEN;
  const ns = o.tsResolution === 'ns';
  const parts: Uint8Array[] = [];

  // Section Header Block
  const shb = new Uint8Array(16);
  const sdv = new DataView(shb.buffer);
  sdv.setUint32(0, 0x1a2b3c4d, true);
  sdv.setUint16(4, 1, true);
  sdv.setUint16(6, 0, true);
  sdv.setBigInt64(8, -1n, true); // section length unknown
  parts.push(block(0x0a0d0d0a, shb));

  // Interface Description Block
  const idbOpts: Uint8Array[] = [];
  if (o.ifName) idbOpts.push(option(2, new TextEncoder().encode(o.ifName)));
  idbOpts.push(option(9, Uint8Array.of(ns ? 9 : 6)));
  idbOpts.push(new Uint8Array(4)); // opt_endofopt
  const idbHead = new Uint8Array(8);
  const idv = new DataView(idbHead.buffer);
  idv.setUint16(0, o.linkType, true);
  idv.setUint16(2, 0, true);
  idv.setUint32(4, snaplen, true);
  parts.push(block(0x00000001, cat([idbHead, ...idbOpts])));

  // Enhanced Packet Blocks
  for (const r of records) {
    const cap = Math.min(r.bytes.length, snaplen);
    const wire = Math.max(r.wireLen ?? r.bytes.length, cap);
    const t = ns ? tsNsOf(r) : tsNsOf(r) / 1000n;
    const body = new Uint8Array(20 + pad4(cap));
    const dv = new DataView(body.buffer);
    dv.setUint32(0, 0, true); // interface id
    dv.setUint32(4, Number(t >> 32n), true);
    dv.setUint32(8, Number(t & 0xffffffffn), true);
    dv.setUint32(12, cap, true);
    dv.setUint32(16, wire, true);
    body.set(r.bytes.subarray(0, cap), 20);
    parts.push(block(0x00000006, body));
  }
  return cat(parts);
}

export function writePcapng(path: string, records: readonly PcapRecord[], o: PcapngWriteOpts): void {
  writeFileSync(path, encodePcapng(records, o));
}
