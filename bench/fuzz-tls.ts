// Fuzzing of the TLS and QUIC analyzers (agent/l7/tls.ts, agent/l7/quic.ts) with inputs derived
// from real handshakes: bit flips, byte overwrites, truncations, length fields that lie,
// splices of two captures, segments split, repeated (retransmission), dropped (hole) or moved.
// QUIC inputs are also rebuilt from mutated plaintext and protected again with the Initial
// keys, so that the frame walk and the ClientHello parser behind the AEAD are reached too.
//
// What must hold for every input: no exception out of detect/create/feed/fields/confirmed, the
// shared reassembly budget stays within [0, 16 KiB], and the fields stay small.
//
//   npm run build:ts && node dist/bench/fuzz-tls.js [inputsPerAnalyzer=1000000] [corporaDir, default corporaRoot()]
//
// test/l7-tls-fuzz.test.ts runs the same loop for a few seconds per analyzer.

import { createCipheriv, createHmac } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { REASSEMBLY_LIMIT_BYTES, type Direction, type FlowContext } from '../agent/l7/analyzer.js';
import { quicAnalyzer, versionSpec, QUIC_V1, QUIC_V2 } from '../agent/l7/quic.js';
import { tlsAnalyzer } from '../agent/l7/tls.js';
import { MAX_FIELDS_CHARS, Rng, corporaRoot, isPcapng, readTrace, traceFlows } from './l7-corpus.js';

export interface SeedPacket {
  dir: Direction;
  seq: number;
  bytes: Uint8Array;
}

export interface Seeds {
  /** TCP flows whose payload starts with a TLS handshake record: their first payload packets. */
  tls: SeedPacket[][];
  /** UDP flows opening with a QUIC Initial: their first datagrams. */
  quic: SeedPacket[][];
  /** Handshake messages (ClientHello, ServerHello, …) found in the TLS seeds, for QUIC plaintext. */
  hellos: Uint8Array[];
}

export interface FuzzResult {
  inputs: number;
  ms: number;
  /** Inputs that made the analyzer throw or break an invariant, with the first few messages. */
  failures: number;
  examples: string[];
}

// ---- seeds -------------------------------------------------------------------------------------

/** Seeds from the classic-pcap traces of a corpus directory (pcapng files are skipped). */
export function corpusSeeds(pcapDir: string, maxFlows = 600): Seeds {
  const seeds: Seeds = { tls: [], quic: [], hellos: [] };
  if (!existsSync(pcapDir)) return seeds;
  for (const name of readdirSync(pcapDir).sort()) {
    if (seeds.tls.length >= maxFlows) break;
    const buf = new Uint8Array(readFileSync(join(pcapDir, name)));
    if (isPcapng(buf)) continue;
    let trace;
    try {
      trace = readTrace(buf);
    } catch {
      continue;
    }
    // The first 12 payload packets of each flow, direction 0 = the first payload's sender; flows
    // in the order of their first payload.
    const flows = traceFlows(trace, { keyOnVlan: false, splitReused: false }).filter((f) => f.segments.length > 0);
    flows.sort((x, y) => x.segments[0].tsUs - y.segments[0].tsUs);
    for (const f of flows) {
      const d0 = f.segments[0].dir;
      const packets = f.segments.slice(0, 12).map((g): SeedPacket => ({ dir: (g.dir ^ d0) as Direction, seq: g.tcpSeq, bytes: g.payload }));
      const b0 = packets[0].bytes;
      if (f.protocol === 6 && b0[0] === 0x16 && b0[1] === 3) {
        seeds.tls.push(packets);
        for (const pk of packets) {
          const b = pk.bytes;
          // A whole handshake message in the first record of a packet.
          if (b.length > 9 && b[0] === 0x16 && (b[5] === 1 || b[5] === 2)) {
            const n = (b[6] << 16) | (b[7] << 8) | b[8];
            if (9 + n <= b.length && seeds.hellos.length < 2000) seeds.hellos.push(b.slice(5, 9 + n));
          }
        }
      } else if (f.protocol === 17 && quicAnalyzer.detect(b0, 0, b0.length, 0, UDP_CTX)) {
        seeds.quic.push(packets.slice(0, 6));
      }
    }
  }
  return seeds;
}

