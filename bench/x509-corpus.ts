// Every X.509 certificate the corpus traces carry in clear: the Certificate messages of TLS ≤ 1.2
// handshakes (both directions, so client certificates too; the whole chain, not just the leaf),
// found by putting each TCP direction back in sequence order and walking its TLS records.
// bench/x509-speed.ts times the certificate summary over them; test/l7-x509.test.ts checks our
// DER reader against OpenSSL on them.

import { createHash } from 'node:crypto';
import { readTraceFile, traceFiles, traceFlows, type Segment } from './l7-corpus.js';

/** Bytes of one direction kept at most. */
const MAX_STREAM_BYTES = 4 << 20;

/** One direction's payload in sequence order, up to the first hole (retransmissions overlap harmlessly). */
function stream(segs: readonly Segment[]): Uint8Array {
  if (segs.length === 0) return new Uint8Array(0);
  const base = segs[0].tcpSeq;
  const placed = segs
    .map((s) => ({ at: (s.tcpSeq - base) | 0, p: s.payload }))
    .filter((x) => x.at >= 0 && x.at < MAX_STREAM_BYTES)
    .sort((a, b) => a.at - b.at);
  let end = 0;
  for (const x of placed) {
    if (x.at > end) break;
    end = Math.max(end, Math.min(MAX_STREAM_BYTES, x.at + x.p.length));
  }
  const out = new Uint8Array(end);
  for (const x of placed) if (x.at < end) out.set(x.p.subarray(0, end - x.at), x.at);
  return out;
}

function u24(b: Uint8Array, i: number): number {
  return (b[i] << 16) | (b[i + 1] << 8) | b[i + 2];
}

/** The handshake bytes of the TLS records from the first handshake record on (a STARTTLS prelude is skipped), up to ChangeCipherSpec. */
function handshakeBytes(b: Uint8Array): Uint8Array {
  let p = -1;
  for (let i = 0; i + 5 < b.length; i++) {
    if (b[i] === 22 && b[i + 1] === 3 && b[i + 2] <= 4 && ((b[i + 3] << 8) | b[i + 4]) <= 18432 && (b[i + 5] === 1 || b[i + 5] === 2 || b[i + 5] === 11)) {
      p = i;
      break;
    }
  }
  if (p < 0) return new Uint8Array(0);
  const parts: Uint8Array[] = [];
  while (p + 5 <= b.length) {
    const type = b[p];
    const len = (b[p + 3] << 8) | b[p + 4];
    if (b[p + 1] !== 3 || p + 5 + len > b.length) break;
    if (type === 22) parts.push(b.subarray(p + 5, p + 5 + len));
    else if (type !== 21) break;
    p += 5 + len;
  }
  return Buffer.concat(parts);
}

/** The DER certificates of the TLS ≤ 1.2 Certificate messages in one direction's handshake bytes. */
function certificatesIn(hs: Uint8Array): Uint8Array[] {
  const out: Uint8Array[] = [];
  let p = 0;
  while (p + 4 <= hs.length) {
    const type = hs[p];
    const len = u24(hs, p + 1);
    if (p + 4 + len > hs.length) break;
    if (type === 11 && len >= 3) {
      const listEnd = p + 7 + u24(hs, p + 4);
      let q = p + 7;
      while (q + 3 <= Math.min(listEnd, p + 4 + len)) {
        const n = u24(hs, q);
        if (n === 0 || q + 3 + n > p + 4 + len) break;
        out.push(Uint8Array.from(hs.subarray(q + 3, q + 3 + n)));
        q += 3 + n;
      }
    }
    p += 4 + len;
  }
  return out;
}

/**
 * Whatever looks like a DER certificate in b (SEQUENCE, long length, holding a SEQUENCE with a
 * long length): certificates fetched over HTTP, carried by SMB, RDP, LDAP, signed files…
 * Candidates only: the caller keeps those a parser accepts.
 */
function derCandidates(b: Uint8Array): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (let i = 0; i + 8 <= b.length; i++) {
    if (b[i] !== 0x30 || b[i + 4] !== 0x30) continue;
    let n: number;
    if (b[i + 1] === 0x82) n = 4 + ((b[i + 2] << 8) | b[i + 3]);
    else continue;
    const inner = b[i + 5] === 0x82 ? 4 + ((b[i + 6] << 8) | b[i + 7]) : b[i + 5] === 0x81 ? 3 + b[i + 6] : -1;
    if (inner < 0 || 4 + inner >= n || i + n > b.length) continue;
    out.push(Uint8Array.from(b.subarray(i, i + n)));
  }
  return out;
}

export interface CorpusCertificate {
  der: Uint8Array;
  /** Trace it was first seen in (relative to the corpora root). */
  trace: string;
  /**
   * Where in a TLS Certificate message: 0 = first (the leaf), 1… = the chain after it; -1 = found
   * elsewhere in a flow's bytes (and accepted by `accept`).
   */
  position: number;
}

/**
 * The distinct certificates (by SHA-256) of all TLS flows in the traces under root, and whatever
 * else in the flows' bytes looks like one and `accept` takes (no scan without it).
 */
export function corpusCertificates(root: string, accept?: (der: Uint8Array) => boolean): CorpusCertificate[] {
  const seen = new Set<string>();
  const out: CorpusCertificate[] = [];
  for (const file of traceFiles(root)) {
    let flows;
    try {
      flows = traceFlows(readTraceFile(file));
    } catch {
      continue;
    }
    for (const f of flows) {
      if (f.protocol !== 6) continue;
      for (const dir of [0, 1]) {
        const bytes = stream(f.segments.filter((s) => s.dir === dir && s.payload.length > 0));
        certificatesIn(handshakeBytes(bytes)).forEach((der, position) => add(der, file, position));
        if (accept) for (const der of derCandidates(bytes)) add(der, file, -1);
      }
    }
    if (accept) for (const f of flows) if (f.protocol === 17) for (const s of f.segments) for (const der of derCandidates(s.payload)) add(der, file, -1);
  }
  return out;

  function add(der: Uint8Array, file: string, position: number): void {
    const h = createHash('sha256').update(der).digest('hex');
    if (seen.has(h) || (position < 0 && !accept!(der))) return;
    seen.add(h);
    out.push({ der, trace: file.slice(root.length + 1), position });
  }
}
