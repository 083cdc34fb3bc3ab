// The few facts of a server's leaf certificate that go into the TLS record.
//
// Two readers give the same summary. Ours (readFields below, on agent/l7/der.ts) walks the DER
// for exactly the fields we export and renders them as node:crypto's X509Certificate does; it
// takes some 15 µs of CPU where constructing an X509Certificate takes 0.5 to 1 ms (OpenSSL 3
// sets up a decoder for the public key, which we never use; bench/x509-speed.ts). It is strict: a
// certificate holding anything it is not sure to render exactly as OpenSSL does (an attribute
// type outside its table, a string type or character it does not map, a time form other than
// RFC 5280's, a SAN name Node would quote, DER beyond the strict subset) goes to OpenSSL, the
// parser the rest of the system trusts, and OpenSSL's answer is kept. test/l7-x509.test.ts
// holds the two to byte-for-byte equality on every certificate of the corpora and on generated
// ones, and fuzzes the difference.
//
// Where they could still differ: OpenSSL refusing a certificate for bytes we do not read (the
// public key, the signature, an extension other than subjectAltName) while ours gives the fields
// it read. That would be tolerable (the fields are what the DER says), but ours checks what
// OpenSSL checks on every byte it walks, and the fuzz test finds no such case.
//
// The fingerprints are hashed over the DER ourselves, so a certificate neither reader accepts
// still gets them. Nothing here throws: bad DER yields only the fingerprints.

import { X509Certificate } from 'node:crypto';
import {
  expectTlv, integerHex, isBitString, isBoolean, isOid, nameString, oidContent, oidIs, readTlv, timeMs,
  TAG_BIT_STRING, TAG_INTEGER, TAG_NULL, TAG_OCTET_STRING, TAG_SEQUENCE, TAG_SET, type Tlv,
} from './der.js';
import { hexDigest } from './digest.js';
import { latin1 } from './text.js';
import { Recent } from './recent.js';
import { formatAddress } from '../flow/json.js';
import { MAX_LIST_ENTRIES, MAX_STRING_CHARS } from './tls-hello.js';

/** Leaf certificate summary (a future `TlsCertificate` proto message). */
export interface TlsCertificate {
  /** Subject distinguished name, RDNs in certificate order joined by ", " (e.g. "C=US, O=Acme, CN=a.example"). */
  subject?: string;
  /** Issuer distinguished name, same form as subject. */
  issuer?: string;
  /** subjectAltName dNSName entries, in certificate order (at most 32). */
  sanDns?: string[];
  /** subjectAltName iPAddress entries as text (IPv6 in RFC 5952 form), at most 32. */
  sanIp?: string[];
  /** Validity start, ms since the Unix epoch. */
  notBeforeMs?: number;
  /** Validity end, ms since the Unix epoch. */
  notAfterMs?: number;
  /** Serial number, lower-case hex without separators. */
  serial?: string;
  /** SHA-1 of the DER, lower-case hex (40 chars). */
  sha1: string;
  /** SHA-256 of the DER, lower-case hex (64 chars). */
  sha256: string;
  /** False when the DER could not be parsed (then only the fingerprints are set). */
  parsed: boolean;
}

function cap(s: string): string {
  return s.length > MAX_STRING_CHARS ? s.slice(0, MAX_STRING_CHARS) : s;
}

/**
 * Summaries of recently seen certificates: a probe sees the same few server certificates over
 * and over, and a parse costs several times a lookup (our reader) or a thousand times (OpenSSL).
 * Looked up by a cheap hash of the certificate's length and every 8th byte (the last of them
 * in the signature), and kept with a copy of the DER, compared whole on a hit: no digest is
 * computed for a certificate seen before. At most 512 entries of at most 4 KiB of DER
 * (2 MiB per shard); bigger certificates are parsed every time. Entries are shared, so nobody
 * may modify a summary.
 */
const recent = new Recent<{ der: Uint8Array; summary: Readonly<TlsCertificate> }, number>(512);
const MEMO_MAX_DER = 4096;

