// The L7 corpus helpers the analyzers' tests and fuzz scripts share (bench/fuzz-l7.ts,
// bench/fuzz-tls.ts, test/l7-*.test.ts): reading a trace (classic pcap or pcapng), splitting it
// into flows and their payload segments with the agent's own decoder, running an analyzer over
// a flow as the flow table will, finding the reference corpora, per-field agreement tables, our
// fields in a reference's own format (Zeek's DNS answers), and the fuzzing machinery (a seeded
// PRNG, payload mutation, a bounded fuzz loop).
//
// It lives in bench/ because the build compiles bench/ and not test/; tests import it from here.

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Analyzer, Direction, FlowContext } from '../agent/l7/analyzer.js';
import { ipv6Text } from '../agent/l7/text.js';
import { decodePacket, DECODE_OK, PacketInfo } from '../agent/decode/packet.js';
import { parsePcapHeader, pcapRecords } from './pcap.js';

// ---- traces ---------------------------------------------------------------------------------

export interface TraceRecord {
  tsUs: number;
  bytes: Uint8Array;
  wireLen: number;
  /** Link type of the interface the packet was captured on. */
  linkType: number;
}

export interface Trace {
  /** Link type of the (first) interface. */
  linkType: number;
  records: TraceRecord[];
}

const PCAPNG_SHB = 0x0a0d0d0a;

/** Trace files (.pcap, .pcapng, .cap) under dir, depth first in name order. */
export function traceFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.(pcap|pcapng|cap)$/i.test(name)) out.push(p);
    }
  };
  walk(dir);
  return out;
}

export function isPcapng(buf: Uint8Array): boolean {
  return buf.length >= 12 && new DataView(buf.buffer, buf.byteOffset, buf.byteLength).getUint32(0, true) === PCAPNG_SHB;
}

/**
 * Classic pcap (either byte order, µs or ns; bench/pcap.ts reads it) or pcapng (SHB/IDB/EPB/SPB;
 * each section's byte order, each interface's link type). A cut file yields the whole records.
 */
export function readTrace(buf: Uint8Array): Trace {
  if (isPcapng(buf)) return readPcapng(buf);
  const b = Buffer.isBuffer(buf) ? buf : Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
  const h = parsePcapHeader(b);
  const records: TraceRecord[] = [];
  for (const r of pcapRecords(b, h)) {
    records.push({ tsUs: r.tsUs, bytes: buf.subarray(r.dataOffset, r.dataOffset + r.capLen), wireLen: r.origLen, linkType: h.linktype });
  }
  return { linkType: h.linktype, records };
}

export function readTraceFile(path: string): Trace {
  return readTrace(new Uint8Array(readFileSync(path)));
}

function readPcapng(buf: Uint8Array): Trace {
  const dv = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  let le = true;
  let links: number[] = [];
  let firstLink: number | undefined;
  const records: TraceRecord[] = [];
  let pos = 0;
  while (pos + 12 <= buf.length) {
    if (dv.getUint32(pos, true) === PCAPNG_SHB) {
      // A new section: its own byte order, its own interfaces.
      le = dv.getUint32(pos + 8, true) === 0x1a2b3c4d;
      links = [];
    }
    const type = dv.getUint32(pos, le);
    const len = dv.getUint32(pos + 4, le);
    if (len < 12 || pos + len > buf.length) break;
    if (type === 1) {
      links.push(dv.getUint16(pos + 8, le));
      firstLink ??= links[0];
    } else if (type === 6 && pos + 28 <= buf.length) {
      const cap = dv.getUint32(pos + 20, le);
      const ts = dv.getUint32(pos + 12, le) * 2 ** 32 + dv.getUint32(pos + 16, le); // µs by default
      if (pos + 28 + cap <= buf.length) {
        const linkType = links[dv.getUint32(pos + 8, le)] ?? 1;
        records.push({ tsUs: ts, bytes: buf.subarray(pos + 28, pos + 28 + cap), wireLen: dv.getUint32(pos + 24, le), linkType });
      }
    } else if (type === 3 && pos + 16 <= buf.length) {
      const wire = dv.getUint32(pos + 8, le);
      records.push({ tsUs: 0, bytes: buf.subarray(pos + 12, pos + 12 + Math.min(wire, len - 16)), wireLen: wire, linkType: links[0] ?? 1 });
    }
    pos += len;
  }
  return { linkType: firstLink ?? 1, records };
}

