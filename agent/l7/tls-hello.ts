// TLS handshake messages shared by the TLS-over-TCP and the QUIC analyzers: ClientHello,
// ServerHello and the leaf of a Certificate message, and the fingerprints computed from them.
//
// Every parser reads a handshake message body in place (buf[off, off+len), the 4-byte handshake
// header already stripped) and returns null when the bytes do not hold together; none throws.
// A hello is parsed once per flow, so the small arrays built here are not on the per-packet path.
//
// Fingerprint definitions:
//  - JA3 / JA3S (Salesforce, BSD-3-Clause): decimal values joined by '-', fields by ','; GREASE
//    values (RFC 8701) left out; MD5 of the string.
//  - JA4 (FoxIO, BSD-3-Clause; only the TLS client fingerprint, technical_details/JA4.md):
//    {t|q}{version}{d|i}{ciphers:2}{extensions:2}{alpn first+last}_{sha256/12 of sorted cipher
//    hex}_{sha256/12 of sorted extension hex without SNI/ALPN, '_' + signature algorithms in order}.

import { hexDigest } from './digest.js';
import { Recent } from './recent.js';
import { printableOrQuestion } from './text.js';

/** Longest string we keep from the wire (SNI, an ALPN protocol id, certificate names). */
export const MAX_STRING_CHARS = 255;
/** At most this many entries in any exported list (ALPN ids, versions, SANs). */
export const MAX_LIST_ENTRIES = 32;

export const HS_CLIENT_HELLO = 1;
export const HS_SERVER_HELLO = 2;
export const HS_CERTIFICATE = 11;
export const HS_SERVER_HELLO_DONE = 14;

const EXT_SERVER_NAME = 0x0000;
const EXT_SUPPORTED_GROUPS = 0x000a;
const EXT_EC_POINT_FORMATS = 0x000b;
const EXT_SIGNATURE_ALGORITHMS = 0x000d;
const EXT_ALPN = 0x0010;
const EXT_SUPPORTED_VERSIONS = 0x002b;
const EXT_ECH = 0xfe0d;

/** GREASE (RFC 8701): 0x?a?a with both bytes equal. */
export function isGrease(v: number): boolean {
  return (v & 0x0f0f) === 0x0a0a && (v >> 8) === (v & 0xff);
}

/** What the client offered; the lists exclude GREASE. */
export interface ClientHello {
  /** legacy_version of the ClientHello body (0x0303 for TLS 1.2 and 1.3 clients). */
  legacyVersion: number;
  ciphers: number[];
  /** Extension types in the order sent. */
  extensions: number[];
  supportedGroups: number[];
  ecPointFormats: number[];
  signatureAlgorithms: number[];
  /** supported_versions entries, in the order sent; empty when the extension is absent. */
  supportedVersions: number[];
  hasSupportedVersions: boolean;
  /** First host_name of server_name; '' when none. */
  sni: string;
  hasSni: boolean;
  /** ALPN protocol ids in the order offered (at most MAX_LIST_ENTRIES). */
  alpn: string[];
  /** The first ALPN id's first and last bytes (-1 when none), for JA4. */
  alpnFirstByte: number;
  alpnLastByte: number;
  /** encrypted_client_hello (0xfe0d) present. */
  ech: boolean;
}

/** What the server chose. */
export interface ServerHello {
  legacyVersion: number;
  cipherSuite: number;
  extensions: number[];
  /** supported_versions selected_version; 0 when absent. */
  selectedVersion: number;
  /** The single ALPN id the server picked; '' when none. */
  alpn: string;
  /** A TLS 1.3 HelloRetryRequest (RFC 8446 §4.1.3: the special random), not a real ServerHello. */
  helloRetryRequest: boolean;
}

// SHA-256("HelloRetryRequest"), RFC 8446 §4.1.3.
const HRR_RANDOM = Uint8Array.from(
  Buffer.from('cf21ad74e59a6111be1d8c021e65b891c2a211167abb8c5e079e09e2c8a8339c', 'hex'),
);