// ---- mutation ----------------------------------------------------------------------------------

const INTERESTING = [0x00, 0x01, 0x02, 0x03, 0x04, 0x0b, 0x0e, 0x14, 0x15, 0x16, 0x17, 0x3f, 0x40, 0x7f, 0x80, 0xc0, 0xfe, 0xff];

/** One mutation of b (a new array; b is a seed and stays as it is). */
export function mutateBytes(r: Rng, b: Uint8Array, donors: readonly Uint8Array[]): Uint8Array {
  const pick = (n: number) => Math.floor(r.float() * n);
  const out = Uint8Array.from(b);
  if (out.length === 0) return out;
  switch (pick(8)) {
    case 0: // bit flips
      for (let k = 1 + pick(4); k > 0; k--) out[pick(out.length)] ^= 1 << pick(8);
      return out;
    case 1: // interesting bytes
      for (let k = 1 + pick(3); k > 0; k--) out[pick(out.length)] = INTERESTING[pick(INTERESTING.length)];
      return out;
    case 2: // truncation
      return out.subarray(0, pick(out.length));
    case 3: // a 16-bit length that lies: small, large, off by one
    case 4: {
      const at = pick(Math.max(1, out.length - 1));
      const orig = (out[at] << 8) | (out[at + 1] ?? 0);
      const v = [0, 1, 0xffff, 0x4000, 0x4801, orig + 1, orig - 1, pick(0x10000)][pick(8)] & 0xffff;
      out[at] = v >> 8;
      if (at + 1 < out.length) out[at + 1] = v & 0xff;
      return out;
    }
    case 5: { // a 24-bit handshake length that lies
      const at = pick(out.length);
      const v = [0, 1, 0xffffff, 0x10000, pick(0x1000000)][pick(5)];
      for (let i = 0; i < 3 && at + i < out.length; i++) out[at + i] = (v >> (16 - 8 * i)) & 0xff;
      return out;
    }
    case 6: { // splice: our head, a donor's tail
      const d = donors[pick(donors.length)];
      const cutHere = pick(out.length + 1);
      const from = pick(d.length + 1);
      const s = new Uint8Array(cutHere + d.length - from);
      s.set(out.subarray(0, cutHere));
      s.set(d.subarray(from), cutHere);
      return s;
    }
    default: { // duplicate or drop a range
      const a = pick(out.length);
      const n = 1 + pick(Math.min(64, out.length - a));
      if (r.float() < 0.5) return Uint8Array.from([...out.subarray(0, a), ...out.subarray(a + n)]);
      return Uint8Array.from([...out.subarray(0, a + n), ...out.subarray(a, a + n), ...out.subarray(a + n)]);
    }
  }
}

/** A mutated flow: packet bytes mutated, segments split/repeated/dropped/moved, seqs bent. */
function mutateFlow(r: Rng, flow: SeedPacket[], donors: readonly Uint8Array[]): SeedPacket[] {
  const pick = (n: number) => Math.floor(r.float() * n);
  let pk = flow.map((p) => ({ ...p }));
  for (let k = 1 + pick(3); k > 0; k--) {
    const i = pick(pk.length);
    switch (pick(6)) {
      case 0:
      case 1:
      case 2:
        pk[i].bytes = mutateBytes(r, pk[i].bytes, donors);
        break;
      case 3: { // split a segment in two, seqs kept right
        const b = pk[i].bytes;
        const at = pick(b.length + 1);
        pk.splice(i, 1, { ...pk[i], bytes: b.subarray(0, at) }, { ...pk[i], seq: (pk[i].seq + at) >>> 0, bytes: b.subarray(at) });
        break;
      }
      case 4: // retransmission or a hole
        if (r.float() < 0.5) pk.splice(i, 0, { ...pk[i] });
        else pk.splice(i, 1);
        break;
      default: // a bent seq or a swapped direction
        if (r.float() < 0.5) pk[i].seq = (pk[i].seq + (pick(3) - 1) * pick(70000)) >>> 0;
        else pk[i].dir = (1 - pk[i].dir) as Direction;
    }
    if (pk.length === 0) pk = [{ dir: 0, seq: 0, bytes: new Uint8Array(0) }];
  }
  return pk;
}

