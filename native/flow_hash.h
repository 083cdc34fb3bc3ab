// Which shard a packet belongs to. Both directions of a conversation must land on the same
// shard, and so must every fragment of a datagram, so the hash covers only the unordered pair
// of IP addresses (fragments after the first carry no ports). One busy host pair therefore
// stays on one shard; that is the price of fragments and of keeping the flow table lock-free.
#pragma once
#include <cstdint>

namespace probe {

// Returns a hash symmetric in (src, dst); 0 for frames without IPv4/IPv6.
uint32_t ShardHash(int linkType, const uint8_t* p, uint32_t capLen);

// True if the decoder (agent/decode/packet.ts) understands this DLT.
bool LinkTypeSupported(int linkType);

}  // namespace probe
