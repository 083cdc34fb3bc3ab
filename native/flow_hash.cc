#include "flow_hash.h"

#include <pcap/dlt.h>

namespace probe {

namespace {

inline uint32_t Be16(const uint8_t* p) { return (uint32_t(p[0]) << 8) | p[1]; }
inline uint32_t Be32(const uint8_t* p) {
  return (uint32_t(p[0]) << 24) | (uint32_t(p[1]) << 16) | (uint32_t(p[2]) << 8) | p[3];
}

inline uint32_t Mix(uint32_t h) {  // murmur3 finaliser
  h ^= h >> 16;
  h *= 0x85ebca6bu;
  h ^= h >> 13;
  h *= 0xc2b2ae35u;
  h ^= h >> 16;
  return h;
}

// Symmetric in a and b: xor and sum do not care about order.
inline uint32_t Pair(uint32_t a, uint32_t b) { return Mix((a ^ b) * 0x9e3779b1u + (a + b)); }

// Offset of the IP header after an Ethernet header (VLAN, QinQ, VN-Tag, MPLS, PPPoE), or -1.
int EthernetL3(const uint8_t* p, uint32_t len) {
  uint32_t off = 12;
  for (int guard = 0; guard < 8; guard++) {
    if (off + 2 > len) return -1;
    uint32_t type = Be16(p + off);
    off += 2;
    switch (type) {
      case 0x0800:
      case 0x86dd:
        return int(off);
      case 0x8100:
      case 0x88a8:
      case 0x9100:
        off += 2;  // TCI; the next ethertype follows
        break;
      case 0x8926:  // VN-Tag: 4 bytes of tag, then the next ethertype
        off += 4;
        break;
      case 0x8847:
      case 0x8848:  // MPLS: pop labels to the bottom of stack, then guess by IP version
        for (;;) {
          if (off + 4 > len) return -1;
          bool bottom = p[off + 2] & 1;
          off += 4;
          if (bottom) break;
        }
        if (off >= len) return -1;
        return (p[off] >> 4) == 4 || (p[off] >> 4) == 6 ? int(off) : -1;
      case 0x8864:  // PPPoE session: 6-byte header, then the PPP protocol
        if (off + 8 > len) return -1;
        type = Be16(p + off + 6);
        return type == 0x0021 || type == 0x0057 ? int(off + 8) : -1;
      default:
        return -1;
    }
  }
  return -1;
}

int L3Offset(int linkType, const uint8_t* p, uint32_t len) {
  switch (linkType) {
    case DLT_EN10MB: return EthernetL3(p, len);
    case DLT_LINUX_SLL: return 16;
    case DLT_LINUX_SLL2: return 20;
    case DLT_RAW:
    case DLT_IPV4:
    case DLT_IPV6: return 0;
    case DLT_NULL:
    case DLT_LOOP: return 4;
    default: return -1;
  }
}

}  // namespace

bool LinkTypeSupported(int linkType) {
  switch (linkType) {
    case DLT_EN10MB:
    case DLT_LINUX_SLL:
    case DLT_LINUX_SLL2:
    case DLT_RAW:
    case DLT_IPV4:
    case DLT_IPV6:
    case DLT_NULL:
    case DLT_LOOP:
      return true;
    default:
      return false;
  }
}

uint32_t ShardHash(int linkType, const uint8_t* p, uint32_t len) {
  int l3 = L3Offset(linkType, p, len);
  if (l3 < 0 || uint32_t(l3) >= len) return 0;
  const uint8_t* ip = p + l3;
  uint32_t rest = len - uint32_t(l3);
  switch (ip[0] >> 4) {
    case 4:
      if (rest < 20) return 0;
      return Pair(Be32(ip + 12), Be32(ip + 16));
    case 6: {
      if (rest < 40) return 0;
      uint32_t a = 0, b = 0;
      for (int i = 0; i < 16; i += 4) {
        a = Mix(a ^ Be32(ip + 8 + i));
        b = Mix(b ^ Be32(ip + 24 + i));
      }
      return Pair(a, b);
    }
    default:
      return 0;
  }
}

}  // namespace probe
