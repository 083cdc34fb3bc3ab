// Wire bytes as text (agent/l7/text.ts): the escapings build text a run of kept bytes at a
// time; here they are held to the plain definition (every byte through its table entry, one
// at a time, stopping once the text has `max` characters) on random bytes of every kind.

import { describe, expect, it } from 'vitest';
import {
  ESCAPE_GRAPHIC, ESCAPE_PRINTABLE, ESCAPE_PRINTABLE_KEEP_BACKSLASH, escapeBytes, latin1, printableOrQuestion, type Escaping,
} from '../agent/l7/text.js';
import { Rng } from '../bench/l7-corpus.js';

function byteAtATime(buf: Uint8Array, p: number, end: number, max: number, esc: Escaping, cuts: { truncatedFields: number }): string {
  let out = '';
  for (let i = p; i < end; i++) {
    if (out.length >= max) {
      cuts.truncatedFields++;
      break;
    }
    out += esc.text[buf[i]];
  }
  return out;
}

/** Mostly printable text with a few other bytes, or any bytes: runs of every length. */
function randomBytes(rng: Rng): Uint8Array {
  const b = new Uint8Array(rng.below(300));
  const anyByte = rng.below(4) === 0;
  for (let i = 0; i < b.length; i++) b[i] = anyByte || rng.below(20) === 0 ? rng.below(256) : 0x20 + rng.below(95);
  return b;
}

describe('wire bytes as text', () => {
  it('escapeBytes equals the byte-at-a-time definition, cuts counted alike', () => {
    const rng = new Rng(7);
    for (const esc of [ESCAPE_PRINTABLE, ESCAPE_GRAPHIC, ESCAPE_PRINTABLE_KEEP_BACKSLASH]) {
      for (let n = 0; n < 3000; n++) {
        const b = randomBytes(rng);
        const p = rng.below(b.length + 1);
        const end = p + rng.below(b.length - p + 1);
        const max = rng.below(3) === 0 ? Number.MAX_SAFE_INTEGER : rng.below(80);
        const want = { truncatedFields: 0 };
        const got = { truncatedFields: 0 };
        const text = escapeBytes(b, p, end, max, esc, got);
        expect(text).toBe(byteAtATime(b, p, end, max, esc, want));
        expect(got.truncatedFields).toBe(want.truncatedFields);
      }
    }
  });

  it('printableOrQuestion and latin1 give one character per byte', () => {
    const rng = new Rng(11);
    for (let n = 0; n < 2000; n++) {
      const b = randomBytes(rng);
      const expected = Array.from(b, (c) => (c >= 0x20 && c < 0x7f ? String.fromCharCode(c) : '?')).join('');
      expect(printableOrQuestion(b, 0, b.length)).toBe(expected);
      const p = rng.below(b.length + 1);
      const end = p + rng.below(b.length - p + 1);
      expect(latin1(b, p, end)).toBe(String.fromCharCode(...b.subarray(p, end)));
    }
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect(latin1(all, 0, 256)).toBe(Buffer.from(all).toString('latin1'));
  });
});
