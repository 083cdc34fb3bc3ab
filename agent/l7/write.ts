// The analyzers' sub-messages of a flow record (FlowRecord fields 28–33, proto/flow.proto)
// written straight into the record batch that agent/flow/encode.ts builds, with the privacy
// policy applied as they are written (a dropped field is skipped, nothing is copied).
//
// protobufjs did this before: object copies for the policy, a Writer with a closure per field
// and a buffer per record, their garbage, and TurboFan compiling its large generated encoders
// on the 2 cores we have. Here one function per message, fields in the order of their numbers
// as proto3 encoders emit them, on a handful of primitives; zero values, empty strings and
// empty lists are left out as protobufjs leaves them out, so the bytes are protobufjs's
// (test/l7-write.test.ts compares them, and decodes them with protobufjs).
//
// Length prefixes: a message's body is written after its key and `reserve` bytes for its
// length; when the body is done it moves up or down if its length takes more or fewer bytes
// (close()). A sub-message keeps as many as the last one of its kind took (finish()).
//
// Kept between records: the bytes of each server certificate summary, and the UTF-8 of long
// strings seen more than once (tlsCertificate(), textLong()): values that repeat across flows,
// copied in one call instead of written string by string.
//
// Room: a sub-message must end by `limit` (the caller's share of L7_MAX_BYTES), else it is left
// out whole: write*() return -1 and the caller keeps its end where it was. The end check
// decides. While writing, strings and packed lists (whose sizes only the analyzers' limits
// bound) are not written when they would end past limit + SLACK, and set `over`; repeated
// messages stop there too. SLACK: positions before the length prefixes are moved differ from
// the final ones by a byte or two, so only a sub-message that cannot fit stops early.
// Numbers are written unchecked: those of one message and the fields after it take < 256
// bytes, room the caller has past the limit (encode.ts keeps 1024 bytes more than L7_MAX_BYTES
// per record).

import { closeLength as close, varint, varintBytes } from '../flow/encode.js';
import type { DhcpFields, DhcpTransaction } from './dhcp.js';
import type { DnsAnswer, DnsFields, DnsTransaction } from './dns.js';
import type { HttpFields } from './http.js';
import type { QuicInfo } from './quic.js';
import type { SshFields } from './ssh.js';
import type { TlsCertificate, TlsInfo } from './tls.js';

const VARINT = 0;
const LEN = 2;
const SLACK = 16;
/** Strings of this many characters or more have their UTF-8 kept (see text()); below 128. */
const CACHED_CHARS = 32;

let limit = 0;
/** Something was not written: the sub-message cannot end by the limit. */
let over = false;

// Calls cost here (~10 ns each, where storing a byte costs ~2 ns), and TurboFan inlines only so
// many into a writer: so the helpers below write the common case (a one-byte key, for fields
// below 16; a one-byte value) themselves, and call key() and varint() for the rest.

/** The field's key; field numbers here are below 2048, so one or two bytes. */
function key(b: Uint8Array, p: number, field: number, wireType: number): number {
  const k = (field << 3) | wireType;
  if (k < 0x80) {
    b[p] = k;
    return p + 1;
  }
  b[p] = (k & 0x7f) | 0x80;
  b[p + 1] = k >>> 7;
  return p + 2;
}

function uint32(b: Uint8Array, p: number, field: number, v: number | undefined): number {
  if (v === undefined || v === 0) return p;
  if (field < 16) b[p++] = field << 3; // VARINT
  else p = key(b, p, field, VARINT);
  v >>>= 0; // as protobufjs: the low 32 bits
  if (v < 0x80) {
    b[p] = v;
    return p + 1;
  }
  return varint(b, p, v);
}

