// Module entry: the Capture class (capture.cc), the consumer side of the ring doorbell, the
// Community IDs of the flow records a shard worker encodes and the QUIC Initial protection
// (quic_initial.cc).
#include <linux/futex.h>
#include <napi.h>
#include <pcap/pcap.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include "capture.h"
#include "errors.h"
#include "quic_initial.h"
#include "ring.h"
#include "sha1.h"

namespace probe {

namespace {

inline uint32_t* U32(uint8_t* base, uint32_t off) { return reinterpret_cast<uint32_t*>(base + off); }

// waitForData(ring: Uint8Array, timeoutMs): boolean
// Called by a shard worker whose ring is empty. Sleeps on the ring's bell until the producer
// publishes records or end-of-source, or the timeout passes (the worker uses timeouts to
// advance its clock on a quiet link). JS Atomics.wait cannot be woken from native code (V8
// keeps its own waiter list), so the worker blocks here, in a real futex, instead.
Napi::Value WaitForData(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  Napi::Uint8Array u = info[0].As<Napi::Uint8Array>();
  double timeoutMs = info[1].ToNumber().DoubleValue();
  uint8_t* base = u.Data();
  uint32_t bell = __atomic_load_n(U32(base, ring::kBell), __ATOMIC_SEQ_CST);
  __atomic_store_n(U32(base, ring::kWaiting), 1u, __ATOMIC_SEQ_CST);
  uint32_t head = __atomic_load_n(U32(base, ring::kHead), __ATOMIC_SEQ_CST);
  uint32_t tail = __atomic_load_n(U32(base, ring::kTail), __ATOMIC_SEQ_CST);
  uint32_t eof = __atomic_load_n(U32(base, ring::kEof), __ATOMIC_SEQ_CST);
  if (head == tail && !eof && timeoutMs > 0) {
    timespec ts;
    ts.tv_sec = time_t(timeoutMs / 1000);
    ts.tv_nsec = long((timeoutMs - double(ts.tv_sec) * 1000) * 1e6);
    syscall(SYS_futex, U32(base, ring::kBell), FUTEX_WAIT_PRIVATE, bell, &ts, nullptr, 0);
  }
  __atomic_store_n(U32(base, ring::kWaiting), 0u, __ATOMIC_SEQ_CST);
  head = __atomic_load_n(U32(base, ring::kHead), __ATOMIC_SEQ_CST);
  return Napi::Boolean::New(env, head != tail || __atomic_load_n(U32(base, ring::kEof), __ATOMIC_SEQ_CST));
}

// The typed array in info[i], or a PROBE_E_USAGE error with `message`.
template <typename T>
Napi::TypedArrayOf<T> TypedArg(const Napi::CallbackInfo& info, size_t i, napi_typedarray_type type, const char* message) {
  if (info.Length() <= i || !info[i].IsTypedArray() || info[i].As<Napi::TypedArray>().TypedArrayType() != type) {
    throw CodedError(info.Env(), "PROBE_E_USAGE", message);
  }
  return info[i].As<Napi::TypedArrayOf<T>>();
}

const uint32_t kCommunityIdInputMax = 40;  // COMMUNITY_ID_INPUT_MAX in community-id.ts
const uint32_t kCommunityIdLength = 30;    // COMMUNITY_ID_LENGTH: "1:" + 28 base64 characters

// communityIds(inputs: Uint8Array, lengths: Uint8Array, holes: Uint32Array, count, out: Uint8Array)
// The Community IDs of a batch of flow records (agent/flow/encode.ts). For each i < count, the
// hash input is inputs[40 i, 40 i + lengths[i]) (community-id.ts writeCommunityIdInput builds
// it) and the text "1:" + base64(SHA-1(input)) goes to out[holes[i], holes[i] + 30). One call
// per batch, because the hashes go eight at a time (sha1.cc) and a call per record would cost
// about what a hash does.
Napi::Value CommunityIds(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  Napi::Uint8Array inputs = TypedArg<uint8_t>(info, 0, napi_uint8_array, "communityIds: inputs must be a Uint8Array");
  Napi::Uint8Array lengths = TypedArg<uint8_t>(info, 1, napi_uint8_array, "communityIds: lengths must be a Uint8Array");
  Napi::Uint32Array holes = TypedArg<uint32_t>(info, 2, napi_uint32_array, "communityIds: holes must be a Uint32Array");
  if (info.Length() < 4 || !info[3].IsNumber()) throw CodedError(env, "PROBE_E_USAGE", "communityIds: count must be a number");
  double count = info[3].As<Napi::Number>().DoubleValue();
  Napi::Uint8Array out = TypedArg<uint8_t>(info, 4, napi_uint8_array, "communityIds: out must be a Uint8Array");
  if (!(count >= 0) || count != double(uint32_t(count)) || count > lengths.ElementLength() ||
      count > holes.ElementLength() || count * kCommunityIdInputMax > inputs.ByteLength()) {
    throw CodedError(env, "PROBE_E_USAGE", "communityIds: count " + Napi::Number::New(env, count).ToString().Utf8Value() +
                                               " is not a whole number of records that inputs, lengths and holes all hold");
  }
  uint32_t n = uint32_t(count);
  for (uint32_t i = 0; i < n; i++) {
    if (lengths[i] > kCommunityIdInputMax || uint64_t(holes[i]) + kCommunityIdLength > out.ByteLength()) {
      throw CodedError(env, "PROBE_E_USAGE", "communityIds: record " + std::to_string(i) + " has input length " +
                                                 std::to_string(lengths[i]) + " (at most 40) or hole " + std::to_string(holes[i]) +
                                                 " (at most out.length - 30); nothing was written");
    }
  }
  static const char kB64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  for (uint32_t i = 0; i < n; i += kSha1Lanes) {
    const uint8_t* msgs[kSha1Lanes];
    uint32_t lens[kSha1Lanes];
    uint8_t digests[20 * kSha1Lanes];
    uint32_t lanes = n - i < uint32_t(kSha1Lanes) ? n - i : kSha1Lanes;
    for (uint32_t l = 0; l < uint32_t(kSha1Lanes); l++) {
      msgs[l] = inputs.Data() + (i + l) * kCommunityIdInputMax;
      lens[l] = l < lanes ? lengths[i + l] : 0;  // lanes past the end: hashed, not used
    }
    Sha1Short8(msgs, lens, digests);
    for (uint32_t l = 0; l < lanes; l++) {
      const uint8_t* d = digests + 20 * l;
      uint8_t* w = out.Data() + holes[i + l];
      *w++ = '1';
      *w++ = ':';
      // base64 of 20 bytes: six groups of three, then two bytes as three characters and '='
      for (int j = 0; j < 18; j += 3) {
        uint32_t v = (uint32_t(d[j]) << 16) | (uint32_t(d[j + 1]) << 8) | d[j + 2];
        *w++ = kB64[v >> 18];
        *w++ = kB64[(v >> 12) & 63];
        *w++ = kB64[(v >> 6) & 63];
        *w++ = kB64[v & 63];
      }
      uint32_t v = (uint32_t(d[18]) << 16) | (uint32_t(d[19]) << 8);
      *w++ = kB64[v >> 18];
      *w++ = kB64[(v >> 12) & 63];
      *w++ = kB64[(v >> 6) & 63];
      *w = '=';
    }
  }
  return env.Undefined();
}

}  // namespace

}  // namespace probe

static Napi::Object InitAddon(Napi::Env env, Napi::Object exports) {
  probe::Capture::Init(env, exports);
  exports.Set("waitForData", Napi::Function::New(env, probe::WaitForData));
  exports.Set("communityIds", Napi::Function::New(env, probe::CommunityIds));
  exports.Set("quicInitialKeys", Napi::Function::New(env, probe::QuicInitialKeys));
  exports.Set("quicOpenInitial", Napi::Function::New(env, probe::QuicOpenInitial));
  exports.Set("libpcapVersion", Napi::String::New(env, pcap_lib_version()));
  // The ring layout as this build sees it; test/ring-layout.test.ts compares it with ring.ts.
  Napi::Object layout = Napi::Object::New(env);
  layout.Set("head", probe::ring::kHead);
  layout.Set("eof", probe::ring::kEof);
  layout.Set("waiting", probe::ring::kWaiting);
  layout.Set("bell", probe::ring::kBell);
  layout.Set("tail", probe::ring::kTail);
  layout.Set("data", probe::ring::kData);
  layout.Set("recordHeader", probe::ring::kRecordHeader);
  exports.Set("ringLayout", layout);
  return exports;
}

NODE_API_MODULE(probe_capture, InitAddon)
