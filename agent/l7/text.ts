// Wire bytes as text for the L7 analyzers' fields: printable ASCII kept, other bytes escaped as
// \xNN (DNS, HTTP, SSH, DHCP) or replaced by '?' (TLS/QUIC host names and ALPN ids), and hex.
// Each escaping is a 256-entry table, so the choice of what stays as is costs nothing per byte.

/** Two lower-case hex digits of every byte value. */
export const HEX: readonly string[] = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

function escapeTable(keep: (c: number) => boolean): readonly string[] {
  return HEX.map((h, c) => (keep(c) ? String.fromCharCode(c) : '\\x' + h));
}

/** Printable ASCII (0x20–0x7e) as is; '\' and every other byte as \xNN: unambiguous (Zeek's form). */
export const ESCAPE_PRINTABLE = escapeTable((c) => c >= 0x20 && c < 0x7f && c !== 0x5c);

/** As ESCAPE_PRINTABLE, and the space as \x20 too: DNS labels, as Zeek writes them. */
export const ESCAPE_GRAPHIC = escapeTable((c) => c > 0x20 && c < 0x7f && c !== 0x5c);

/** Printable ASCII (0x20–0x7e) as is, '\' included; other bytes as \xNN (SSH banners and name-lists). */
export const ESCAPE_PRINTABLE_KEEP_BACKSLASH = escapeTable((c) => c >= 0x20 && c < 0x7f);

/** From this length on, escapeBytes() takes plain text in one piece (V8 copies shorter concatenations flat). */
const FLAT_CHARS = 13;
/** Buffer's Latin-1 decoder, for any Uint8Array: one flat one-byte string. */
const latin1Slice = (Buffer.prototype as unknown as { latin1Slice(this: Uint8Array, start: number, end: number): string }).latin1Slice;

/**
 * buf[p, end) as text, each byte as `table` writes it, stopping once the text has `max`
 * characters or more (an escape is not cut, so the text may end up to 3 past max). When the
 * text stops before `end` and `cuts` is given, cuts.truncatedFields is counted up.
 */
export function escapeBytes(
  buf: Uint8Array,
  p: number,
  end: number,
  max = Number.MAX_SAFE_INTEGER,
  table: readonly string[] = ESCAPE_PRINTABLE,
  cuts?: { truncatedFields: number },
): string {
  // Text built by `+=` past 12 characters is a chain of cons-strings, one per byte, that V8
  // flattens (allocating again) where it is first read, mostly when the record is written, at
  // a few times the cost of building it flat. Most fields are bytes all kept as they are (an
  // entry of one character is the byte itself): one native call makes them one flat string.
  const n = Math.min(end - p, max);
  if (n >= FLAT_CHARS) {
    const stop = p + n;
    let i = p;
    while (i < stop && table[buf[i]].length === 1) i++;
    if (i === stop) {
      if (stop < end && cuts) cuts.truncatedFields++;
      return latin1Slice.call(buf, p, stop);
    }
  }
  let out = '';
  for (let i = p; i < end; i++) {
    if (out.length >= max) {
      if (cuts) cuts.truncatedFields++;
      break;
    }
    out += table[buf[i]];
  }
  return out;
}

/** buf[p, end) as text: printable ASCII (0x20–0x7e) as is, any other byte as '?'. */
export function printableOrQuestion(buf: Uint8Array, p: number, end: number): string {
  if (end - p >= FLAT_CHARS) { // as in escapeBytes()
    let i = p;
    while (i < end && buf[i] >= 0x20 && buf[i] < 0x7f) i++;
    if (i === end) return latin1Slice.call(buf, p, end);
  }
  let s = '';
  for (let i = p; i < end; i++) {
    const c = buf[i];
    s += c >= 0x20 && c < 0x7f ? String.fromCharCode(c) : '?';
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
