// QUIC: the client's Initial packets, decrypted with the keys anyone can derive from the
// Destination Connection ID (RFC 9001 §5.2; QUIC v2: RFC 9369 §3.3), and the TLS ClientHello
// they carry into a QuicInfo record (version, SNI, ALPN, JA4 with the 'q' prefix).
//
// Per Initial packet: remove header protection (AES-128-ECB over a 16-byte sample, §5.4),
// open the payload (AES-128-GCM, nonce = iv XOR packet number, AAD = the header, §5.3), walk
// the frames, and place CRYPTO frame data at its offset in a bounded buffer. Clients spread a
// ClientHello over several Initial packets and several CRYPTO frames out of order (Chrome
// does on purpose), so the hello is parsed once the bytes from offset 0 to its end are all in.
//
// Cost: keys are derived once per flow (per DCID); the crypto is native (native/quic_initial.cc,
// Node's own OpenSSL through per-thread contexts: node:crypto cost two cipher objects and an
// exception per packet that did not open, ~100 µs an Initial). The plaintext goes to one
// buffer per thread (PLAIN), read before the next packet is opened. Only client Initials are
// opened, a handful per connection; every other packet of the flow returns at the first byte.

import { addon } from '../capture/native.js';
import { REASSEMBLY_LIMIT_BYTES, type Analyzer, type Direction, type FlowContext } from './analyzer.js';
import { HS_CLIENT_HELLO, MAX_LIST_ENTRIES, clientFingerprints, parseClientHello } from './tls-hello.js';

/** QUIC handshake summary (a future `QuicInfo` proto message). */
export interface QuicInfo {
  /** QUIC version of the client's Initial (1, 0x6b3343cf for v2, 0xff0000NN for draft NN, …). */
  version: number;
  /** server_name of the ClientHello, printable ASCII, ≤ 255 chars. */
  sni?: string;
  /** ALPN protocol ids offered, in order (at most 32). */
  alpnOffered?: string[];
  /** TLS supported_versions offered, GREASE left out (at most 32). */
  clientSupportedVersions?: number[];
  /** JA3 string of the ClientHello and its MD5 (lower-case hex). */
  ja3?: string;
  ja3Hash?: string;
  /** JA4 of the ClientHello ('q' prefix). */
  ja4?: string;
  /** The ClientHello carried encrypted_client_hello (0xfe0d). */
  ech?: boolean;
}

/** Why parsing stopped before the ClientHello was complete. */
export type QuicStopReason = 'limit' | 'malformed' | 'decrypt' | 'packets';

interface VersionSpec {
  /** Initial salts to try, in order (the first that opens a packet is kept). */
  salts: Buffer[];
  /** HKDF label prefix: "quic" (v1 and drafts) or "quicv2" (RFC 9369 §3.3.2). */
  labels: 'quic' | 'quicv2';
  /** Long-header packet type of Initial: 0 (v1), 1 (v2, RFC 9369 §3.2). */
  initialType: number;
}

// Initial salts: RFC 9001 §5.2 (v1), RFC 9369 §3.3.1 (v2), and the drafts that changed it
// (draft-ietf-quic-tls-22, -23 and -29; drafts 33 and 34 already used the v1 salt).
const SALT_V1 = Buffer.from('38762cf7f55934b34d179ae6a4c80cadccbb7f0a', 'hex');
const SALT_V2 = Buffer.from('0dede3def700a6db819381be6e269dcbf9bd2ed9', 'hex');
const SALT_D29 = Buffer.from('afbfec289993d24c9e9786f19c6111e04390a899', 'hex');
const SALT_D23 = Buffer.from('c3eef712c72ebb5a11a7d2432bb46365bef9f502', 'hex');
const SALT_D22 = Buffer.from('7fbcdb0e7c66bbe9193a96cd21519ebd7a02644a', 'hex');

export const QUIC_V1 = 0x00000001;
export const QUIC_V2 = 0x6b3343cf;

const V1: VersionSpec = { salts: [SALT_V1], labels: 'quic', initialType: 0 };
const V2: VersionSpec = { salts: [SALT_V2], labels: 'quicv2', initialType: 1 };

