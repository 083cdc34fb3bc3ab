// The shard ring as the consumer sees it. Layout and protocol: native/ring.h (the producer
// side); test/ring-layout.test.ts checks both agree.

export const RING_HEAD = 0;
export const RING_EOF = 4;
export const RING_WAITING = 8;
export const RING_BELL = 12;
export const RING_TAIL = 64;
export const RING_DATA = 128;
export const RECORD_HEADER = 24;

/** A ring of `dataBytes` (a power of two) in a new SharedArrayBuffer. */
export function createRing(dataBytes: number): SharedArrayBuffer {
  if (dataBytes < 1 << 16 || (dataBytes & (dataBytes - 1)) !== 0) {
    throw new RangeError(`ring size must be a power of two ≥ 64 KiB, got ${dataBytes}`);
  }
  return new SharedArrayBuffer(RING_DATA + dataBytes);
}
