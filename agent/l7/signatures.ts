// Application identification (DESIGN.md §5.1): byte signatures that confirm a protocol from one
// early payload packet of a flow, and the port table the record falls back on (marked guessed).
//
// A signature looks at one packet's payload in place (buf, off, len; either direction) and
// answers yes only when the bytes prove the protocol: fixed magic, a length field that agrees
// with the packet, a header whose every field is in range. A well-known port is used as a hint
// where the bytes alone are short (an NTP header, an FTP "220" greeting), never alone. No state,
// no allocation, no exception on any input: every read is bounds-checked against off + len,
// nothing past the view is looked at.
//
// Who greets with "220": SMTP (RFC 5321 §4.2) and FTP (RFC 959 §4.2) both do, and neither
// greeting's text is fixed. classify220() decides once for both signatures, so they can never
// both accept one packet: the word "SMTP" (ESMTP included) in the greeting line without "FTP"
// makes it SMTP, "FTP" (vsFTPd, ProFTPD, Microsoft FTP Service) without "SMTP" makes it FTP;
// with both words or neither the port decides (25, 465, 587, 2525 SMTP; 21 FTP), elsewhere no.
// The client side: EHLO/HELO is SMTP anywhere; AUTH TLS/SSL (RFC 4217) is FTP anywhere; USER is
// FTP on port 21 and POP3 on port 110 (both protocols have it), nothing elsewhere.

import type { Direction, FlowContext } from './analyzer.js';

/**
 * Which packets a detector (a signature, or an analyzer's detect()) can accept at all, by the
 * first payload byte and by port: the engine tries a detector only on the packets this admits
 * (agent/l7/detect-filter.ts), so it must admit every packet the detector accepts, and may admit
 * more. test/l7-detect-filter.test.ts checks that on every corpus payload, every first byte
 * value and other ports.
 */
export interface Starts {
  /** First bytes a TCP / UDP payload it accepts can start with (absent: it takes no TCP / UDP). */
  readonly tcp?: readonly number[];
  readonly udp?: readonly number[];
  /** Ports (either side) on which it is tried whatever the first byte. */
  readonly tcpPorts?: readonly number[];
  readonly udpPorts?: readonly number[];
}

/** The byte values of the characters of s (for Starts). */
export function chars(s: string): number[] {
  return Array.from(s, (c) => c.charCodeAt(0));
}

/** The byte values lo…hi (for Starts). */
export function byteRange(lo: number, hi: number): number[] {
  return Array.from({ length: hi - lo + 1 }, (_, i) => lo + i);
}

/** Every byte value. */
export const ANY_BYTE: readonly number[] = byteRange(0, 255);

export interface Signature {
  /** app_protocol label, lower case */
  readonly name: string;
  /** The packets it can accept (see Starts): keep in step with match(). */
  readonly starts: Starts;
  /** Can switch to TLS in-band (SMTP STARTTLS, IMAP STARTTLS, POP3 STLS, FTP AUTH TLS, LDAP StartTLS extended operation): the engine then keeps watching for a ClientHello. */
  readonly starttls?: boolean;
  /** True when these payload bytes (one packet, either direction: dir 0 = initiator→responder) prove the protocol. Ports may be used as a hint, never alone. */
  match(buf: Uint8Array, off: number, len: number, dir: Direction, ctx: FlowContext): boolean;
}

const TCP = 6;
const UDP = 17;

// ---- byte helpers (all bounded by `end`, the first index past the view) ----------------------

/** False when the view does not lie inside buf (a caller's mistake is a "no", not a throw). */
function inside(buf: Uint8Array, off: number, len: number): boolean {
  return off >= 0 && len > 0 && off + len <= buf.length;
}

function u16(buf: Uint8Array, p: number): number {
  return (buf[p] << 8) | buf[p + 1];
}

function u32(buf: Uint8Array, p: number): number {
  return ((buf[p] << 24) | (buf[p + 1] << 16) | (buf[p + 2] << 8) | buf[p + 3]) >>> 0;
}

function ascii(s: string): Uint8Array {
  return Uint8Array.from(s, (c) => c.charCodeAt(0));
}

/** buf[p…] starts with pat (exact bytes). */
function startsWith(buf: Uint8Array, p: number, end: number, pat: Uint8Array): boolean {
  if (end - p < pat.length) return false;
  for (let i = 0; i < pat.length; i++) if (buf[p + i] !== pat[i]) return false;
  return true;
}

/** As startsWith, letters of buf compared case-insensitively (pat is upper case). */
function startsWithCi(buf: Uint8Array, p: number, end: number, pat: Uint8Array): boolean {
  if (end - p < pat.length) return false;
  for (let i = 0; i < pat.length; i++) {
    const c = buf[p + i];
    if ((c >= 0x61 && c <= 0x7a ? c - 0x20 : c) !== pat[i]) return false;
  }
  return true;
}

/** pat occurs in buf[p, end), case-insensitively (pat is upper case). */
function containsCi(buf: Uint8Array, p: number, end: number, pat: Uint8Array): boolean {
  for (let i = p; i + pat.length <= end; i++) if (startsWithCi(buf, i, end, pat)) return true;
  return false;
}

/**
 * The end of the text line starting at p: the index of its CR LF (or bare LF), when it comes
 * within `max` bytes and the line holds no control byte but tab. -1 otherwise (binary, or cut).
 */
function lineEnd(buf: Uint8Array, p: number, end: number, max: number): number {
  const stop = Math.min(end, p + max);
  for (let i = p; i < stop; i++) {
    const c = buf[i];
    if (c === 0x0a) return i;
    if (c === 0x0d) return i + 1 < end && buf[i + 1] === 0x0a ? i : -1;
    if ((c < 0x20 && c !== 0x09) || c === 0x7f) return -1;
  }
  return -1;
}

/** buf[p…] is exactly pat followed by the line end (CR LF or LF). */
function isLine(buf: Uint8Array, p: number, end: number, pat: Uint8Array): boolean {
  if (!startsWithCi(buf, p, end, pat)) return false;
  const q = p + pat.length;
  return (q < end && buf[q] === 0x0a) || (q + 1 < end && buf[q] === 0x0d && buf[q + 1] === 0x0a);
}

