// Strings the DNS and DHCP analyzers keep (names, addresses, MACs, option text), each built once
// per distinct value and thread: the same names and addresses come back flow after flow, and
// a string appended to byte by byte costs an allocation per character and leaves a rope that
// every comparison and copy flattens again. Direct-mapped memos, bounded (an evicted value is
// just built again); no allocation on a hit. The text memo's strings are what their bytes say
// (one character per byte, ASCII in practice), so a hit is checked against the string itself.

import { ipv6Text, latin1 } from './text.js';

const SLOTS = 4096;
const MASK = SLOTS - 1;
/** Longer text is built each time, not kept (bounds the memo's memory). */
const MAX_MEMO_CHARS = 256;

const textHashes = new Int32Array(SLOTS);
const texts: string[] = new Array<string>(SLOTS).fill('');

/** b[0, n) as a string, one character per byte: from the memo when it holds it. */
export function bytesText(b: Uint8Array, n: number): string {
  if (n <= 0) return '';
  if (n > MAX_MEMO_CHARS) return latin1(b, 0, n);
  let h = 0x811c9dc5 ^ n;
  for (let i = 0; i < n; i++) h = Math.imul(h ^ b[i], 0x01000193);
  const slot = (h ^ (h >>> 16)) & MASK;
  const s = texts[slot];
  if (textHashes[slot] === h && s.length === n) {
    let i = 0;
    while (i < n && s.charCodeAt(i) === b[i]) i++;
    if (i === n) return s;
  }
  const t = latin1(b, 0, n);
  texts[slot] = t;
  textHashes[slot] = h;
  return t;
}


const v4Keys = new Int32Array(SLOTS);
const v4Texts: string[] = new Array<string>(SLOTS).fill('');

/** The IPv4 address at buf[p, p + 4) as a dotted quad. */
export function ipv4Text(buf: Uint8Array, p: number): string {
  const a = (buf[p] << 24) | (buf[p + 1] << 16) | (buf[p + 2] << 8) | buf[p + 3];
  const slot = Math.imul(a, 0x9e3779b1) >>> 20; // the top 12 bits: SLOTS entries
  const s = v4Texts[slot];
  if (v4Keys[slot] === a && s !== '') return s;
  const t = `${buf[p]}.${buf[p + 1]}.${buf[p + 2]}.${buf[p + 3]}`;
  v4Texts[slot] = t;
  v4Keys[slot] = a;
  return t;
}

const v6Keys = new Int32Array(SLOTS * 4);
const v6Texts: string[] = new Array<string>(SLOTS).fill('');

/** The IPv6 address at buf[p, p + 16) in RFC 5952 text (text.ts ipv6Text). */
export function ipv6TextMemo(buf: Uint8Array, p: number): string {
  const w0 = (buf[p] << 24) | (buf[p + 1] << 16) | (buf[p + 2] << 8) | buf[p + 3];
  const w1 = (buf[p + 4] << 24) | (buf[p + 5] << 16) | (buf[p + 6] << 8) | buf[p + 7];
  const w2 = (buf[p + 8] << 24) | (buf[p + 9] << 16) | (buf[p + 10] << 8) | buf[p + 11];
  const w3 = (buf[p + 12] << 24) | (buf[p + 13] << 16) | (buf[p + 14] << 8) | buf[p + 15];
  const h = Math.imul(Math.imul(Math.imul(w0 ^ 0x5bd1e995, 0x9e3779b1) ^ w1, 0x85ebca6b) ^ w2, 0xc2b2ae35) ^ w3;
  const slot = Math.imul(h, 0x9e3779b1) >>> 20;
  const k = slot * 4;
  const s = v6Texts[slot];
  if (s !== '' && v6Keys[k] === w0 && v6Keys[k + 1] === w1 && v6Keys[k + 2] === w2 && v6Keys[k + 3] === w3) return s;
  const t = ipv6Text(buf, p);
  v6Texts[slot] = t;
  v6Keys[k] = w0;
  v6Keys[k + 1] = w1;
  v6Keys[k + 2] = w2;
  v6Keys[k + 3] = w3;
  return t;
}