// ---- flows ----------------------------------------------------------------------------------

export interface Segment {
  /** 0 initiator → responder, 1 back. */
  dir: Direction;
  tsUs: number;
  tcpSeq: number;
  tcpFlags: number;
  /** A copy of the captured payload. */
  payload: Uint8Array;
}

export interface TraceFlow {
  protocol: number;
  /** Initiator (SYN sender, else first sender) and responder. */
  srcIp: string;
  srcPort: number;
  dstIp: string;
  dstPort: number;
  segments: Segment[];
}

const addrBytes = new Uint8Array(16);

function ipText(words: Uint32Array, v: number): string {
  if (v === 4) {
    const w = words[0];
    return `${w >>> 24}.${(w >>> 16) & 255}.${(w >>> 8) & 255}.${w & 255}`;
  }
  for (let i = 0; i < 4; i++) {
    addrBytes[4 * i] = words[i] >>> 24;
    addrBytes[4 * i + 1] = (words[i] >>> 16) & 255;
    addrBytes[4 * i + 2] = (words[i] >>> 8) & 255;
    addrBytes[4 * i + 3] = words[i] & 255;
  }
  return ipv6Text(addrBytes, 0);
}

const SYN = 0x02;
const ACK = 0x10;
const FIN = 0x01;
const RST = 0x04;

export interface TraceFlowOpts {
  /** Key flows on the VLAN id too, as the probe does (default); false keys them as Zeek and nDPI do. */
  keyOnVlan?: boolean;
  /** A SYN on a TCP flow that saw FIN or RST starts a new flow (port reuse; default); false keeps one flow per 5-tuple. */
  splitReused?: boolean;
}

/**
 * The TCP and UDP flows of a trace with their payload segments, in order of the first packet.
 * The initiator is the SYN sender (the receiver of a SYN-ACK seen first), else the first
 * sender. Non-first IP fragments carry no ports and are not seen (the decoder does not
 * reassemble).
 */
export function traceFlows(t: Trace, opts: TraceFlowOpts = {}): TraceFlow[] {
  const keyOnVlan = opts.keyOnVlan ?? true;
  const splitReused = opts.splitReused ?? true;
  const p = new PacketInfo();
  const flows: TraceFlow[] = [];
  const live = new Map<string, { f: TraceFlow; closed: boolean }>();
  for (const r of t.records) {
    p.ts = r.tsUs;
    if (decodePacket(r.bytes, 0, r.bytes.length, Math.max(r.wireLen, r.bytes.length), r.linkType, p) !== DECODE_OK) continue;
    if (!p.hasPorts || (p.protocol !== 6 && p.protocol !== 17)) continue;
    const src = ipText(p.src, p.ipVersion);
    const dst = ipText(p.dst, p.ipVersion);
    const a = `${src}|${p.srcPort}`;
    const b = `${dst}|${p.dstPort}`;
    const key = `${p.protocol}|${keyOnVlan ? p.vlanId : 0}|${a < b ? a + '|' + b : b + '|' + a}`;
    let e = live.get(key);
    const synOnly = p.protocol === 6 && (p.tcpFlags & (SYN | ACK)) === SYN;
    if (e && e.closed && synOnly && splitReused) e = undefined;
    if (!e) {
      const synAck = p.protocol === 6 && (p.tcpFlags & (SYN | ACK)) === (SYN | ACK);
      const f: TraceFlow = synAck
        ? { protocol: p.protocol, srcIp: dst, srcPort: p.dstPort, dstIp: src, dstPort: p.srcPort, segments: [] }
        : { protocol: p.protocol, srcIp: src, srcPort: p.srcPort, dstIp: dst, dstPort: p.dstPort, segments: [] };
      e = { f, closed: false };
      live.set(key, e);
      flows.push(f);
    }
    if (p.protocol === 6 && (p.tcpFlags & (FIN | RST)) !== 0) e.closed = true;
    const dir: Direction = src === e.f.srcIp && p.srcPort === e.f.srcPort ? 0 : 1;
    if (p.payloadCapLen <= 0) continue;
    e.f.segments.push({
      dir,
      tsUs: r.tsUs,
      tcpSeq: p.payloadSeq() >>> 0,
      tcpFlags: p.tcpFlags,
      payload: r.bytes.slice(p.payloadOff, p.payloadOff + p.payloadCapLen),
    });
  }
  return flows;
}