/** buf[p…] is pat, then at least one more character, then the line end within `max` bytes. */
function isCommandLine(buf: Uint8Array, p: number, end: number, pat: Uint8Array, max = 512): boolean {
  if (!startsWithCi(buf, p, end, pat)) return false;
  return lineEnd(buf, p + pat.length, end, max) > p + pat.length;
}

function either(ctx: FlowContext, port: number): boolean {
  return ctx.srcPort === port || ctx.dstPort === port;
}

// BER (X.690 §8.1.3) definite length at buf[p]: returns the length and leaves the index of the
// first content byte in berNext; -1 when it is indefinite, over 4 bytes, or past `end`.
let berNext = 0;
function berLength(buf: Uint8Array, p: number, end: number): number {
  if (p >= end) return -1;
  const b = buf[p];
  if (b < 0x80) {
    berNext = p + 1;
    return b;
  }
  const n = b & 0x7f;
  if (n === 0 || n > 4 || p + 1 + n > end) return -1;
  let v = 0;
  for (let i = 1; i <= n; i++) v = v * 256 + buf[p + i];
  berNext = p + 1 + n;
  return v;
}

// MQTT Variable Byte Integer (MQTT 5.0 §1.5.5, the same in 3.1.1 §2.2.3): the value, the index
// after it in varNext; -1 when longer than 4 bytes or past `end`.
let varNext = 0;
function mqttVarint(buf: Uint8Array, p: number, end: number): number {
  let v = 0;
  let mul = 1;
  for (let i = 0; i < 4; i++) {
    if (p + i >= end) return -1;
    const b = buf[p + i];
    v += (b & 0x7f) * mul;
    if ((b & 0x80) === 0) {
      varNext = p + i + 1;
      return v;
    }
    mul *= 128;
  }
  return -1;
}

// ---- NTP ----------------------------------------------------------------------------------

// NTP, RFC 5905 §7.3 (modes 1–5, the 48-byte header); mode 6 control, RFC 9327 §2; mode 7, ntpd's
// private mode (ntp_request.h). On UDP port 123 (either side): a header is too short to prove
// itself on any port.
function matchNtp(buf: Uint8Array, off: number, len: number, _dir: Direction, ctx: FlowContext): boolean {
  if (ctx.protocol !== UDP || !either(ctx, 123) || !inside(buf, off, len) || len < 8) return false;
  const b0 = buf[off];
  const version = (b0 >> 3) & 7;
  const mode = b0 & 7;
  if (version < 1 || version > 4) return false;
  if (mode >= 1 && mode <= 5) {
    // Extension fields and MACs come in 4-byte multiples (§7.5). Stratum 0–16, poll exponent up
    // to 17 (§7.3), precision 0 or a small negative power of two (−32…−1); root delay and root
    // dispersion (16.16 seconds) below 256 s (dispersion is capped at MAXDISP, 16 s; NTPv3
    // allowed a small negative delay).
    if (len < 48 || ((len - 48) & 3) !== 0) return false;
    const precision = buf[off + 3];
    const delay = buf[off + 4];
    return buf[off + 1] <= 16 && buf[off + 2] <= 17 && (precision === 0 || precision >= 0xe0) && (delay === 0 || delay === 0xff) && buf[off + 8] === 0;
  }
  if (mode === 6) {
    // 12-byte header, opcode 1–31, then `count` data octets (at most 468), padding to 4, a MAC.
    if (len < 12 || (buf[off + 1] & 0x1f) === 0) return false;
    const count = u16(buf, off + 10);
    return count <= 468 && 12 + count <= len && len <= 12 + ((count + 3) & ~3) + 24;
  }
  if (mode === 7) {
    // implementation 0 (universal), 2 or 3 (xntpd), request code below 46, error code 0–7,
    // the 4 must-be-zero bits of the item size word.
    const impl = buf[off + 2];
    return (impl === 0 || impl === 2 || impl === 3) && buf[off + 3] < 46 && (buf[off + 4] >> 4) < 8 && (buf[off + 6] & 0xf0) === 0;
  }
  return false;
}

// ---- SMB ----------------------------------------------------------------------------------

const SMB_SUFFIX = ascii('SMB');

/** The smallest header behind each SMB protocol id byte (\xffSMB, \xfeSMB, \xfdSMB, \xfcSMB). */
function smbHeaderBytes(id: number): number {
  if (id === 0xff) return 32; // SMB1, MS-CIFS §2.2.3.1
  if (id === 0xfe) return 64; // SMB2/3, MS-SMB2 §2.2.1
  if (id === 0xfd) return 52; // SMB3 transform header, MS-SMB2 §2.2.41
  if (id === 0xfc) return 16; // SMB3 compression transform header, MS-SMB2 §2.2.42
  return -1;
}

// SMB over TCP, MS-SMB2 §2.1 (direct TCP, port 445) and RFC 1002 §4.3.6 (NetBIOS session message,
// port 139): a zero type byte, a 24-bit length, then the SMB protocol id. SMB1 in NetBIOS
// datagrams (RFC 1002 §4.4.1, UDP 138: browser and mailslot messages) counts as SMB too.
function matchSmb(buf: Uint8Array, off: number, len: number, _dir: Direction, ctx: FlowContext): boolean {
  if (!inside(buf, off, len)) return false;
  const end = off + len;
  if (ctx.protocol === TCP) {
    if (len < 8 || buf[off] !== 0) return false;
    const min = smbHeaderBytes(buf[off + 4]);
    const length = (buf[off + 1] << 16) | u16(buf, off + 2);
    return min > 0 && length >= min && startsWith(buf, off + 5, end, SMB_SUFFIX);
  }
  if (ctx.protocol !== UDP) return false;
  // Direct unique, direct group or broadcast datagram: 14-byte header whose DGM_LENGTH counts
  // the rest of the packet (first fragment: offset 0), two encoded names, then the SMB.
  const type = buf[off];
  if (len < 14 + 2 + 32 || type < 0x10 || type > 0x12 || u16(buf, off + 10) !== len - 14 || u16(buf, off + 12) !== 0) return false;
  let p = off + 14;
  for (let name = 0; name < 2; name++) {
    // A name is labels (a length byte of 1–63 and the label) up to a zero byte (RFC 1002 §4.1).
    for (let labels = 0; ; labels++) {
      if (p >= end || labels > 32) return false;
      const l = buf[p];
      if (l === 0) break;
      if (l > 63) return false;
      p += 1 + l;
    }
    p++;
  }
  return p + 4 <= end && buf[p] === 0xff && startsWith(buf, p + 1, end, SMB_SUFFIX);
}