/**
 * Text of wire bytes that should be ASCII (host names, ALPN ids): printable ASCII kept, any other
 * byte shown as '?', at most MAX_STRING_CHARS. Never a payload copy: only schema strings use it.
 */
export function asciiField(buf: Uint8Array, off: number, len: number): string {
  return printableOrQuestion(buf, off, off + Math.min(len, MAX_STRING_CHARS));
}

function u16(b: Uint8Array, o: number): number {
  return (b[o] << 8) | b[o + 1];
}

/** Reads a list of 16-bit values of byte length n at off into out (GREASE dropped). */
function readU16List(b: Uint8Array, off: number, n: number, out: number[]): void {
  for (let i = 0; i + 1 < n; i += 2) {
    const v = u16(b, off + i);
    if (!isGrease(v)) out.push(v);
  }
}

/** Parses a ClientHello body. Null when a length field points outside the message. */
export function parseClientHello(b: Uint8Array, off: number, len: number): ClientHello | null {
  const end = off + len;
  let p = off;
  if (len < 2 + 32 + 1) return null;
  const ch: ClientHello = {
    legacyVersion: u16(b, p),
    ciphers: [],
    extensions: [],
    supportedGroups: [],
    ecPointFormats: [],
    signatureAlgorithms: [],
    supportedVersions: [],
    hasSupportedVersions: false,
    sni: '',
    hasSni: false,
    alpn: [],
    alpnFirstByte: -1,
    alpnLastByte: -1,
    ech: false,
  };
  p += 2 + 32;
  p += 1 + b[p]; // session id
  if (p + 2 > end) return null;
  const cipherLen = u16(b, p);
  p += 2;
  if (p + cipherLen > end) return null;
  readU16List(b, p, cipherLen, ch.ciphers);
  p += cipherLen;
  if (p + 1 > end) return null;
  p += 1 + b[p]; // compression methods
  if (p > end) return null;
  if (p + 2 > end) return ch; // no extensions (SSL 3.0-style hello)
  return walkExtensions(b, p, end, ch, clientExtension) ? ch : null;
}

function clientExtension(ch: ClientHello, type: number, b: Uint8Array, d: number, n: number): void {
  switch (type) {
    case EXT_SERVER_NAME:
      ch.hasSni = true;
      parseServerName(b, d, n, ch);
      break;
    case EXT_SUPPORTED_GROUPS:
      if (n >= 2) readU16List(b, d + 2, Math.min(u16(b, d), n - 2), ch.supportedGroups);
      break;
    case EXT_EC_POINT_FORMATS:
      if (n >= 1) for (let i = 0; i < b[d] && 1 + i < n; i++) ch.ecPointFormats.push(b[d + 1 + i]);
      break;
    case EXT_SIGNATURE_ALGORITHMS:
      if (n >= 2) readU16List(b, d + 2, Math.min(u16(b, d), n - 2), ch.signatureAlgorithms);
      break;
    case EXT_ALPN:
      parseAlpnList(b, d, n, ch);
      break;
    case EXT_SUPPORTED_VERSIONS:
      ch.hasSupportedVersions = true;
      if (n >= 1) readU16List(b, d + 1, Math.min(b[d], n - 1), ch.supportedVersions);
      break;
    case EXT_ECH:
      ch.ech = true;
      break;
  }
}

/**
 * Walks an extensions block at p (a 2-byte length, then type, length, data entries) of a hello
 * ending at `end`: every non-GREASE type is added to `hello.extensions` and handed to `visit`
 * with its data. False when the block does not hold together.
 */
function walkExtensions<H extends { extensions: number[] }>(
  b: Uint8Array, p: number, end: number, hello: H, visit: (hello: H, type: number, b: Uint8Array, d: number, n: number) => void,
): boolean {
  const extEnd = p + 2 + u16(b, p);
  p += 2;
  if (extEnd > end) return false;
  while (p + 4 <= extEnd) {
    const type = u16(b, p);
    const n = u16(b, p + 2);
    const d = p + 4;
    if (d + n > extEnd) return false;
    p = d + n;
    if (isGrease(type)) continue;
    hello.extensions.push(type);
    visit(hello, type, b, d, n);
  }
  return true;
}

