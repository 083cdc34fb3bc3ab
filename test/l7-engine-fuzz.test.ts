// Frames in → records out under mutation: real and crafted conversations, their payloads
// mutated, frames cut, reordered, duplicated and dropped, fed through FlowAccounting with the
// application layer on and out through BatchEncoder. No exception, every record decodes (strictly:
// UTF-8 strings, known fields), L7 fields within L7_MAX_BYTES, no engine state left after
// flushAll. A short bounded run of bench/fuzz-engine.ts; the long one is
//
//   npm run build:ts && node dist/bench/fuzz-engine.js 200000
//
//   npx vitest run test/l7-engine-fuzz.test.ts

import { describe, expect, it } from 'vitest';
import { craftedEngineSeeds, corpusEngineSeeds, fuzzEngine, type EngineSeeds } from '../bench/fuzz-engine.js';
import { corporaRoot } from '../bench/l7-corpus.js';

const root = corporaRoot();
const MAX_INPUTS = 3000;
const MAX_MS = 4000;

function run(seeds: EngineSeeds, seed: number, test: string): void {
  const r = fuzzEngine(seeds, { iterations: MAX_INPUTS, timeMs: MAX_MS, seed, memEvery: 0, reproduce: `npx vitest run test/l7-engine-fuzz.test.ts -t '${test}'` });
  const apps = [...r.tally.subMessages].map(([k, v]) => `${k} ${v}`).join(', ');
  console.log(`engine fuzz: ${r.iterations} inputs (${r.frames} frames) in ${(r.ms / 1000).toFixed(1)} s, ${r.tally.records} records; with L7 fields: ${apps}`);
  expect(r.failure).toBeUndefined();
  expect(r.iterations).toBeGreaterThan(300);
  expect(r.tally.records).toBeGreaterThan(r.iterations);
  expect(r.tally.maxL7Bytes).toBeGreaterThan(0);
}

describe('flow records from mutated frames through the application layer', () => {
  it('crafted conversations (DNS then HTTP, TLS, QUIC, SSH, DHCP, SMTP STARTTLS)', () => {
    const seeds = craftedEngineSeeds();
    run(seeds, 0x5eed, 'crafted');
  }, 30_000);

  it.skipIf(root === null)('corpus flows and windows of frames', () => {
    const corpus = corpusEngineSeeds(root!, { maxTraceBytes: 6 * 2 ** 20, maxFileBytes: 512 * 1024, flowsPerTrace: 40, windowsPerTrace: 2 });
    const crafted = craftedEngineSeeds();
    expect(corpus.seeds.length).toBeGreaterThan(100);
    run({ ...corpus, seeds: [...corpus.seeds, ...crafted.seeds], donors: [...corpus.donors, ...crafted.donors] }, 0xc0ffee, 'corpus');
  }, 30_000);
});