/** Summary of the DER certificate der[off, off+len). */
export function summarizeCertificate(der: Uint8Array, off: number, len: number): Readonly<TlsCertificate> {
  const bytes = der.subarray(off, off + len);
  const key = certificateKey(der, off, len);
  const hit = recent.get(key);
  if (hit !== undefined && Buffer.compare(hit.der, bytes) === 0) return hit.summary;
  const summary = parse(bytes, hexDigest('sha256', bytes));
  if (len <= MEMO_MAX_DER) recent.set(key, { der: new Uint8Array(bytes), summary }); // a copy (Buffer's slice() would be a view)
  return summary;
}

/** FNV-1a over the length and every 8th byte (exported for a test). */
export function certificateKey(der: Uint8Array, off: number, len: number): number {
  let h = Math.imul(0x811c9dc5 ^ len, 0x01000193);
  for (let i = off + (len & 7); i < off + len; i += 8) h = Math.imul(h ^ der[i], 0x01000193);
  return h >>> 0;
}

function parse(bytes: Uint8Array, sha256: string): TlsCertificate {
  const out: TlsCertificate = {
    sha1: hexDigest('sha1', bytes),
    sha256,
    parsed: false,
  };
  const f = readFields(bytes);
  return f !== null ? withFields(out, f) : withOpenssl(bytes, out);
}

/** Our reader's summary of a DER certificate, or null where it would hand it to OpenSSL (for tests and bench/x509-speed.ts). */
export function readerSummary(bytes: Uint8Array): TlsCertificate | null {
  const f = readFields(bytes);
  return f === null ? null : withFields({ sha1: hexDigest('sha1', bytes), sha256: hexDigest('sha256', bytes), parsed: false }, f);
}

/** OpenSSL's summary of a DER certificate (for tests and bench/x509-speed.ts). */
export function opensslSummary(bytes: Uint8Array): TlsCertificate {
  return withOpenssl(bytes, { sha1: hexDigest('sha1', bytes), sha256: hexDigest('sha256', bytes), parsed: false });
}

// ---- OpenSSL ----------------------------------------------------------------------------------

/** OpenSSL's one-RDN-per-line form to one line. */
function dn(text: string): string {
  return cap(text.split('\n').filter((l) => l !== '').join(', '));
}

/** "2001:DB8:0:0:0:0:0:1" (OpenSSL's SAN form) to RFC 5952; IPv4 unchanged. */
function ipText(s: string): string {
  if (!s.includes(':')) return s;
  const g = s.split(':');
  if (g.length !== 8) return s.toLowerCase();
  const b = new Uint8Array(16);
  for (let i = 0; i < 8; i++) {
    const v = parseInt(g[i], 16);
    if (!(v >= 0 && v <= 0xffff)) return s.toLowerCase();
    b[2 * i] = v >> 8;
    b[2 * i + 1] = v & 0xff;
  }
  return formatAddress(b);
}

function withOpenssl(bytes: Uint8Array, out: TlsCertificate): TlsCertificate {
  let c: X509Certificate;
  try {
    c = new X509Certificate(bytes);
  } catch {
    return out;
  }
  try {
    out.subject = dn(c.subject ?? '');
    out.issuer = dn(c.issuer ?? '');
    const nb = Date.parse(c.validFrom);
    const na = Date.parse(c.validTo);
    if (Number.isFinite(nb)) out.notBeforeMs = nb;
    if (Number.isFinite(na)) out.notAfterMs = na;
    out.serial = cap(c.serialNumber.toLowerCase());
    const san = c.subjectAltName;
    if (san) {
      const dns: string[] = [];
      const ips: string[] = [];
      // "DNS:a.example, IP Address:10.0.0.1, …" (names holding ", " come quoted; rare enough
      // that splitting on the separator is acceptable for a summary).
      for (const item of san.split(', ')) {
        if (item.startsWith('DNS:')) {
          if (dns.length < MAX_LIST_ENTRIES) dns.push(cap(item.slice(4)));
        } else if (item.startsWith('IP Address:')) {
          if (ips.length < MAX_LIST_ENTRIES) ips.push(ipText(item.slice(11)));
        }
      }
      if (dns.length > 0) out.sanDns = dns;
      if (ips.length > 0) out.sanIp = ips;
    }
    out.parsed = true;
  } catch {
    // A field OpenSSL could not render: keep what we have.
  }
  return out;
}

