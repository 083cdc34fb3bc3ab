// The collector's memory (agent/export/collector-ledger.ts) as pure logic: how holes age into
// gaps, what is saved and refused in the state file, and how the number of streams is bounded.

import { describe, expect, it } from 'vitest';
import { ageHoles, Ledger, type Hole } from '../agent/export/collector-ledger.js';

const key = (epoch: bigint, probeId = 'p1') => ({ probeId, stream: 'flows' as const, epoch });

describe('ageHoles', () => {
  const h = (first: bigint, last: bigint, sinceMs: number, droppedBefore = 0): Hole => ({ first, last, sinceMs, droppedBefore });
  const cases: { name: string; prev: Hole[]; now: [bigint, bigint][]; want: Hole[] }[] = [
    { name: 'a new hole starts now', prev: [], now: [[3n, 4n]], want: [h(3n, 4n, 1000, 9)] },
    { name: 'a hole unchanged keeps its time', prev: [h(3n, 4n, 10, 1)], now: [[3n, 4n]], want: [h(3n, 4n, 10, 1)] },
    { name: 'a hole filled in the middle: both parts keep its time', prev: [h(3n, 9n, 10, 1)], now: [[3n, 4n], [7n, 9n]], want: [h(3n, 4n, 10, 1), h(7n, 9n, 10, 1)] },
    { name: 'a filled hole disappears, a new one above starts now', prev: [h(3n, 4n, 10, 1)], now: [[20n, 20n]], want: [h(20n, 20n, 1000, 9)] },
  ];
  for (const c of cases) {
    it(c.name, () => expect(ageHoles(c.prev, c.now, 1000, () => 9)).toEqual(c.want));
  }
});

describe('Ledger', () => {
  it('reports a hole once after the timeout, with the drop counter from before it opened, and its recovery', () => {
    const l = new Ledger();
    const e = l.entry(key(1n));
    l.addPending(e, 1n);
    e.dropped = 0;
    l.addPending(e, 4n); // 2-3 missing; the batch carrying 4 says 5 records were dropped
    e.dropped = 5;
    expect(l.checkGaps(0, 100)).toEqual([]);
    const [gap] = l.checkGaps(100, 100);
    expect(gap).toMatchObject({ kind: 'gap', hole: { first: 2n, last: 3n, droppedBefore: 0 }, droppedNow: 5 });
    expect(l.checkGaps(500, 100)).toEqual([]);
    l.addAcked(e, 2n, 2n);
    expect(l.checkGaps(600, 100)).toEqual([]); // partly filled: still open
    l.addPending(e, 3n);
    expect(l.checkGaps(700, 100)).toMatchObject([{ kind: 'recovered', hole: { first: 2n, last: 3n } }]);
    expect(l.openGaps()).toBe(0);
  });

  it('saves only what is durable, and loads it back', () => {
    const l = new Ledger();
    const e = l.entry(key(0xabcn));
    l.addPending(e, 1n);
    l.addPending(e, 2n);
    const parts = l.beginCommit();
    l.addPending(e, 3n); // arrived during the commit: not durable yet
    expect(l.toJSON().streams).toEqual([]);
    expect(l.finishCommit(parts)).toEqual([{ key: key(0xabcn), ranges: [[1n, 2n]] }]);
    const saved = JSON.parse(JSON.stringify(l.toJSON()));
    expect(saved).toEqual({ version: 1, streams: [{ probe: 'p1', stream: 'flows', epoch: '0000000000000abc', written: [['1', '2']] }] });
    const back = new Ledger();
    back.load(saved, 'state.json');
    expect(back.entry(key(0xabcn)).state(2n)).toBe('written');
    expect(back.entry(key(0xabcn)).state(3n)).toBe('new');
  });

  it('refuses a state file that is not one, with PROBE_E_COLLECT_STATE', () => {
    const bad = [
      null,
      { version: 2, streams: [] },
      { version: 1, streams: [{ probe: 'p/1', stream: 'flows', epoch: '0000000000000001', written: [] }] },
      { version: 1, streams: [{ probe: 'p', stream: 'flows', epoch: '1', written: [] }] },
      { version: 1, streams: [{ probe: 'p', stream: 'flows', epoch: '0000000000000001', written: [['5', '2']] }] },
      { version: 1, streams: [{ probe: 'p', stream: 'flows', epoch: '0000000000000001', written: [[1, 2]] }] },
    ];
    for (const f of bad) expect(() => new Ledger().load(f, 's.json'), JSON.stringify(f)).toThrow(expect.objectContaining({ code: 'PROBE_E_COLLECT_STATE' }));
  });

  it('holds at most maxKeys streams, forgetting the least recently used one that has nothing in flight', () => {
    const l = new Ledger({ maxKeys: 2 });
    const a = l.entry(key(1n));
    l.addPending(a, 1n); // in flight: must survive
    l.entry(key(2n));
    l.entry(key(3n));
    expect(l.size).toBe(2);
    expect(l.peek(key(1n))).toBe(a);
    expect(l.peek(key(2n))).toBeUndefined();
    expect(l.evicted).toBe(1);
  });
});
