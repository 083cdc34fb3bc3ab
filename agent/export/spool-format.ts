// The on-disk layout of spool segments, and a reader that walks their records and checks
// each one. All integers are little-endian (what every machine we run on uses natively).
//
// A stream is a directory of segment files, `<first seq, 20 decimal digits>.seg`; the zero
// padding makes name order equal to seq order, and 20 digits hold any u64.
//
// Segment file = header, then records back to back:
//
//   header (32 bytes)
//     0  4  magic "PRSP"
//     4  u32 format version (2; version 1 used CRC32C, computed in JS at a fifth of the
//           speed of zlib's native CRC-32, which made it the cost of export)
//     8  u64 stream epoch   (a segment from another epoch is never mixed into this stream)
//    16  u64 created, ms since the Unix epoch (= time of its first append; the age of
//           unacknowledged data is measured from it)
//    24  u32 CRC-32 (zlib's, IEEE 802.3) of bytes 0..23
//    28  u32 reserved, 0
//
//   record (16-byte frame header + payload)
//     0  u32 payload length in bytes
//     4  u32 CRC-32 of the payload followed by the 8 seq bytes: a record is only accepted
//           with its own seq, so a stale record left in place cannot pass for a new one
//     8  u64 seq (the stream's sequence number of this record; consecutive within a segment)
//    16  payload (an opaque, already-encoded batch)
//
// The length is not under the CRC on purpose: a damaged length makes the CRC cover the wrong
// bytes, which fails the check just the same.

import { readSync } from 'node:fs';
import { crc32 } from 'node:zlib';

export const SEGMENT_MAGIC = 0x50535250; // "PRSP" read as a little-endian u32
export const SEGMENT_FORMAT_VERSION = 2;
export const SEGMENT_HEADER_BYTES = 32;
export const FRAME_HEADER_BYTES = 16;
export const SEGMENT_SUFFIX = '.seg';
const SEGMENT_NAME = /^(\d{20})\.seg$/;

export function segmentFileName(firstSeq: bigint): string {
  return firstSeq.toString().padStart(20, '0') + SEGMENT_SUFFIX;
}

/** The first seq a segment file name stands for, or undefined for any other file. */
export function parseSegmentFileName(name: string): bigint | undefined {
  const m = SEGMENT_NAME.exec(name);
  if (!m) return undefined;
  const seq = BigInt(m[1]);
  return seq > 0n && seq < 2n ** 64n ? seq : undefined;
}

export function encodeSegmentHeader(epoch: bigint, createdMs: number): Buffer {
  const header = Buffer.alloc(SEGMENT_HEADER_BYTES);
  header.writeUInt32LE(SEGMENT_MAGIC, 0);
  header.writeUInt32LE(SEGMENT_FORMAT_VERSION, 4);
  header.writeBigUInt64LE(epoch, 8);
  header.writeBigUInt64LE(BigInt(Math.max(0, Math.floor(createdMs))), 16);
  header.writeUInt32LE(crc32(header.subarray(0, 24)), 24);
  return header;
}

export interface SegmentHeader {
  epoch: bigint;
  createdMs: number;
}

/** Parses and checks a segment header; undefined when it is short, foreign or damaged. */
export function decodeSegmentHeader(bytes: Uint8Array): SegmentHeader | undefined {
  if (bytes.length < SEGMENT_HEADER_BYTES) return undefined;
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, SEGMENT_HEADER_BYTES);
  if (b.readUInt32LE(0) !== SEGMENT_MAGIC || b.readUInt32LE(4) !== SEGMENT_FORMAT_VERSION) return undefined;
  if (b.readUInt32LE(24) !== crc32(b.subarray(0, 24))) return undefined;
  return { epoch: b.readBigUInt64LE(8), createdMs: Number(b.readBigUInt64LE(16)) };
}

/** Fills `header` (16 bytes, reused by the caller) with the frame header of one record. */
export function encodeFrameHeader(header: Buffer, seq: bigint, payload: Uint8Array): void {
  header.writeUInt32LE(payload.length, 0);
  header.writeBigUInt64LE(seq, 8);
  header.writeUInt32LE(crc32(header.subarray(8, 16), crc32(payload)), 4);
}

export type FrameResult =
  | { kind: 'record'; seq: bigint; payload: Uint8Array; frameBytes: number }
  /** offset is exactly the end of the readable bytes: no more records */
  | { kind: 'end' }
  /** a partial frame, an impossible length or a CRC mismatch: nothing from here on is trusted */
  | { kind: 'bad' };

/**
 * Reads records of one segment file through a chunk buffer, so a scan costs one read()
 * per chunk rather than per record. `payload` in a result is a view into the buffer, valid
 * until the next call: copy it to keep it.
 */
export class FrameReader {
  readonly fd: number;
  /** bytes of the file that may be read (the caller knows where valid data ends) */
  endOffset: number;
  private buf: Buffer;
  private bufFileOffset = 0;
  private bufBytes = 0;

  constructor(fd: number, endOffset: number, chunkBytes = 1 << 20) {
    this.fd = fd;
    this.endOffset = endOffset;
    this.buf = Buffer.allocUnsafe(chunkBytes);
  }

  /** The bytes [offset, offset + length) of the file, or undefined past endOffset. */
  bytesAt(offset: number, length: number): Uint8Array | undefined {
    if (offset + length > this.endOffset) return undefined;
    if (offset < this.bufFileOffset || offset + length > this.bufFileOffset + this.bufBytes) {
      // A frame bigger than the buffer gets a buffer of its own size (frames are bounded by
      // the segment size, so this is bounded too).
      if (length > this.buf.length) this.buf = Buffer.allocUnsafe(length);
      const want = Math.min(this.buf.length, this.endOffset - offset);
      let got = 0;
      while (got < want) {
        const n = readSync(this.fd, this.buf, got, want - got, offset + got);
        if (n === 0) break; // the file is shorter than we were told: treated as a torn end
        got += n;
      }
      this.bufFileOffset = offset;
      this.bufBytes = got;
      if (got < length) return undefined;
    }
    const start = offset - this.bufFileOffset;
    return this.buf.subarray(start, start + length);
  }

  /** The record at `offset`, checked against its CRC. */
  frameAt(offset: number): FrameResult {
    if (offset === this.endOffset) return { kind: 'end' };
    const header = this.bytesAt(offset, FRAME_HEADER_BYTES);
    if (!header) return { kind: 'bad' };
    const h = Buffer.from(header.buffer, header.byteOffset, FRAME_HEADER_BYTES);
    const length = h.readUInt32LE(0);
    const storedCrc = h.readUInt32LE(4);
    const seq = h.readBigUInt64LE(8);
    if (offset + FRAME_HEADER_BYTES + length > this.endOffset) return { kind: 'bad' };
    // re-read as one frame: the header view may be invalidated by loading the payload
    const frame = this.bytesAt(offset, FRAME_HEADER_BYTES + length);
    if (!frame) return { kind: 'bad' };
    const payload = frame.subarray(FRAME_HEADER_BYTES);
    if (crc32(frame.subarray(8, 16), crc32(payload)) !== storedCrc) return { kind: 'bad' };
    return { kind: 'record', seq, payload, frameBytes: FRAME_HEADER_BYTES + length };
  }
}