// ---- QUIC inputs rebuilt from plaintext ------------------------------------------------------

const RFC_DCID = Buffer.from('8394c8f03e515708', 'hex');

export interface InitialKeys {
  key: Buffer;
  iv: Buffer;
  hp: Buffer;
}

/** HKDF-Expand-Label(secret, label, "", len) for len ≤ 32, one HMAC block (RFC 8446 §7.1, RFC 5869). */
function hkdfExpandLabel(secret: Uint8Array, label: string, len: number): Buffer {
  const full = 'tls13 ' + label;
  const info = Buffer.alloc(2 + 1 + full.length + 1 + 1);
  info.writeUInt16BE(len, 0);
  info[2] = full.length;
  info.write(full, 3, 'latin1');
  info[3 + full.length] = 0; // empty context
  info[4 + full.length] = 1; // HKDF-Expand counter T(1)
  return createHmac('sha256', secret).update(info).digest().subarray(0, len);
}

/**
 * Client Initial key, iv and header-protection key for a DCID (RFC 9001 §5.2) with node:crypto:
 * the sender's side here, and the reference test/l7-quic-native.test.ts holds the analyzer's
 * native derivation to.
 */
export function referenceInitialKeys(dcid: Uint8Array, salt: Uint8Array, labels: 'quic' | 'quicv2'): InitialKeys {
  const initialSecret = createHmac('sha256', salt).update(dcid).digest(); // HKDF-Extract
  const client = hkdfExpandLabel(initialSecret, 'client in', 32);
  return {
    key: hkdfExpandLabel(client, `${labels} key`, 16),
    iv: hkdfExpandLabel(client, `${labels} iv`, 12),
    hp: hkdfExpandLabel(client, `${labels} hp`, 16),
  };
}

function initialKeys(version: number, dcid: Uint8Array): InitialKeys {
  const spec = versionSpec(version)!;
  return referenceInitialKeys(dcid, spec.salts[0], spec.labels);
}

const V1_KEYS = initialKeys(QUIC_V1, RFC_DCID);

/**
 * Protects a long-header Initial as a sender does (RFC 9001 §5.3–5.4), independently of the
 * analyzer's opening code: `header` ends with a 4-byte packet number. The keys default to the
 * client Initial keys of `version` for `dcid`.
 */
export function protect(version: number, header: Buffer, payload: Uint8Array, dcid: Uint8Array, k: InitialKeys = initialKeys(version, dcid)): Buffer {
  const pn = header.readUInt32BE(header.length - 4);
  const nonce = Buffer.from(k.iv);
  nonce.writeUInt32BE((nonce.readUInt32BE(8) ^ pn) >>> 0, 8);
  const gcm = createCipheriv('aes-128-gcm', k.key, nonce);
  gcm.setAAD(header);
  const sealed = Buffer.concat([gcm.update(payload), gcm.final(), gcm.getAuthTag()]);
  const mask = createCipheriv('aes-128-ecb', k.hp, null).update(sealed.subarray(0, 16));
  const out = Buffer.concat([header, sealed]);
  out[0] ^= mask[0] & 0x0f;
  for (let i = 0; i < 4; i++) out[header.length - 4 + i] ^= mask[1 + i];
  return out;
}

export function varint2(n: number): Buffer {
  return Buffer.from([0x40 | (n >> 8), n & 0xff]);
}

/** Long header of an Initial with a 4-byte packet number and a 2-byte Length. */
export function initialHeader(version: number, dcid: Uint8Array, pn: number, payloadLen: number): Buffer {
  const first = version === QUIC_V2 ? 0xd3 : 0xc3;
  const v = Buffer.alloc(4);
  v.writeUInt32BE(version);
  const pnb = Buffer.alloc(4);
  pnb.writeUInt32BE(pn);
  return Buffer.concat([Buffer.from([first]), v, Buffer.from([dcid.length]), dcid, Buffer.from([0, 0]), varint2(4 + payloadLen + 16), pnb]);
}

/** A v1 client Initial (RFC 9001 §5) carrying `payload`, padded to 1200 bytes when short. */
function protectV1(payload: Uint8Array, pn: number): Uint8Array {
  const padded = payload.length >= 1100 ? payload : Uint8Array.from([...payload, ...new Uint8Array(1100 - payload.length)]);
  return protect(QUIC_V1, initialHeader(QUIC_V1, RFC_DCID, pn, padded.length), padded, RFC_DCID, V1_KEYS);
}