function parseServerName(b: Uint8Array, off: number, n: number, ch: ClientHello): void {
  if (n < 2) return;
  const end = off + 2 + Math.min(u16(b, off), n - 2);
  for (let p = off + 2; p + 3 <= end; ) {
    const type = b[p];
    const len = u16(b, p + 1);
    if (p + 3 + len > end) return;
    if (type === 0) {
      ch.sni = asciiField(b, p + 3, len);
      return;
    }
    p += 3 + len;
  }
}

function parseAlpnList(b: Uint8Array, off: number, n: number, ch: ClientHello): void {
  if (n < 2) return;
  const end = off + 2 + Math.min(u16(b, off), n - 2);
  for (let p = off + 2; p < end; ) {
    const len = b[p];
    if (p + 1 + len > end) return;
    if (ch.alpnFirstByte < 0 && ch.alpn.length === 0 && len > 0) {
      ch.alpnFirstByte = b[p + 1];
      ch.alpnLastByte = b[p + len];
    }
    if (ch.alpn.length < MAX_LIST_ENTRIES) ch.alpn.push(asciiField(b, p + 1, len));
    p += 1 + len;
  }
}

/** Parses a ServerHello body. Null when it does not hold together. */
export function parseServerHello(b: Uint8Array, off: number, len: number): ServerHello | null {
  const end = off + len;
  if (len < 2 + 32 + 1) return null;
  let hrr = true;
  for (let i = 0; i < 32; i++) {
    if (b[off + 2 + i] !== HRR_RANDOM[i]) {
      hrr = false;
      break;
    }
  }
  // TLS 1.3 drafts before -22 had no session id and no compression method in the ServerHello.
  const version = u16(b, off);
  const early13 = version >> 8 === 0x7f && (version & 0xff) < 22;
  let p = off + 2 + 32;
  if (!early13) p += 1 + b[p];
  if (p + 3 > end) return null;
  const sh: ServerHello = {
    legacyVersion: version,
    cipherSuite: u16(b, p),
    extensions: [],
    selectedVersion: 0,
    alpn: '',
    helloRetryRequest: hrr,
  };
  p += early13 ? 2 : 3; // cipher suite, compression method
  if (p + 2 > end) return sh;
  return walkExtensions(b, p, end, sh, serverExtension) ? sh : null;
}

function serverExtension(sh: ServerHello, type: number, b: Uint8Array, d: number, n: number): void {
  if (type === EXT_SUPPORTED_VERSIONS && n >= 2) sh.selectedVersion = u16(b, d);
  else if (type === EXT_ALPN && n >= 3 && b[d + 2] > 0 && 3 + b[d + 2] <= n) sh.alpn = asciiField(b, d + 3, b[d + 2]);
}

/**
 * Where the first (leaf) certificate of a TLS ≤ 1.2 Certificate message lies, given the bytes of
 * the message body available so far (n may be less than the message length: the leaf comes
 * first, so the rest of the chain need not be waited for). Returns [derOff, derLen], [-1, 0]
 * when more bytes are needed, or null when the message is malformed or empty.
 */
export function locateLeafCertificate(b: Uint8Array, off: number, n: number, msgLen: number): [number, number] | null {
  if (msgLen < 3) return null;
  if (n < 6) return [-1, 0];
  const listLen = (b[off] << 16) | (b[off + 1] << 8) | b[off + 2];
  const certLen = (b[off + 3] << 16) | (b[off + 4] << 8) | b[off + 5];
  if (listLen === 0 || listLen + 3 > msgLen || certLen === 0 || certLen + 3 > listLen) return null;
  if (n < 6 + certLen) return [-1, 0];
  return [off + 6, certLen];
}

// ---- fingerprints ---------------------------------------------------------------------------

