// The DNS and DHCP analyzers' string memos (agent/l7/text-memo.ts): every answer is the text of
// the bytes asked about, whatever was asked before (hits, evictions, hash collisions).
//
//   npx vitest run test/l7-text-memo.test.ts

import { describe, expect, it } from 'vitest';
import { bytesText, ipv4Text, ipv6TextMemo } from '../agent/l7/text-memo.js';
import { ipv6Text } from '../agent/l7/text.js';
import { Rng } from '../bench/l7-corpus.js';

describe('text memos', () => {
  it('bytesText: the bytes as text, over many more distinct values than the memo holds, asked twice', () => {
    const rng = new Rng(3);
    const values: Uint8Array[] = [];
    for (let i = 0; i < 20_000; i++) {
      const v = new Uint8Array(1 + rng.below(i % 7 === 0 ? 300 : 24));
      for (let j = 0; j < v.length; j++) v[j] = 0x21 + rng.below(94);
      values.push(v);
    }
    // Values that differ in one byte or in length only: neighbours for the hash.
    values.push(Uint8Array.of(0x61), Uint8Array.of(0x61, 0x61), Uint8Array.of(0x62), Uint8Array.of(0x61, 0x62), Uint8Array.of(0x62, 0x61));
    const scratch = new Uint8Array(512);
    for (let round = 0; round < 2; round++) {
      for (const v of values) {
        scratch.fill(0x7a);
        scratch.set(v);
        expect(bytesText(scratch, v.length)).toBe(String.fromCharCode(...v));
      }
    }
    expect(bytesText(scratch, 0)).toBe('');
  });

  it('ipv4Text and ipv6TextMemo: the address text, for many addresses, asked twice', () => {
    const rng = new Rng(9);
    const b = new Uint8Array(20);
    const addrs: number[][] = [];
    for (let i = 0; i < 20_000; i++) addrs.push(Array.from({ length: 16 }, () => (i % 3 === 0 ? rng.below(3) : rng.next() & 0xff)));
    addrs.push(new Array(16).fill(0), new Array(16).fill(0xff));
    for (let round = 0; round < 2; round++) {
      for (const a of addrs) {
        b.set(a, 2);
        expect(ipv4Text(b, 2)).toBe(a.slice(0, 4).join('.'));
        expect(ipv6TextMemo(b, 2)).toBe(ipv6Text(Uint8Array.from(a), 0));
      }
    }
  });
});