// ---- RDP ----------------------------------------------------------------------------------

const COOKIE = ascii('Cookie: ');

// RDP connection start, MS-RDPBCGR §2.2.1.1 / §2.2.1.2: a TPKT (RFC 1006 §6: version 3, length of
// the whole packet) carrying an X.224 Connection Request (0xE0) or Confirm (0xD0) of class 0
// (ITU-T X.224 §13.3) whose variable part is what RDP puts there: a "Cookie: …" line (routing
// token or mstshash) and/or an 8-byte RDP_NEG_REQ / RDP_NEG_RSP / RDP_NEG_FAILURE. ISO transport
// users such as S7comm and MMS carry TSAP parameters (0xC1, 0xC2) there instead. A bare request
// with no variable part is only believed on port 3389.
function matchRdp(buf: Uint8Array, off: number, len: number, _dir: Direction, ctx: FlowContext): boolean {
  if (ctx.protocol !== TCP || !inside(buf, off, len) || len < 11 || buf[off] !== 3 || buf[off + 1] !== 0) return false;
  const tpkt = u16(buf, off + 2);
  const code = buf[off + 5];
  if (tpkt < 11 || tpkt > len || buf[off + 4] !== tpkt - 5 || buf[off + 10] !== 0) return false;
  if (code !== 0xe0 && code !== 0xd0) return false;
  if (code === 0xe0 && (buf[off + 6] | buf[off + 7]) !== 0) return false; // DST-REF of a request is 0
  const end = off + tpkt;
  let p = off + 11;
  if (p === end) return either(ctx, 3389);
  if (code === 0xe0 && startsWith(buf, p, end, COOKIE)) {
    const e = lineEnd(buf, p, end, end - p);
    if (e < 0 || buf[e] !== 0x0d) return false;
    p = e + 2;
    if (p === end) return true;
  }
  if (end - p !== 8 || buf[p + 2] !== 8 || buf[p + 3] !== 0) return false;
  const type = buf[p];
  return code === 0xe0 ? type === 1 : type === 2 || type === 3;
}

// ---- mail and FTP (text) ------------------------------------------------------------------

const W220 = ascii('220');
const W_SMTP = ascii('SMTP');
const W_FTP = ascii('FTP');
const EHLO = ascii('EHLO ');
const HELO = ascii('HELO ');
const EHLO_BARE = ascii('EHLO');
const HELO_BARE = ascii('HELO');
const AUTH_TLS = ascii('AUTH TLS');
const AUTH_SSL = ascii('AUTH SSL');
const USER = ascii('USER ');
const OK_POP = ascii('+OK ');
const CAPA = ascii('CAPA');
const STLS = ascii('STLS');
const APOP = ascii('APOP ');
const IMAP_OK = ascii('* OK ');
const IMAP_PREAUTH = ascii('* PREAUTH ');
const W_IMAP = ascii('IMAP');
/** Commands a client sends first (RFC 9051 §6.1, §6.2): tagged, any case. */
const IMAP_FIRST_COMMANDS = ['CAPABILITY', 'STARTTLS', 'LOGIN', 'AUTHENTICATE', 'ID', 'NOOP', 'LOGOUT', 'ENABLE', 'SELECT', 'EXAMINE', 'LIST'].map(ascii);

const SMTP_PORTS = [25, 465, 587, 2525];
const GREETING_NONE = 0;
const GREETING_SMTP = 1;
const GREETING_FTP = 2;

function smtpPort(ctx: FlowContext): boolean {
  for (let i = 0; i < SMTP_PORTS.length; i++) if (either(ctx, SMTP_PORTS[i])) return true;
  return false;
}

/** A "220 " / "220-" greeting line: SMTP's or FTP's (the rule at the top of this file). */
function classify220(buf: Uint8Array, off: number, len: number, ctx: FlowContext): number {
  if (ctx.protocol !== TCP || !inside(buf, off, len) || len < 6) return GREETING_NONE;
  const end = off + len;
  if (!startsWith(buf, off, end, W220) || (buf[off + 3] !== 0x20 && buf[off + 3] !== 0x2d)) return GREETING_NONE;
  const e = lineEnd(buf, off + 4, end, 512);
  if (e < 0) return GREETING_NONE;
  const smtp = containsCi(buf, off + 4, e, W_SMTP);
  // "SMTP" does not contain "FTP", so a hit here is its own word (or SFTP, TFTP: FTP enough).
  const ftp = containsCi(buf, off + 4, e, W_FTP);
  if (smtp && !ftp) return GREETING_SMTP;
  if (ftp && !smtp) return GREETING_FTP;
  if (smtpPort(ctx)) return GREETING_SMTP;
  if (either(ctx, 21)) return GREETING_FTP;
  return GREETING_NONE;
}

// SMTP, RFC 5321: the server's 220 greeting (§4.2, §4.3.1) or the client's EHLO/HELO (§4.1.1.1).
function matchSmtp(buf: Uint8Array, off: number, len: number, _dir: Direction, ctx: FlowContext): boolean {
  if (classify220(buf, off, len, ctx) === GREETING_SMTP) return true;
  if (ctx.protocol !== TCP || !inside(buf, off, len)) return false;
  const end = off + len;
  // The domain is mandatory, but a client that leaves it out still speaks SMTP.
  return isCommandLine(buf, off, end, EHLO) || isCommandLine(buf, off, end, HELO) || isLine(buf, off, end, EHLO_BARE) || isLine(buf, off, end, HELO_BARE);
}