function hex4(v: number): string {
  return v.toString(16).padStart(4, '0');
}

function sha256Prefix12(s: string): string {
  return hexDigest('sha256', s).slice(0, 12);
}

export function md5Hex(s: string): string {
  return hexDigest('md5', s);
}

/** JA3 string: SSLVersion,Ciphers,Extensions,EllipticCurves,EllipticCurvePointFormats. */
export function ja3String(ch: ClientHello): string {
  return `${ch.legacyVersion},${ch.ciphers.join('-')},${ch.extensions.join('-')},${ch.supportedGroups.join('-')},${ch.ecPointFormats.join('-')}`;
}

/** JA3S string: SSLVersion,Cipher,Extensions. */
export function ja3sString(sh: ServerHello): string {
  return `${sh.legacyVersion},${sh.cipherSuite},${sh.extensions.join('-')}`;
}

/** JA4's two-character version code (JA4.md "TLS and DTLS Version"). */
function ja4Version(v: number): string {
  switch (v) {
    case 0x0304: return '13';
    case 0x0303: return '12';
    case 0x0302: return '11';
    case 0x0301: return '10';
    case 0x0300: return 's3';
    case 0x0200: return 's2';
    case 0x0100: return 's1';
    case 0xfeff: return 'd1';
    case 0xfefd: return 'd2';
    case 0xfefc: return 'd3';
    default: return '00';
  }
}

