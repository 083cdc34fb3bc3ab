// SHA-1 (FIPS 180-4) of short messages, eight at a time, for Community IDs: the encoder of flow
// records hashes a batch of them in one call (communityIds in addon.cc). SHA-1 is what the
// Community ID spec prescribes, not a choice of ours; nothing relies on it resisting collisions.
#pragma once
#include <cstdint>

namespace probe {

const int kSha1Lanes = 8;
const uint32_t kSha1ShortMax = 55;  // longest message that fits one block with its padding

// Writes the 20-byte digest of msgs[i][0, lens[i]) to digests + 20 i, for i < kSha1Lanes;
// every lens[i] ≤ kSha1ShortMax. A lane not needed can be given length 0 and any pointer.
void Sha1Short8(const uint8_t* const* msgs, const uint32_t* lens, uint8_t* digests);

}  // namespace probe
