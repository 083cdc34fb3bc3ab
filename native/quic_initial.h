// QUIC client Initial keys and packet opening (RFC 9001 §5) for agent/l7/quic.ts; see quic_initial.cc.
#pragma once
#include <napi.h>

#include <cstdint>

namespace probe {

// Bytes of the keys quicInitialKeys writes: key (16), iv (12), hp (16).
const uint32_t kQuicKeysLen = 44;

Napi::Value QuicInitialKeys(const Napi::CallbackInfo& info);
Napi::Value QuicOpenInitial(const Napi::CallbackInfo& info);

}  // namespace probe
