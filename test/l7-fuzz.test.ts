// Short bounded fuzz of the four L7 analyzers: mutated real corpus payloads (bit flips,
// truncation, length lies, splices, re-segmentation) fed to fresh states must never throw and
// must keep their fields bounded. The long run is `node dist/bench/fuzz-l7.js N`.
//
//   npx vitest run test/l7-fuzz.test.ts

import { describe, expect, it } from 'vitest';
import { analyzerFor, corpusSeeds, type L7Name } from '../bench/fuzz-l7.js';
import { fuzzAnalyzer, MAX_FIELDS_CHARS } from '../bench/l7-corpus.js';

/** Per analyzer: at most this many inputs, and about this long. */
const MAX_INPUTS = 200_000;
const TIME_MS = 3_000;

describe('L7 analyzers under fuzzing', () => {
  for (const name of ['dns', 'http', 'ssh', 'dhcp'] as L7Name[]) {
    it(`${name}: mutated corpus flows never throw and stay bounded`, () => {
      const seeds = corpusSeeds(name);
      expect(seeds.length).toBeGreaterThan(0);
      const r = fuzzAnalyzer(analyzerFor(name), seeds, MAX_INPUTS, TIME_MS, 0x5eed + name.length);
      console.log(`fuzz ${name}: ${r.inputs} inputs from ${seeds.length} seeds in ${(r.ms / 1000).toFixed(2)} s, largest fields ${r.maxFieldsChars} chars`);
      expect(r.inputs).toBeGreaterThan(1000);
      expect(r.maxFieldsChars).toBeLessThanOrEqual(MAX_FIELDS_CHARS);
    });
  }
});