// ---- our reader -------------------------------------------------------------------------------

interface Fields {
  subject: string;
  issuer: string;
  notBeforeMs: number;
  notAfterMs: number;
  serial: string;
  sanDns: string[];
  sanIp: string[];
}

/** The fields in the order (and so the JSON form) the OpenSSL path gives them. */
function withFields(out: TlsCertificate, f: Fields): TlsCertificate {
  out.subject = f.subject;
  out.issuer = f.issuer;
  out.notBeforeMs = f.notBeforeMs;
  out.notAfterMs = f.notAfterMs;
  out.serial = f.serial;
  if (f.sanDns.length > 0) out.sanDns = f.sanDns;
  if (f.sanIp.length > 0) out.sanIp = f.sanIp;
  out.parsed = true;
  return out;
}

const TAG_VERSION = 0xa0; // [0] EXPLICIT Version
const TAG_EXTENSIONS = 0xa3; // [3] EXPLICIT Extensions
const SAN_DNS = 0x82; // GeneralName dNSName [2] IMPLICIT IA5String
const SAN_IP = 0x87; // iPAddress [7] IMPLICIT OCTET STRING
const SAN_EMAIL = 0x81; // rfc822Name [1] IMPLICIT IA5String
const SAN_URI = 0x86; // uniformResourceIdentifier [6] IMPLICIT IA5String
const SAN_DIR_NAME = 0xa4; // directoryName [4] EXPLICIT Name
const OID_SUBJECT_ALT_NAME = oidContent('2.5.29.17');

/**
 * "-----BEGIN ": node:crypto reads the bytes as PEM first (a PEM block anywhere in them, the
 * rest skipped), DER only when that fails; bytes holding one are OpenSSL's to judge.
 */
const PEM_BEGIN = Buffer.from('-----BEGIN ', 'latin1');

/**
 * Certificate (RFC 5280 §4.1) → the summary's fields, or null when anything is outside what we
 * are sure to render as OpenSSL and Node do. Every TLV of the certificate down to the
 * TBSCertificate's fields is walked and must be strict DER, so what OpenSSL would refuse for its
 * structure we refuse too.
 */
function readFields(b: Uint8Array): Fields | null {
  if (Buffer.from(b.buffer, b.byteOffset, b.length).indexOf(PEM_BEGIN) >= 0) return null;
  // d2i_X509 reads the first object and ignores bytes after it; so do we.
  const cert = expectTlv(b, 0, b.length, TAG_SEQUENCE);
  if (cert === null) return null;
  const tbs = expectTlv(b, cert.start, cert.end, TAG_SEQUENCE);
  if (tbs === null) return null;
  const sig = expectTlv(b, algorithmEnd(b, tbs.end, cert.end), cert.end, TAG_BIT_STRING);
  if (sig === null || sig.end !== cert.end || !isBitString(b, sig)) return null;

  const end = tbs.end;
  let t = readTlv(b, tbs.start, end);
  if (t === null) return null;
  // Version: v1 (absent, and then no extensions) or v3; an explicit v1 or a v2 goes to OpenSSL.
  let v3 = false;
  if (t.tag === TAG_VERSION) {
    const v = expectTlv(b, t.start, t.end, TAG_INTEGER);
    if (v === null || v.end !== t.end || v.end - v.start !== 1 || b[v.start] !== 2) return null;
    v3 = true;
    t = readTlv(b, t.end, end);
    if (t === null) return null;
  }
  const serial = t.tag === TAG_INTEGER ? integerHex(b, t) : null;
  if (serial === null) return null;
  const issuerName = expectTlv(b, algorithmEnd(b, t.end, end), end, TAG_SEQUENCE);
  if (issuerName === null) return null;
  const issuer = nameText(b, issuerName);
  if (issuer === null) return null;
  const validity = expectTlv(b, issuerName.end, end, TAG_SEQUENCE);
  if (validity === null) return null;
  const nb = readTlv(b, validity.start, validity.end);
  if (nb === null) return null;
  const na = readTlv(b, nb.end, validity.end);
  if (na === null || na.end !== validity.end) return null;
  const notBeforeMs = timeMs(b, nb);
  const notAfterMs = timeMs(b, na);
  if (notBeforeMs === null || notAfterMs === null) return null;
  const subjectName = expectTlv(b, validity.end, end, TAG_SEQUENCE);
  if (subjectName === null) return null;
  const subject = nameText(b, subjectName);
  if (subject === null) return null;
  const spki = expectTlv(b, subjectName.end, end, TAG_SEQUENCE);
  if (spki === null) return null;
  const key = expectTlv(b, algorithmEnd(b, spki.start, spki.end), spki.end, TAG_BIT_STRING);
  if (key === null || key.end !== spki.end || !isBitString(b, key)) return null;

  const f: Fields = { subject, issuer, notBeforeMs, notAfterMs, serial: cap(serial), sanDns: [], sanIp: [] };
  // issuerUniqueID [1] and subjectUniqueID [2] (v2 and v3) are left to OpenSSL: rare, and not ours to print.
  if (spki.end === end) return f;
  const exts = v3 ? expectTlv(b, spki.end, end, TAG_EXTENSIONS) : null;
  if (exts === null || exts.end !== end) return null;
  return readExtensions(b, exts, f) ? f : null;
}