// FTP, RFC 959 §4.2 and §5.4: the server's 220 greeting; the client's AUTH TLS / AUTH SSL
// (RFC 4217 §4) anywhere, its USER on port 21.
function matchFtp(buf: Uint8Array, off: number, len: number, _dir: Direction, ctx: FlowContext): boolean {
  if (classify220(buf, off, len, ctx) === GREETING_FTP) return true;
  if (ctx.protocol !== TCP || !inside(buf, off, len)) return false;
  const end = off + len;
  // "AUTH TLS", "AUTH SSL", and the RFC 2228-era "AUTH TLS-C" / "AUTH TLS-P", ended by CR LF.
  if (startsWithCi(buf, off, end, AUTH_TLS) || startsWithCi(buf, off, end, AUTH_SSL)) return lineEnd(buf, off + AUTH_TLS.length, end, 3) >= 0;
  return either(ctx, 21) && isCommandLine(buf, off, end, USER);
}

// POP3, RFC 1939 §4 (greeting "+OK text"; USER, APOP), RFC 2449 (CAPA), RFC 2595 §4 (STLS). The
// greeting needs text after "+OK ": Redis (RESP) answers a bare "+OK\r\n".
function matchPop3(buf: Uint8Array, off: number, len: number, _dir: Direction, ctx: FlowContext): boolean {
  if (ctx.protocol !== TCP || !inside(buf, off, len)) return false;
  const end = off + len;
  if (startsWith(buf, off, end, OK_POP)) return lineEnd(buf, off + 4, end, 512) > off + 4;
  if (isLine(buf, off, end, CAPA) || isLine(buf, off, end, STLS) || isCommandLine(buf, off, end, APOP)) return true;
  return either(ctx, 110) && isCommandLine(buf, off, end, USER);
}

/** IMAP tag characters (RFC 9051 §9: ASTRING-CHAR except "+"): printable, no specials. */
function imapTagChar(c: number): boolean {
  return c > 0x20 && c < 0x7f && c !== 0x28 && c !== 0x29 && c !== 0x7b && c !== 0x25 && c !== 0x2a && c !== 0x22 && c !== 0x5c && c !== 0x2b;
}

// IMAP, RFC 9051 §7.1 (greeting "* OK" / "* PREAUTH", with the word IMAP or on port 143) and §2.2.1
// (a tagged command such as "a001 CAPABILITY" or ". LOGIN …").
function matchImap(buf: Uint8Array, off: number, len: number, _dir: Direction, ctx: FlowContext): boolean {
  if (ctx.protocol !== TCP || !inside(buf, off, len)) return false;
  const end = off + len;
  const greet = startsWith(buf, off, end, IMAP_OK) ? IMAP_OK.length : startsWith(buf, off, end, IMAP_PREAUTH) ? IMAP_PREAUTH.length : 0;
  if (greet > 0) {
    const e = lineEnd(buf, off + greet, end, 1024);
    return e > off + greet && (either(ctx, 143) || containsCi(buf, off + greet, e, W_IMAP));
  }
  let p = off;
  while (p < end && p - off <= 32 && imapTagChar(buf[p])) p++;
  if (p === off || p - off > 32 || p >= end || buf[p] !== 0x20) return false;
  p++;
  for (let i = 0; i < IMAP_FIRST_COMMANDS.length; i++) {
    const cmd = IMAP_FIRST_COMMANDS[i];
    if (!startsWithCi(buf, p, end, cmd)) continue;
    const q = p + cmd.length;
    if (q < end && (buf[q] === 0x20 || buf[q] === 0x0d || buf[q] === 0x0a)) return lineEnd(buf, q, end, 1024) >= q;
  }
  return false;
}

// ---- SIP ----------------------------------------------------------------------------------

const SIP_VERSION = ascii('SIP/2.0');
/** RFC 3261 §7.1 and the extensions' methods (RFC 3262, 3265/6665, 3311, 3428, 3515, 3903, 6086). */
const SIP_METHODS = ['INVITE', 'REGISTER', 'OPTIONS', 'ACK', 'BYE', 'CANCEL', 'SUBSCRIBE', 'NOTIFY', 'PUBLISH', 'INFO', 'REFER', 'MESSAGE', 'UPDATE', 'PRACK'].map(ascii);
const SIP_SCHEMES = ['SIP:', 'SIPS:', 'TEL:'].map(ascii);
/** First bytes of a status line or a request line. */
const SIP_FIRST = [SIP_VERSION[0], ...SIP_METHODS.map((m) => m[0])];

// SIP, RFC 3261 §7.1 request line "METHOD sip:uri SIP/2.0" and §7.2 status line "SIP/2.0 200 …", the
// first line complete and CR LF ended, on any port, UDP or TCP.
function matchSip(buf: Uint8Array, off: number, len: number, _dir: Direction, ctx: FlowContext): boolean {
  if ((ctx.protocol !== UDP && ctx.protocol !== TCP) || !inside(buf, off, len) || len < 12) return false;
  const end = off + len;
  const e = lineEnd(buf, off, end, 2048);
  if (e < 0 || buf[e] !== 0x0d) return false;
  if (startsWith(buf, off, e, SIP_VERSION)) {
    // "SIP/2.0 " three digits 1xx–6xx, a space (the reason phrase may be empty).
    const d = off + SIP_VERSION.length + 1;
    if (buf[d - 1] !== 0x20 || d + 4 > e || buf[d + 3] !== 0x20) return false;
    return buf[d] >= 0x31 && buf[d] <= 0x36 && buf[d + 1] >= 0x30 && buf[d + 1] <= 0x39 && buf[d + 2] >= 0x30 && buf[d + 2] <= 0x39;
  }
  for (let i = 0; i < SIP_METHODS.length; i++) {
    const m = SIP_METHODS[i];
    if (!startsWith(buf, off, e, m) || buf[off + m.length] !== 0x20) continue;
    const uri = off + m.length + 1;
    let scheme = false;
    for (let j = 0; j < SIP_SCHEMES.length && !scheme; j++) scheme = startsWithCi(buf, uri, e, SIP_SCHEMES[j]);
    // The line ends in " SIP/2.0".
    const v = e - SIP_VERSION.length;
    return scheme && v > uri && buf[v - 1] === 0x20 && startsWith(buf, v, e, SIP_VERSION);
  }
  return false;
}

