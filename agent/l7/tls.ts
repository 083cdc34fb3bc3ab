// TLS over TCP, on any port: the handshake in the clear (ClientHello, ServerHello and, up to
// TLS 1.2, the server's leaf certificate) into a TlsInfo record.
//
// Three layers per direction, all bounded by the flow's 16 KiB reassembly budget:
//   TCP segments ─Reassembly─▶ records (5-byte header, parsed as bytes arrive, not waiting for a
//   whole record: a 16 KiB record would not fit) ─▶ handshake byte stream (hs buffer) ─▶ messages.
// The role of a direction comes from what it sends (a ClientHello makes it the client), not from
// who opened the connection, so a capture that starts mid-handshake still parses.
// A direction is done once its interesting messages are parsed or something else begins
// (ChangeCipherSpec, application data, an alert); the flow is done when both are.

import type { Analyzer, Direction, FlowContext } from './analyzer.js';
import { Reassembly, giveBack, newBudget, takeBytes, type ReassemblyBudget } from './reassembly.js';
import {
  HS_CERTIFICATE, HS_CLIENT_HELLO, HS_SERVER_HELLO, HS_SERVER_HELLO_DONE, MAX_LIST_ENTRIES,
  clientFingerprints, locateLeafCertificate, parseClientHello, parseServerHello, serverFingerprints,
} from './tls-hello.js';
import { summarizeCertificate, type TlsCertificate } from './x509.js';

export type { TlsCertificate } from './x509.js';

/** TLS handshake summary (a future `TlsInfo` proto message). Versions are wire values (0x0303 = TLS 1.2). */
export interface TlsInfo {
  /** Record-layer version of the record carrying the ClientHello (often 0x0301). */
  recordVersion?: number;
  /** ClientHello legacy_version. */
  clientVersion?: number;
  /** supported_versions offered by the client, in order, GREASE left out (at most 32). */
  clientSupportedVersions?: number[];
  /** ServerHello legacy_version. */
  serverVersion?: number;
  /** supported_versions selected by the server (TLS 1.3), 0 when absent. */
  serverSelectedVersion?: number;
  /** Negotiated version: the server's selected_version, else its legacy_version. */
  version?: number;
  /** server_name (first host_name), printable ASCII, ≤ 255 chars. */
  sni?: string;
  /** ALPN protocol ids offered by the client, in order (at most 32, each ≤ 255 chars). */
  alpnOffered?: string[];
  /** ALPN protocol id chosen by the server (visible up to TLS 1.2 only; 1.3 encrypts it). */
  alpn?: string;
  /** Cipher suite chosen by the server (IANA value). */
  cipherSuite?: number;
  /** JA3 string of the ClientHello and its MD5 (lower-case hex). */
  ja3?: string;
  ja3Hash?: string;
  /** JA3S string of the ServerHello and its MD5 (lower-case hex). */
  ja3s?: string;
  ja3sHash?: string;
  /** JA4 (TLS client fingerprint, 't' prefix). */
  ja4?: string;
  /** The ClientHello carried encrypted_client_hello (0xfe0d). */
  ech?: boolean;
  /** The server answered with a HelloRetryRequest first. */
  helloRetryRequest?: boolean;
  /** Server leaf certificate (TLS ≤ 1.2, where it is sent in the clear). */
  serverCertificate?: TlsCertificate;
}

/** Why parsing stopped before it had everything ('hole'/'limit' from the reassembly). */
export type TlsStopReason = 'hole' | 'limit' | 'malformed';

const CT_CHANGE_CIPHER_SPEC = 20;
const CT_ALERT = 21;
const CT_HANDSHAKE = 22;
const CT_APPLICATION_DATA = 23;
/** RFC 8446 §5.1: a record is at most 2^14 bytes (plus 2048 of expansion when protected). */
const MAX_RECORD_BYTES = 16384 + 2048;
/** A hello larger than this is not one (RFC 8446 limits extensions to 2^16 − 1). */
const MAX_HELLO_BYTES = 1 << 17;

class Side {
  reasm: Reassembly | null;
  /** Handshake bytes extracted from records, not parsed yet. */
  hs: Uint8Array | null = null;
  hsLen = 0;
  /** Payload bytes still to come of the record being read (0: a record header is next). */
  recordLeft = 0;
  recordType = 0;
  done = false;
  sawServerHello = false;

  constructor(budget: ReassemblyBudget) {
    this.reasm = new Reassembly(budget);
  }
}

export class TlsState {
  readonly budget: ReassemblyBudget = newBudget();
  readonly sides: [Side, Side];
  /** Set when parsing stopped short; the caller counts it. */
  stopReason: TlsStopReason | null = null;
  info: TlsInfo | null = null;
  /** Version of the next record (kept for recordVersion of the ClientHello's record). */
  lastRecordVersion = 0;

