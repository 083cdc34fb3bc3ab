// Per-copy address remapping for the looped trace: every outer IPv4/IPv6 source and
// destination address in an Ethernet frame is XORed with a mask that depends only on the
// copy number, so copy k of the base trace is a new set of flows while keeping each
// flow's shape (packets, sizes, timing, payload). The mask leaves the first octet of an
// IPv4 address and the first 16 bits of an IPv6 address alone, so the address class
// (private/public, multicast, link-local fe80::/16 …) stays roughly the same.
//
// The IPv4 header checksum is updated incrementally (RFC 1624), so a header that was
// valid stays valid and a deliberately broken one stays broken. TCP/UDP/ICMPv6 checksums,
// which cover the addresses through the pseudo-header, are left stale on purpose: our probe
// and the peers we compare against (softflowd, nfpcapd) do not validate them, and
// patching them would add nothing the benchmark measures.

import { createHash } from 'node:crypto';

export interface RemapMask {
  v4: Uint8Array; // 4 bytes, byte 0 is always 0
  v6: Uint8Array; // 16 bytes, bytes 0–1 are always 0
}

/** The mask for copy `copy` (0 = the identity: the first copy is the original traffic). */
export function maskForCopy(copy: number, seed: string): RemapMask {
  const v4 = new Uint8Array(4);
  const v6 = new Uint8Array(16);
  if (copy === 0) return { v4, v6 };
  const h = createHash('sha256').update(`${seed}/copy/${copy}`).digest();
  v4.set(h.subarray(0, 3), 1);
  v6.set(h.subarray(3, 17), 2);
  // A zero mask would repeat copy 0; the odds are negligible, but make it impossible.
  if ((v4[1] | v4[2] | v4[3]) === 0) v4[3] = copy & 0xff || 1;
  return { v4, v6 };
}

const MAX_L2_TAGS = 8;

/**
 * Offset of the IP header inside the frame at buf[off, off+capLen), or -1 when the frame
 * carries no IP (or is too short to tell). Follows VLAN/QinQ tags, an MPLS label stack and
 * PPPoE sessions, as our decoder does, so the addresses the probe keys on are the ones changed.
 */
export function ipOffsetInEthernet(buf: Uint8Array, off: number, capLen: number): number {
  let pos = 12;
  for (let tags = 0; tags <= MAX_L2_TAGS; tags++) {
    if (pos + 2 > capLen) return -1;
    const type = (buf[off + pos] << 8) | buf[off + pos + 1];
    pos += 2;
    if (type === 0x0800 || type === 0x86dd) return pos;
    if (type === 0x8100 || type === 0x88a8 || type === 0x9100) {
      pos += 2;
      continue;
    }
    if (type === 0x8847 || type === 0x8848) {
      for (let labels = 0; labels < MAX_L2_TAGS; labels++) {
        if (pos + 4 > capLen) return -1;
        const bottom = buf[off + pos + 2] & 1;
        pos += 4;
        if (bottom) return pos; // the version nibble decides v4/v6 below
      }
      return -1;
    }
    if (type === 0x8864) {
      if (pos + 8 > capLen) return -1;
      const ppp = (buf[off + pos + 6] << 8) | buf[off + pos + 7];
      return ppp === 0x0021 || ppp === 0x0057 ? pos + 8 : -1;
    }
    return -1;
  }
  return -1;
}

/** Ones-complement sum of the big-endian 16-bit words buf[at, at+len) (len even). */
function sum16(buf: Uint8Array, at: number, len: number): number {
  let s = 0;
  for (let i = 0; i < len; i += 2) s += (buf[at + i] << 8) | buf[at + i + 1];
  return s;
}

function fold(s: number): number {
  while (s > 0xffff) s = (s & 0xffff) + (s >>> 16);
  return s;
}

/**
 * Remaps the outer IP addresses of one Ethernet frame in place. Returns true when the
 * frame carried IPv4 or IPv6 addresses that were changed.
 */
export function remapEthernetFrame(buf: Uint8Array, off: number, capLen: number, mask: RemapMask): boolean {
  const ipRel = ipOffsetInEthernet(buf, off, capLen);
  if (ipRel < 0 || ipRel >= capLen) return false;
  const ip = off + ipRel;
  const avail = capLen - ipRel;
  const version = buf[ip] >> 4;
  if (version === 4) {
    if (avail < 20) return false;
    const ihl = (buf[ip] & 0x0f) * 4;
    // RFC 1624 eqn. 3: HC' = ~(~HC + ~m + m') over the changed words.
    let s = ~((buf[ip + 10] << 8) | buf[ip + 11]) & 0xffff;
    s += 0xffff * 4 - sum16(buf, ip + 12, 8); // ~m for the four address words
    for (let i = 1; i < 4; i++) {
      buf[ip + 12 + i] ^= mask.v4[i];
      buf[ip + 16 + i] ^= mask.v4[i];
    }
    s += sum16(buf, ip + 12, 8);
    // Only touch the checksum of something that looks like a real header.
    if (ihl >= 20 && avail >= ihl) {
      const hc = ~fold(s) & 0xffff;
      buf[ip + 10] = hc >> 8;
      buf[ip + 11] = hc & 0xff;
    }
    return true;
  }
  if (version === 6) {
    if (avail < 40) return false;
    for (let i = 2; i < 16; i++) {
      buf[ip + 8 + i] ^= mask.v6[i];
      buf[ip + 24 + i] ^= mask.v6[i];
    }
    return true;
  }
  return false;
}

/** Full IPv4 header checksum, for self-checks: 0 means the header at `ip` verifies. */
export function ipv4HeaderChecksumResidue(buf: Uint8Array, ip: number): number {
  const ihl = (buf[ip] & 0x0f) * 4;
  return ~fold(sum16(buf, ip, ihl)) & 0xffff;
}