/** int64 / uint64 from a JS number (an integer of magnitude below 2^53); negative ones as 64-bit two's complement. */
function int64(b: Uint8Array, p: number, field: number, v: number | undefined): number {
  if (v === undefined || v === 0) return p;
  p = key(b, p, field, VARINT);
  if (v > 0) return varint(b, p, v);
  const m = -v;
  let lo = ~(m >>> 0) >>> 0;
  let hi = ~Math.floor(m / 4294967296) >>> 0;
  if (lo === 0xffffffff) { // + 1 carries
    lo = 0;
    hi = (hi + 1) >>> 0;
  } else {
    lo++;
  }
  while (hi !== 0 || lo > 0x7f) {
    b[p++] = (lo & 0x7f) | 0x80;
    lo = ((lo >>> 7) | (hi << 25)) >>> 0;
    hi >>>= 7;
  }
  b[p++] = lo;
  return p;
}

function bool(b: Uint8Array, p: number, field: number, v: boolean | undefined): number {
  if (v !== true) return p;
  if (field < 16) b[p++] = field << 3; // VARINT
  else p = key(b, p, field, VARINT);
  b[p] = 1;
  return p + 1;
}

/**
 * A string field, also when empty (an element of a repeated string), as UTF-8. Strings are
 * ASCII nearly always, and cost what reading and copying their characters costs (a few ns a
 * character here; V8 also flattens a string built with `+` on its first read), or what a call
 * into Buffer's native UTF-8 writer costs (~200 ns whatever the length). So:
 * - short ones (below CACHED_CHARS) are copied by a loop, falling back to Buffer for non-ASCII;
 * - longer ones repeat across flows (fingerprints, user agents, certificate names, DNS names):
 *   their UTF-8 is kept (see `encoded`) and copied, one memcpy; the first sightings are written
 *   by Buffer.
 * Lone surrogates become U+FFFD, as in TextEncoder.
 */
function text(b: Uint8Array, p: number, field: number, s: string): number {
  const n = s.length;
  let at = p;
  if (field < 16) b[at++] = (field << 3) | LEN;
  else at = key(b, p, field, LEN);
  if (n >= CACHED_CHARS) return textLong(b, p, at, s);
  const q = at + 1; // n < 128: a one-byte length
  if (q + n > limit + SLACK) { // as ASCII; textNative checks its own
    over = true;
    return p;
  }
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80) return textNative(b, p, at, s);
    b[q + i] = c;
  }
  b[at] = n;
  return q + n;
}

/**
 * The UTF-8 of long strings seen recently (null: seen once, not kept yet), by their text. A
 * string is kept on its second sighting, so text seen once (a unique URL path) costs a lookup
 * and no copy; at most ENCODED_MAX entries, the oldest go first. The bytes are a string's
 * alone: whether a field is written at all (the privacy policy) is decided before text().
 */
const encoded = new Map<string, Uint8Array | null>();
const ENCODED_MAX = 4096;

function textLong(b: Uint8Array, p: number, at: number, s: string): number {
  const e = encoded.get(s);
  if (e !== undefined && e !== null) {
    const n = e.length;
    const q = at + varintBytes(n);
    if (q + n > limit + SLACK) {
      over = true;
      return p;
    }
    varint(b, at, n);
    b.set(e, q);
    return q + n;
  }
  const end = textNative(b, p, at, s);
  if (end === p) return p;
  if (e === undefined && encoded.size >= ENCODED_MAX) encoded.delete(encoded.keys().next().value!);
  // Seen once before (null): the bytes just written, copied out of the batch.
  encoded.set(s, e === undefined ? null : b.slice(end - written, end));
  return end;
}

/** A Buffer over the batch's memory, for its native string writer (the batch is replaced when it grows). */
let view: Buffer<ArrayBufferLike> = Buffer.alloc(0);
let viewOf: Uint8Array | null = null;
/** UTF-8 bytes of the last textNative() string. */
let written = 0;

/**
 * text() through Buffer: the string's length and UTF-8 at b[at]; p: where its key starts. One
 * native call where there is room for the longest UTF-8 the string could have (3 bytes a
 * UTF-16 unit): written as if ASCII, the length prefix is fixed up if it was not.
 */
