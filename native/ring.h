// Shard ring: one single-producer/single-consumer byte ring per shard worker, living in a
// SharedArrayBuffer that the worker reads in place. Mirrored by agent/capture/ring.ts; a test
// checks that both sides agree on every offset.
//
// Layout of the buffer (little-endian, offsets in bytes):
//   0   u32 head     bytes ever written by the producer (mod 2^32); published after each batch
//   4   u32 eof      1 once the source has ended (end of the last file, or stop())
//   8   u32 waiting  1 while the consumer sleeps in waitForData()
//   12  u32 bell     futex word: bumped by the producer to wake a sleeping consumer
//   64  u32 tail     bytes ever consumed (own cache line: written only by the consumer)
//   128 data         2^k bytes of 8-byte-aligned records
//
// Record: u32 recLen (padded to 8; 0 = "wrap to the start of data"), u32 capLen, u32 wireLen,
//         u16 linkType (DLT_*), u16 flags (0), u32 tsSec, u32 tsUsec, then capLen bytes.
// A record never straddles the end of the data area; the producer writes a wrap marker instead.
#pragma once
#include <cstdint>

namespace probe::ring {

constexpr uint32_t kHead = 0;
constexpr uint32_t kEof = 4;
constexpr uint32_t kWaiting = 8;
constexpr uint32_t kBell = 12;
constexpr uint32_t kTail = 64;
constexpr uint32_t kData = 128;
constexpr uint32_t kRecordHeader = 24;

inline uint32_t Align8(uint32_t n) { return (n + 7u) & ~7u; }

}  // namespace probe::ring
