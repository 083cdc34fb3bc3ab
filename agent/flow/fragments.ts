// IP fragments: only the first fragment of a datagram carries the transport header. We keep
// its ports for a while, keyed by (source, destination, protocol, IP id), so the fragments
// that follow are counted in the same flow. A fragment whose first fragment we never saw
// (lost, or reordered behind it) is still counted, in a flow without ports, and the worker
// counts it as `fragmentsWithoutFirst`.
//
// Bounded: a direct-mapped table; a newer datagram that hashes to the same entry replaces the
// older one, and entries older than the timeout are ignored.

import type { PacketInfo } from '../decode/packet-info.js';

const WORDS = 10; // src[4], dst[4], id, protocol

export class FragmentPorts {
  private readonly keys: Uint32Array;
  private readonly ports: Uint32Array;
  private readonly seen: Float64Array;
  private readonly mask: number;
  private readonly timeoutUs: number;

  constructor(entries = 8192, timeoutUs = 30e6) {
    let n = 16;
    while (n < entries) n *= 2;
    this.mask = n - 1;
    this.keys = new Uint32Array(n * WORDS);
    this.ports = new Uint32Array(n);
    this.seen = new Float64Array(n);
    this.timeoutUs = timeoutUs;
  }

  /** Call for a first fragment (offset 0, more fragments) after its ports (if any) were decoded. */
  remember(p: PacketInfo, ts: number): void {
    const i = this.index(p);
    const k = i * WORDS;
    this.keys.set(p.src, k);
    this.keys.set(p.dst, k + 4);
    this.keys[k + 8] = p.fragId;
    this.keys[k + 9] = p.protocol;
    this.ports[i] = ((p.srcPort << 16) | p.dstPort) >>> 0;
    this.seen[i] = ts;
  }

  /** Call for a later fragment: fills in the ports of its datagram; false if unknown. */
  resolve(p: PacketInfo, ts: number): boolean {
    const i = this.index(p);
    const k = i * WORDS;
    const keys = this.keys;
    if (
      this.seen[i] === 0 ||
      ts - this.seen[i] > this.timeoutUs ||
      keys[k + 8] !== p.fragId ||
      keys[k + 9] !== p.protocol ||
      keys[k] !== p.src[0] || keys[k + 1] !== p.src[1] || keys[k + 2] !== p.src[2] || keys[k + 3] !== p.src[3] ||
      keys[k + 4] !== p.dst[0] || keys[k + 5] !== p.dst[1] || keys[k + 6] !== p.dst[2] || keys[k + 7] !== p.dst[3]
    ) {
      return false;
    }
    const ports = this.ports[i];
    p.srcPort = ports >>> 16;
    p.dstPort = ports & 0xffff;
    this.seen[i] = ts;
    return true;
  }

  private index(p: PacketInfo): number {
    let h = Math.imul(p.fragId ^ (p.protocol << 24), 0x9e3779b1);
    h = Math.imul(h ^ p.src[0] ^ p.src[3], 0x85ebca6b);
    h = Math.imul(h ^ p.dst[0] ^ p.dst[3], 0xc2b2ae35);
    return (h ^ (h >>> 16)) & this.mask;
  }
}