/** The Initial protection of a version; null for versions we cannot open (gQUIC, unknown). */
export function versionSpec(v: number): VersionSpec | null {
  if (v === QUIC_V1) return V1;
  if (v === QUIC_V2) return V2;
  if ((v >>> 8) === 0xff0000) {
    const d = v & 0xff;
    if (d >= 33 && d <= 34) return V1;
    if (d >= 29) return d <= 32 ? { salts: [SALT_D29], labels: 'quic', initialType: 0 } : null;
    if (d >= 23) return { salts: [SALT_D23], labels: 'quic', initialType: 0 };
    if (d === 22) return { salts: [SALT_D22], labels: 'quic', initialType: 0 };
    return null;
  }
  // Facebook's mvfst versions track IETF drafts (0xfaceb001: draft 22, 0xfaceb002: draft 27,
  // later ones experimental): try the salts of that era.
  if ((v >>> 4) === 0xfaceb00) return { salts: [SALT_D23, SALT_D22, SALT_D29, SALT_V1], labels: 'quic', initialType: 0 };
  return null;
}

// ---- Initial protection (native/quic_initial.cc) --------------------------------------------

/** Bytes of a client's Initial keys: key [0, 16), iv [16, 28), hp [28, 44). */
export const INITIAL_KEYS_BYTES = 44;

/**
 * The client Initial key, iv and header-protection key for a DCID (RFC 9001 §5.2: HKDF-Extract
 * with the version's salt, HKDF-Expand-Label "client in", then "<labels> key", "iv", "hp"),
 * written to `out` as INITIAL_KEYS_BYTES bytes.
 */
export function clientInitialKeys(dcid: Uint8Array, salt: Uint8Array, labels: 'quic' | 'quicv2', out = new Uint8Array(INITIAL_KEYS_BYTES)): Uint8Array {
  addon.quicInitialKeys(dcid, salt, labels, out);
  return out;
}

/** The plaintext of the last Initial opened; 64 KiB holds the payload of any UDP datagram. */
const PLAIN = new Uint8Array(65536);
/** Keys being tried for a new DCID. */
const TRY_KEYS = new Uint8Array(INITIAL_KEYS_BYTES);

// ---- state -----------------------------------------------------------------------------------

/** Most out-of-order CRYPTO ranges we track before giving up. */
const MAX_RANGES = 16;
/** Client Initial packets we try before giving up on a flow. */
const MAX_INITIAL_PACKETS = 16;
/** Datagrams (both directions) after which a flow without a complete ClientHello is left. */
const MAX_DATAGRAMS = 32;

export class QuicState {
  info: QuicInfo | null = null;
  stopReason: QuicStopReason | null = null;
  done = false;
  /** Direction of the client's Initials (-1 until the first one opened). */
  clientDir = -1;
  initialPackets = 0;
  datagrams = 0;
  /** Keys of the DCID they were derived for (a Retry makes the client pick a new DCID). */
  keys: Uint8Array | null = null;
  keysDcid: Uint8Array | null = null;
  salt: Buffer | null = null;
  /** CRYPTO stream bytes by offset, and which [start, end) ranges of it are filled. */
  crypto: Uint8Array | null = null;
  ranges: number[] = [];
}

/**
 * CRYPTO reassembly buffers of flows that are done, for the next flows: a new 16 KiB buffer per
 * flow cost more than the rest of its parse. A reused buffer keeps old bytes, which is harmless:
 * only what `ranges` says is filled is ever read. Flows that end without stop() leave theirs
 * to the GC.
 */
const cryptoPool: Uint8Array[] = [];
const CRYPTO_POOL_MAX = 8;

function stop(s: QuicState, reason: QuicStopReason | null): void {
  s.done = true;
  if (reason && !s.stopReason) s.stopReason = reason;
  if (s.crypto && cryptoPool.length < CRYPTO_POOL_MAX) cryptoPool.push(s.crypto);
  s.crypto = null;
  s.keys = null;
  s.keysDcid = null;
}

/** Where the varint last read by varint() ends. */
let varintEnd = 0;

/**
 * QUIC variable-length integer at b[p] (RFC 9000 §16): its value, its end in varintEnd; -1 when
 * it runs past `end`. (A value and an offset, not a pair: this runs a few times per packet.)
 */
function varint(b: Uint8Array, p: number, end: number): number {
  if (p >= end) return -1;
  const n = 1 << (b[p] >> 6);
  if (p + n > end) return -1;
  let v = b[p] & 0x3f;
  for (let i = 1; i < n; i++) v = v * 256 + b[p + i];
  varintEnd = p + n;
  return v;
}