/**
 * End of an AlgorithmIdentifier (SEQUENCE { OID, parameters ANY OPTIONAL }) at pos, or -1.
 * OpenSSL decodes a universal primitive parameter by its type (and refuses the certificate when
 * that fails), so we take only the parameters certificates use: none, NULL, an OID (a named
 * curve) or a SEQUENCE (kept whole by OpenSSL, not decoded).
 */
function algorithmEnd(b: Uint8Array, pos: number, limit: number): number {
  const a = expectTlv(b, pos, limit, TAG_SEQUENCE);
  if (a === null) return -1;
  const oid = readTlv(b, a.start, a.end);
  if (oid === null || !isOid(b, oid)) return -1;
  if (oid.end === a.end) return a.end;
  const params = readTlv(b, oid.end, a.end);
  if (params === null || params.end !== a.end) return -1;
  const taken = (params.tag === TAG_NULL && params.start === params.end) || params.tag === TAG_SEQUENCE || isOid(b, params);
  return taken ? a.end : -1;
}

/** Extensions: SEQUENCE OF Extension in [3]; the subjectAltName one (at most one) fills f. */
function readExtensions(b: Uint8Array, exts: Tlv, f: Fields): boolean {
  const list = expectTlv(b, exts.start, exts.end, TAG_SEQUENCE);
  if (list === null || list.end !== exts.end || list.start === list.end) return false;
  let san: Tlv | null = null;
  for (let p = list.start; p < list.end; ) {
    const ext = expectTlv(b, p, list.end, TAG_SEQUENCE);
    if (ext === null) return false;
    const oid = readTlv(b, ext.start, ext.end);
    if (oid === null || !isOid(b, oid)) return false;
    let v = readTlv(b, oid.end, ext.end); // critical BOOLEAN DEFAULT FALSE, then the OCTET STRING
    if (v !== null && v.tag !== TAG_OCTET_STRING) {
      if (!isBoolean(b, v)) return false;
      v = readTlv(b, v.end, ext.end);
    }
    if (v === null || v.tag !== TAG_OCTET_STRING || v.end !== ext.end) return false;
    if (oidIs(b, oid, OID_SUBJECT_ALT_NAME)) {
      if (san !== null) return false; // Node prints the first; two is odd enough for OpenSSL
      san = v;
    }
    p = ext.end;
  }
  return san === null || readSubjectAltName(b, san, f);
}

