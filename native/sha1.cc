// SHA-1 after FIPS 180-4 §5.1.1 (padding) and §6.1.2 (the hash computation), for messages of
// one block. The JS twin is agent/flow/sha1.ts; test/encode.test.ts checks both against
// node:crypto.
//
// Why eight at a time: one SHA-1 block costs about 440 ns on our 2.5 GHz VMs whether in C++,
// JS (V8 keeps up well) or OpenSSL's assembly: 80 rounds, each waiting on the one before. The
// Community IDs of a batch of records are independent, so each round is done for eight
// messages at once, one per 32-bit lane of a vector (GCC/Clang vector extensions): about
// 140 ns a message with the SSE2 every x86-64 has, 85 ns with AVX2, picked at load time.
#include "sha1.h"

#include <cstring>

// An AVX2 copy of Sha1Short8 beside the baseline one; the dynamic loader picks the one the CPU
// can run (an ifunc). Elsewhere the compiler does what it can with the vectors.
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define PROBE_SIMD_CLONES __attribute__((target_clones("avx2", "default")))
#else
#define PROBE_SIMD_CLONES
#endif

namespace probe {

namespace {

// One uint32 per message: every operation below acts on all eight lanes at once.
typedef uint32_t Lanes __attribute__((vector_size(4 * kSha1Lanes)));

}  // namespace

PROBE_SIMD_CLONES
void Sha1Short8(const uint8_t* const* msgs, const uint32_t* lens, uint8_t* digests) {
  // The padded block of each message: the message, 0x80, zeros, its length in bits as the
  // last (big-endian) bytes; then lane l of w[i] holds the i-th big-endian word of block l.
  Lanes w[16];
  for (int l = 0; l < kSha1Lanes; l++) {
    uint8_t block[64] = {};
    memcpy(block, msgs[l], lens[l]);
    block[lens[l]] = 0x80;
    block[62] = uint8_t(lens[l] >> 5);
    block[63] = uint8_t(lens[l] << 3);
    for (int i = 0; i < 16; i++) {
      const uint8_t* p = block + 4 * i;
      w[i][l] = (uint32_t(p[0]) << 24) | (uint32_t(p[1]) << 16) | (uint32_t(p[2]) << 8) | p[3];
    }
  }
  const Lanes zero = {};
  Lanes a = zero + 0x67452301u, b = zero + 0xefcdab89u, c = zero + 0x98badcfeu, d = zero + 0x10325476u,
        e = zero + 0xc3d2e1f0u;
  const Lanes a0 = a, b0 = b, c0 = c, d0 = d, e0 = e;
  // Round i; the schedule is kept as its last 16 words, W[i] replacing W[i - 16].
  auto round = [&](int i, const Lanes& f, uint32_t k) {
    Lanes wi = w[i & 15];
    if (i >= 16) {
      Lanes x = w[(i - 3) & 15] ^ w[(i - 8) & 15] ^ w[(i - 14) & 15] ^ wi;
      w[i & 15] = wi = (x << 1) | (x >> 31);
    }
    Lanes t = ((a << 5) | (a >> 27)) + f + e + k + wi;
    e = d;
    d = c;
    c = (b << 30) | (b >> 2);
    b = a;
    a = t;
  };
  // Four loops of 20 rounds, one per round function, so no round picks its function.
  for (int i = 0; i < 20; i++) round(i, (b & c) | (~b & d), 0x5a827999u);
  for (int i = 20; i < 40; i++) round(i, b ^ c ^ d, 0x6ed9eba1u);
  for (int i = 40; i < 60; i++) round(i, (b & c) | (b & d) | (c & d), 0x8f1bbcdcu);
  for (int i = 60; i < 80; i++) round(i, b ^ c ^ d, 0xca62c1d6u);
  const Lanes h[5] = {a + a0, b + b0, c + c0, d + d0, e + e0};
  for (int l = 0; l < kSha1Lanes; l++) {
    uint8_t* out = digests + 20 * l;
    for (int j = 0; j < 5; j++) {
      out[4 * j] = uint8_t(h[j][l] >> 24);
      out[4 * j + 1] = uint8_t(h[j][l] >> 16);
      out[4 * j + 2] = uint8_t(h[j][l] >> 8);
      out[4 * j + 3] = uint8_t(h[j][l]);
    }
  }
}

}  // namespace probe
