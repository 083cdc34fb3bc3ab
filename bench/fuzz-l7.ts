// Long fuzz run of the L7 analyzers (DNS, HTTP, SSH, DHCP), on demand:
//
//   npm run build:ts && node dist/bench/fuzz-l7.js [N per analyzer, default 1000000] [seed]
//
// Seeds are the analyzers' flows in the reference corpora (../shared/corpora, when present)
// plus a few crafted ones; every input is one seed flow mutated (bit flips, truncation, length
// fields overwritten with lies, bytes inserted or deleted, splices of two real payloads,
// segments split and merged) and fed to a fresh state. A run fails on the first exception,
// on fields that grow past a fixed size, or on a reassembly budget that does not come back.
// The vitest suite runs a short bounded version (test/l7-fuzz.test.ts).
//
// This file also holds the corpus reader the L7 tests share: it splits a trace into flows
// and their payload segments with the agent's own decoder.

import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Analyzer, Direction, FlowContext } from '../agent/l7/analyzer.js';
import { DnsAnalyzer } from '../agent/l7/dns.js';
import { HttpAnalyzer } from '../agent/l7/http.js';
import { SshAnalyzer } from '../agent/l7/ssh.js';
import { DhcpAnalyzer } from '../agent/l7/dhcp.js';
import { decodePacket, DECODE_OK, PacketInfo } from '../agent/decode/packet.js';

// ---- traces ---------------------------------------------------------------------------------

export interface TraceRecord {
  tsUs: number;
  bytes: Uint8Array;
  wireLen: number;
}

export interface Trace {
  linkType: number;
  records: TraceRecord[];
}

/** Classic pcap (either byte order, µs or ns) or pcapng (SHB/IDB/EPB/SPB, first interface's link type). */
export function readTrace(buf: Uint8Array): Trace {
  const dv = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  if (buf.length >= 12 && dv.getUint32(0, true) === 0x0a0d0d0a) return readPcapng(buf, dv);
  const m = dv.getUint32(0, true);
  const le = m === 0xa1b2c3d4 || m === 0xa1b23c4d;
  const nanos = (le ? m : dv.getUint32(0, false)) === 0xa1b23c4d;
  if (!le && dv.getUint32(0, false) !== 0xa1b2c3d4 && !nanos) throw new Error('trace: not pcap or pcapng');
  const linkType = dv.getUint32(20, le) & 0x0fffffff;
  const records: TraceRecord[] = [];
  let pos = 24;
  while (pos + 16 <= buf.length) {
    const cap = dv.getUint32(pos + 8, le);
    if (pos + 16 + cap > buf.length) break; // a cut file: keep what is whole
    const frac = dv.getUint32(pos + 4, le);
    records.push({
      tsUs: dv.getUint32(pos, le) * 1e6 + (nanos ? Math.floor(frac / 1000) : frac),
      bytes: buf.subarray(pos + 16, pos + 16 + cap),
      wireLen: dv.getUint32(pos + 12, le),
    });
    pos += 16 + cap;
  }
  return { linkType, records };
}