  constructor() {
    this.sides = [new Side(this.budget), new Side(this.budget)];
  }
}

function infoOf(s: TlsState): TlsInfo {
  return s.info ?? (s.info = {});
}

function finish(s: TlsState, side: Side, reason: TlsStopReason | null): void {
  if (side.done) return;
  side.done = true;
  if (reason && !s.stopReason) s.stopReason = reason;
  if (side.reasm) {
    side.reasm.stop('limit'); // its bytes' budget comes back, its buffer goes back to the pool
    side.reasm = null;
  }
  if (side.hs) {
    s.budget.remainingBytes += side.hsLen;
    giveBack(side.hs);
    side.hs = null;
    side.hsLen = 0;
  }
}

/** Appends record payload bytes to the side's handshake stream; false when over budget. */
function appendHs(s: TlsState, side: Side, b: Uint8Array, off: number, n: number): boolean {
  if (n > s.budget.remainingBytes) return false;
  const need = side.hsLen + n;
  if (!side.hs || side.hs.length < need) {
    const grown = takeBytes(need);
    if (side.hs) {
      grown.set(side.hs.subarray(0, side.hsLen));
      giveBack(side.hs);
    }
    side.hs = grown;
  }
  side.hs.set(b.subarray(off, off + n), side.hsLen);
  side.hsLen = need;
  s.budget.remainingBytes -= n;
  return true;
}

function dropHs(s: TlsState, side: Side, n: number): void {
  const hs = side.hs!;
  hs.copyWithin(0, n, side.hsLen);
  side.hsLen -= n;
  s.budget.remainingBytes += n;
}

/**
 * Parses the complete handshake messages in b[p, end) (and a leaf certificate early, before its
 * message is complete); returns where the first message not parsed begins.
 */
function parseMessages(s: TlsState, side: Side, b: Uint8Array, p: number, end: number): number {
  while (!side.done && end - p >= 4) {
    const type = b[p];
    const mlen = (b[p + 1] << 16) | (b[p + 2] << 8) | b[p + 3];
    const have = end - p - 4;
    if (type === HS_CERTIFICATE) {
      const leaf = locateLeafCertificate(b, p + 4, Math.min(have, mlen), mlen);
      if (leaf === null) finish(s, side, 'malformed');
      else if (leaf[0] >= 0) {
        infoOf(s).serverCertificate = summarizeCertificate(b, leaf[0], leaf[1]);
        finish(s, side, null);
      }
      break; // done, or waiting for the leaf's bytes
    }
    if ((type === HS_CLIENT_HELLO || type === HS_SERVER_HELLO) && mlen > MAX_HELLO_BYTES) {
      finish(s, side, 'malformed');
      break;
    }
    if (have < mlen) break;
    if (type === HS_CLIENT_HELLO) {
      onClientHello(s, b, p + 4, mlen);
      finish(s, side, s.info?.ja3 === undefined ? 'malformed' : null);
      break;
    }
    if (type === HS_SERVER_HELLO) {
      const done = onServerHello(s, side, b, p + 4, mlen);
      if (done !== null) {
        finish(s, side, done === 'malformed' ? 'malformed' : null);
        break;
      }
    } else if (type === HS_SERVER_HELLO_DONE) {
      finish(s, side, null); // no Certificate (anonymous or PSK suites)
      break;
    }
    p += 4 + mlen;
  }
  return p;
}

/**
 * The payload bytes b[off, off + n) of a handshake record. Messages that lie whole in them are
 * parsed where they are; only a message cut by the record's (or segment's) end is copied into
 * the hs stream, to be completed by the next bytes. False when the hs stream is over budget.
 */
function handshakeBytes(s: TlsState, side: Side, b: Uint8Array, off: number, n: number): boolean {
  const end = off + n;
  let from = off;
  if (side.hsLen === 0) {
    from = parseMessages(s, side, b, off, end);
    if (side.done || from === end) return true;
  }
  if (!appendHs(s, side, b, from, end - from)) return false;
  const used = parseMessages(s, side, side.hs!, 0, side.hsLen);
  if (!side.done && used > 0) dropHs(s, side, used);
  return true;
}

function onClientHello(s: TlsState, b: Uint8Array, off: number, len: number): void {
  const ch = parseClientHello(b, off, len);
  if (!ch) return;
  const info = infoOf(s);
  info.recordVersion = s.lastRecordVersion;
  info.clientVersion = ch.legacyVersion;
  if (ch.hasSupportedVersions) info.clientSupportedVersions = ch.supportedVersions.slice(0, MAX_LIST_ENTRIES);
  if (ch.hasSni) info.sni = ch.sni;
  if (ch.alpn.length > 0) info.alpnOffered = ch.alpn;
  info.ech = ch.ech;
  const prints = clientFingerprints(ch, 't');
  info.ja3 = prints.ja3;
  info.ja3Hash = prints.ja3Hash;
  info.ja4 = prints.ja4;
}