// ---- MQTT ---------------------------------------------------------------------------------

const MQTT_NAME = ascii('MQTT');
const MQISDP_NAME = ascii('MQIsdp');

/** A fixed-header first byte a control packet may have (MQTT 5.0 §2.1.3: flags per type). */
function mqttHeaderByte(b: number): boolean {
  const type = b >> 4;
  const flags = b & 15;
  if (type === 3) return (flags & 6) !== 6; // PUBLISH: any flags but QoS 3
  if (type === 6 || type === 8 || type === 10) return flags === 2; // PUBREL, SUBSCRIBE, UNSUBSCRIBE
  return type >= 1 && type <= 15 && flags === 0;
}

/** A topic name or filter: 1… UTF-8 bytes, no control characters (MQTT 5.0 §1.5.4, §4.7). */
function mqttTopic(buf: Uint8Array, p: number, n: number, wildcards: boolean): boolean {
  if (n === 0) return false;
  for (let i = p; i < p + n; i++) {
    const c = buf[i];
    if (c < 0x20 || c === 0x7f) return false;
    if (!wildcards && (c === 0x23 || c === 0x2b)) return false; // '#', '+'
  }
  return true;
}

// MQTT 3.1.1 (OASIS, §3.1 CONNECT, §3.3 PUBLISH, §3.8 SUBSCRIBE), MQTT 5.0 (OASIS, same sections),
// MQTT 3.1 (IBM, protocol name "MQIsdp"). CONNECT proves it on its own; a PUBLISH or SUBSCRIBE
// (a capture that starts mid-session) must have its remaining length agree with the packet
// (exactly, or followed by another packet's header, or a full-sized segment it overflows) and
// a well-formed topic.
function matchMqtt(buf: Uint8Array, off: number, len: number, _dir: Direction, ctx: FlowContext): boolean {
  if (ctx.protocol !== TCP || !inside(buf, off, len) || len < 4) return false;
  const end = off + len;
  const b0 = buf[off];
  const rl = mqttVarint(buf, off + 1, end);
  if (rl < 0) return false;
  const body = varNext;
  const next = body + rl;
  if (b0 === 0x10) {
    // CONNECT: protocol name, level (3 for MQIsdp, 4 = 3.1.1, 5 = 5.0), connect flags (bit 0 reserved).
    if (rl < 12 || body + 2 > end) return false;
    const n = u16(buf, body);
    if (n === 4 && startsWith(buf, body + 2, end, MQTT_NAME)) {
      const level = buf[body + 6];
      return body + 8 <= end && (level === 4 || level === 5) && (buf[body + 7] & 1) === 0;
    }
    if (n === 6 && startsWith(buf, body + 2, end, MQISDP_NAME)) return body + 10 <= end && buf[body + 8] === 3 && (buf[body + 9] & 1) === 0;
    return false;
  }
  const fits = next === end || (next < end && mqttHeaderByte(buf[next])) || (next > end && len >= 512);
  if (!fits) return false;
  if (b0 >> 4 === 3 && mqttHeaderByte(b0)) {
    // PUBLISH: topic name, then a non-zero packet id for QoS 1 and 2.
    const qos = (b0 >> 1) & 3;
    if (body + 2 > end) return false;
    const n = u16(buf, body);
    const after = body + 2 + n;
    if (after + (qos > 0 ? 2 : 0) > Math.min(end, next) || !mqttTopic(buf, body + 2, n, false)) return false;
    return qos === 0 || u16(buf, after) !== 0;
  }
  if (b0 === 0x82) {
    // SUBSCRIBE: packet id (non-zero), [5.0: properties], a topic filter and its options byte.
    if (body + 2 > end || u16(buf, body) === 0) return false;
    const stop = Math.min(end, next);
    for (let v5 = 0; v5 < 2; v5++) {
      let p = body + 2;
      if (v5 === 1) {
        const props = mqttVarint(buf, p, stop);
        if (props < 0) return false;
        p = varNext + props;
      }
      if (p + 2 > stop) continue;
      const n = u16(buf, p);
      const opt = p + 2 + n;
      if (opt >= stop || !mqttTopic(buf, p + 2, n, true)) continue;
      const o = buf[opt];
      if (v5 === 0 ? o <= 2 : (o & 0xc0) === 0 && (o & 3) <= 2 && (o & 0x30) !== 0x30) return true;
    }
  }
  return false;
}

// ---- LDAP ---------------------------------------------------------------------------------

/** protocolOp tags of RFC 4511 §4.2–§4.14 ([APPLICATION n], primitive or constructed). */
const LDAP_OPS = new Uint8Array(256);
for (const t of [0x60, 0x61, 0x42, 0x63, 0x64, 0x65, 0x73, 0x66, 0x67, 0x68, 0x69, 0x4a, 0x6b, 0x6c, 0x6d, 0x6e, 0x6f, 0x50, 0x77, 0x78, 0x79]) LDAP_OPS[t] = 1;