function readPcapng(buf: Uint8Array, dv: DataView): Trace {
  const le = dv.getUint32(8, true) === 0x1a2b3c4d;
  const links: number[] = [];
  const records: TraceRecord[] = [];
  let pos = 0;
  while (pos + 12 <= buf.length) {
    const type = dv.getUint32(pos, le);
    const len = dv.getUint32(pos + 4, le);
    if (len < 12 || pos + len > buf.length) break;
    if (type === 1) links.push(dv.getUint16(pos + 8, le));
    else if (type === 6 && pos + 28 <= buf.length) {
      const cap = dv.getUint32(pos + 20, le);
      const ts = dv.getUint32(pos + 12, le) * 2 ** 32 + dv.getUint32(pos + 16, le); // µs by default
      if (pos + 28 + cap <= buf.length) {
        records.push({ tsUs: ts, bytes: buf.subarray(pos + 28, pos + 28 + cap), wireLen: dv.getUint32(pos + 24, le) });
      }
    } else if (type === 3 && pos + 16 <= buf.length) {
      const wire = dv.getUint32(pos + 8, le);
      records.push({ tsUs: 0, bytes: buf.subarray(pos + 12, pos + 12 + Math.min(wire, len - 16)), wireLen: wire });
    }
    pos += len;
  }
  return { linkType: links[0] ?? 1, records };
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

function ipText(words: Uint32Array, v: number): string {
  if (v === 4) {
    const w = words[0];
    return `${w >>> 24}.${(w >>> 16) & 255}.${(w >>> 8) & 255}.${w & 255}`;
  }
  const b = new Uint8Array(16);
  for (let i = 0; i < 4; i++) {
    b[4 * i] = words[i] >>> 24;
    b[4 * i + 1] = (words[i] >>> 16) & 255;
    b[4 * i + 2] = (words[i] >>> 8) & 255;
    b[4 * i + 3] = words[i] & 255;
  }
  const g: string[] = [];
  for (let i = 0; i < 8; i++) g.push(((b[2 * i] << 8) | b[2 * i + 1]).toString(16));
  return canonicalV6(g.join(':'));
}

/** RFC 5952 form of a full 8-group IPv6 text (what Zeek logs). */
function canonicalV6(full: string): string {
  const g = full.split(':');
  let best = -1;
  let bestLen = 1;
  for (let i = 0; i < 8; ) {
    if (g[i] !== '0') {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && g[j] === '0') j++;
    if (j - i > bestLen) {
      best = i;
      bestLen = j - i;
    }
    i = j;
  }
  if (best < 0) return g.join(':');
  return `${g.slice(0, best).join(':')}::${g.slice(best + bestLen).join(':')}`;
}

const SYN = 0x02;
const ACK = 0x10;
const FIN = 0x01;
const RST = 0x04;

/**
 * The TCP and UDP flows of a trace with their payload segments, in order of the first packet.
 * The initiator is the SYN sender (the receiver of a SYN-ACK seen first), else the first
 * sender. A SYN on a TCP flow that saw FIN or RST starts a new flow (port reuse). Non-first IP
 * fragments carry no ports and are not seen (the decoder does not reassemble). The probe keys
 * flows on the VLAN id too; `keyOnVlan: false` keys them as Zeek does by default, without it.
 */
export function traceFlows(t: Trace, opts: { keyOnVlan?: boolean } = {}): TraceFlow[] {
  const keyOnVlan = opts.keyOnVlan ?? true;
  const p = new PacketInfo();
  const flows: TraceFlow[] = [];
  const live = new Map<string, { f: TraceFlow; closed: boolean }>();
  for (const r of t.records) {
    p.ts = r.tsUs;
    if (decodePacket(r.bytes, 0, r.bytes.length, Math.max(r.wireLen, r.bytes.length), t.linkType, p) !== DECODE_OK) continue;
    if (!p.hasPorts || (p.protocol !== 6 && p.protocol !== 17)) continue;
    const src = ipText(p.src, p.ipVersion);
    const dst = ipText(p.dst, p.ipVersion);
    const a = `${src}|${p.srcPort}`;
    const b = `${dst}|${p.dstPort}`;
    const key = `${p.protocol}|${keyOnVlan ? p.vlanId : 0}|${a < b ? a + '|' + b : b + '|' + a}`;
    let e = live.get(key);
    const synOnly = p.protocol === 6 && (p.tcpFlags & (SYN | ACK)) === SYN;
    if (e && e.closed && synOnly) e = undefined;
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
      tcpSeq: p.tcpSeq >>> 0,
      tcpFlags: p.tcpFlags,
      payload: r.bytes.slice(p.payloadOff, p.payloadOff + p.payloadCapLen),
    });
  }
  return flows;
}

export function flowContext(f: TraceFlow): FlowContext {
  return { protocol: f.protocol, srcPort: f.srcPort, dstPort: f.dstPort, tsUs: 0, tcpSeq: 0 };
}

/**
 * Runs one analyzer over one flow the way the flow table will: detect() on the first payload,
 * then feed() until it returns false. Returns the state, or null when detect() said no.
 */
