// Mutated real handshakes never make the TLS or QUIC analyzer throw or outgrow its bounds.
//
//   npx vitest run test/l7-tls-fuzz.test.ts
//
// A short, time-bounded run of bench/fuzz-tls.ts (≈ 5 s per analyzer); the long run
// (1,000,000 inputs per analyzer) is `npm run build:ts && node dist/bench/fuzz-tls.js`.
// Seeds come from the corpus traces when ../shared/corpora (or $CORPORA) is there, else from built-in
// handshakes only (then the run still proves something, on fewer shapes).

import { describe, expect, it } from 'vitest';
import { allSeeds, builtinSeeds, fuzz } from '../bench/fuzz-tls.js';
import { corporaRoot } from '../bench/l7-corpus.js';

const corpora = corporaRoot();
const seeds = corpora ? allSeeds(corpora) : builtinSeeds();
const MAX_INPUTS = 300_000;
const MAX_MS = 5_000;

describe('TLS and QUIC analyzers under mutated input', () => {
  for (const which of ['tls', 'quic'] as const) {
    it(`${which}: no exception, budget and fields bounded`, () => {
      const r = fuzz(which, seeds, MAX_INPUTS, MAX_MS, Date.now() & 0xffff);
      console.log(`${which} fuzz: ${r.inputs} inputs in ${(r.ms / 1000).toFixed(1)} s, ${r.failures} failures`);
      expect(r.examples).toEqual([]);
      expect(r.failures).toBe(0);
      expect(r.inputs).toBeGreaterThan(1000);
    }, 30_000);
  }
});