/**
 * GeneralNames: dNSName and iPAddress entries into f (the first MAX_LIST_ENTRIES of each);
 * rfc822Name, URI and directoryName skipped (Node prints them so that their text never holds
 * ", " nor starts an item with "DNS:" or "IP Address:"), a directoryName only when we could print
 * it (else OpenSSL may fail to, and Node then gives no SAN at all). Anything else goes to
 * OpenSSL, and so does a DNS name Node would print quoted (a character outside ' '..'~', or one
 * of " \ , ') and an address that is neither 4 nor 16 bytes.
 */
function readSubjectAltName(b: Uint8Array, octets: Tlv, f: Fields): boolean {
  const names = expectTlv(b, octets.start, octets.end, TAG_SEQUENCE);
  if (names === null || names.end !== octets.end) return false;
  for (let p = names.start; p < names.end; ) {
    const g = readTlv(b, p, names.end);
    if (g === null) return false;
    if (g.tag === SAN_DNS) {
      for (let i = g.start; i < g.end; i++) {
        const c = b[i];
        if (c < 0x20 || c > 0x7e || c === 0x22 || c === 0x5c || c === 0x2c || c === 0x27) return false;
      }
      if (f.sanDns.length < MAX_LIST_ENTRIES) f.sanDns.push(cap(latin1(b, g.start, g.end)));
    } else if (g.tag === SAN_IP) {
      const n = g.end - g.start;
      if (n !== 4 && n !== 16) return false;
      if (f.sanIp.length < MAX_LIST_ENTRIES) f.sanIp.push(formatAddress(b.subarray(g.start, g.end)));
    } else if (g.tag === SAN_DIR_NAME) {
      const name = expectTlv(b, g.start, g.end, TAG_SEQUENCE);
      if (name === null || name.end !== g.end || nameText(b, name) === null) return false;
    } else if (g.tag !== SAN_EMAIL && g.tag !== SAN_URI) {
      return false;
    }
    p = g.end;
  }
  return true;
}

/**
 * Attribute types and the short names OpenSSL prints for them (its objects table, OBJ_nid2sn).
 * A type not here goes to OpenSSL. test/l7-x509.test.ts checks every entry against OpenSSL.
 */
export const ATTRIBUTE_NAMES: ReadonlyMap<string, string> = new Map([
  ['2.5.4.3', 'CN'],
  ['2.5.4.4', 'SN'],
  ['2.5.4.5', 'serialNumber'],
  ['2.5.4.6', 'C'],
  ['2.5.4.7', 'L'],
  ['2.5.4.8', 'ST'],
  ['2.5.4.9', 'street'],
  ['2.5.4.10', 'O'],
  ['2.5.4.11', 'OU'],
  ['2.5.4.12', 'title'],
  ['2.5.4.13', 'description'],
  ['2.5.4.15', 'businessCategory'],
  ['2.5.4.17', 'postalCode'],
  ['2.5.4.18', 'postOfficeBox'],
  ['2.5.4.20', 'telephoneNumber'],
  ['2.5.4.41', 'name'],
  ['2.5.4.42', 'GN'],
  ['2.5.4.43', 'initials'],
  ['2.5.4.44', 'generationQualifier'],
  ['2.5.4.46', 'dnQualifier'],
  ['2.5.4.65', 'pseudonym'],
  ['2.5.4.97', 'organizationIdentifier'],
  ['0.9.2342.19200300.100.1.1', 'UID'],
  ['0.9.2342.19200300.100.1.25', 'DC'],
  ['1.2.840.113549.1.9.1', 'emailAddress'],
  ['1.2.840.113549.1.9.2', 'unstructuredName'],
  ['1.3.6.1.4.1.311.60.2.1.1', 'jurisdictionL'],
  ['1.3.6.1.4.1.311.60.2.1.2', 'jurisdictionST'],
  ['1.3.6.1.4.1.311.60.2.1.3', 'jurisdictionC'],
]);