// LDAP, RFC 4511 §4.1.1: LDAPMessage ::= SEQUENCE { messageID INTEGER (0..2^31-1), protocolOp
// [APPLICATION n], controls [0] OPTIONAL } in BER, over TCP or UDP (CLDAP), any port. The
// operation must fit inside the message.
function matchLdap(buf: Uint8Array, off: number, len: number, _dir: Direction, ctx: FlowContext): boolean {
  if ((ctx.protocol !== TCP && ctx.protocol !== UDP) || !inside(buf, off, len) || len < 7 || buf[off] !== 0x30) return false;
  const end = off + len;
  const msgLen = berLength(buf, off + 1, end);
  if (msgLen < 5) return false;
  const msgEnd = berNext + msgLen;
  if (ctx.protocol === UDP && msgEnd !== end) return false;
  let p = berNext;
  if (p + 3 > end || buf[p] !== 0x02) return false;
  const idLen = buf[p + 1];
  if (idLen < 1 || idLen > 4 || (buf[p + 2] & 0x80) !== 0) return false;
  p += 2 + idLen;
  if (p + 2 > end || LDAP_OPS[buf[p]] === 0) return false;
  const opLen = berLength(buf, p + 1, end);
  return opLen >= 0 && berNext + opLen <= msgEnd;
}

// ---- Kerberos -----------------------------------------------------------------------------

/** [1] INTEGER 5 (the pvno of a KDC-REQ; the context tag is [0] in KDC-REP and KRB-ERROR). */
function krbInteger(buf: Uint8Array, p: number, end: number, tag: number, value: number): boolean {
  return p + 5 <= end && buf[p] === tag && buf[p + 1] === 3 && buf[p + 2] === 2 && buf[p + 3] === 1 && buf[p + 4] === value;
}

// Kerberos V5, RFC 4120 §5.4.1 (AS-REQ [APPLICATION 10], TGS-REQ [12]), §5.4.2 (AS-REP [11],
// TGS-REP [13]), §5.9.1 (KRB-ERROR [30]): the application tag, a SEQUENCE, pvno 5 and a msg-type
// equal to the tag number. Over UDP the message fills the datagram; over TCP it follows a 4-byte
// record length (§7.2.2; high bit reserved) that must equal its encoded size. Either may be cut
// short by the capture or the segment; neither may hold less.
function matchKerberos(buf: Uint8Array, off: number, len: number, _dir: Direction, ctx: FlowContext): boolean {
  if (!inside(buf, off, len) || len < 16) return false;
  const end = off + len;
  let p = off;
  let size = len;
  if (ctx.protocol === TCP) {
    if (len < 4 + 16 || buf[off] !== 0) return false;
    size = u32(buf, off);
    p += 4;
  } else if (ctx.protocol !== UDP) {
    return false;
  }
  const tag = buf[p];
  if (tag !== 0x6a && tag !== 0x6b && tag !== 0x6c && tag !== 0x6d && tag !== 0x7e) return false;
  const l = berLength(buf, p + 1, end);
  if (l < 0 || berNext - p + l !== size) return false;
  p = berNext;
  if (p >= end || buf[p] !== 0x30 || berLength(buf, p + 1, end) < 0) return false;
  p = berNext;
  const type = tag & 0x1f;
  // KDC-REQ numbers its fields from [1]; KDC-REP and KRB-ERROR from [0].
  const first = tag === 0x6a || tag === 0x6c ? 0xa1 : 0xa0;
  return krbInteger(buf, p, end, first, 5) && krbInteger(buf, p + 5, end, first + 1, type);
}

// ---- BitTorrent ---------------------------------------------------------------------------

const BT_HANDSHAKE = ascii('\x13BitTorrent protocol');
const DHT_QUERY = ascii('d1:ad2:id20:');
const DHT_RESPONSE = ascii('d1:rd2:id20:');
const DHT_IP = ascii('d2:ip');
const DHT_R_ID = ascii('1:rd2:id20:');

// BitTorrent: the peer wire handshake (BEP 3) over TCP or inside a uTP data packet (BEP 29), the
// uTP SYN (BEP 29: type 4 version 1, no extension, 20 bytes, zero timestamp difference and
// ack_nr), and DHT queries and responses (BEP 5: bencoded, keys sorted, "a"/"r" with the 20-byte
// node id first; BEP 42 responses lead with "ip").
function matchBittorrent(buf: Uint8Array, off: number, len: number, _dir: Direction, ctx: FlowContext): boolean {
  if (!inside(buf, off, len)) return false;
  const end = off + len;
  if (ctx.protocol === TCP) return startsWith(buf, off, end, BT_HANDSHAKE);
  if (ctx.protocol !== UDP) return false;
  const b0 = buf[off];
  if (b0 === 0x64) {
    // 'd'
    if (len < DHT_QUERY.length + 20) return false;
    if (startsWith(buf, off, end, DHT_QUERY) || startsWith(buf, off, end, DHT_RESPONSE)) return true;
    if (!startsWith(buf, off, end, DHT_IP)) return false;
    // "d2:ip" then a 6- or 18-byte compact address ("6:" / "18:"), then "1:rd2:id20:".
    const p = off + DHT_IP.length;
    const n = buf[p] === 0x36 && buf[p + 1] === 0x3a ? 6 : buf[p] === 0x31 && buf[p + 1] === 0x38 && buf[p + 2] === 0x3a ? 18 : 0;
    return n > 0 && startsWith(buf, p + (n === 6 ? 2 : 3) + n, end, DHT_R_ID);
  }
  if (b0 === 0x41) {
    return len === 20 && buf[off + 1] === 0 && u32(buf, off + 8) === 0 && u16(buf, off + 18) === 0;
  }
  if (b0 === 0x01) return buf[off + 1] === 0 && startsWith(buf, off + 20, end, BT_HANDSHAKE);
  return false;
}

// ---- WireGuard ----------------------------------------------------------------------------