export function flowContext(f: TraceFlow): FlowContext {
  return { protocol: f.protocol, srcPort: f.srcPort, dstPort: f.dstPort, tsUs: 0, tcpSeq: 0 };
}

export interface RunFlowOpts {
  /** Create the state without asking detect(). */
  force?: boolean;
  /** Ask detect() on up to this many first payloads (default 1; nDPI's DPI window is 32, and
   *  STARTTLS flows begin in clear text). */
  detectWithin?: number;
}

/**
 * Runs one analyzer over one flow the way the flow table will: detect() on the first payloads
 * until it accepts, then feed() until it returns false. Returns the state, or null when
 * detect() said no.
 */
export function runFlow<S, F>(a: Analyzer<S, F>, f: TraceFlow, opts: RunFlowOpts = {}): S | null {
  const detectWithin = opts.detectWithin ?? 1;
  const ctx = flowContext(f);
  let s: S | null = null;
  let asked = 0;
  for (const seg of f.segments) {
    ctx.tsUs = seg.tsUs;
    ctx.tcpSeq = seg.tcpSeq;
    if (s === null) {
      if (asked++ >= detectWithin) break;
      if (!opts.force && !a.detect(seg.payload, 0, seg.payload.length, seg.dir, ctx)) continue;
      s = a.create();
    }
    if (!a.feed(s, seg.payload, 0, seg.payload.length, seg.dir, ctx)) break;
  }
  return s;
}

/** The reference corpora next to the repository (../shared/corpora), when present; the
 *  CORPORA environment variable names another place (or an empty one, to check the skips). */
export function corporaRoot(): string | null {
  const here = dirname(fileURLToPath(import.meta.url));
  const env = process.env['CORPORA'];
  // From bench/ (vitest, source) or dist/bench/ (compiled).
  const candidates = env !== undefined ? [env] : [resolve(here, '../../shared/corpora'), resolve(here, '../../../shared/corpora')];
  for (const c of candidates) if (c && existsSync(join(c, 'INDEX.md'))) return c;
  return null;
}

// ---- agreement tables (for the corpus tests) ------------------------------------------------

/** Per-field agreement with a reference: matched / compared, and the first mismatches. */
export class Agreement {
  readonly rows = new Map<string, { matched: number; compared: number; misses: string[] }>();

  /** Mismatches kept (and printed) per field. */
  readonly maxMisses: number;

  constructor(maxMisses = 8) {
    this.maxMisses = maxMisses;
  }

  /** Compares one field where the reference has a value (pass ref undefined to skip). */
  check(field: string, ref: string | undefined, ours: string | undefined, where: string): boolean {
    if (ref === undefined) return true;
    let r = this.rows.get(field);
    if (!r) this.rows.set(field, (r = { matched: 0, compared: 0, misses: [] }));
    r.compared++;
    if (ref === ours) {
      r.matched++;
      return true;
    }
    if (r.misses.length < this.maxMisses) r.misses.push(`${where}: ref ${JSON.stringify(ref)} ours ${JSON.stringify(ours)}`);
    return false;
  }

  ratio(field: string): number {
    const r = this.rows.get(field);
    return r && r.compared > 0 ? r.matched / r.compared : 1;
  }

  table(title: string): string {
    const lines = [`${title}`, '  field              matched / compared'];
    for (const [f, r] of this.rows) {
      lines.push(`  ${f.padEnd(18)} ${String(r.matched).padStart(7)} / ${String(r.compared).padEnd(7)} ${((100 * r.matched) / Math.max(1, r.compared)).toFixed(1)}%`);
      for (const m of r.misses) lines.push(`      ${m}`);
    }
    return lines.join('\n');
  }
}

// ---- reference formats ---------------------------------------------------------------------