/** Adds [start, end) to the sorted, merged range list, in place; false (list unchanged) when there would be too many. */
function addRange(r: number[], start: number, end: number): boolean {
  let i = 0;
  while (i < r.length && r[i + 1] < start) i += 2; // ranges wholly before (touching ones merge)
  let j = i;
  for (; j < r.length && r[j] <= end; j += 2) {
    if (r[j] < start) start = r[j];
    if (r[j + 1] > end) end = r[j + 1];
  }
  if (j === i) {
    if (r.length >= 2 * MAX_RANGES) return false;
    r.splice(i, 0, start, end);
  } else {
    r[i] = start;
    r[i + 1] = end;
    if (j > i + 2) r.splice(i + 2, j - i - 2);
  }
  return true;
}

function onCrypto(s: QuicState, b: Uint8Array, off: number, len: number, at: number): void {
  if (at + len > REASSEMBLY_LIMIT_BYTES) return stop(s, 'limit');
  if (len === 0) return;
  if (!s.crypto) s.crypto = cryptoPool.pop() ?? new Uint8Array(REASSEMBLY_LIMIT_BYTES);
  s.crypto.set(b.subarray(off, off + len), at);
  if (!addRange(s.ranges, at, at + len)) return stop(s, 'limit');
  if (s.ranges[0] !== 0) return;
  const have = s.ranges[1];
  const c = s.crypto;
  if (have < 4) return;
  if (c[0] !== HS_CLIENT_HELLO) return stop(s, 'malformed');
  const need = 4 + ((c[1] << 16) | (c[2] << 8) | c[3]);
  if (need > REASSEMBLY_LIMIT_BYTES) return stop(s, 'limit');
  if (have < need) return;
  const ch = parseClientHello(c, 4, need - 4);
  if (!ch) return stop(s, 'malformed');
  const info = s.info!;
  if (ch.hasSni) info.sni = ch.sni;
  if (ch.alpn.length > 0) info.alpnOffered = ch.alpn;
  if (ch.hasSupportedVersions) info.clientSupportedVersions = ch.supportedVersions.slice(0, MAX_LIST_ENTRIES);
  info.ech = ch.ech;
  const prints = clientFingerprints(ch, 'q');
  info.ja3 = prints.ja3;
  info.ja3Hash = prints.ja3Hash;
  info.ja4 = prints.ja4;
  stop(s, null);
}

/** Walks the frames of an opened Initial payload p[0, end); false on a frame we cannot skip. */
function readFrames(s: QuicState, p: Uint8Array, end: number): boolean {
  let i = 0;
  while (i < end && !s.done) {
    const type = p[i++];
    if (type === 0x00 || type === 0x01) continue; // PADDING, PING
    if (type === 0x06) {
      const at = varint(p, i, end);
      if (at < 0) return false;
      const len = varint(p, varintEnd, end);
      if (len < 0 || varintEnd + len > end) return false;
      const data = varintEnd;
      onCrypto(s, p, data, len, at);
      i = data + len;
    } else if (type === 0x02 || type === 0x03) {
      // ACK: largest, delay, range count, first range, then (gap, length) pairs [+ 3 ECN counts].
      if (varint(p, i, end) < 0 || varint(p, varintEnd, end) < 0) return false;
      const count = varint(p, varintEnd, end);
      if (count < 0 || count > 256) return false;
      if (varint(p, varintEnd, end) < 0) return false;
      for (let n = 2 * count + (type === 0x03 ? 3 : 0); n > 0; n--) {
        if (varint(p, varintEnd, end) < 0) return false;
      }
      i = varintEnd;
    } else if (type === 0x1c) {
      return true; // CONNECTION_CLOSE: nothing more in this packet for us
    } else {
      return false;
    }
  }
  return true;
}

/**
 * Opens one Initial packet b[p, pktEnd) whose packet number starts at pnOff into PLAIN: the
 * plaintext length, or -1 when it does not open (too short, wrong keys, tampered).
 */
function openInitial(keys: Uint8Array, b: Uint8Array, p: number, pnOff: number, pktEnd: number): number {
  if (pktEnd - pnOff > PLAIN.length) return -1;
  return addon.quicOpenInitial(keys, b, p, pnOff, pktEnd, PLAIN);
}

function u32(b: Uint8Array, o: number): number {
  return ((b[o] << 24) | (b[o + 1] << 16) | (b[o + 2] << 8) | b[o + 3]) >>> 0;
}