function varint(n: number): number[] {
  return n < 64 ? [n] : n < 16384 ? [0x40 | (n >> 8), n & 0xff] : [0x80 | (n >>> 24), (n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff];
}

/** A mutated ClientHello cut into CRYPTO frames, shuffled over 1–3 Initial packets. */
function quicFromPlaintext(r: Rng, hellos: readonly Uint8Array[]): SeedPacket[] {
  const pick = (n: number) => Math.floor(r.float() * n);
  let hello = hellos[pick(hellos.length)];
  if (r.float() < 0.7) hello = mutateBytes(r, hello, hellos);
  const frames: number[][] = [];
  for (let at = 0; at < hello.length || frames.length === 0; ) {
    const n = Math.min(hello.length - at, 1 + pick(600));
    // Sometimes an offset that lies.
    const off = r.float() < 0.05 ? pick(70000) : at;
    frames.push([0x06, ...varint(off), ...varint(n), ...hello.subarray(at, at + n)]);
    at += n;
    if (n === 0) break;
  }
  for (let i = frames.length - 1; i > 0; i--) {
    const j = pick(i + 1);
    [frames[i], frames[j]] = [frames[j], frames[i]];
  }
  const packets = 1 + pick(Math.min(3, frames.length));
  const out: SeedPacket[] = [];
  for (let k = 0; k < packets; k++) {
    let plain = frames.filter((_, i) => i % packets === k).flat();
    if (r.float() < 0.2) plain = [0x02, ...varint(pick(100)), 0, ...varint(pick(3)), 0, 0, 0, 0, 0, ...plain]; // ACK frame
    if (r.float() < 0.3) plain = [...mutateBytes(r, Uint8Array.from(plain), hellos)];
    out.push({ dir: 0, seq: 0, bytes: protectV1(Uint8Array.from(plain), k) });
  }
  return out;
}

// ---- the loop ----------------------------------------------------------------------------------

const UDP_CTX: FlowContext = { protocol: 17, srcPort: 50000, dstPort: 443, tsUs: 0, tcpSeq: 0 };

function runTls(flow: SeedPacket[]): string | null {
  const ctx: FlowContext = { protocol: 6, srcPort: 40000, dstPort: 443, tsUs: 0, tcpSeq: 0 };
  let s = null;
  for (const p of flow) {
    ctx.tcpSeq = p.seq;
    if (s === null) {
      tlsAnalyzer.detect(p.bytes, 0, p.bytes.length, p.dir, ctx);
      s = tlsAnalyzer.create(); // fed even when detect says no: feed must cope with anything
    }
    const more = tlsAnalyzer.feed(s, p.bytes, 0, p.bytes.length, p.dir, ctx);
    const left = s.budget.remainingBytes;
    if (left < 0 || left > REASSEMBLY_LIMIT_BYTES) return `budget out of bounds: ${left}`;
    if (!more) break;
  }
  if (s === null) return null;
  tlsAnalyzer.confirmed(s);
  const f = tlsAnalyzer.fields(s);
  if (f && JSON.stringify(f).length > MAX_FIELDS_CHARS) return 'fields larger than 64 KiB';
  return null;
}

function runQuic(flow: SeedPacket[]): string | null {
  let s = null;
  for (const p of flow) {
    if (s === null) {
      quicAnalyzer.detect(p.bytes, 0, p.bytes.length, p.dir, UDP_CTX);
      s = quicAnalyzer.create();
    }
    if (!quicAnalyzer.feed(s, p.bytes, 0, p.bytes.length, p.dir, UDP_CTX)) break;
    if (s.ranges.length > 64) return `too many CRYPTO ranges: ${s.ranges.length / 2}`;
  }
  if (s === null) return null;
  quicAnalyzer.confirmed(s);
  const f = quicAnalyzer.fields(s);
  if (f && JSON.stringify(f).length > MAX_FIELDS_CHARS) return 'fields larger than 64 KiB';
  return null;
}

/** Runs up to maxInputs mutated inputs through one analyzer, or until maxMs has passed. */
export function fuzz(which: 'tls' | 'quic', seeds: Seeds, maxInputs: number, maxMs: number, seed = 1): FuzzResult {
  const r = new Rng(seed >>> 0 || 1);
  const donors = [...seeds.tls.flat().map((p) => p.bytes), ...seeds.quic.flat().map((p) => p.bytes)];
  const t0 = performance.now();
  const res: FuzzResult = { inputs: 0, ms: 0, failures: 0, examples: [] };
  const flows = which === 'tls' ? seeds.tls : seeds.quic;
  while (res.inputs < maxInputs) {
    if ((res.inputs & 255) === 0 && performance.now() - t0 > maxMs) break;
    let input: SeedPacket[];
    if (which === 'quic' && (flows.length === 0 || r.float() < 0.5)) input = quicFromPlaintext(r, seeds.hellos);
    else input = mutateFlow(r, flows[Math.floor(r.float() * flows.length)], donors);
    let err: string | null;
    try {
      err = which === 'tls' ? runTls(input) : runQuic(input);
    } catch (e) {
      err = `threw: ${(e as Error).stack ?? String(e)}`;
    }
    res.inputs++;
    if (err !== null) {
      res.failures++;
      if (res.examples.length < 5) res.examples.push(err);
    }
  }
  res.ms = performance.now() - t0;
  return res;
}

/** Seeds that need no corpus: a ClientHello (the JA4.md example shape) and the RFC 9001 Initial. */
export function builtinSeeds(): Seeds {
  const hello = Buffer.from(
    '010000ed0303ebf8fa56f12939b9584a3896472ec40bb863cfd3e86804fe3a47f06a2b69484c00000413011302010000c000000010000e00000b6578616d706c652e636f6dff01000100000a00080006001d00170018001000070005' +
      '04616c706e0005000501000000000033002600240 01d00209370b2c9caa47fbabaf4559fedba753de171fa71f50f1ce15d43e994ec74d748002b0003020304000d0010000e0403050306030203080408050806002d00020101001c00024001ffa500320408ffffffffffffffff05048000ffff07048000ffff0801100104800075300901100f088394c8f03e51570806048000ffff'.replace(/\s/g, ''),
    'hex',
  ); // RFC 9001 Appendix A.2's ClientHello
  const record = Buffer.concat([Buffer.from([0x16, 3, 1, hello.length >> 8, hello.length & 0xff]), hello]);
  return {
    tls: [[{ dir: 0, seq: 1, bytes: record }]],
    quic: [[{ dir: 0, seq: 0, bytes: protectV1(Uint8Array.from([0x06, 0x00, ...varint(hello.length), ...hello]), 2) }]],
    hellos: [hello],
  };
}

export function allSeeds(corpora: string): Seeds {
  const c = corpusSeeds(join(corpora, 'ndpi/pcap'));
  const b = builtinSeeds();
  return { tls: [...b.tls, ...c.tls], quic: [...b.quic, ...c.quic], hellos: [...b.hellos, ...c.hellos] };
}

async function main(): Promise<void> {
  const n = Number(process.argv[2] ?? 1_000_000);
  const corpora = process.argv[3] !== undefined ? resolve(process.argv[3]) : corporaRoot();
  const seeds = corpora ? allSeeds(corpora) : builtinSeeds();
  console.log(`seeds: ${seeds.tls.length} TLS flows, ${seeds.quic.length} QUIC flows, ${seeds.hellos.length} handshake messages`);
  for (const which of ['tls', 'quic'] as const) {
    const heap0 = process.memoryUsage().heapUsed;
    const r = fuzz(which, seeds, n, Number.POSITIVE_INFINITY, 0x5eed);
    global.gc?.();
    const heap1 = process.memoryUsage().heapUsed;
    console.log(
      `${which}: ${r.inputs} inputs in ${(r.ms / 1000).toFixed(1)} s (${Math.round(r.inputs / (r.ms / 1000))}/s), ` +
        `${r.failures} failures, heap ${(heap0 / 2 ** 20).toFixed(0)} → ${(heap1 / 2 ** 20).toFixed(0)} MiB`,
    );
    for (const e of r.examples) console.log(`  ${e}`);
    if (r.failures > 0) process.exitCode = 1;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