// WireGuard (the protocol paper, §5.4.2–§5.4.7): a message type 1–4 and three reserved zero bytes,
// then fixed sizes: handshake initiation 148, response 92, cookie reply 64; transport data is
// 16 bytes of header plus the padded, authenticated payload (a multiple of 16, at least 32) with
// a little-endian 64-bit counter whose high half is 0 (2^32 packets are far past a rekey).
function matchWireguard(buf: Uint8Array, off: number, len: number, _dir: Direction, ctx: FlowContext): boolean {
  if (ctx.protocol !== UDP || !inside(buf, off, len) || len < 32) return false;
  const type = buf[off];
  if (buf[off + 1] !== 0 || buf[off + 2] !== 0 || buf[off + 3] !== 0) return false;
  const sender = u32(buf, off + 4);
  switch (type) {
    case 1:
      return len === 148 && sender !== 0;
    case 2:
      return len === 92 && sender !== 0 && u32(buf, off + 8) !== 0;
    case 3:
      return len === 64 && sender !== 0;
    case 4:
      return (len & 15) === 0 && sender !== 0 && u32(buf, off + 12) === 0;
    default:
      return false;
  }
}

// ---- OpenVPN ------------------------------------------------------------------------------

// Sizes of a hard reset (OpenVPN wire protocol, ssl_pkt.h / doc_protocol_overview.h): opcode and
// key id (1), session id (8), ack array (1 + 4 per id, + 8 remote session id when non-empty),
// message packet id (4), [OpenVPN 2.6: an early-negotiation TLV, 6]; wrapped by nothing, by
// --tls-auth (HMAC of 16, 20, 32, 48 or 64 bytes, then a 4-byte replay packet id and 4-byte
// time) or by --tls-crypt (replay packet id and time, then a 32-byte tag: the size of tls-auth
// with SHA-256).
const OVPN_CLIENT_V2 = 7 << 3;
const OVPN_SERVER_V2 = 8 << 3;
const OVPN_CLIENT_V3 = 10 << 3;
const OVPN_LEN_CLIENT = 1;
const OVPN_LEN_SERVER = 2;
/** Where the replay packet id sits behind the session id: tls-crypt (0) or behind a tls-auth HMAC. */
const OVPN_HMAC = [0, 16, 20, 32, 48, 64];
const OVPN_LENGTHS = new Uint8Array(256);
for (const wrap of [0, 16 + 8, 20 + 8, 32 + 8, 48 + 8, 64 + 8]) {
  for (const tlv of [0, 6]) {
    OVPN_LENGTHS[14 + wrap + tlv] |= OVPN_LEN_CLIENT;
    OVPN_LENGTHS[26 + wrap + tlv] |= OVPN_LEN_SERVER;
  }
}
/** 2010-01-01 in Unix seconds: the oldest believable time in a replay-protection header. */
const OVPN_MIN_TIME = 0x4b3d3b00;

/** At most 2 zero bytes in buf[p, p + 8): a random 64-bit session id, not a run of small fields. */
function randomId(buf: Uint8Array, p: number): boolean {
  let zeros = 0;
  for (let i = p; i < p + 8; i++) if (buf[i] === 0) zeros++;
  return zeros <= 2;
}

/** The clear part of a hard reset at buf[q, end): ack array and message packet id 0. */
function ovpnClear(buf: Uint8Array, q: number, end: number, client: boolean): boolean {
  if (client) return q + 5 <= end && buf[q] === 0 && u32(buf, q + 1) === 0;
  // The server's acknowledges the client's message 0 and names the client's session.
  return q + 17 <= end && buf[q] === 1 && u32(buf, q + 1) === 0 && randomId(buf, q + 5) && u32(buf, q + 13) === 0;
}

/**
 * One OpenVPN packet at buf[p, p + n) that starts a session: the opcode (key id 0), a size the
 * wrapping allows, a random session id, and the fields a hard reset has at fixed places.
 * tls-auth: replay packet id 1 (up to 8 for retransmissions) and a believable time behind the
 * HMAC, then the clear ack array and message packet id 0. tls-crypt: the replay id and time
 * right behind the session id, the rest encrypted, so the exact tls-crypt size too. Unwrapped
 * (`plain`): the empty ack array (the server's: one acknowledging message 0) and message id 0,
 * zeros other protocols have at those places as well, so the caller allows that only where the
 * port or a length prefix speaks for OpenVPN.
 */
function ovpnReset(buf: Uint8Array, p: number, n: number, plain: boolean): boolean {
  const op = buf[p];
  if (op === OVPN_CLIENT_V3) {
    // --tls-crypt-v2: the wrapped client key ends the packet, its 2-byte length last; before it
    // 1 + 8 + 8 + 32 bytes of header and tag, the ack array and message id, maybe a TLV.
    if (n < 54 + 34 || !randomId(buf, p + 1)) return false;
    const wkc = u16(buf, p + n - 2);
    return wkc >= 34 && n - wkc >= 54 && n - wkc <= 54 + 16;
  }
  const client = op === OVPN_CLIENT_V2;
  if (!client && op !== OVPN_SERVER_V2) return false;
  if (n >= 256 || (OVPN_LENGTHS[n] & (client ? OVPN_LEN_CLIENT : OVPN_LEN_SERVER)) === 0 || !randomId(buf, p + 1)) return false;
  const base = client ? 14 : 26;
  for (let i = 0; i < OVPN_HMAC.length; i++) {
    const q = p + 9 + OVPN_HMAC[i];
    if (q + 8 > p + n) break;
    const id = u32(buf, q);
    if (id < 1 || id > 8 || u32(buf, q + 4) < OVPN_MIN_TIME) continue;
    if (i === 0 ? n === base + 40 || n === base + 40 + 6 : ovpnClear(buf, q + 8, p + n, client)) return true;
  }
  return plain && ovpnClear(buf, p + 9, p + n, client);
}

// OpenVPN (the wire protocol, openvpn/src/openvpn/ssl_pkt.h): a session starts with
// P_CONTROL_HARD_RESET_CLIENT_V2 (7) or _V3 (10) and P_CONTROL_HARD_RESET_SERVER_V2 (8), key id 0.
// Over TCP behind a 2-byte length equal to the rest of the segment; over UDP alone, where an
// unwrapped reset is only believed on port 1194.
function matchOpenvpn(buf: Uint8Array, off: number, len: number, _dir: Direction, ctx: FlowContext): boolean {
  if (!inside(buf, off, len)) return false;
  if (ctx.protocol === TCP) return len >= 16 && u16(buf, off) === len - 2 && ovpnReset(buf, off + 2, len - 2, true);
  if (ctx.protocol !== UDP || len < 14) return false;
  return ovpnReset(buf, off, len, either(ctx, 1194));
}

