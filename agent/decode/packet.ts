// L2–L4 decoding of one captured frame, in place. The decoder reads the frame where it lies
// (in the shard ring) and writes what the flow table needs into a reused PacketInfo: no
// allocation, no exception. A frame it cannot use is classified by a reason code and skipped.
//
// Byte counts follow what was on the wire: frame bytes are the wire length, IP bytes come from
// the IP length fields. A snaplen-cut capture therefore counts the same as a full one as long
// as the headers we need were captured.

import { decodeLink } from './link.js';
import { decodeIp } from './ip.js';
import { decodeTransport } from './transport.js';
import { DECODE_OK, MAX_FRAME_BYTES, R_FRAME_BAD_LENGTH } from './reasons.js';
import type { PacketInfo } from './packet-info.js';

export { PacketInfo } from './packet-info.js';
export * from './reasons.js';

// Module-local copies: V8 compiles a module-local const into the code as a number, an imported
// binding is read through a cell at every use (see the same note in flow/table.ts).
const OK = DECODE_OK;
const MAX_FRAME = MAX_FRAME_BYTES;

/**
 * Decodes the frame buf[off, off + capLen) whose length on the wire was wireLen.
 * Returns DECODE_OK, DECODE_NON_IP, or a malformed reason code (index into MALFORMED_REASONS).
 */
export function decodePacket(
  buf: Uint8Array,
  off: number,
  capLen: number,
  wireLen: number,
  linkType: number,
  p: PacketInfo,
): number {
  p.reset(linkType); // keeps p.ts
  if (wireLen > MAX_FRAME || capLen > MAX_FRAME) return R_FRAME_BAD_LENGTH;
  if (wireLen < capLen) wireLen = capLen;
  const l3 = decodeLink(buf, off, capLen, wireLen, linkType, p);
  if (l3 < 0) return -l3;
  const r = decodeIp(buf, off + l3, off + capLen, wireLen - l3, p);
  if (r !== OK) return r;
  return decodeTransport(buf, off + capLen, p);
}
