// Community ID v1 (corelight/community-id-spec), seed 0: "1:" + base64(SHA-1(seed . saddr .
// daddr . proto . 0 . sport . dport)), endpoints ordered so the smaller (address, port) comes
// first, except for one-way ICMP types, which keep the sender first. Protocols without ports
// hash the addresses and protocol only.

/** Length of the hash input at most: seed, two IPv6 addresses, protocol, 0, two ports. */
export const COMMUNITY_ID_INPUT_MAX = 2 + 16 + 16 + 2 + 4;
/** Length of the ASCII text: "1:" + 28 base64 characters. */
export const COMMUNITY_ID_LENGTH = 30;

function hasPorts(protocol: number): boolean {
  return protocol === 6 || protocol === 17 || protocol === 132 || protocol === 1 || protocol === 58;
}

function put32(b: Uint8Array, o: number, w: number): number {
  b[o] = w >>> 24;
  b[o + 1] = (w >>> 16) & 0xff;
  b[o + 2] = (w >>> 8) & 0xff;
  b[o + 3] = w & 0xff;
  return o + 4;
}

/**
 * Writes the bytes the Community ID hashes into b[at, at + n); returns n (at most
 * COMMUNITY_ID_INPUT_MAX). BatchEncoder collects these and hashes a batch of them natively
 * (native/sha1.cc); the text is "1:" + base64 of the SHA-1.
 * @param src, dst addresses as big-endian words (IPv4: word 0 only)
 * @param ordered false for one-way ICMP types: keep src first
 */
export function writeCommunityIdInput(
  b: Uint8Array, at: number,
  ipVersion: number, protocol: number,
  src: ArrayLike<number>, dst: ArrayLike<number>,
  sport: number, dport: number, ordered: boolean, seed = 0,
): number {
  const words = ipVersion === 6 ? 4 : 1;
  let swap = false;
  if (ordered) {
    let cmp = 0;
    for (let i = 0; i < words && cmp === 0; i++) cmp = src[i] === dst[i] ? 0 : src[i] >>> 0 < dst[i] >>> 0 ? -1 : 1;
    swap = cmp > 0 || (cmp === 0 && hasPorts(protocol) && sport > dport);
  }
  const first = swap ? dst : src;
  const second = swap ? src : dst;
  b[at] = seed >>> 8;
  b[at + 1] = seed & 0xff;
  let o = at + 2;
  for (let i = 0; i < words; i++) o = put32(b, o, first[i]);
  for (let i = 0; i < words; i++) o = put32(b, o, second[i]);
  b[o++] = protocol;
  b[o++] = 0;
  if (hasPorts(protocol)) {
    const p1 = swap ? dport : sport;
    const p2 = swap ? sport : dport;
    b[o++] = p1 >>> 8;
    b[o++] = p1 & 0xff;
    b[o++] = p2 >>> 8;
    b[o++] = p2 & 0xff;
  }
  return o - at;
}
