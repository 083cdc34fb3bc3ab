// Fuzzing of the whole record path, frames in → records out: FlowAccounting with the application
// layer on (decoder, flow table, L7Engine with every analyzer, signatures, STARTTLS, the DNS name
// cache), then BatchEncoder, then decodeRecords + toFlowJson, as the shard worker and `read`
// run them.
//
//   npm run build:ts && node dist/bench/fuzz-engine.js [iterations=200000] [seed=1]
//
// Seeds are real frames: whole flows (their first frames) and windows of consecutive frames of
// the corpus traces (../shared/corpora: nDPI, Zeek, suricata-verify; bytes read are capped), plus
// a few conversations built here (DNS then HTTP to the answered address, TLS, QUIC, SSH, DHCP,
// SMTP STARTTLS) that also stand in when the corpora are absent. Every iteration takes one to
// three seeds and changes them: payload bytes mutated (bench/l7-corpus.ts mutate(): flips,
// truncation, lying lengths, splices, inserts), IP lengths left lying now and then, frames cut
// by the capture (capLen < wireLen), TCP sequence numbers and flags changed, ports moved to
// well-known ones (so that other analyzers see the bytes), frames dropped, duplicated and
// reordered, timestamps compressed or stretched past the timeouts. The frames go, at random
// offsets inside a reused buffer as in the ring, through a FlowAccounting whose settings change
// every few iterations (a table of 16 flows, at most 4 flows in analysis, short idle and active
// timeouts, privacy switches) and that is reused in between, with one small NameCache shared by
// all of them; then flushAll.
//
// An iteration fails on: an exception anywhere; a batch that does not decode, or decodes to
// another number of records than were emitted; a record that a strict reader refuses (strings
// that are not UTF-8, a field the schema does not have, a field of the wrong wire type, a
// singular field twice, a length past the end); times that disagree (start_ms, end_ms, start_us,
// duration_us); an app_protocol that is not ours; L7 fields
// (25…33) larger than L7_MAX_BYTES; the engine or the table holding flows after flushAll;
// the heap, taken after a forced GC every few thousand iterations, growing past a bound. A
// failure names the iteration and seed, saves the input as pcapng (under /tmp) and says whether
// it fails on its own in a fresh accounting.
//
// test/l7-engine-fuzz.test.ts runs a short bounded version.

import { existsSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import protobuf from 'protobufjs';
import { decodePacket, DECODE_OK, PacketInfo } from '../agent/decode/packet.js';
import { FlowAccounting } from '../agent/flow/accounting.js';
import { BatchEncoder } from '../agent/flow/encode.js';
import { toFlowJson } from '../agent/flow/json.js';
import { decodeRecords } from '../agent/flow/output.js';
import { END_FORCED } from '../agent/flow/table.js';
import { L7Engine } from '../agent/l7/engine.js';
import { L7_MAX_BYTES, PRIVACY_DEFAULTS, type PrivacyPolicy } from '../agent/l7/options.js';
import { NameCache } from '../agent/l7/name-cache.js';
import { APP_PROTOCOLS } from '../agent/l7/signatures.js';
import { craftedSeeds, type L7Name } from './fuzz-l7.js';
import { QUIC_V1 } from '../agent/l7/quic.js';
import { builtinSeeds, initialHeader, protect } from './fuzz-tls.js';
import { corporaRoot, mutate, readTraceFile, Rng, traceFiles, type FuzzSeed } from './l7-corpus.js';

// ---- seeds ----------------------------------------------------------------------------------

export interface SeedFrame {
  tsUs: number;
  /** The captured bytes (capLen = bytes.length). */
  bytes: Uint8Array;
  wireLen: number;
  linkType: number;
}

export interface EngineSeed {
  /** Where it came from: trace path and flow or window, or the crafted conversation's name. */
  name: string;
  kind: 'flow' | 'window' | 'crafted';
  frames: SeedFrame[];
}

export interface EngineSeeds {
  seeds: EngineSeed[];
  /** Real payloads, for splices. */
  donors: Uint8Array[];
  files: number;
  traceBytes: number;
}

export interface CorpusSeedOptions {
  /** Trace bytes read at most (default 48 MiB). */
  maxTraceBytes?: number;
  /** Larger traces are skipped (default 4 MiB). */
  maxFileBytes?: number;
  /** Flow seeds per trace (default 200) and frames per flow seed (default 48). */
  flowsPerTrace?: number;
  framesPerFlow?: number;
  /** Windows of consecutive frames per trace (default 4) and their length (default 64). */
  windowsPerTrace?: number;
  windowFrames?: number;
}

/** Names of traces likely to hold what the analyzers and signatures know; read first. */
const L7_TRACE = /tls|ssl|quic|dns|http|ssh|dhcp|smtp|imap|pop|ftp|ldap|smb|starttls|x509|cert|443|chrome|firefox|safari|google/i;

/** Every trace under `root`, those with L7-looking names first, each group in a fixed shuffled order. */
export function shuffledTraceFiles(root: string): string[] {
  const all = traceFiles(root);
  const key = (p: string): number => {
    let h = 0x811c9dc5;
    const s = relative(root, p);
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
    return h >>> 0;
  };
  const order = (xs: string[]): string[] => xs.map((p) => ({ p, k: key(p) })).sort((a, b) => a.k - b.k).map((x) => x.p);
  return [...order(all.filter((p) => L7_TRACE.test(relative(root, p)))), ...order(all.filter((p) => !L7_TRACE.test(relative(root, p))))];
}

/** Flow seeds (TCP/UDP flows with payload, their first frames) and windows of the corpus traces. */
export function corpusEngineSeeds(root: string, o: CorpusSeedOptions = {}): EngineSeeds {
  const maxTraceBytes = o.maxTraceBytes ?? 48 * 2 ** 20;
  const maxFileBytes = o.maxFileBytes ?? 4 * 2 ** 20;
  const flowsPerTrace = o.flowsPerTrace ?? 200;
  const framesPerFlow = o.framesPerFlow ?? 48;
  const windowsPerTrace = o.windowsPerTrace ?? 4;
  const windowFrames = o.windowFrames ?? 64;
  const out: EngineSeeds = { seeds: [], donors: [], files: 0, traceBytes: 0 };
  const p = new PacketInfo();
  for (const file of shuffledTraceFiles(root)) {
    const size = statSync(file).size;
    if (size > maxFileBytes || out.traceBytes + size > maxTraceBytes) continue;
    let trace;
    try {
      trace = readTraceFile(file);
    } catch {
      continue;
    }
    out.files++;
    out.traceBytes += size;
    const name = relative(root, file);
    const copies = new Map<number, SeedFrame>();
    const frame = (i: number): SeedFrame => {
      let f = copies.get(i);
      if (!f) {
        const r = trace.records[i];
        f = { tsUs: r.tsUs, bytes: r.bytes.slice(), wireLen: Math.max(r.wireLen, r.bytes.length), linkType: r.linkType };
        copies.set(i, f);
      }
      return f;
    };
    // Flows: the frames of each TCP/UDP 5-tuple (+ VLAN), kept when one of them has payload.
    const flows = new Map<string, { frames: number[]; payload: boolean }>();
    trace.records.forEach((r, i) => {
      p.ts = r.tsUs;
      if (decodePacket(r.bytes, 0, r.bytes.length, Math.max(r.wireLen, r.bytes.length), r.linkType, p) !== DECODE_OK) return;
      if (!p.hasPorts || (p.protocol !== 6 && p.protocol !== 17)) return;
      const a = `${p.src.join('.')}/${p.srcPort}`;
      const b = `${p.dst.join('.')}/${p.dstPort}`;
      const key = `${p.protocol}|${p.vlanId}|${a < b ? a + '|' + b : b + '|' + a}`;
      let f = flows.get(key);
      if (!f) flows.set(key, (f = { frames: [], payload: false }));
      if (f.frames.length < framesPerFlow) f.frames.push(i);
      if (p.payloadCapLen > 0) {
        f.payload = true;
        if (out.donors.length < 50_000 && f.frames.length <= framesPerFlow) {
          const c = frame(i);
          out.donors.push(c.bytes.subarray(p.payloadOff, p.payloadOff + p.payloadCapLen));
        }
      }
    });
    let n = 0;
    for (const [key, f] of flows) {
      if (!f.payload) continue;
      if (n++ >= flowsPerTrace) break;
      out.seeds.push({ name: `${name} flow ${key}`, kind: 'flow', frames: f.frames.map(frame) });
    }
    // Windows: consecutive frames, many flows at once (DNS before the connection, the limits).
    const count = trace.records.length;
    if (count > 0) {
      const step = Math.max(windowFrames, Math.floor(count / windowsPerTrace));
      for (let w = 0, at = 0; w < windowsPerTrace && at < count; w++, at += step) {
        const frames: SeedFrame[] = [];
        for (let i = at; i < Math.min(count, at + windowFrames); i++) frames.push(frame(i));
        out.seeds.push({ name: `${name} frames ${at}…${at + frames.length - 1}`, kind: 'window', frames });
        if (count <= windowFrames) break;
      }
    }
  }
  return out;
}

// ---- crafted conversations -----------------------------------------------------------------

const CLIENT = 0x0a000001; // 10.0.0.1
const ascii = (s: string): Uint8Array => Uint8Array.from(s, (c) => c.charCodeAt(0));

/** An Ethernet/IPv4/TCP or UDP frame (checksums 0: the decoder does not check them). */
function frameOf(src: number, dst: number, protocol: 6 | 17, sport: number, dport: number, payload: Uint8Array, seq = 0, ack = 0, flags = 0): Uint8Array {
  const l4 = protocol === 6 ? 20 : 8;
  const ipLen = 20 + l4 + payload.length;
  const b = new Uint8Array(14 + ipLen);
  const dv = new DataView(b.buffer);
  b.set([2, 0, 0, 0, 0, dst & 0xff, 2, 0, 0, 0, 0, src & 0xff, 0x08, 0x00]);
  b[14] = 0x45;
  dv.setUint16(16, ipLen);
  b[22] = 64;
  b[23] = protocol;
  dv.setUint32(26, src);
  dv.setUint32(30, dst);
  dv.setUint16(34, sport);
  dv.setUint16(36, dport);
  if (protocol === 6) {
    dv.setUint32(38, seq >>> 0);
    dv.setUint32(42, ack >>> 0);
    b[46] = 0x50;
    b[47] = flags;
    dv.setUint16(48, 65535);
  } else {
    dv.setUint16(38, 8 + payload.length);
  }
  b.set(payload, 14 + 20 + l4);
  return b;
}

/** One conversation as frames: for TCP the handshake, the segments (MSS 1400) and both FINs. */
export function conversationFrames(s: FuzzSeed, server: number, startUs: number, client = CLIENT): SeedFrame[] {
  const out: SeedFrame[] = [];
  let t = startUs;
  const push = (bytes: Uint8Array): void => {
    out.push({ tsUs: t, bytes, wireLen: bytes.length, linkType: 1 });
    t += 200;
  };
  const ends = [client, server];
  const ports = [s.srcPort, s.dstPort];
  const EMPTY = new Uint8Array(0);
  if (s.protocol === 17) {
    for (const g of s.segments) push(frameOf(ends[g.dir], ends[1 - g.dir], 17, ports[g.dir], ports[1 - g.dir], g.payload));
    return out;
  }
  const seq = [1000 + s.srcPort, 900_000 + s.dstPort];
  const tcp = (dir: number, payload: Uint8Array, flags: number): void => {
    push(frameOf(ends[dir], ends[1 - dir], 6, ports[dir], ports[1 - dir], payload, seq[dir], seq[1 - dir], flags));
    seq[dir] = (seq[dir] + payload.length + (flags & 0x03 ? 1 : 0)) >>> 0;
  };
  tcp(0, EMPTY, 0x02);
  tcp(1, EMPTY, 0x12);
  tcp(0, EMPTY, 0x10);
  for (const g of s.segments) {
    for (let at = 0; at < g.payload.length; at += 1400) tcp(g.dir, g.payload.subarray(at, at + 1400), 0x18);
    tcp(1 - g.dir, EMPTY, 0x10);
  }
  tcp(0, EMPTY, 0x11);
  tcp(1, EMPTY, 0x11);
  tcp(0, EMPTY, 0x10);
  return out;
}

/** A DNS query for `name` (type A) and its answer `addr` (RFC 1035 §4.1). */
function dnsExchange(name: string, addr: number, id: number): [Uint8Array, Uint8Array] {
  const q: number[] = [id >> 8, id & 0xff, 0x01, 0x00, 0, 1, 0, 0, 0, 0, 0, 0];
  for (const label of name.split('.')) q.push(label.length, ...ascii(label));
  q.push(0, 0, 1, 0, 1);
  const r = [...q, 0xc0, 12, 0, 1, 0, 1, 0, 0, 0, 60, 0, 4, addr >>> 24, (addr >>> 16) & 0xff, (addr >>> 8) & 0xff, addr & 0xff];
  r[2] = 0x81;
  r[3] = 0x80;
  r[7] = 1;
  return [Uint8Array.from(q), Uint8Array.from(r)];
}

/** Conversations that need no corpus: one per analyzer, DNS followed by HTTP to the answered address, SMTP STARTTLS. */
export function craftedEngineSeeds(): EngineSeeds {
  const T0 = 1_700_000_000_000_000;
  const seeds: EngineSeed[] = [];
  const donors: Uint8Array[] = [];
  const add = (name: string, parts: { s: FuzzSeed; server: number }[]): void => {
    let t = T0;
    const frames: SeedFrame[] = [];
    for (const { s, server } of parts) {
      const f = conversationFrames(s, server, t);
      frames.push(...f);
      t = f[f.length - 1].tsUs + 1000;
      for (const g of s.segments) donors.push(g.payload);
    }
    seeds.push({ name, kind: 'crafted', frames });
  };
  const DNS_SERVER = 0x0a000035; // 10.0.0.53
  const WEB = 0x5db8d822; // 93.184.216.34, the crafted DNS answer
  for (const n of ['dns', 'http', 'ssh', 'dhcp'] as L7Name[]) {
    craftedSeeds(n).forEach((s, i) => add(`crafted ${n} ${i}`, [{ s, server: n === 'dns' ? DNS_SERVER : n === 'dhcp' ? 0xffffffff : WEB }]));
  }
  const [dns] = craftedSeeds('dns');
  const [http] = craftedSeeds('http');
  add('crafted dns then http', [{ s: dns, server: DNS_SERVER }, { s: http, server: WEB }]);
  // A name past 127 characters: server_name takes a two-byte length.
  const LONG = 0xc6336401; // 198.51.100.1
  const [lq, lr] = dnsExchange(`${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(40)}.example.com`, LONG, 0x4242);
  add('crafted long dns name then http', [
    { s: { protocol: 17, srcPort: 40200, dstPort: 53, segments: [{ dir: 0, payload: lq }, { dir: 1, payload: lr }] }, server: DNS_SERVER },
    { s: { ...http, srcPort: 40201 }, server: LONG },
  ]);
  const tls = builtinSeeds();
  const hello = tls.tls[0][0].bytes;
  // A client Initial carrying the ClientHello in one CRYPTO frame, padded to 1200 bytes (RFC 9000 §14.1).
  const ch = tls.hellos[0];
  const plain = new Uint8Array(1200 - 22 - 16);
  plain.set([0x06, 0x00, 0x40 | (ch.length >> 8), ch.length & 0xff]);
  plain.set(ch, 4);
  const dcid = Uint8Array.from([0x83, 0x94, 0xc8, 0xf0, 0x3e, 0x51, 0x57, 0x08]);
  const initial = new Uint8Array(protect(QUIC_V1, initialHeader(QUIC_V1, dcid, 2, plain.length), plain, dcid));
  add('crafted tls', [{ s: { protocol: 6, srcPort: 40100, dstPort: 443, segments: [{ dir: 0, payload: hello }] }, server: WEB }]);
  add('crafted quic', [{ s: { protocol: 17, srcPort: 40101, dstPort: 443, segments: [{ dir: 0, payload: initial }] }, server: WEB }]);
  add('crafted smtp starttls', [
    {
      s: {
        protocol: 6,
        srcPort: 40102,
        dstPort: 25,
        segments: [
          { dir: 1, payload: ascii('220 mail.example.com ESMTP ready\r\n') },
          { dir: 0, payload: ascii('EHLO client.example.com\r\n') },
          { dir: 1, payload: ascii('250-mail.example.com\r\n250-PIPELINING\r\n250 STARTTLS\r\n') },
          { dir: 0, payload: ascii('STARTTLS\r\n') },
          { dir: 1, payload: ascii('220 2.0.0 Ready to start TLS\r\n') },
          { dir: 0, payload: hello },
        ],
      },
      server: WEB,
    },
  ]);
  return { seeds, donors, files: 0, traceBytes: 0 };
}

/** The corpus seeds (when the corpora are there) and the crafted ones. */
export function engineSeeds(root: string | null = corporaRoot(), o: CorpusSeedOptions = {}): EngineSeeds {
  const crafted = craftedEngineSeeds();
  if (root === null) return crafted;
  const c = corpusEngineSeeds(root, o);
  return { seeds: [...c.seeds, ...crafted.seeds], donors: [...c.donors, ...crafted.donors], files: c.files, traceBytes: c.traceBytes };
}

// ---- one iteration's input -----------------------------------------------------------------

export interface InputFrame extends SeedFrame {
  /** Where the frame lies in the packet buffer handed to packet() (0: a buffer of its own). */
  off: number;
  /** Call table.expire(clock) after this frame, as the shard worker does after a batch. */
  expire: boolean;
}

const WELL_KNOWN_PORTS = [53, 67, 68, 80, 443, 22, 25, 587, 465, 110, 143, 993, 995, 21, 389, 636, 8080, 853, 5353, 123, 3478, 445];
const PORT_BYTES_OFF = [0, 2];

function frameInfo(f: SeedFrame, p: PacketInfo): boolean {
  p.ts = f.tsUs;
  return decodePacket(f.bytes, 0, f.bytes.length, Math.max(f.wireLen, f.bytes.length), f.linkType, p) === DECODE_OK;
}

/** IPv4 total length / IPv6 payload length (and the UDP length) for a payload of n bytes at p.payloadOff. */
function fixLengths(b: Uint8Array, p: PacketInfo, n: number): void {
  const ipBytes = p.payloadOff - p.ipOff + n;
  if (p.ipVersion === 4 && ipBytes <= 0xffff) {
    b[p.ipOff + 2] = ipBytes >>> 8;
    b[p.ipOff + 3] = ipBytes & 0xff;
  } else if (p.ipVersion === 6 && ipBytes - 40 <= 0xffff) {
    b[p.ipOff + 4] = (ipBytes - 40) >>> 8;
    b[p.ipOff + 5] = (ipBytes - 40) & 0xff;
  }
  if (p.protocol === 17 && p.fragOffset === 0 && p.hasPorts) {
    b[p.l4Off + 4] = ((8 + n) >>> 8) & 0xff;
    b[p.l4Off + 5] = (8 + n) & 0xff;
  }
}

/** One frame changed: payload mutated, cut by the capture, TCP sequence or flags changed, or a header byte flipped. */
function mutateFrame(rng: Rng, f: SeedFrame, donors: readonly Uint8Array[], p: PacketInfo): SeedFrame {
  const wire = Math.max(f.wireLen, f.bytes.length);
  if (!frameInfo(f, p) || f.bytes.length === 0) {
    const b = f.bytes.slice();
    for (let k = 1 + rng.below(3); k > 0 && b.length > 0; k--) b[rng.below(b.length)] ^= 1 << rng.below(8);
    return { ...f, bytes: b, wireLen: Math.max(wire, b.length) };
  }
  const op = rng.below(16);
  const tcp = p.protocol === 6 && p.hasPorts && p.fragOffset === 0;
  if (op < 10) {
    const pay = f.bytes.subarray(p.payloadOff, p.payloadOff + p.payloadCapLen);
    const np = mutate(rng, pay, donors);
    const b = new Uint8Array(p.payloadOff + np.length);
    b.set(f.bytes.subarray(0, p.payloadOff));
    b.set(np, p.payloadOff);
    if (rng.below(5) !== 0) fixLengths(b, p, np.length); // else the IP length lies
    return { ...f, bytes: b, wireLen: b.length };
  }
  if (op < 12) {
    // Cut by the capture: mostly inside the payload, now and then anywhere.
    const cut = rng.below(3) !== 0 && p.payloadCapLen > 0 ? p.payloadOff + rng.below(p.payloadCapLen) : rng.below(f.bytes.length);
    return { ...f, bytes: f.bytes.subarray(0, cut), wireLen: wire };
  }
  const b = f.bytes.slice();
  if (op < 14 && tcp) {
    const at = p.l4Off + 4;
    const seq = ((b[at] << 24) | (b[at + 1] << 16) | (b[at + 2] << 8) | b[at + 3]) >>> 0;
    const delta = [1, -1, p.payloadLen, -p.payloadLen, 0x80000000, rng.next(), 1 + rng.below(3000), -1 - rng.below(3000)][rng.below(8)];
    const v = (seq + delta) >>> 0;
    b[at] = v >>> 24;
    b[at + 1] = (v >>> 16) & 0xff;
    b[at + 2] = (v >>> 8) & 0xff;
    b[at + 3] = v & 0xff;
  } else if (op < 15 && tcp) {
    b[p.l4Off + 13] ^= [0x01, 0x02, 0x04, 0x10, 0x08, 0x12][rng.below(6)];
  } else {
    b[rng.below(Math.max(1, p.payloadOff))] ^= 1 << rng.below(8);
  }
  return { ...f, bytes: b, wireLen: wire };
}

/** Moves one port of the conversation to a well-known one in every frame that has it. */
function rewritePort(rng: Rng, frames: SeedFrame[], p: PacketInfo): void {
  const first = frames.find((f) => frameInfo(f, p) && p.hasPorts && (p.protocol === 6 || p.protocol === 17));
  if (!first) return;
  const from = rng.below(2) === 0 ? p.srcPort : p.dstPort;
  const to = WELL_KNOWN_PORTS[rng.below(WELL_KNOWN_PORTS.length)];
  for (let i = 0; i < frames.length; i++) {
    const f = frames[i];
    if (!frameInfo(f, p) || !p.hasPorts || p.fragOffset !== 0) continue;
    const ports = [p.srcPort, p.dstPort];
    if (ports[0] !== from && ports[1] !== from) continue;
    const b = f.bytes.slice();
    for (let k = 0; k < 2; k++) {
      if (ports[k] !== from || p.l4Off + PORT_BYTES_OFF[k] + 2 > b.length) continue;
      b[p.l4Off + PORT_BYTES_OFF[k]] = to >>> 8;
      b[p.l4Off + PORT_BYTES_OFF[k] + 1] = to & 0xff;
    }
    frames[i] = { ...f, bytes: b };
  }
}

interface Input {
  seeds: string[];
  frames: InputFrame[];
}

function pickSeed(rng: Rng, s: EngineSeeds, byKind: Record<EngineSeed['kind'], EngineSeed[]>): EngineSeed {
  const r = rng.below(20);
  const kind = r < 2 || (byKind.flow.length === 0 && byKind.window.length === 0) ? 'crafted' : r < 7 && byKind.window.length > 0 ? 'window' : byKind.flow.length > 0 ? 'flow' : 'window';
  const list = byKind[kind].length > 0 ? byKind[kind] : s.seeds;
  return list[rng.below(list.length)];
}

/** A seed that spans more than a day (a pcapng whose interfaces count time in other units) is
 *  respaced a millisecond a frame, so that time stays where a capture can put it. */
const MAX_SEED_SPAN_US = 86_400e6;

function buildInput(rng: Rng, s: EngineSeeds, byKind: Record<EngineSeed['kind'], EngineSeed[]>, baseUs: number, p: PacketInfo): Input {
  // One to three seeds, each moved to start near baseUs, merged by time.
  const n = rng.below(4) === 0 ? 2 + rng.below(2) : 1;
  const names: string[] = [];
  let frames: SeedFrame[] = [];
  for (let k = 0; k < n; k++) {
    const seed = pickSeed(rng, s, byKind);
    names.push(seed.name);
    if (seed.frames.length === 0) continue;
    let min = Infinity;
    let max = -Infinity;
    for (const f of seed.frames) {
      min = Math.min(min, f.tsUs);
      max = Math.max(max, f.tsUs);
    }
    const start = baseUs + rng.below(2_000_000);
    if (max - min > MAX_SEED_SPAN_US) seed.frames.forEach((f, i) => frames.push({ ...f, tsUs: start + i * 1000 }));
    else for (const f of seed.frames) frames.push({ ...f, tsUs: f.tsUs - min + start });
  }
  if (n > 1) frames = frames.map((f, i) => ({ f, i })).sort((a, b) => a.f.tsUs - b.f.tsUs || a.i - b.i).map((x) => x.f);
  // Frames dropped, duplicated (retransmissions), reordered.
  if (frames.length > 1 && rng.below(4) === 0) for (let k = 1 + rng.below(3); k > 0 && frames.length > 1; k--) frames.splice(rng.below(frames.length), 1);
  if (frames.length > 0 && rng.below(4) === 0) {
    for (let k = 1 + rng.below(3); k > 0; k--) {
      const i = rng.below(frames.length);
      frames.splice(rng.below(2) === 0 ? i + 1 : i + rng.below(frames.length - i + 1), 0, frames[i]);
    }
  }
  if (frames.length > 1 && rng.below(4) === 0) {
    for (let k = 1 + rng.below(4); k > 0; k--) {
      const i = rng.below(frames.length);
      const j = Math.min(frames.length - 1, i + 1 + rng.below(4));
      [frames[i], frames[j]] = [frames[j], frames[i]];
    }
  }
  if (rng.below(8) === 0) rewritePort(rng, frames, p);
  // Payload and header mutations: most inputs get a few, some none (the seeds as they are).
  if (rng.below(8) !== 0) {
    const rate = [2, 4, 8, 16][rng.below(4)];
    for (let i = 0; i < frames.length; i++) if (rng.below(rate) === 0) frames[i] = mutateFrame(rng, frames[i], s.donors, p);
    if (frames.length > 0) {
      const i = rng.below(frames.length);
      frames[i] = mutateFrame(rng, frames[i], s.donors, p);
    }
  }
  // Time: as captured (moved), compressed to microseconds apart, or with gaps past the timeouts.
  const time = rng.below(4);
  if (time === 1) {
    let t = baseUs;
    frames = frames.map((f) => ({ ...f, tsUs: (t += 1 + rng.below(100)) }));
  }
  else if (time === 2) {
    let gap = 0;
    frames = frames.map((f) => {
      if (rng.below(16) === 0) gap += [1e6, 31e6, 301e6][rng.below(3)];
      return { ...f, tsUs: f.tsUs + gap };
    });
  }
  return {
    seeds: names,
    frames: frames.map((f) => ({ ...f, off: rng.below(2) === 0 ? 0 : 1 + rng.below(4096), expire: rng.below(32) === 0 })),
  };
}

// ---- the accounting under test -------------------------------------------------------------

export interface SessionConfig {
  capacity: number;
  idleTimeoutUs: number;
  activeTimeoutUs: number;
  closeDelayUs: number;
  maxFlows: number;
  privacy: PrivacyPolicy;
  /** Use the shared name cache (else none). */
  names: boolean;
}

function randomConfig(rng: Rng): SessionConfig {
  const bool = (): boolean => rng.below(4) !== 0;
  return {
    capacity: [16, 64, 4096][rng.below(3)],
    idleTimeoutUs: [0, 5e6, 30e6][rng.below(3)],
    activeTimeoutUs: [0, 1e6, 300e6][rng.below(3)],
    closeDelayUs: [0, 1e6][rng.below(2)],
    maxFlows: [4, 64, 65_536][rng.below(3)],
    privacy: rng.below(2) === 0 ? PRIVACY_DEFAULTS : { httpQueryString: bool(), httpUserAgent: bool(), dnsAnswers: bool(), dhcpClientIdentity: bool(), tlsCertificate: bool(), serverName: bool() },
    names: rng.below(8) !== 0,
  };
}

class Session {
  readonly acc: FlowAccounting;
  readonly enc: BatchEncoder;
  readonly cfg: SessionConfig;
  left: number;

  constructor(cfg: SessionConfig, names: NameCache, iterations: number) {
    this.cfg = cfg;
    this.left = iterations;
    let enc: BatchEncoder | null = null;
    this.acc = new FlowAccounting(
      { capacity: cfg.capacity, idleTimeoutUs: cfg.idleTimeoutUs, activeTimeoutUs: cfg.activeTimeoutUs, closeDelayUs: cfg.closeDelayUs, shard: 0, shards: 1, idGeneration: 1 },
      { emit: (t, slot, reason) => enc!.add(t, slot, reason) },
      new L7Engine({ maxFlows: cfg.maxFlows, privacy: cfg.privacy, names: cfg.names ? names : null }),
    );
    enc = new BatchEncoder(this.acc.l7);
    this.enc = enc;
  }
}

// ---- the checks ----------------------------------------------------------------------------

let recordType: protobuf.Type | null = null;

/** FlowRecord from proto/flow.proto (source tree or next to dist/). */
function flowRecordType(): protobuf.Type {
  if (recordType) return recordType;
  const here = dirname(fileURLToPath(import.meta.url));
  const path = [resolve(here, '../proto/flow.proto'), resolve(here, '../../proto/flow.proto')].find((p) => existsSync(p));
  if (!path) throw new Error('proto/flow.proto not found');
  recordType = protobuf.loadSync(path).lookupType('probe.v1.FlowRecord');
  return recordType;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function varintAt(b: Uint8Array, pos: number, end: number): [number, number] {
  let v = 0;
  let mul = 1;
  for (let i = 0; i < 10; i++) {
    if (pos >= end) throw new Error(`varint past the end at ${pos}`);
    const c = b[pos++];
    v += (c & 0x7f) * mul;
    if ((c & 0x80) === 0) return [v, pos];
    mul *= 128;
  }
  throw new Error(`varint of more than 10 bytes at ${pos}`);
}

const WIRE_TYPE: Record<string, number> = { double: 1, fixed64: 1, sfixed64: 1, float: 5, fixed32: 5, sfixed32: 5, string: 2, bytes: 2 };

/**
 * Reads a message as a strict proto3 reader would: every field known with its wire type, strings
 * valid UTF-8, singular fields once, lengths inside. Returns the bytes of the top-level fields
 * numbered from..to (the L7 fields when called on a FlowRecord with 25, 33).
 */
function strictRead(type: protobuf.Type, b: Uint8Array, start: number, end: number, path: string, from = 0, to = -1): number {
  const seen = new Set<number>();
  let inRange = 0;
  let pos = start;
  while (pos < end) {
    const at = pos;
    const [tag, p1] = varintAt(b, pos, end);
    pos = p1;
    const no = Math.floor(tag / 8);
    const wt = tag & 7;
    const field = type.fieldsById[no];
    if (!field) throw new Error(`${path}: field ${no} is not in ${type.name}`);
    const name = `${path}.${field.name}`;
    const packed = field.repeated && wt === 2 && !(field.type in WIRE_TYPE) && !field.resolvedType;
    const want = field.resolvedType instanceof protobuf.Type ? 2 : (WIRE_TYPE[field.type] ?? 0);
    if (wt !== want && !packed) throw new Error(`${name}: wire type ${wt}, expected ${want}`);
    if (!field.repeated) {
      if (seen.has(no)) throw new Error(`${name}: singular field twice`);
      seen.add(no);
    }
    if (wt === 0) pos = varintAt(b, pos, end)[1];
    else if (wt === 1) pos += 8;
    else if (wt === 5) pos += 4;
    else if (wt === 2) {
      const [len, p2] = varintAt(b, pos, end);
      if (p2 + len > end) throw new Error(`${name}: length ${len} past the end`);
      if (field.type === 'string') {
        try {
          utf8.decode(b.subarray(p2, p2 + len));
        } catch {
          throw new Error(`${name}: not UTF-8: ${Buffer.from(b.subarray(p2, p2 + Math.min(len, 80))).toString('hex')}`);
        }
      } else if (field.resolvedType instanceof protobuf.Type) {
        strictRead(field.resolvedType, b, p2, p2 + len, name);
      }
      pos = p2 + len;
    } else throw new Error(`${name}: wire type ${wt}`);
    if (pos > end) throw new Error(`${name}: past the end`);
    if (no >= from && no <= to) inRange += pos - at;
  }
  return inRange;
}

/** The records of one encoded batch (one length-delimited FlowBatch) as byte ranges. */
function recordRanges(batch: Uint8Array): [number, number][] {
  const [len, p0] = varintAt(batch, 0, batch.length);
  if (p0 + len !== batch.length) throw new Error(`batch length ${len} but ${batch.length - p0} bytes follow`);
  const out: [number, number][] = [];
  let pos = p0;
  while (pos < batch.length) {
    const [tag, p1] = varintAt(batch, pos, batch.length);
    if (tag !== 0x0a) throw new Error(`FlowBatch: tag ${tag} at ${pos}`);
    const [n, p2] = varintAt(batch, p1, batch.length);
    if (p2 + n > batch.length) throw new Error(`FlowBatch: record length ${n} past the end`);
    out.push([p2, p2 + n]);
    pos = p2 + n;
  }
  return out;
}

export interface Tally {
  records: number;
  /** Records by app_protocol ("?" marks a port guess, "-" none). */
  apps: Map<string, number>;
  /** Records carrying each L7 sub-message (and a server_name from the name cache). */
  subMessages: Map<string, number>;
  /** Largest L7 part (fields 25…33) of a record, in bytes. */
  maxL7Bytes: number;
}

const L7_KEYS = ['dns', 'http', 'tls', 'quic', 'ssh', 'dhcp'] as const;
const OUR_APPS = new Set(APP_PROTOCOLS);

/** Feeds one input to a session and checks what comes out; throws on the first violation. */
function runInput(s: Session, input: Input, scratch: Uint8Array, tally: Tally): void {
  const acc = s.acc;
  for (const f of input.frames) {
    let buf = f.bytes;
    let off = f.off;
    if (off + f.bytes.length > scratch.length) off = 0;
    if (off > 0) {
      // Inside a larger buffer, with stale bytes after it, as in the ring.
      scratch.set(f.bytes, off);
      buf = scratch;
    }
    acc.pkt.ts = f.tsUs;
    acc.packet(buf, off, f.bytes.length, f.wireLen, f.linkType);
    if (f.expire) acc.table.expire(acc.table.clock);
  }
  acc.table.flushAll(END_FORCED);
  if (acc.table.active !== 0) throw new Error(`table holds ${acc.table.active} flows after flushAll`);
  const held = acc.l7?.size ?? 0;
  if (held !== 0) throw new Error(`L7 engine holds state of ${held} flows after flushAll`);
  const emitted = s.enc.count;
  const batch = s.enc.finish();
  // The strict reader first: it says which record and field is wrong, decodeRecords only that something is.
  const ranges = recordRanges(batch);
  if (ranges.length !== emitted) throw new Error(`${emitted} records emitted, ${ranges.length} in the batch`);
  const type = flowRecordType();
  for (let i = 0; i < ranges.length; i++) {
    const [a, z] = ranges[i];
    let n: number;
    try {
      n = strictRead(type, batch, a, z, `record ${i}`, 25, 33);
    } catch (e) {
      throw new Error(`${(e as Error).message}\n  record bytes: ${Buffer.from(batch.subarray(a, Math.min(z, a + 2048))).toString('hex')}`);
    }
    if (n > L7_MAX_BYTES) throw new Error(`record ${i}: L7 fields of ${n} bytes (bound ${L7_MAX_BYTES})`);
    if (n > tally.maxL7Bytes) tally.maxL7Bytes = n;
  }
  const records = decodeRecords(batch);
  if (records.length !== emitted) throw new Error(`${emitted} records emitted, ${records.length} decoded`);
  for (let i = 0; i < records.length; i++) {
    const j = toFlowJson(records[i]);
    JSON.stringify(j);
    if (!OUR_APPS.has(j.appProtocol)) throw new Error(`record ${i}: app_protocol ${JSON.stringify(j.appProtocol)} is not ours`);
    if (j.startMs !== Math.floor(j.startUs / 1000) || j.endMs !== Math.floor((j.startUs + j.durationUs) / 1000)) {
      throw new Error(`record ${i}: times disagree: startMs ${j.startMs} endMs ${j.endMs} startUs ${j.startUs} durationUs ${j.durationUs}`);
    }
    const app = j.appProtocol === '' ? '-' : j.appProtocolGuessed ? `${j.appProtocol}?` : j.appProtocol;
    tally.apps.set(app, (tally.apps.get(app) ?? 0) + 1);
    for (const k of L7_KEYS) if (j[k] !== undefined) tally.subMessages.set(k, (tally.subMessages.get(k) ?? 0) + 1);
    if (j.serverName !== '') tally.subMessages.set('server_name', (tally.subMessages.get('server_name') ?? 0) + 1);
  }
  tally.records += records.length;
}

// ---- pcapng of a failing input ---------------------------------------------------------------

/** The input's frames as pcapng (one interface per link type, µs timestamps). */
export function pcapngOf(frames: readonly SeedFrame[]): Uint8Array {
  const links = [...new Set(frames.map((f) => f.linkType))];
  const parts: Buffer[] = [];
  const shb = Buffer.alloc(28);
  shb.writeUInt32LE(0x0a0d0d0a, 0);
  shb.writeUInt32LE(28, 4);
  shb.writeUInt32LE(0x1a2b3c4d, 8);
  shb.writeUInt16LE(1, 12);
  shb.writeBigInt64LE(-1n, 16);
  shb.writeUInt32LE(28, 24);
  parts.push(shb);
  for (const l of links) {
    const idb = Buffer.alloc(20);
    idb.writeUInt32LE(1, 0);
    idb.writeUInt32LE(20, 4);
    idb.writeUInt16LE(l, 8);
    idb.writeUInt32LE(262144, 12);
    idb.writeUInt32LE(20, 16);
    parts.push(idb);
  }
  for (const f of frames) {
    const pad = (4 - (f.bytes.length % 4)) % 4;
    const len = 32 + f.bytes.length + pad;
    const epb = Buffer.alloc(len);
    const ts = Math.max(0, Math.round(f.tsUs));
    epb.writeUInt32LE(6, 0);
    epb.writeUInt32LE(len, 4);
    epb.writeUInt32LE(links.indexOf(f.linkType), 8);
    epb.writeUInt32LE(Math.floor(ts / 2 ** 32), 12);
    epb.writeUInt32LE(ts % 2 ** 32, 16);
    epb.writeUInt32LE(f.bytes.length, 20);
    epb.writeUInt32LE(Math.max(f.wireLen, f.bytes.length), 24);
    epb.set(f.bytes, 28);
    epb.writeUInt32LE(len, len - 4);
    parts.push(epb);
  }
  return new Uint8Array(Buffer.concat(parts));
}

// ---- the loop ------------------------------------------------------------------------------

export interface EngineFuzzOptions {
  iterations: number;
  /** Stop after about this long (default: no limit). */
  timeMs?: number;
  /** PRNG seed (default 1). */
  seed?: number;
  /** Heap and RSS are taken every this many iterations (default 5000; 0 never), after gc() when given. */
  memEvery?: number;
  gc?: () => void;
  /** Heap growth (after GC) over the first sample that fails the run (default 128 MiB). */
  maxHeapGrowthBytes?: number;
  /** Where a failing input is saved as pcapng (default /tmp; null: not saved). */
  saveDir?: string | null;
  /** How to run the failing iteration again, {iterations} and {seed} filled in (default: this script's command line). */
  reproduce?: string;
  /** A progress line now and then (default: none). */
  progress?: (line: string) => void;
  progressEvery?: number;
}

export interface EngineFuzzResult {
  iterations: number;
  ms: number;
  frames: number;
  tally: Tally;
  /** Heap used (MiB, after GC when possible) at each sample; the largest RSS (MiB). */
  heapMiB: number[];
  maxRssMiB: number;
  /** The first failure, with what is needed to reproduce it; undefined when none. */
  failure?: string;
}

export function fuzzEngine(s: EngineSeeds, o: EngineFuzzOptions): EngineFuzzResult {
  const seed = o.seed ?? 1;
  const rng = new Rng(seed);
  const memEvery = o.memEvery ?? 5000;
  const maxGrowth = o.maxHeapGrowthBytes ?? 128 * 2 ** 20;
  const timeMs = o.timeMs ?? Number.POSITIVE_INFINITY;
  const byKind: Record<EngineSeed['kind'], EngineSeed[]> = { flow: [], window: [], crafted: [] };
  for (const x of s.seeds) byKind[x.kind].push(x);
  const names = new NameCache(16); // few entries: names replace each other all the time
  const scratch = new Uint8Array(4096 + 262144 + 64);
  for (let i = 0; i < scratch.length; i++) scratch[i] = (i * 131 + 7) & 0xff;
  const p = new PacketInfo();
  const tally: Tally = { records: 0, apps: new Map(), subMessages: new Map(), maxL7Bytes: 0 };
  const res: EngineFuzzResult = { iterations: 0, ms: 0, frames: 0, tally, heapMiB: [], maxRssMiB: 0 };
  let session: Session | null = null;
  let baseUs = 1_700_000_000_000_000;
  const t0 = performance.now();
  let i = 0;
  for (; i < o.iterations; i++) {
    if ((i & 63) === 0 && performance.now() - t0 > timeMs) break;
    if (session === null || session.left-- <= 0) session = new Session(randomConfig(rng), names, 1 + rng.below(32));
    baseUs = Math.max(baseUs + 10e6, session.acc.table.clock + 1e6);
    const input = buildInput(rng, s, byKind, baseUs, p);
    res.frames += input.frames.length;
    try {
      runInput(session, input, scratch, tally);
    } catch (e) {
      const again = (o.reproduce ?? 'node dist/bench/fuzz-engine.js {iterations} {seed}').replace('{iterations}', String(i + 1)).replace('{seed}', String(seed));
      res.failure = describeFailure(e, i, seed, session.cfg, input, o.saveDir === undefined ? '/tmp' : o.saveDir, again);
      i++;
      break;
    }
    if (memEvery > 0 && (i + 1) % memEvery === 0) {
      o.gc?.();
      const m = process.memoryUsage();
      res.heapMiB.push(m.heapUsed / 2 ** 20);
      res.maxRssMiB = Math.max(res.maxRssMiB, m.rss / 2 ** 20);
      if (o.gc && res.heapMiB.length > 1 && (res.heapMiB[res.heapMiB.length - 1] - res.heapMiB[0]) * 2 ** 20 > maxGrowth) {
        res.failure = `fuzz-engine: heap grew from ${res.heapMiB[0].toFixed(0)} to ${res.heapMiB[res.heapMiB.length - 1].toFixed(0)} MiB after GC by iteration #${i} (seed ${seed})`;
        i++;
        break;
      }
    }
    if (o.progress && o.progressEvery && (i + 1) % o.progressEvery === 0) {
      const sec = (performance.now() - t0) / 1000;
      const m = process.memoryUsage();
      o.progress(`  ${i + 1} iterations, ${(sec).toFixed(0)} s, ${Math.round((i + 1) / sec)}/s, ${tally.records} records, heap ${(m.heapUsed / 2 ** 20).toFixed(0)} MiB, rss ${(m.rss / 2 ** 20).toFixed(0)} MiB`);
    }
  }
  res.iterations = i;
  res.ms = performance.now() - t0;
  res.maxRssMiB = Math.max(res.maxRssMiB, process.memoryUsage().rss / 2 ** 20);
  return res;
}

function describeFailure(e: unknown, i: number, seed: number, cfg: SessionConfig, input: Input, saveDir: string | null, again: string): string {
  const lines = [
    `fuzz-engine: iteration #${i} (seed ${seed}) failed: ${(e as Error)?.stack ?? String(e)}`,
    `  settings: ${JSON.stringify(cfg)}`,
    `  input: ${input.frames.length} frames from ${input.seeds.map((n) => JSON.stringify(n)).join(', ')}`,
  ];
  if (saveDir !== null) {
    const path = join(saveDir, `fuzz-engine-${seed}-${i}.pcapng`);
    try {
      writeFileSync(path, pcapngOf(input.frames));
      lines.push(`  saved: ${path}`);
    } catch (w) {
      lines.push(`  not saved (${(w as Error).message})`);
    }
  }
  // Again on its own, in a fresh accounting with the same settings and a fresh name cache.
  try {
    runInput(new Session(cfg, new NameCache(16), 1), input, new Uint8Array(4096 + 262144 + 64), { records: 0, apps: new Map(), subMessages: new Map(), maxL7Bytes: 0 });
    lines.push('  alone (fresh accounting, same settings): passes; state left by earlier iterations matters');
  } catch (e2) {
    lines.push(`  alone (fresh accounting, same settings): fails too: ${(e2 as Error)?.message ?? String(e2)}`);
  }
  lines.push(`  reproduce: ${again}`);
  return lines.join('\n');
}

// ---- main ----------------------------------------------------------------------------------

/** global.gc, also when node was started without --expose-gc. */
export function exposeGc(): (() => void) | undefined {
  if (typeof globalThis.gc === 'function') return globalThis.gc as () => void;
  try {
    setFlagsFromString('--expose-gc');
    return runInNewContext('gc') as () => void;
  } catch {
    return undefined;
  }
}

function counts(m: Map<string, number>): string {
  return [...m].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', ');
}

function main(): void {
  const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const n = Number(args[0] ?? 200_000);
  const seed = Number(args[1] ?? 1);
  const root = corporaRoot();
  const tl = performance.now();
  const seeds = engineSeeds(root);
  const kinds = { flow: 0, window: 0, crafted: 0 };
  for (const x of seeds.seeds) kinds[x.kind]++;
  console.log(
    `fuzz-engine: ${n} iterations, PRNG seed ${seed}, corpora ${root ?? '(none: crafted seeds only)'}\n` +
      `seeds: ${kinds.flow} flows, ${kinds.window} windows, ${kinds.crafted} crafted; ${seeds.files} traces, ` +
      `${(seeds.traceBytes / 2 ** 20).toFixed(1)} MiB, ${seeds.donors.length} donor payloads; loaded in ${((performance.now() - tl) / 1000).toFixed(1)} s`,
  );
  const gc = exposeGc();
  const r = fuzzEngine(seeds, { iterations: n, seed, gc, progress: (l) => console.log(l), progressEvery: 10_000 });
  const sec = r.ms / 1000;
  console.log(
    `${r.iterations} inputs in ${sec.toFixed(1)} s: ${Math.round(r.iterations / sec)} inputs/s, ${Math.round(r.frames / sec)} frames/s; ` +
      `${r.frames} frames, ${r.tally.records} records, largest L7 part ${r.tally.maxL7Bytes} bytes (bound ${L7_MAX_BYTES})`,
  );
  console.log(`heap${gc ? ' after GC' : ''} (MiB, every 5000 inputs): ${r.heapMiB.map((h) => h.toFixed(0)).join(' ')}; max RSS ${r.maxRssMiB.toFixed(0)} MiB`);
  console.log(`records by app: ${counts(r.tally.apps)}`);
  console.log(`L7 sub-messages: ${counts(r.tally.subMessages)}`);
  if (r.failure) {
    console.log(r.failure);
    process.exitCode = 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
