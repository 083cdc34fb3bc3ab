// Which detectors (the analyzers' detect() and the byte signatures) can accept a packet, from
// its transport, its first payload byte and its ports, so the engine tries only those on a
// flow's first payload packets instead of all of them (most packets match none).
//
// Built once from what each detector declares it can start with (Starts in signatures.ts):
// a table of 32-bit masks by transport and first byte, and one by port, for the detectors that
// are tried on their ports whatever the bytes. Bit i stands for detector i in the order the
// engine tries them, so the lowest set bit first keeps that order: the first detector that
// accepts is the same as without the filter, as long as each Starts admits every packet its
// detector accepts (test/l7-detect-filter.test.ts).

import type { Starts } from './signatures.js';

const TCP = 6;
const UDP = 17;
/** Rows per transport: one per first byte, then one for an empty payload (every detector). */
const ROW = 257;
const EMPTY = 256;

export class DetectFilter {
  /** [transport * ROW + first byte]: detectors that may accept. Transport 0 TCP, 1 UDP. */
  private readonly byByte = new Uint32Array(2 * ROW);
  /** [transport << 16 | port]: index in portMasks of the detectors tried on that port (0: none). */
  private readonly portIndex = new Uint8Array(2 << 16);
  private readonly portMasks: number[] = [0];
  /** Every detector, for transports other than TCP and UDP (none of ours takes them; it is just safe). */
  private readonly all: number;

  /** `starts[i]`: what detector i, the i-th tried, can accept. At most 32 detectors. */
  constructor(starts: readonly Starts[]) {
    if (starts.length > 32) throw new Error(`DetectFilter: ${starts.length} detectors, at most 32 fit a mask`);
    this.all = starts.length === 32 ? -1 : (1 << starts.length) - 1;
    for (let i = 0; i < starts.length; i++) {
      const bit = 1 << i;
      const s = starts[i];
      for (let t = 0; t < 2; t++) {
        const row = t * ROW;
        for (const b of (t === 0 ? s.tcp : s.udp) ?? []) this.byByte[row + (b & 0xff)] |= bit;
        this.byByte[row + EMPTY] |= bit;
        for (const p of (t === 0 ? s.tcpPorts : s.udpPorts) ?? []) this.addPort(t, p & 0xffff, bit);
      }
    }
  }

  private addPort(t: number, port: number, bit: number): void {
    const k = (t << 16) | port;
    const mask = this.portMasks[this.portIndex[k]] | bit;
    let i = this.portMasks.indexOf(mask);
    if (i < 0) {
      if (this.portMasks.length > 255) throw new Error('DetectFilter: too many distinct port sets');
      i = this.portMasks.push(mask) - 1;
    }
    this.portIndex[k] = i;
  }

  /**
   * Bit i set: detector i may accept this payload (buf[off], len bytes; an empty one, or one
   * outside buf, admits every detector). No allocation.
   */
  candidates(protocol: number, buf: Uint8Array, off: number, len: number, srcPort: number, dstPort: number): number {
    const t = protocol === TCP ? 0 : protocol === UDP ? 1 : -1;
    if (t < 0) return this.all;
    const mask = this.byByte[t * ROW + (len > 0 && off >= 0 && off < buf.length ? buf[off] : EMPTY)];
    return mask | this.portMasks[this.portIndex[(t << 16) | (srcPort & 0xffff)]] | this.portMasks[this.portIndex[(t << 16) | (dstPort & 0xffff)]];
  }
}
