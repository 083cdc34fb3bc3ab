// A strict DER reader for the certificate summary (agent/l7/x509.ts): TLVs with definite,
// minimal lengths and low tag numbers, and the few primitive types a certificate's summary
// reads (OBJECT IDENTIFIER, INTEGER, BIT STRING, BOOLEAN, UTCTime, GeneralizedTime, the
// directory string types). Anything else DER allows, and anything BER allows beyond it
// (indefinite or non-minimal lengths, constructed strings), is refused: the caller then hands the
// certificate to OpenSSL, so refusing costs time, never a wrong answer.
//
// Nothing here throws: every reader returns null (or false) on bytes it does not accept.

import { HEX, latin1 } from './text.js';

/** One TLV: its tag byte and its content b[start, end) (the TLV after it begins at end). */
export interface Tlv {
  tag: number;
  start: number;
  end: number;
}

// The universal tags (X.680 §8.4) the summary reads.
export const TAG_BOOLEAN = 0x01;
export const TAG_INTEGER = 0x02;
export const TAG_BIT_STRING = 0x03;
export const TAG_OCTET_STRING = 0x04;
export const TAG_NULL = 0x05;
export const TAG_OID = 0x06;
export const TAG_UTF8_STRING = 0x0c;
export const TAG_NUMERIC_STRING = 0x12;
export const TAG_PRINTABLE_STRING = 0x13;
export const TAG_T61_STRING = 0x14;
export const TAG_IA5_STRING = 0x16;
export const TAG_UTC_TIME = 0x17;
export const TAG_GENERALIZED_TIME = 0x18;
export const TAG_UNIVERSAL_STRING = 0x1c;
export const TAG_BMP_STRING = 0x1e;
export const TAG_SEQUENCE = 0x30;
export const TAG_SET = 0x31;

/**
 * The TLV at b[pos] that must end by `limit`, or null: a high tag number (low five bits all set),
 * an indefinite length, a length in more bytes than needed or over 16 MiB, or content past limit.
 * A negative pos (a failed read before) gives null too.
 */
export function readTlv(b: Uint8Array, pos: number, limit: number): Tlv | null {
  if (pos < 0 || pos + 2 > limit) return null;
  const tag = b[pos];
  if ((tag & 0x1f) === 0x1f) return null;
  let len = b[pos + 1];
  let start = pos + 2;
  if (len >= 0x80) {
    const n = len & 0x7f;
    if (n === 0 || n > 3 || start + n > limit || b[start] === 0) return null;
    len = 0;
    for (let i = 0; i < n; i++) len = len * 256 + b[start + i];
    if (len < 0x80) return null; // fits the short form
    start += n;
  }
  const end = start + len;
  return end <= limit ? { tag, start, end } : null;
}

/** The TLV at pos if its tag is `tag`, else null. */
export function expectTlv(b: Uint8Array, pos: number, limit: number, tag: number): Tlv | null {
  const t = readTlv(b, pos, limit);
  return t !== null && t.tag === tag ? t : null;
}

/**
 * True for a well-formed OBJECT IDENTIFIER TLV, as OpenSSL checks it: content not empty, no
 * sub-identifier starting with a 0x80 byte (not minimal), the last byte ending a sub-identifier.
 */
export function isOid(b: Uint8Array, t: Tlv): boolean {
  if (t.tag !== TAG_OID || t.end <= t.start || (b[t.end - 1] & 0x80) !== 0) return false;
  for (let i = t.start; i < t.end; i++) if (b[i] === 0x80 && (i === t.start || (b[i - 1] & 0x80) === 0)) return false;
  return true;
}

/**
 * The content bytes of an OBJECT IDENTIFIER in dotted form ("2.5.4.3" → "\x55\x04\x03"), one
 * character per byte: a key to compare an OID TLV with (oidIs).
 */
export function oidContent(dotted: string): string {
  const arcs = dotted.split('.').map(Number);
  const values = [arcs[0] * 40 + arcs[1], ...arcs.slice(2)];
  let s = '';
  for (const v of values) {
    let chunk = String.fromCharCode(v & 0x7f);
    for (let x = Math.floor(v / 128); x > 0; x = Math.floor(x / 128)) chunk = String.fromCharCode(0x80 | (x & 0x7f)) + chunk;
    s += chunk;
  }
  return s;
}


/** True when the OID TLV t holds the OID whose oidContent is key. */
export function oidIs(b: Uint8Array, t: Tlv, key: string): boolean {
  if (t.end - t.start !== key.length) return false;
  for (let i = 0; i < key.length; i++) if (b[t.start + i] !== key.charCodeAt(i)) return false;
  return true;
}

/** True for INTEGER content in the minimal two's complement form DER requires (at least one byte). */
export function isMinimalInteger(b: Uint8Array, t: Tlv): boolean {
  const n = t.end - t.start;
  if (n === 0) return false;
  if (n === 1) return true;
  const a = b[t.start];
  const c = b[t.start + 1];
  return !((a === 0 && (c & 0x80) === 0) || (a === 0xff && (c & 0x80) !== 0));
}

/**
 * An INTEGER as lower-case hex of its magnitude, whole bytes, no leading zero bytes, '-' before a
 * negative one and "0" for zero: OpenSSL's BN_bn2hex, lower-cased. Null when not minimal.
 */