/** Handles the coalesced long-header packets of one datagram. */
function readDatagram(s: QuicState, b: Uint8Array, off: number, len: number): void {
  const end = off + len;
  let p = off;
  while (p + 7 <= end && !s.done && (b[p] & 0x80) !== 0) {
    const version = u32(b, p + 1);
    const spec = versionSpec(version);
    if (!spec) return;
    let q = p + 5;
    const dcidLen = b[q];
    if (dcidLen > 20 || q + 1 + dcidLen >= end) return;
    const dcid = b.subarray(q + 1, q + 1 + dcidLen);
    q += 1 + dcidLen;
    const scidLen = b[q];
    if (scidLen > 20) return;
    q += 1 + scidLen;
    const type = (b[p] >> 4) & 0x03;
    const initial = type === spec.initialType;
    if (initial) {
      const tokenLen = varint(b, q, end);
      if (tokenLen < 0) return;
      q = varintEnd + tokenLen;
    }
    const length = varint(b, q, end);
    if (length < 0 || varintEnd + length > end) return;
    const pnOff = varintEnd;
    const pktEnd = pnOff + length;
    if (initial) {
      if (++s.initialPackets > MAX_INITIAL_PACKETS) return stop(s, 'packets');
      if (!s.info) s.info = { version };
      const plainLen = openWithKeys(s, spec, dcid, b, p, pnOff, pktEnd);
      if (plainLen >= 0 && !readFrames(s, PLAIN, plainLen)) return stop(s, 'malformed');
    }
    p = pktEnd;
  }
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Opens an Initial into PLAIN with the flow's keys, deriving them for a new DCID; -1 when it does not open. */
function openWithKeys(s: QuicState, spec: VersionSpec, dcid: Uint8Array, b: Uint8Array, p: number, pnOff: number, pktEnd: number): number {
  if (s.keys && s.keysDcid && sameBytes(s.keysDcid, dcid)) return openInitial(s.keys, b, p, pnOff, pktEnd);
  const salts = s.salt ? null : spec.salts;
  for (let i = 0; i < (salts ? salts.length : 1); i++) {
    const salt = salts ? salts[i] : s.salt!;
    clientInitialKeys(dcid, salt, spec.labels, TRY_KEYS);
    const plainLen = openInitial(TRY_KEYS, b, p, pnOff, pktEnd);
    if (plainLen >= 0) {
      s.keys = TRY_KEYS.slice();
      s.keysDcid = new Uint8Array(dcid); // a copy: dcid is a view of the packet
      s.salt = salt;
      return plainLen;
    }
  }
  return -1;
}

export const quicAnalyzer: Analyzer<QuicState, QuicInfo> = {
  name: 'quic',

  detect(buf: Uint8Array, off: number, len: number, _dir: Direction, ctx: FlowContext): boolean {
    // A long-header Initial of a version whose Initial protection we know. RFC 9000 §14.1: a
    // client's first datagram is at least 1200 bytes, which keeps small look-alikes out.
    if (ctx.protocol !== 17 || len < 1200 || (buf[off] & 0x80) === 0) return false;
    const spec = versionSpec(u32(buf, off + 1));
    return spec !== null && ((buf[off] >> 4) & 0x03) === spec.initialType && buf[off + 5] <= 20;
  },

  create(): QuicState {
    return new QuicState();
  },

  feed(state: QuicState, buf: Uint8Array, off: number, len: number, dir: Direction): boolean {
    if (state.done) return false;
    if (++state.datagrams > MAX_DATAGRAMS) {
      stop(state, 'packets');
      return false;
    }
    // Only the client's long-header packets carry what we want; the server's Initials are
    // protected with the server keys, and short-header packets come after the handshake.
    if ((state.clientDir >= 0 && dir !== state.clientDir) || len < 7 || (buf[off] & 0x80) === 0) return true;
    const before = state.ranges.length;
    readDatagram(state, buf, off, len);
    if (state.clientDir < 0 && (state.keys !== null || state.ranges.length !== before)) state.clientDir = dir;
    return !state.done;
  },

  fields(state: QuicState): QuicInfo | undefined {
    return state.info ?? undefined;
  },

  confirmed(state: QuicState): boolean {
    return state.info?.ja4 !== undefined || state.keys !== null;
  },
};