function isAlnum(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

function count2(n: number): string {
  return n > 99 ? '99' : n.toString().padStart(2, '0');
}

/** JA4 of a ClientHello; transport 't' (TCP), 'q' (QUIC) or 'd' (DTLS). */
export function ja4(ch: ClientHello, transport: 't' | 'q' | 'd'): string {
  return `${ja4Prefix(ch, transport)}_${ja4Hashes(ch)}`;
}

/** JA4's first part: transport, version, SNI, counts and ALPN. */
function ja4Prefix(ch: ClientHello, transport: 't' | 'q' | 'd'): string {
  let version = ch.legacyVersion;
  if (ch.supportedVersions.length > 0) {
    version = 0;
    for (const v of ch.supportedVersions) if (v > version) version = v;
  }
  let alpn = '00';
  if (ch.alpnFirstByte >= 0) {
    const f = ch.alpnFirstByte;
    const l = ch.alpnLastByte;
    // JA4.md: a non-alphanumeric first or last byte is shown by the first hex digit of the
    // first byte and the last hex digit of the last byte.
    alpn = isAlnum(f) && isAlnum(l)
      ? String.fromCharCode(f) + String.fromCharCode(l)
      : (f >> 4).toString(16) + (l & 0x0f).toString(16);
  }
  return `${transport}${ja4Version(version)}${ch.hasSni ? 'd' : 'i'}${count2(ch.ciphers.length)}${count2(ch.extensions.length)}${alpn}`;
}

/** JA4's hashed parts "b_c": the sorted cipher suites, and the sorted extensions with the signature algorithms. */
function ja4Hashes(ch: ClientHello): string {
  const ciphers = ch.ciphers.map(hex4).sort();
  const exts = ch.extensions.filter((e) => e !== EXT_SERVER_NAME && e !== EXT_ALPN).map(hex4).sort();
  const b = ciphers.length === 0 ? '000000000000' : sha256Prefix12(ciphers.join(','));
  let cText = exts.join(',');
  if (ch.signatureAlgorithms.length > 0) cText += '_' + ch.signatureAlgorithms.map(hex4).join(',');
  const c = exts.length === 0 ? '000000000000' : sha256Prefix12(cText);
  return `${b}_${c}`;
}

export interface ClientFingerprints {
  ja3: string;
  ja3Hash: string;
  ja4: string;
}

/** What a ClientHello's JA3 and JA4 hashes depend on, and the fingerprints computed from it. */
interface KnownHello {
  version: number;
  lists: number[][]; // ciphers, extensions, groups, point formats, signature algorithms
  ja3: string;
  ja3Hash: string;
  ja4Hashes: string;
  /** The last JA4 made from these hashes, and its first part: most hellos of a stack repeat it. */
  ja4Prefix: string;
  ja4: string;
}

/**
 * Fingerprints of recently seen ClientHellos, by a 32-bit hash of the values they depend on
 * (checked against the values themselves on a hit): a probe sees the same few client stacks
 * over and over, and building the JA3 string, sorting and hashing cost several µs a hello where
 * the lookup costs a fraction of one, and no string is built at all.
 */
const recentHellos = new Recent<KnownHello, number>(4096);

function helloLists(ch: ClientHello): number[][] {
  return [ch.ciphers, ch.extensions, ch.supportedGroups, ch.ecPointFormats, ch.signatureAlgorithms];
}

/** FNV-1a over the version, the lists' lengths and their values (exported for a test). */
export function helloKey(ch: ClientHello): number {
  let h = Math.imul(0x811c9dc5 ^ ch.legacyVersion, 0x01000193);
  for (const list of helloLists(ch)) {
    h = Math.imul(h ^ (list.length | 0x10000), 0x01000193);
    for (let i = 0; i < list.length; i++) h = Math.imul(h ^ list[i], 0x01000193);
  }
  return h >>> 0;
}

function sameHello(k: KnownHello, ch: ClientHello): boolean {
  if (k.version !== ch.legacyVersion) return false;
  const lists = helloLists(ch);
  for (let l = 0; l < lists.length; l++) if (!sameList(k.lists[l], lists[l])) return false;
  return true;
}

function sameList(a: number[], b: number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** JA3 (string and MD5) and JA4 of a ClientHello. */
export function clientFingerprints(ch: ClientHello, transport: 't' | 'q' | 'd'): ClientFingerprints {
  const key = helloKey(ch);
  let known = recentHellos.get(key);
  if (known === undefined || !sameHello(known, ch)) {
    const ja3 = ja3String(ch);
    known = recentHellos.set(key, { version: ch.legacyVersion, lists: helloLists(ch), ja3, ja3Hash: md5Hex(ja3), ja4Hashes: ja4Hashes(ch), ja4Prefix: '', ja4: '' });
  }
  const prefix = ja4Prefix(ch, transport);
  if (prefix !== known.ja4Prefix) {
    known.ja4Prefix = prefix;
    known.ja4 = `${prefix}_${known.ja4Hashes}`;
  }
  return { ja3: known.ja3, ja3Hash: known.ja3Hash, ja4: known.ja4 };
}

/** A ServerHello's JA3S string and its MD5. */
export interface ServerFingerprints {
  ja3s: string;
  ja3sHash: string;
}

interface KnownServerHello extends ServerFingerprints {
  version: number;
  cipherSuite: number;
  extensions: number[];
}

/** JA3S of recently seen ServerHellos, by a hash of what it depends on (servers answer the same few ways). */
const recentServerHellos = new Recent<KnownServerHello, number>(4096);

/** JA3S (string and MD5) of a ServerHello; the memo's strings are shared. */
export function serverFingerprints(sh: ServerHello): ServerFingerprints {
  const x = sh.extensions;
  let h = Math.imul(Math.imul(0x811c9dc5 ^ sh.legacyVersion, 0x01000193) ^ sh.cipherSuite, 0x01000193);
  for (let i = 0; i < x.length; i++) h = Math.imul(h ^ x[i], 0x01000193);
  const key = Math.imul(h ^ x.length, 0x01000193) >>> 0;
  const known = recentServerHellos.get(key);
  if (known !== undefined && known.version === sh.legacyVersion && known.cipherSuite === sh.cipherSuite && sameList(known.extensions, x)) return known;
  const ja3s = ja3sString(sh);
  return recentServerHellos.set(key, { version: sh.legacyVersion, cipherSuite: sh.cipherSuite, extensions: x, ja3s, ja3sHash: md5Hex(ja3s) });
}
