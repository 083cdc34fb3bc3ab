// agent/l7/text.ts: wire bytes as text. Long runs of plain bytes are taken in one piece; the
// text must be what the byte-by-byte tables give, cut at the same place, counted the same way.
//
//   npx vitest run test/l7-text.test.ts

import { describe, expect, it } from 'vitest';
import { ESCAPE_GRAPHIC, ESCAPE_PRINTABLE, escapeBytes, printableOrQuestion } from '../agent/l7/text.js';
import { Rng } from '../bench/l7-corpus.js';

function byByte(buf: Uint8Array, p: number, end: number, max: number, table: readonly string[], cuts: { truncatedFields: number }): string {
  let out = '';
  for (let i = p; i < end; i++) {
    if (out.length >= max) {
      cuts.truncatedFields++;
      break;
    }
    out += table[buf[i]];
  }
  return out;
}

describe('wire bytes as text', () => {
  it('escapeBytes and printableOrQuestion give the byte-by-byte text, cut and counted alike, short or long, plain or not', () => {
    const r = new Rng(0x7e47);
    const buf = new Uint8Array(300);
    for (let i = 0; i < 5000; i++) {
      const plain = r.below(3) > 0;
      for (let j = 0; j < buf.length; j++) buf[j] = plain || r.below(40) > 0 ? 0x20 + r.below(0x5f) : r.below(256);
      const p = r.below(20);
      const end = p + r.below(120);
      const max = r.below(4) === 0 ? Number.MAX_SAFE_INTEGER : r.below(100);
      const table = r.below(2) === 0 ? ESCAPE_PRINTABLE : ESCAPE_GRAPHIC;
      const want = { truncatedFields: 0 };
      const got = { truncatedFields: 0 };
      expect(escapeBytes(buf, p, end, max, table, got)).toBe(byByte(buf, p, end, max, table, want));
      expect(got).toEqual(want);
      let q = '';
      for (let j = p; j < end; j++) q += buf[j] >= 0x20 && buf[j] < 0x7f ? String.fromCharCode(buf[j]) : '?';
      expect(printableOrQuestion(buf, p, end)).toBe(q);
    }
  });
});