function textNative(b: Uint8Array, p: number, at: number, s: string): number {
  if (b !== viewOf) {
    view = Buffer.from(b.buffer, b.byteOffset, b.byteLength);
    viewOf = b;
  }
  const chars = s.length;
  let q = at + varintBytes(chars);
  let n: number;
  if (q + 3 * chars <= limit + SLACK) {
    n = view.write(s, q, 3 * chars, 'utf8'); // all of it: UTF-8 as long as the characters exactly when ASCII
    const k = varintBytes(n);
    if (at + k !== q) {
      b.copyWithin(at + k, q, q + n);
      q = at + k;
    }
    if (q + n > limit + SLACK) {
      over = true;
      return p;
    }
  } else {
    n = Buffer.byteLength(s, 'utf8');
    q = at + varintBytes(n);
    if (q + n > limit + SLACK) {
      over = true;
      return p;
    }
    view.write(s, q, n, 'utf8');
  }
  varint(b, at, n);
  written = n;
  return q + n;
}

function string(b: Uint8Array, p: number, field: number, s: string | undefined): number {
  return s === undefined || s.length === 0 ? p : text(b, p, field, s);
}

function strings(b: Uint8Array, p: number, field: number, a: readonly string[] | undefined): number {
  if (a === undefined) return p;
  for (let i = 0; i < a.length; i++) p = text(b, p, field, a[i]);
  return p;
}

/** Bytes encoded before, at b[p]. */
function copy(b: Uint8Array, p: number, e: Uint8Array): number {
  const n = e.length;
  if (p + n > limit + SLACK) {
    over = true;
    return p;
  }
  b.set(e, p);
  return p + n;
}

/** repeated uint32, packed (proto3's default for repeated scalars). */
function packed(b: Uint8Array, p: number, field: number, a: readonly number[] | undefined): number {
  if (a === undefined || a.length === 0) return p;
  let n = 0;
  for (let i = 0; i < a.length; i++) n += varintBytes(a[i] >>> 0);
  const at = key(b, p, field, LEN);
  if (at + varintBytes(n) + n > limit + SLACK) {
    over = true;
    return p;
  }
  p = varint(b, at, n);
  for (let i = 0; i < a.length; i++) p = varint(b, p, a[i] >>> 0);
  return p;
}

/** Starts a message field: its key; the caller keeps bytes for its length after it (see close()). Returns where the length goes. */
function open(b: Uint8Array, p: number, field: number): number {
  return key(b, p, field, LEN);
}

/**
 * Bytes kept for a sub-message's length, by field − 28: as many as the last one of its kind
 * took, so that its body seldom moves in finish() (a move is a native call, ~0.1 µs; DNS and
 * DHCP sub-messages take one byte mostly, TLS ones two).
 */
const lengthBytes = new Uint8Array([2, 2, 2, 2, 2, 2]);
/** Where the length of the sub-message being written goes, and its kind (field − 28). */
let lengthAt = 0;
let kind = 0;

/** Starts a sub-message of FlowRecord (fields 28–33) at b[p]; it must end by `end`. Returns where its body starts. */
function begin(b: Uint8Array, p: number, end: number, field: number): number {
  limit = end;
  over = false;
  kind = field - 28;
  lengthAt = open(b, p, field);
  return lengthAt + lengthBytes[kind];
}

/** Ends it at p: its end, or -1 when it does not end by the limit. */
function finish(b: Uint8Array, p: number): number {
  const reserved = lengthBytes[kind];
  lengthBytes[kind] = varintBytes(p - lengthAt - reserved);
  p = close(b, lengthAt, reserved, p);
  return over || p > limit ? -1 : p;
}

// ---- the messages, fields in the order of their numbers --------------------------------------

/** 28 dns; `answers`: the policy keeps answer data (the counts stay either way). */
export function writeDns(b: Uint8Array, p: number, end: number, d: DnsFields, answers: boolean): number {
  p = begin(b, p, end, 28);
  const txs = d.transactions;
  for (let i = 0; i < txs.length && !over && p <= limit + SLACK; i++) p = dnsTransaction(b, p, txs[i], answers);
  p = uint32(b, p, 2, d.transactionCount);
  p = uint32(b, p, 3, d.queryCount);
  p = uint32(b, p, 4, d.responseCount);
  p = uint32(b, p, 5, d.malformedCount);
  return finish(b, p);
}