/** Returns null to go on reading this side, 'done' or 'malformed' to stop it. */
function onServerHello(s: TlsState, side: Side, b: Uint8Array, off: number, len: number): 'done' | 'malformed' | null {
  const sh = parseServerHello(b, off, len);
  if (!sh) return 'malformed';
  const info = infoOf(s);
  if (sh.helloRetryRequest) {
    info.helloRetryRequest = true;
    return null; // the real ServerHello follows the client's second hello
  }
  side.sawServerHello = true;
  info.serverVersion = sh.legacyVersion;
  info.serverSelectedVersion = sh.selectedVersion;
  info.version = sh.selectedVersion || sh.legacyVersion;
  info.cipherSuite = sh.cipherSuite;
  if (sh.alpn) info.alpn = sh.alpn;
  const prints = serverFingerprints(sh);
  info.ja3s = prints.ja3s;
  info.ja3sHash = prints.ja3sHash;
  // From TLS 1.3 on, everything after the ServerHello is encrypted.
  return info.version >= 0x0304 && info.version < 0x0400 ? 'done' : null;
}

/** Walks the records in the side's reassembled bytes, moving handshake payload to the hs stream. */
function readRecords(s: TlsState, side: Side): void {
  while (!side.done && side.reasm) {
    const r = side.reasm;
    const v = r.bytes;
    const o = r.offset;
    const len = r.length;
    if (len === 0) return;
    if (side.recordLeft === 0) {
      if (len < 5) return;
      const type = v[o];
      const rlen = (v[o + 3] << 8) | v[o + 4];
      if (v[o + 1] !== 3 || v[o + 2] > 4 || rlen > MAX_RECORD_BYTES) return finish(s, side, 'malformed');
      if (type !== CT_HANDSHAKE) {
        // Alerts before the ServerHello are warnings (e.g. unrecognized_name) and a
        // ChangeCipherSpec right after a HelloRetryRequest is TLS 1.3 middlebox compatibility
        // (RFC 8446 §D.4): both are skipped. Anything else means the hellos are over (or this
        // is not TLS at all).
        const skip = type === CT_ALERT || (type === CT_CHANGE_CIPHER_SPEC && s.info?.helloRetryRequest === true && !side.sawServerHello);
        if (!skip) {
          const ok = type === CT_CHANGE_CIPHER_SPEC || type === CT_APPLICATION_DATA;
          return finish(s, side, ok ? null : 'malformed');
        }
      }
      if (type === CT_HANDSHAKE) s.lastRecordVersion = (v[o + 1] << 8) | v[o + 2];
      side.recordType = type;
      side.recordLeft = rlen;
      r.consume(5);
      continue;
    }
    const n = Math.min(side.recordLeft, len);
    r.consume(n);
    side.recordLeft -= n;
    if (side.recordType !== CT_HANDSHAKE) continue;
    // The reassembly hands the n bytes over (v[o, o + n) stays readable: consuming moves no
    // bytes); what the hs stream keeps of them is charged to the budget again there.
    if (!handshakeBytes(s, side, v, o, n)) return finish(s, side, 'limit');
  }
}

function allDone(s: TlsState): boolean {
  return s.sides[0].done && s.sides[1].done;
}

export const tlsAnalyzer: Analyzer<TlsState, TlsInfo> = {
  name: 'tls',

  detect(buf: Uint8Array, off: number, len: number, _dir: Direction, ctx: FlowContext): boolean {
    if (ctx.protocol !== 6 || len < 6) return false;
    // A handshake record (22) of version 3.x whose first message is a ClientHello or ServerHello.
    const rlen = (buf[off + 3] << 8) | buf[off + 4];
    return buf[off] === CT_HANDSHAKE && buf[off + 1] === 3 && buf[off + 2] <= 4 &&
      rlen >= 4 && rlen <= MAX_RECORD_BYTES && (buf[off + 5] === HS_CLIENT_HELLO || buf[off + 5] === HS_SERVER_HELLO);
  },

  create(): TlsState {
    return new TlsState();
  },

  feed(state: TlsState, buf: Uint8Array, off: number, len: number, dir: Direction, ctx: FlowContext): boolean {
    const side = state.sides[dir];
    if (side.done || len <= 0) return !allDone(state);
    const reasm = side.reasm!;
    if (!reasm.lend(buf, off, len, ctx.tcpSeq)) {
      finish(state, side, reasm.gaveUp ?? 'limit');
      return !allDone(state);
    }
    readRecords(state, side);
    side.reasm?.settle(); // keeps what is left of the segment (a record cut by its end)
    return !allDone(state);
  },

  fields(state: TlsState): TlsInfo | undefined {
    return state.info ?? undefined;
  },

  confirmed(state: TlsState): boolean {
    return state.info !== null && (state.info.ja3 !== undefined || state.info.ja3s !== undefined);
  },
};