export function runFlow<S, F>(a: Analyzer<S, F>, f: TraceFlow, force = false): S | null {
  const ctx = flowContext(f);
  const first = f.segments[0];
  if (!first) return null;
  if (!force && !a.detect(first.payload, 0, first.payload.length, first.dir, ctx)) return null;
  const s = a.create();
  for (const seg of f.segments) {
    ctx.tsUs = seg.tsUs;
    ctx.tcpSeq = seg.tcpSeq;
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

// ---- seeds ----------------------------------------------------------------------------------

export type L7Name = 'dns' | 'http' | 'ssh' | 'dhcp';

export function analyzerFor(name: L7Name): Analyzer<unknown, unknown> {
  switch (name) {
    case 'dns':
      return new DnsAnalyzer() as Analyzer<unknown, unknown>;
    case 'http':
      return new HttpAnalyzer() as Analyzer<unknown, unknown>;
    case 'ssh':
      return new SshAnalyzer() as Analyzer<unknown, unknown>;
    case 'dhcp':
      return new DhcpAnalyzer() as Analyzer<unknown, unknown>;
  }
}

/** Traces under the corpora with flows for each analyzer (small ones, to load fast). */
const SEED_DIRS: Record<L7Name, string[]> = {
  dns: ['zeek/Traces/dns', 'zeek/Traces/dnssec', 'zeek/Traces/dns53.pcap', 'zeek/Traces/dns-zero-RRs.pcap', 'ndpi/pcap/malformed_dns.pcap', 'ndpi/pcap/dns_long_domainname.pcap', 'ndpi/pcap/tk.pcap', 'ndpi/pcap/dns-exf.pcap'],
  http: ['zeek/Traces/http', 'ndpi/pcap/http.pcapng', 'ndpi/pcap/http_auth.pcap'],
  ssh: ['zeek/Traces/ssh', 'ndpi/pcap/ssh_unidirectional.pcap'],
  dhcp: ['zeek/Traces/dhcp', 'ndpi/pcap/dhcp-fuzz.pcapng'],
};

/** At most this many bytes of traces are read per analyzer. */
const SEED_BYTES = 24 * 1024 * 1024;

export function corpusSeeds(name: L7Name, root: string | null = corporaRoot(), maxSeeds = 400): FuzzSeed[] {
  const out: FuzzSeed[] = [];
  if (root) {
    const a = analyzerFor(name);
    let bytes = 0;
    const files: string[] = [];
    for (const rel of SEED_DIRS[name]) {
      const p = join(root, rel);
      if (!existsSync(p)) continue;
      if (statSync(p).isDirectory()) {
        for (const f of readdirSync(p).sort()) if (/\.pcap(ng)?$/.test(f)) files.push(join(p, f));
      } else files.push(p);
    }
    for (const file of files) {
      const size = statSync(file).size;
      if (bytes + size > SEED_BYTES) continue;
      bytes += size;
      let flows: TraceFlow[];
      try {
        flows = traceFlows(readTrace(new Uint8Array(readFileSync(file))));
      } catch {
        continue;
      }
      for (const f of flows) {
        const first = f.segments[0];
        if (!first || !a.detect(first.payload, 0, first.payload.length, first.dir, flowContext(f))) continue;
        out.push({
          protocol: f.protocol,
          srcPort: f.srcPort,
          dstPort: f.dstPort,
          segments: f.segments.slice(0, 24).map((g) => ({ dir: g.dir, payload: g.payload })),
        });
        if (out.length >= maxSeeds) return out;
      }
    }
  }
  out.push(...craftedSeeds(name));
  return out;
}

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

/** Seeds that need no corpus: one small valid exchange per analyzer. */
export function craftedSeeds(name: L7Name): FuzzSeed[] {
  switch (name) {
    case 'dns': {
      const q = Uint8Array.from([0x12, 0x34, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 3, 119, 119, 119, 7, 101, 120, 97, 109, 112, 108, 101, 3, 99, 111, 109, 0, 0, 1, 0, 1]);
      const r = new Uint8Array(q.length + 16 + 28);
      r.set(q);
      r[2] = 0x81;
      r[3] = 0x80;
      r[7] = 2;
      r.set([0xc0, 12, 0, 1, 0, 1, 0, 0, 0x0e, 0x10, 0, 4, 93, 184, 216, 34], q.length);
      r.set([0xc0, 12, 0, 28, 0, 1, 0, 0, 0x0e, 0x10, 0, 16, 0x26, 0x06, 0x28, 0, 0x02, 0x20, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1], q.length + 16);
      const tcp = (m: Uint8Array): Uint8Array => {
        const o = new Uint8Array(m.length + 2);
        o[0] = m.length >> 8;
        o[1] = m.length & 255;
        o.set(m, 2);
        return o;
      };
      return [
        { protocol: 17, srcPort: 40000, dstPort: 53, segments: [{ dir: 0, payload: q }, { dir: 1, payload: r }] },
        { protocol: 6, srcPort: 40001, dstPort: 53, segments: [{ dir: 0, payload: tcp(q) }, { dir: 1, payload: tcp(r) }] },
      ];
    }
    case 'http':
      return [
        {
          protocol: 6,
          srcPort: 40000,
          dstPort: 80,
          segments: [
            { dir: 0, payload: enc('GET /a?q=1 HTTP/1.1\r\nHost: example.com\r\nUser-Agent: fuzz\r\n\r\nPOST /b HTTP/1.1\r\nHost: example.com\r\nContent-Length: 5\r\n\r\nhello') },
            { dir: 1, payload: enc('HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\nHTTP/1.1 204 No Content\r\nServer: x\r\n\r\n') },
          ],
        },
      ];
    case 'ssh': {
      const lists = ['curve25519-sha256', 'ssh-ed25519', 'aes128-ctr', 'aes128-ctr', 'hmac-sha2-256', 'hmac-sha2-256', 'none', 'none', '', ''];
      return [
        {
          protocol: 6,
          srcPort: 40000,
          dstPort: 22,
          segments: [
            { dir: 0, payload: enc('SSH-2.0-OpenSSH_9.6\r\n') },
            { dir: 1, payload: enc('SSH-2.0-OpenSSH_8.9\r\n') },
            { dir: 0, payload: sshKexinit(lists) },
            { dir: 1, payload: sshKexinit(lists) },
          ],
        },
      ];
    }
    case 'dhcp':
      return [{ protocol: 17, srcPort: 68, dstPort: 67, segments: [{ dir: 0, payload: dhcpMessage(1, [[53, [1]], [12, [...enc('host')]], [55, [1, 3, 6, 15]], [60, [...enc('MSFT 5.0')]]]) }] }];
  }
}

/** An SSH binary packet holding a KEXINIT with these ten name-lists (RFC 4253 §7.1). */
export function sshKexinit(lists: readonly string[]): Uint8Array {
  const body: number[] = [20];
  for (let i = 0; i < 16; i++) body.push(i);
  for (const l of lists) {
    const b = enc(l);
    body.push((b.length >>> 24) & 255, (b.length >>> 16) & 255, (b.length >>> 8) & 255, b.length & 255, ...b);
  }
  body.push(0, 0, 0, 0, 0);
  let pad = 8 - ((body.length + 5) % 8);
  if (pad < 4) pad += 8;
  const plen = 1 + body.length + pad;
  return Uint8Array.from([(plen >>> 24) & 255, (plen >>> 16) & 255, (plen >>> 8) & 255, plen & 255, pad, ...body, ...new Array(pad).fill(0)]);
}

/** A BOOTP/DHCP message (RFC 2131 §2) from a client with MAC 02:00:00:00:00:01. */
export function dhcpMessage(op: 1 | 2, options: [number, number[]][], yiaddr = [0, 0, 0, 0]): Uint8Array {
  const m = new Uint8Array(240);
  m[0] = op;
  m[1] = 1;
  m[2] = 6;
  m.set([0xde, 0xad, 0xbe, 0xef], 4);
  m.set(yiaddr, 16);
  m.set([2, 0, 0, 0, 0, 1], 28);
  m.set([99, 130, 83, 99], 236);
  const opts: number[] = [];
  for (const [code, data] of options) opts.push(code, data.length, ...data);
  opts.push(255);
  const out = new Uint8Array(240 + opts.length);
  out.set(m);
  out.set(opts, 240);
  return out;
}

// ---- main -----------------------------------------------------------------------------------

function main(): void {
  const n = Number(process.argv[2] ?? 1_000_000);
  const seed = Number(process.argv[3] ?? 1);
  const root = corporaRoot();
  console.log(`fuzz-l7: ${n} inputs per analyzer, PRNG seed ${seed}, corpora ${root ?? '(none: crafted seeds only)'}`);
  console.log('analyzer  seeds  inputs      seconds  inputs/s   max fields JSON  heap MiB');
  for (const name of ['dns', 'http', 'ssh', 'dhcp'] as const) {
    const seeds = corpusSeeds(name, root);
    const r = fuzzAnalyzer(analyzerFor(name), seeds, n, Number.POSITIVE_INFINITY, seed);
    const heap = process.memoryUsage().heapUsed / 2 ** 20;
    console.log(
      `${name.padEnd(9)} ${String(seeds.length).padStart(5)}  ${String(r.inputs).padStart(10)}  ${(r.ms / 1000).toFixed(1).padStart(7)}  ` +
        `${Math.round(r.inputs / (r.ms / 1000)).toString().padStart(8)}   ${String(r.maxFieldsChars).padStart(15)}  ${heap.toFixed(0).padStart(8)}`,
    );
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();

// ---- agreement tables (for the corpus tests) ------------------------------------------------

/** Per-field agreement with a reference: matched / compared, and the first mismatches. */
export class Agreement {
  readonly rows = new Map<string, { matched: number; compared: number; misses: string[] }>();

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
    if (r.misses.length < 8) r.misses.push(`${where}: ref ${JSON.stringify(ref)} ours ${JSON.stringify(ours)}`);
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