// ---- the registry -------------------------------------------------------------------------

/** In the order the engine tries them (cheap and specific first). */
export const SIGNATURES: readonly Signature[] = [
  { name: 'bittorrent', starts: { tcp: [BT_HANDSHAKE[0]], udp: [0x64, 0x41, 0x01] }, match: matchBittorrent },
  { name: 'wireguard', starts: { udp: [1, 2, 3, 4] }, match: matchWireguard },
  { name: 'smb', starts: { tcp: [0], udp: [0x10, 0x11, 0x12] }, match: matchSmb },
  { name: 'rdp', starts: { tcp: [3] }, match: matchRdp },
  { name: 'kerberos', starts: { tcp: [0], udp: [0x6a, 0x6b, 0x6c, 0x6d, 0x7e] }, match: matchKerberos },
  { name: 'ldap', starttls: true, starts: { tcp: [0x30], udp: [0x30] }, match: matchLdap },
  { name: 'ntp', starts: { udpPorts: [123] }, match: matchNtp },
  // Over TCP the first byte is the high byte of a length: any.
  { name: 'openvpn', starts: { tcp: ANY_BYTE, udp: [OVPN_CLIENT_V2, OVPN_SERVER_V2, OVPN_CLIENT_V3] }, match: matchOpenvpn },
  { name: 'mqtt', starts: { tcp: [0x10, ...byteRange(0x30, 0x3f), 0x82] }, match: matchMqtt },
  { name: 'sip', starts: { tcp: SIP_FIRST, udp: SIP_FIRST }, match: matchSip },
  { name: 'smtp', starttls: true, starts: { tcp: chars('2EeHh') }, match: matchSmtp },
  { name: 'ftp', starttls: true, starts: { tcp: chars('2AaUu') }, match: matchFtp },
  { name: 'pop3', starttls: true, starts: { tcp: chars('+CcSsAaUu') }, match: matchPop3 },
  // "* OK", or a tag: printable characters.
  { name: 'imap', starttls: true, starts: { tcp: byteRange(0x21, 0x7e) }, match: matchImap },
];

/** Every app_protocol label the probe can emit, analyzers' names included: 'dns','http','tls','quic','ssh','dhcp', then the signature names. Index 0 is ''. */
export const APP_PROTOCOLS: readonly string[] = ['', 'dns', 'http', 'tls', 'quic', 'ssh', 'dhcp', ...SIGNATURES.map((s) => s.name)];

const INDEX = new Map<string, number>(APP_PROTOCOLS.map((n, i) => [n, i]));

/** Index in APP_PROTOCOLS of a name (-1 if unknown). */
export function appIndex(name: string): number {
  return INDEX.get(name) ?? -1;
}

// ---- port guesses -------------------------------------------------------------------------

// Well-known ports (IANA service names registry) and the label a flow on them gets when nothing
// confirmed a protocol. An implicit-TLS port names the application inside the TLS, as the
// registry does: 993 imaps → imap, 995 pop3s → pop3, 465 submissions → smtp, 990 ftps → ftp,
// 636 ldaps → ldap, 5061 sips → sip, 8883 secure-mqtt → mqtt, 853 domain-s (DNS over TLS, and
// over QUIC on UDP, RFC 7858 / RFC 9250) → dns. 443 and 8443 are the exception: TLS there carries
// everything from HTTP to VPNs, so TCP says tls and UDP quic. SCTP uses the TCP table (IANA
// gives SCTP the TCP assignments for these services).
const TCP_GUESS: readonly [string, readonly number[]][] = [
  ['dns', [53, 853]],
  ['http', [80, 8000, 8008, 8080]],
  ['tls', [443, 8443]],
  ['ssh', [22]],
  ['smb', [139, 445]],
  ['rdp', [3389]],
  ['smtp', [25, 465, 587]],
  ['imap', [143, 993]],
  ['pop3', [110, 995]],
  ['ftp', [20, 21, 990]],
  ['sip', [5060, 5061]],
  ['mqtt', [1883, 8883]],
  ['ldap', [389, 636, 3268, 3269]],
  ['kerberos', [88]],
  ['bittorrent', [6881, 6882, 6883, 6884, 6885, 6886, 6887, 6888, 6889]],
  ['openvpn', [1194]],
];
const UDP_GUESS: readonly [string, readonly number[]][] = [
  ['dns', [53, 853, 5353, 5355]],
  ['quic', [443]],
  ['dhcp', [67, 68]],
  ['ntp', [123]],
  ['smb', [138]],
  ['rdp', [3389]],
  ['sip', [5060]],
  ['ldap', [389]],
  ['kerberos', [88]],
  ['bittorrent', [6881, 6882, 6883, 6884, 6885, 6886, 6887, 6888, 6889]],
  ['wireguard', [51820]],
  ['openvpn', [1194]],
];

function portTable(entries: readonly [string, readonly number[]][]): Uint8Array {
  const t = new Uint8Array(65536);
  for (const [name, ports] of entries) {
    const i = appIndex(name);
    if (i <= 0) throw new Error(`port table names unknown protocol ${name}`);
    for (const p of ports) t[p] = i;
  }
  return t;
}

const TCP_PORTS = portTable(TCP_GUESS);
const UDP_PORTS = portTable(UDP_GUESS);

/** Port guess: index in APP_PROTOCOLS from the responder port (dstPort), else the initiator port, for protocol 6 (TCP) / 17 (UDP) / 132; 0 when no well-known port. O(1) (precomputed tables), no allocation. */
export function guessByPort(protocol: number, srcPort: number, dstPort: number): number {
  const t = protocol === UDP ? UDP_PORTS : protocol === TCP || protocol === 132 ? TCP_PORTS : null;
  if (t === null) return 0;
  return t[dstPort & 0xffff] || t[srcPort & 0xffff];
}