/**
 * Zeek's dns.log answer text for the types both sides print the same way (address or name);
 * other types Zeek prints in its own form ("TXT 33 text", "DS 5 1", "RRSIG 43 edu", "LOC: …"),
 * which is not ours (RFC 3597 / presentation text), so those elements are compared as "*".
 */
function zeekDnsAnswer(a: { type: number; data: string }): string {
  switch (a.type) {
    case 1:
    case 28:
    case 2:
    case 5:
    case 12:
    case 39:
      return a.data;
    case 15: // MX: Zeek prints the exchange only
      return a.data.slice(a.data.indexOf(' ') + 1);
    case 33: // SRV: the target only
      return a.data.split(' ')[3] ?? '';
    case 11: // WKS and TKEY: Zeek writes no answer text for them (so no TTL either)
    case 249:
      return '';
    default:
      return '*';
  }
}

/** Our DNS answers (DnsAnswer: type, ttl, presentation text) as Zeek's dns.log lists them. */
export function zeekDnsAnswers(answers: readonly { type: number; ttl: number; data: string }[]): { answers: string; ttls: string } {
  const kept = answers.filter((a) => zeekDnsAnswer(a) !== '');
  return { answers: kept.map(zeekDnsAnswer).join(','), ttls: kept.map((a) => `${a.ttl}.000000`).join(',') };
}

/** A dns.log `answers` cell with the elements of types Zeek prints in its own form as "*". */
export function normZeekDnsAnswers(ref: string): string {
  return ref
    .split(',')
    .map((a) => (/^(TXT|SPF|DS|RRSIG|DNSKEY|NSEC|NSEC3|NSEC3PARAM|LOC|CAA|NAPTR|SSHFP|TLSA|HINFO|BINARY|<)\b/.test(a) ? '*' : a))
    .join(',');
}

// ---- fuzzing --------------------------------------------------------------------------------

/** A deterministic PRNG (xorshift32), so a failing input can be found again from the seed. */
export class Rng {
  private x: number;
  constructor(seed: number) {
    this.x = seed >>> 0 || 0x9e3779b9;
  }
  next(): number {
    let x = this.x;
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    this.x = x >>> 0;
    return this.x;
  }
  below(n: number): number {
    return n <= 0 ? 0 : this.next() % n;
  }
  /** A number in [0, 1). */
  float(): number {
    return this.next() / 4294967296;
  }
}

/** Mutates one payload (a fresh array; the seed stays intact). */
export function mutate(rng: Rng, p: Uint8Array, donors: readonly Uint8Array[]): Uint8Array {
  let out = p.slice();
  const ops = 1 + rng.below(4);
  for (let k = 0; k < ops; k++) {
    switch (rng.below(8)) {
      case 0: // bit flips
        for (let i = 1 + rng.below(8); i > 0 && out.length > 0; i--) out[rng.below(out.length)] ^= 1 << rng.below(8);
        break;
      case 1: // truncation
        out = out.subarray(0, rng.below(out.length + 1)).slice();
        break;
      case 2: // a length lie: a 16- or 32-bit field overwritten with an extreme or random value
      case 3: {
        if (out.length < 2) break;
        const at = rng.below(out.length - 1);
        const v = [0, 1, 0xff, 0x7f, 0x80, rng.next() & 0xff][rng.below(6)];
        out[at] = v;
        out[at + 1] = rng.below(2) ? v : rng.next() & 0xff;
        if (at + 3 < out.length && rng.below(2)) out[at + 2] = out[at + 3] = 0xff;
        break;
      }
      case 4: { // splice with a real payload
        const d = donors[rng.below(donors.length)];
        if (!d || d.length === 0) break;
        const cut = rng.below(out.length + 1);
        const from = rng.below(d.length);
        const take = Math.min(d.length - from, 1 + rng.below(512));
        const r = new Uint8Array(cut + take);
        r.set(out.subarray(0, cut));
        r.set(d.subarray(from, from + take), cut);
        out = r;
        break;
      }
      case 5: { // insert random bytes
        const at = rng.below(out.length + 1);
        const n = 1 + rng.below(16);
        const r = new Uint8Array(out.length + n);
        r.set(out.subarray(0, at));
        for (let i = 0; i < n; i++) r[at + i] = rng.next() & 0xff;
        r.set(out.subarray(at), at + n);
        out = r;
        break;
      }
      case 6: { // delete a range
        if (out.length === 0) break;
        const at = rng.below(out.length);
        const n = 1 + rng.below(Math.min(64, out.length - at));
        const r = new Uint8Array(out.length - n);
        r.set(out.subarray(0, at));
        r.set(out.subarray(at + n), at);
        out = r;
        break;
      }
      default: // a run of one byte value (0x00, 0xff, '\n', '.', '\xc0')
        if (out.length === 0) break;
        out.fill([0, 0xff, 0x0a, 0x2e, 0xc0][rng.below(5)], rng.below(out.length), rng.below(out.length + 1));
    }
  }
  return out;
}

