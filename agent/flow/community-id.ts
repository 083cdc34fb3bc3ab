// Community ID v1 (corelight/community-id-spec), seed 0: "1:" + base64(SHA-1(seed . saddr .
// daddr . proto . 0 . sport . dport)), endpoints ordered so the smaller (address, port) comes
// first, except for one-way ICMP types, which keep the sender first. Protocols without ports
// hash the addresses and protocol only.

import { hash } from 'node:crypto';

const input = Buffer.alloc(2 + 16 + 16 + 2 + 4);

function hasPorts(protocol: number): boolean {
  return protocol === 6 || protocol === 17 || protocol === 132 || protocol === 1 || protocol === 58;
}

/**
 * @param src, dst addresses as big-endian words (IPv4: word 0 only)
 * @param ordered true when (src, sport) must be swapped with (dst, dport) if larger
 */
export function communityId(
  ipVersion: number,
  protocol: number,
  src: ArrayLike<number>,
  dst: ArrayLike<number>,
  sport: number,
  dport: number,
  ordered: boolean,
  seed = 0,
): string {
  const words = ipVersion === 6 ? 4 : 1;
  let swap = false;
  if (ordered) {
    let cmp = 0;
    for (let i = 0; i < words && cmp === 0; i++) cmp = src[i] === dst[i] ? 0 : src[i] < dst[i] ? -1 : 1;
    swap = cmp > 0 || (cmp === 0 && hasPorts(protocol) && sport > dport);
  }
  const a = swap ? dst : src;
  const b = swap ? src : dst;
  let o = input.writeUInt16BE(seed, 0);
  for (let i = 0; i < words; i++) o = input.writeUInt32BE(a[i] >>> 0, o);
  for (let i = 0; i < words; i++) o = input.writeUInt32BE(b[i] >>> 0, o);
  input[o++] = protocol;
  input[o++] = 0;
  if (hasPorts(protocol)) {
    o = input.writeUInt16BE(swap ? dport : sport, o);
    o = input.writeUInt16BE(swap ? sport : dport, o);
  }
  return '1:' + hash('sha1', input.subarray(0, o), 'base64');
}