// ATTRIBUTE_NAMES for the lookup: X.520's (2.5.4.x, content 55 04 x) by x, the few others in a list.
const X520_NAMES: (string | undefined)[] = [];
const OTHER_NAMES: [string, string][] = [];
for (const [oid, sn] of ATTRIBUTE_NAMES) {
  const arc = oid.startsWith('2.5.4.') ? Number(oid.slice(6)) : 128;
  if (arc < 128) X520_NAMES[arc] = sn;
  else OTHER_NAMES.push([oidContent(oid), sn]);
}

/** The short name of the attribute type in OID TLV t, if ATTRIBUTE_NAMES has it. */
function attributeName(b: Uint8Array, t: Tlv): string | undefined {
  if (t.end - t.start === 3 && b[t.start] === 0x55 && b[t.start + 1] === 0x04) return X520_NAMES[b[t.start + 2]];
  for (const [key, sn] of OTHER_NAMES) if (oidIs(b, t, key)) return sn;
  return undefined;
}

/**
 * A Name as Node prints it (X509_NAME_print_ex with XN_FLAG_SEP_MULTILINE | XN_FLAG_FN_SN and
 * RFC 2253 escaping, strings converted to UTF-8), its lines joined by ", ": RDNs in certificate
 * order, the attributes of a multi-valued RDN joined by " + ", each "SN=value". Null for an
 * empty RDN or an attribute we do not map.
 */
function nameText(b: Uint8Array, name: Tlv): string | null {
  let out = '';
  for (let p = name.start; p < name.end; ) {
    const rdn = expectTlv(b, p, name.end, TAG_SET);
    if (rdn === null || rdn.start === rdn.end) return null;
    for (let q = rdn.start; q < rdn.end; ) {
      // AttributeTypeAndValue ::= SEQUENCE { type OBJECT IDENTIFIER, value ANY }
      const ava = expectTlv(b, q, rdn.end, TAG_SEQUENCE);
      if (ava === null) return null;
      const type = readTlv(b, ava.start, ava.end);
      if (type === null || !isOid(b, type)) return null;
      const sn = attributeName(b, type);
      const value = readTlv(b, type.end, ava.end);
      const s = sn === undefined || value === null || value.end !== ava.end ? null : nameString(b, value);
      if (s === null) return null;
      out += (out === '' ? '' : q === rdn.start ? ', ' : ' + ') + sn + '=' + escapeValue(s);
      q = ava.end;
    }
    p = rdn.end;
  }
  return cap(out);
}

const HEX_UPPER = '0123456789ABCDEF';

/**
 * OpenSSL's escaping of a value (ASN1_STRFLGS_ESC_2253 | ASN1_STRFLGS_ESC_CTRL, not ESC_MSB):
 * a control character as \XX, one of , + " \ < > ; after a backslash, and so '#' or ' ' first and
 * ' ' last. OpenSSL's quirk kept: in a one-character value only the "last" rule applies (a lone
 * '#' stays as it is). Non-ASCII characters pass as they are.
 */
function escapeValue(s: string): string {
  const last = s.length - 1;
  if (!needsEscaping(s)) return s; // most values
  let out = '';
  for (let i = 0; i <= last; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c === 0x7f) {
      out += '\\' + HEX_UPPER[c >> 4] + HEX_UPPER[c & 15];
    } else if (needsBackslash(c) || ((c === 0x23 || c === 0x20) && i === 0 && last > 0) || (c === 0x20 && i === last)) {
      out += '\\' + s[i];
    } else {
      out += s[i];
    }
  }
  return out;
}

function needsEscaping(s: string): boolean {
  const last = s.length - 1;
  if (last < 0) return false;
  const first = s.charCodeAt(0);
  if ((last > 0 && (first === 0x23 || first === 0x20)) || s.charCodeAt(last) === 0x20) return true;
  for (let i = 0; i <= last; i++) if (needsBackslash(s.charCodeAt(i))) return true;
  return false;
}

/** A control character or one of , + " \ < > ; (escaped wherever it is). */
function needsBackslash(c: number): boolean {
  return c < 0x20 || c === 0x7f || c === 0x2c || c === 0x2b || c === 0x22 || c === 0x5c || c === 0x3c || c === 0x3e || c === 0x3b;
}