export interface FuzzSeed {
  protocol: number;
  srcPort: number;
  dstPort: number;
  segments: { dir: Direction; payload: Uint8Array }[];
}

export interface FuzzResult {
  name: string;
  inputs: number;
  ms: number;
  /** Largest JSON of fields() seen, in characters (sampled). */
  maxFieldsChars: number;
}

/** Largest fields JSON accepted: 16 KiB of reassembly cannot produce more than this. */
export const MAX_FIELDS_CHARS = 64 * 1024;

/**
 * Feeds `count` mutated flows (or until `timeMs` ran out) to fresh states. Throws on the first
 * exception or oversized fields, naming the input number and the PRNG seed.
 */
export function fuzzAnalyzer<S, F>(
  a: Analyzer<S, F>,
  seeds: readonly FuzzSeed[],
  count: number,
  timeMs: number,
  seed = 1,
): FuzzResult {
  const rng = new Rng(seed);
  const donors = seeds.flatMap((s) => s.segments.map((g) => g.payload));
  const ctx: FlowContext = { protocol: 0, srcPort: 0, dstPort: 0, tsUs: 0, tcpSeq: 0 };
  const t0 = performance.now();
  let maxChars = 0;
  let i = 0;
  for (; i < count; i++) {
    if ((i & 255) === 0 && performance.now() - t0 > timeMs) break;
    const s = seeds[rng.below(seeds.length)];
    ctx.protocol = s.protocol;
    ctx.srcPort = s.srcPort;
    ctx.dstPort = s.dstPort;
    // Mutate one or a few segments; for TCP sometimes re-split the stream at random points.
    const segs = s.segments.map((g) => (rng.below(3) === 0 ? mutate(rng, g.payload, donors) : g.payload));
    const dirs = s.segments.map((g) => g.dir);
    if (segs.length > 0 && rng.below(2) === 0) {
      const j = rng.below(segs.length);
      segs[j] = mutate(rng, segs[j], donors);
    }
    const seq = [rng.next(), rng.next()];
    try {
      const st = a.create();
      let detected = false;
      for (let k = 0; k < segs.length; k++) {
        const p = segs[k];
        const dir = dirs[k];
        if (!detected) a.detect(p, 0, p.length, dir, ctx);
        detected = true;
        // TCP: split this segment in two at a random point now and then.
        const parts = s.protocol === 6 && p.length > 1 && rng.below(4) === 0 ? [rng.below(p.length)] : [];
        let from = 0;
        let more = true;
        for (const cut of [...parts, p.length]) {
          ctx.tcpSeq = seq[dir];
          seq[dir] = (seq[dir] + (cut - from)) >>> 0;
          // Hand over a view inside a larger buffer, as the ring does.
          more = a.feed(st, p, from, cut - from, dir, ctx);
          from = cut;
          if (!more) break;
        }
        if (!more) break;
      }
      const f = a.fields(st);
      a.confirmed(st);
      if ((i & 63) === 0 && f !== undefined) {
        const n = JSON.stringify(f).length;
        if (n > maxChars) maxChars = n;
        if (n > MAX_FIELDS_CHARS) throw new Error(`fields of ${n} characters`);
      }
    } catch (e) {
      throw new Error(`${a.name}: input #${i} (seed ${seed}) failed: ${(e as Error).stack ?? e}`);
    }
  }
  return { name: a.name, inputs: i, ms: performance.now() - t0, maxFieldsChars: maxChars };
}
