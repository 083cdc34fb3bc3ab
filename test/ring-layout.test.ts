// The shard ring is written by C++ (native/ring.h) and read by TypeScript (agent/capture/ring.ts).
// Both sides must agree on every offset, or workers would read garbage.

import { expect, it } from 'vitest';
import { addon } from '../agent/capture/native.js';
import { RECORD_HEADER, RING_BELL, RING_DATA, RING_EOF, RING_HEAD, RING_TAIL, RING_WAITING } from '../agent/capture/ring.js';

it('native and TypeScript agree on the ring layout', () => {
  expect(addon.ringLayout).toEqual({
    head: RING_HEAD, eof: RING_EOF, waiting: RING_WAITING, bell: RING_BELL, tail: RING_TAIL, data: RING_DATA, recordHeader: RECORD_HEADER,
  });
});