function dnsTransaction(b: Uint8Array, p: number, t: DnsTransaction, answers: boolean): number {
  const at = open(b, p, 1);
  p = at + 1;
  p = uint32(b, p, 1, t.id);
  p = string(b, p, 2, t.query);
  p = uint32(b, p, 3, t.qtype);
  p = uint32(b, p, 4, t.qclass);
  p = uint32(b, p, 5, t.opcode);
  p = bool(b, p, 6, t.querySeen);
  p = bool(b, p, 7, t.responseSeen);
  p = uint32(b, p, 8, t.rcode);
  p = bool(b, p, 9, t.authoritative);
  p = bool(b, p, 10, t.truncated);
  p = bool(b, p, 11, t.recursionDesired);
  p = bool(b, p, 12, t.recursionAvailable);
  p = bool(b, p, 13, t.authenticData);
  p = bool(b, p, 14, t.checkingDisabled);
  p = uint32(b, p, 15, t.answerCount);
  if (answers) {
    const a = t.answers;
    for (let i = 0; i < a.length && !over && p <= limit + SLACK; i++) p = dnsAnswer(b, p, a[i]);
  }
  return close(b, at, 1, p);
}

function dnsAnswer(b: Uint8Array, p: number, a: DnsAnswer): number {
  const at = open(b, p, 16);
  p = at + 1;
  p = uint32(b, p, 1, a.type);
  p = uint32(b, p, 2, a.ttl);
  p = string(b, p, 3, a.data);
  return close(b, at, 1, p);
}

/** 29 http; `userAgent`: the policy keeps it. */
export function writeHttp(b: Uint8Array, p: number, end: number, h: HttpFields, userAgent: boolean): number {
  p = begin(b, p, end, 29);
  p = string(b, p, 1, h.method);
  p = string(b, p, 2, h.host);
  p = string(b, p, 3, h.path);
  p = string(b, p, 4, h.version);
  p = uint32(b, p, 5, h.statusCode);
  if (userAgent) p = string(b, p, 6, h.userAgent);
  p = string(b, p, 7, h.contentType);
  p = string(b, p, 8, h.server);
  p = int64(b, p, 9, h.requestBodyBytes);
  p = int64(b, p, 10, h.responseBodyBytes);
  p = uint32(b, p, 11, h.requestCount);
  p = uint32(b, p, 12, h.responseCount);
  p = uint32(b, p, 13, h.pipelinedCount);
  p = uint32(b, p, 14, h.malformedCount);
  p = uint32(b, p, 15, h.truncatedFields);
  return finish(b, p);
}

/** 30 tls; `certificate`: the policy keeps the server certificate; `starttls`: the flow upgraded to TLS. */
export function writeTls(b: Uint8Array, p: number, end: number, t: TlsInfo, certificate: boolean, starttls: boolean): number {
  p = begin(b, p, end, 30);
  p = uint32(b, p, 1, t.recordVersion);
  p = uint32(b, p, 2, t.clientVersion);
  p = packed(b, p, 3, t.clientSupportedVersions);
  p = uint32(b, p, 4, t.serverVersion);
  p = uint32(b, p, 5, t.serverSelectedVersion);
  p = uint32(b, p, 6, t.version);
  p = string(b, p, 7, t.sni);
  p = strings(b, p, 8, t.alpnOffered);
  p = string(b, p, 9, t.alpn);
  p = uint32(b, p, 10, t.cipherSuite);
  p = string(b, p, 11, t.ja3);
  p = string(b, p, 12, t.ja3Hash);
  p = string(b, p, 13, t.ja3s);
  p = string(b, p, 14, t.ja3sHash);
  p = string(b, p, 15, t.ja4);
  p = bool(b, p, 16, t.ech);
  p = bool(b, p, 17, t.helloRetryRequest);
  if (certificate && t.serverCertificate !== undefined) p = tlsCertificate(b, p, t.serverCertificate);
  p = bool(b, p, 19, starttls);
  return finish(b, p);
}

