// Wire bytes as text for the L7 analyzers' fields: printable ASCII kept, other bytes escaped as
// \xNN (DNS, HTTP, SSH, DHCP) or replaced by '?' (TLS/QUIC host names and ALPN ids), and hex.
// Each escaping is a 256-entry table, so the choice of what stays as is costs nothing per byte.
//
// Text is made a run at a time: a run of bytes that stay as they are becomes one string in one
// call (latin1()), so a 40-character host name is one flat string, not 40 concatenations that
// V8 keeps as a rope and flattens again when the record is written (~0.4 µs vs ~2.5 µs here).

/** Two lower-case hex digits of every byte value. */
export const HEX: readonly string[] = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/** How each byte value is written: `keep[c]` 1 = as the character itself, else as `text[c]`. */
export interface Escaping {
  readonly text: readonly string[];
  readonly keep: Uint8Array;
}

function escaping(keep: (c: number) => boolean): Escaping {
  return {
    text: HEX.map((h, c) => (keep(c) ? String.fromCharCode(c) : '\\x' + h)),
    keep: Uint8Array.from(HEX, (_, c) => (keep(c) ? 1 : 0)),
  };
}

/** Character codes of the lower-case hex digits. */
export const HEX_DIGITS = Uint8Array.from('0123456789abcdef', (c) => c.charCodeAt(0));

/** Printable ASCII (0x20–0x7e) as is; '\' and every other byte as \xNN: unambiguous (Zeek's form). */
export const ESCAPE_PRINTABLE = escaping((c) => c >= 0x20 && c < 0x7f && c !== 0x5c);

/** As ESCAPE_PRINTABLE, and the space as \x20 too: DNS labels, as Zeek writes them. */
export const ESCAPE_GRAPHIC = escaping((c) => c > 0x20 && c < 0x7f && c !== 0x5c);

/** Printable ASCII (0x20–0x7e) as is, '\' included; other bytes as \xNN (SSH banners and name-lists). */
export const ESCAPE_PRINTABLE_KEEP_BACKSLASH = escaping((c) => c >= 0x20 && c < 0x7f);

/**
 * buf[p, end) as text, each byte as `esc` writes it, stopping once the text has `max`
 * characters or more (an escape is not cut, so the text may end up to 3 past max). When the
 * text stops before `end` and `cuts` is given, cuts.truncatedFields is counted up.
 */
export function escapeBytes(
  buf: Uint8Array,
  p: number,
  end: number,
  max = Number.MAX_SAFE_INTEGER,
  esc: Escaping = ESCAPE_PRINTABLE,
  cuts?: { truncatedFields: number },
): string {
  const keep = esc.keep;
  let out = '';
  let i = p;
  while (i < end) {
    if (out.length >= max) {
      if (cuts) cuts.truncatedFields++;
      break;
    }
    const stop = Math.min(end, i + (max - out.length));
    let j = i;
    while (j < stop && keep[buf[j]] === 1) j++;
    if (j > i) {
      out = out === '' ? latin1(buf, i, j) : out + latin1(buf, i, j);
      i = j;
    } else {
      out += esc.text[buf[i++]];
    }
  }
  return out;
}

/**
 * escapeBytes() into character codes: buf[p, end) as `esc` writes it, at out[k…], for text
 * assembled in a scratch array and made a string once (text-memo.ts). Stops once k reaches
 * `max` (an escape is not cut, so up to 3 past it); returns the new k. out must have room.
 */
export function escapeInto(out: Uint8Array, k: number, buf: Uint8Array, p: number, end: number, esc: Escaping, max = Number.MAX_SAFE_INTEGER): number {
  const keep = esc.keep;
  for (let i = p; i < end && k < max; i++) {
    const c = buf[i];
    if (keep[c] === 1) {
      out[k++] = c;
    } else {
      out[k++] = 0x5c; // '\\'
      out[k++] = 0x78; // 'x'
      out[k++] = HEX_DIGITS[c >> 4];
      out[k++] = HEX_DIGITS[c & 15];
    }
  }
  return k;
}

const latin1Slice = (Buffer.prototype as unknown as { latin1Slice: (this: Uint8Array, start: number, end: number) => string }).latin1Slice;

/**
 * buf[start, end) a character per byte (ISO 8859-1), as one flat string. Short runs are built
 * by hand (V8 copies strings under 13 characters on concatenation); longer ones in one call of
 * the decoder behind Buffer's toString('latin1'), which takes any Uint8Array.
 */
export function latin1(buf: Uint8Array, start: number, end: number): string {
  if (end - start >= 12) return latin1Slice.call(buf, start, end);
  let s = '';
  for (let i = start; i < end; i++) s += String.fromCharCode(buf[i]);
  return s;
}

/** buf[p, end) as text: printable ASCII (0x20–0x7e) as is, any other byte as '?'. */
export function printableOrQuestion(buf: Uint8Array, p: number, end: number): string {
  let s = '';
  let i = p;
  while (i < end) {
    let j = i;
    while (j < end && buf[j] >= 0x20 && buf[j] < 0x7f) j++;
    if (j > i) {
      s = s === '' ? latin1(buf, i, j) : s + latin1(buf, i, j);
      i = j;
    } else {
      s += '?';
      i++;
    }
  }
  return s;
}

/** The 16 bytes at buf[p] in RFC 5952 text: lower case, no leading zeros, the longest run (≥ 2) of zero groups as ::. */
export function ipv6Text(buf: Uint8Array, p: number): string {
  let bestStart = -1;
  let bestLen = 0;
  let runStart = -1;
  for (let i = 0; i <= 8; i++) {
    const zero = i < 8 && buf[p + 2 * i] === 0 && buf[p + 2 * i + 1] === 0;
    if (zero) {
      if (runStart < 0) runStart = i;
    } else if (runStart >= 0) {
      if (i - runStart > bestLen) {
        bestLen = i - runStart;
        bestStart = runStart;
      }
      runStart = -1;
    }
  }
  if (bestLen < 2) bestStart = -1;
  let out = '';
  for (let i = 0; i < 8; i++) {
    if (i === bestStart) {
      out += '::';
      i += bestLen - 1;
      continue;
    }
    if (out.length > 0 && !out.endsWith(':')) out += ':';
    out += ((buf[p + 2 * i] << 8) | buf[p + 2 * i + 1]).toString(16);
  }
  return out;
}