export function integerHex(b: Uint8Array, t: Tlv): string | null {
  if (!isMinimalInteger(b, t)) return null;
  const negative = (b[t.start] & 0x80) !== 0;
  let mag = b.subarray(t.start, t.end);
  if (negative) {
    mag = new Uint8Array(mag); // a copy: the input is not ours to change
    // Two's complement magnitude: invert and add one.
    let carry = 1;
    for (let i = mag.length - 1; i >= 0; i--) {
      const v = (~mag[i] & 0xff) + carry;
      mag[i] = v & 0xff;
      carry = v >> 8;
    }
  }
  let i = 0;
  while (i < mag.length && mag[i] === 0) i++;
  if (i === mag.length) return '0';
  let s = negative ? '-' : '';
  for (; i < mag.length; i++) s += HEX[mag[i]];
  return s;
}

/** True for BIT STRING content: an unused-bit count 0..7 (0 when there are no bits), those bits zero. */
export function isBitString(b: Uint8Array, t: Tlv): boolean {
  const n = t.end - t.start;
  if (n === 0) return false;
  const unused = b[t.start];
  if (unused > 7 || (n === 1 && unused !== 0)) return false;
  return n === 1 || (b[t.end - 1] & ((1 << unused) - 1)) === 0;
}

/** True for a DER BOOLEAN (one byte, 0x00 or 0xff). */
export function isBoolean(b: Uint8Array, t: Tlv): boolean {
  return t.tag === TAG_BOOLEAN && t.end - t.start === 1 && (b[t.start] === 0 || b[t.start] === 0xff);
}

function digits(b: Uint8Array, from: number, n: number): number {
  let v = 0;
  for (let i = from; i < from + n; i++) {
    const d = b[i] - 0x30;
    if (d < 0 || d > 9) return -1;
    v = v * 10 + d;
  }
  return v;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * A Time (RFC 5280 §4.1.2.5) as ms since the epoch, in the two forms the RFC requires: UTCTime
 * YYMMDDHHMMSSZ (YY ≥ 50 is 19YY, else 20YY) and GeneralizedTime YYYYMMDDHHMMSSZ. Null for any
 * other form (no seconds, fractions, offsets), an impossible date or time (no leap second), and a
 * GeneralizedTime before 1950 (where RFC 5280 wants UTCTime).
 */
export function timeMs(b: Uint8Array, t: Tlv): number | null {
  const n = t.end - t.start;
  let p = t.start;
  let year: number;
  if (t.tag === TAG_UTC_TIME && n === 13) {
    year = digits(b, p, 2);
    if (year < 0) return null;
    year += year >= 50 ? 1900 : 2000;
    p += 2;
  } else if (t.tag === TAG_GENERALIZED_TIME && n === 15) {
    year = digits(b, p, 4);
    if (year < 1950) return null;
    p += 4;
  } else {
    return null;
  }
  const month = digits(b, p, 2);
  const day = digits(b, p + 2, 2);
  const hour = digits(b, p + 4, 2);
  const minute = digits(b, p + 6, 2);
  const second = digits(b, p + 8, 2);
  if (b[p + 10] !== 0x5a /* Z */) return null;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) return null;
  return Date.UTC(year, month - 1, day, hour, minute, second);
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Unicode noncharacters (U+FDD0..U+FDEF, U+xxFFFE, U+xxFFFF): valid UTF-8 that other decoders may treat differently. */
function isNoncharacter(c: number): boolean {
  return (c >= 0xfdd0 && c <= 0xfdef) || (c & 0xfffe) === 0xfffe;
}

/**
 * The characters of an attribute value in a Name, of the string types OpenSSL takes there
 * (X.520 DirectoryString, IA5String, NumericString; not VisibleString): UTF8String as UTF-8;
 * BMPString as UCS-2 (big-endian, no surrogates); UniversalString as UCS-4 (big-endian, at most
 * U+10FFFF, no surrogates); the one-byte types (Printable, T61, IA5, Numeric) a character per
 * byte, as Latin-1 (what OpenSSL does too, without checking the type's alphabet). Null for other
 * tags, invalid encodings and noncharacters.
 */
export function nameString(b: Uint8Array, t: Tlv): string | null {
  const { start, end } = t;
  let s = '';
  switch (t.tag) {
    case TAG_UTF8_STRING: {
      try {
        s = utf8.decode(b.subarray(start, end));
      } catch {
        return null;
      }
      for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c >= 0xfdd0 && isNoncharacter(s.codePointAt(i)!)) return null;
      }
      return s;
    }
    case TAG_PRINTABLE_STRING:
    case TAG_T61_STRING:
    case TAG_IA5_STRING:
    case TAG_NUMERIC_STRING:
      return latin1(b, start, end);
    case TAG_BMP_STRING:
      if ((end - start) & 1) return null;
      for (let i = start; i < end; i += 2) {
        const c = (b[i] << 8) | b[i + 1];
        if ((c >= 0xd800 && c <= 0xdfff) || isNoncharacter(c)) return null;
        s += String.fromCharCode(c);
      }
      return s;
    case TAG_UNIVERSAL_STRING:
      if ((end - start) & 3) return null;
      for (let i = start; i < end; i += 4) {
        const c = b[i] * 0x1000000 + ((b[i + 1] << 16) | (b[i + 2] << 8) | b[i + 3]);
        if (c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff) || isNoncharacter(c)) return null;
        s += String.fromCodePoint(c);
      }
      return s;
    default:
      return null;
  }
}
