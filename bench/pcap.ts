// Classic pcap (libpcap savefile) reading and writing, just enough for the bench's trace
// builders. Format: a 24-byte file header (magic, version, thiszone, sigfigs, snaplen,
// link type), then per packet a 16-byte record header (seconds, micro- or nanoseconds,
// captured length, original length) followed by the captured bytes.
// pcapng input is converted to this format by `editcap -F pcap` before it gets here.

import { closeSync, openSync, writeSync } from 'node:fs';

export const LINKTYPE_ETHERNET = 1;
export const PCAP_FILE_HEADER_LEN = 24;
export const PCAP_RECORD_HEADER_LEN = 16;

const MAGIC_MICRO = 0xa1b2c3d4;
const MAGIC_NANO = 0xa1b23c4d;

export interface PcapHeader {
  littleEndian: boolean;
  nanosecond: boolean;
  snaplen: number;
  linktype: number;
}

/** One packet of a pcap held in memory; `dataOffset` indexes the buffer it was read from. */
export interface PcapRecord {
  tsUs: number; // microseconds since the epoch (fits a double exactly until year 2255)
  capLen: number;
  origLen: number;
  dataOffset: number;
}

export class PcapFormatError extends Error {}

export function parsePcapHeader(buf: Buffer): PcapHeader {
  if (buf.length < PCAP_FILE_HEADER_LEN) throw new PcapFormatError('shorter than a pcap file header');
  const le = buf.readUInt32LE(0);
  const be = buf.readUInt32BE(0);
  let littleEndian: boolean;
  let nanosecond: boolean;
  if (le === MAGIC_MICRO || le === MAGIC_NANO) {
    littleEndian = true;
    nanosecond = le === MAGIC_NANO;
  } else if (be === MAGIC_MICRO || be === MAGIC_NANO) {
    littleEndian = false;
    nanosecond = be === MAGIC_NANO;
  } else {
    throw new PcapFormatError(`not a classic pcap (magic 0x${be.toString(16)})`);
  }
  const u32 = (o: number): number => (littleEndian ? buf.readUInt32LE(o) : buf.readUInt32BE(o));
  return { littleEndian, nanosecond, snaplen: u32(16), linktype: u32(20) & 0x0fffffff };
}

/**
 * Iterates over the packets of a pcap held in `buf`. Stops at the first record whose
 * header or data runs past the end of the buffer (a file cut short), like libpcap does.
 */
export function* pcapRecords(buf: Buffer, header: PcapHeader = parsePcapHeader(buf)): Generator<PcapRecord> {
  const le = header.littleEndian;
  const fracDiv = header.nanosecond ? 1000 : 1;
  let off = PCAP_FILE_HEADER_LEN;
  while (off + PCAP_RECORD_HEADER_LEN <= buf.length) {
    const sec = le ? buf.readUInt32LE(off) : buf.readUInt32BE(off);
    const frac = le ? buf.readUInt32LE(off + 4) : buf.readUInt32BE(off + 4);
    const capLen = le ? buf.readUInt32LE(off + 8) : buf.readUInt32BE(off + 8);
    const origLen = le ? buf.readUInt32LE(off + 12) : buf.readUInt32BE(off + 12);
    const dataOffset = off + PCAP_RECORD_HEADER_LEN;
    if (dataOffset + capLen > buf.length) return;
    yield { tsUs: sec * 1_000_000 + Math.floor(frac / fracDiv), capLen, origLen, dataOffset };
    off = dataOffset + capLen;
  }
}

/**
 * Writes a little-endian, microsecond classic pcap through a large in-memory buffer.
 * `reserve()` hands out room for one packet so the caller can copy the frame in and edit
 * it in place (no second copy); the room stays valid until the next reserve() or close().
 */
export class PcapWriter {
  readonly buf: Buffer;
  private used = 0;
  private readonly fd: number;
  packets = 0;
  bytes = 0;

  constructor(path: string, linktype: number, snaplen = 262144, bufferBytes = 8 << 20) {
    this.fd = openSync(path, 'w');
    this.buf = Buffer.allocUnsafe(Math.max(bufferBytes, snaplen + PCAP_RECORD_HEADER_LEN));
    const h = this.buf;
    h.writeUInt32LE(MAGIC_MICRO, 0);
    h.writeUInt16LE(2, 4);
    h.writeUInt16LE(4, 6);
    h.writeInt32LE(0, 8); // thiszone
    h.writeUInt32LE(0, 12); // sigfigs
    h.writeUInt32LE(snaplen, 16);
    h.writeUInt32LE(linktype, 20);
    this.used = PCAP_FILE_HEADER_LEN;
  }

  /** Writes a record header and returns the offset in `this.buf` where `capLen` data bytes go. */
  reserve(tsUs: number, capLen: number, origLen: number): number {
    if (this.used + PCAP_RECORD_HEADER_LEN + capLen > this.buf.length) this.flush();
    const b = this.buf;
    const o = this.used;
    const sec = Math.floor(tsUs / 1_000_000);
    b.writeUInt32LE(sec, o);
    b.writeUInt32LE(tsUs - sec * 1_000_000, o + 4);
    b.writeUInt32LE(capLen, o + 8);
    b.writeUInt32LE(origLen, o + 12);
    this.used = o + PCAP_RECORD_HEADER_LEN + capLen;
    this.packets++;
    this.bytes += PCAP_RECORD_HEADER_LEN + capLen;
    return o + PCAP_RECORD_HEADER_LEN;
  }

  write(tsUs: number, origLen: number, src: Uint8Array, start: number, end: number): number {
    const at = this.reserve(tsUs, end - start, origLen);
    this.buf.set(src.subarray(start, end), at);
    return at;
  }

  private flush(): void {
    let done = 0;
    while (done < this.used) done += writeSync(this.fd, this.buf, done, this.used - done);
    this.used = 0;
  }

  close(): void {
    this.flush();
    closeSync(this.fd);
  }
}
