// The reconnect schedule: what an operator expects after a broker outage — quick first
// retries, never faster than half a step, never slower than the cap, spread out by jitter.

import { expect, it } from 'vitest';
import { backoffDelayMs } from '../agent/export/backoff.js';

it('doubles from the first delay up to the cap, each delay within the upper half of its step', () => {
  const steps = [500, 1000, 2000, 4000, 8000, 16000, 30000, 30000];
  steps.forEach((step, attempt) => {
    expect(backoffDelayMs(attempt, 500, 30_000, () => 0)).toBe(step / 2);
    expect(backoffDelayMs(attempt, 500, 30_000, () => 0.999999)).toBeCloseTo(step, -1);
  });
  expect(backoffDelayMs(1e6, 500, 30_000, () => 1)).toBe(30_000); // huge attempt counts stay finite
});

it('spreads a fleet out: 1000 probes at the same attempt pick delays over the whole half-step', () => {
  const delays = Array.from({ length: 1000 }, () => backoffDelayMs(4, 500, 30_000));
  expect(Math.min(...delays)).toBeGreaterThanOrEqual(4000);
  expect(Math.max(...delays)).toBeLessThanOrEqual(8000);
  expect(Math.max(...delays) - Math.min(...delays)).toBeGreaterThan(3000);
});