/**
 * The server certificate field (18: key, length, body) as written, by summary. x509.ts shares
 * one summary per certificate among the flows that see it, and nobody modifies one (recent.ts),
 * so its bytes are written once and copied after: a probe sees the same few certificates over
 * and over, each with a dozen strings. Weak: an entry goes with its summary.
 */
const certificates = new WeakMap<TlsCertificate, Uint8Array>();

function tlsCertificate(b: Uint8Array, p: number, c: TlsCertificate): number {
  const known = certificates.get(c);
  if (known !== undefined) return copy(b, p, known);
  const start = p;
  p = certificateField(b, p, c);
  if (!over) certificates.set(c, b.slice(start, p));
  return p;
}

function certificateField(b: Uint8Array, p: number, c: TlsCertificate): number {
  const at = open(b, p, 18);
  p = at + 2;
  p = string(b, p, 1, c.subject);
  p = string(b, p, 2, c.issuer);
  p = strings(b, p, 3, c.sanDns);
  p = strings(b, p, 4, c.sanIp);
  p = int64(b, p, 5, c.notBeforeMs);
  p = int64(b, p, 6, c.notAfterMs);
  p = string(b, p, 7, c.serial);
  p = string(b, p, 8, c.sha1);
  p = string(b, p, 9, c.sha256);
  p = bool(b, p, 10, c.parsed);
  return close(b, at, 2, p);
}

/** 31 quic. */
export function writeQuic(b: Uint8Array, p: number, end: number, q: QuicInfo): number {
  p = begin(b, p, end, 31);
  p = uint32(b, p, 1, q.version);
  p = string(b, p, 2, q.sni);
  p = strings(b, p, 3, q.alpnOffered);
  p = packed(b, p, 4, q.clientSupportedVersions);
  p = string(b, p, 5, q.ja3);
  p = string(b, p, 6, q.ja3Hash);
  p = string(b, p, 7, q.ja4);
  p = bool(b, p, 8, q.ech);
  return finish(b, p);
}

/** 32 ssh. */
export function writeSsh(b: Uint8Array, p: number, end: number, s: SshFields): number {
  p = begin(b, p, end, 32);
  p = string(b, p, 1, s.clientBanner);
  p = string(b, p, 2, s.serverBanner);
  p = string(b, p, 3, s.hassh);
  p = string(b, p, 4, s.hasshAlgorithms);
  p = string(b, p, 5, s.hasshServer);
  p = string(b, p, 6, s.hasshServerAlgorithms);
  p = uint32(b, p, 7, s.malformedCount);
  return finish(b, p);
}

/** 33 dhcp; `identity`: the policy keeps the client's MAC, host name, FQDN and vendor class. */
export function writeDhcp(b: Uint8Array, p: number, end: number, d: DhcpFields, identity: boolean): number {
  p = begin(b, p, end, 33);
  const txs = d.transactions;
  for (let i = 0; i < txs.length && !over && p <= limit + SLACK; i++) p = dhcpTransaction(b, p, txs[i], identity);
  p = uint32(b, p, 2, d.transactionCount);
  p = uint32(b, p, 3, d.messageCount);
  p = uint32(b, p, 4, d.malformedCount);
  return finish(b, p);
}

function dhcpTransaction(b: Uint8Array, p: number, t: DhcpTransaction, identity: boolean): number {
  const at = open(b, p, 1);
  p = at + 1;
  p = uint32(b, p, 1, t.xid);
  if (identity) p = string(b, p, 2, t.clientMac);
  p = packed(b, p, 3, t.messageTypes);
  p = uint32(b, p, 4, t.messageCount);
  if (identity) {
    p = string(b, p, 5, t.hostname);
    p = string(b, p, 6, t.clientFqdn);
    p = string(b, p, 7, t.vendorClass);
  }
  p = packed(b, p, 8, t.paramRequestList);
  p = string(b, p, 9, t.requestedAddress);
  p = string(b, p, 10, t.assignedAddress);
  p = string(b, p, 11, t.clientAddress);
  p = string(b, p, 12, t.serverId);
  p = uint32(b, p, 13, t.leaseTimeS);
  return close(b, at, 1, p);
}
