// Module entry: the Capture class (capture.cc) and the consumer side of the ring doorbell.
#include <linux/futex.h>
#include <napi.h>
#include <pcap/pcap.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include "capture.h"
#include "ring.h"

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

}  // namespace

}  // namespace probe

static Napi::Object InitAddon(Napi::Env env, Napi::Object exports) {
  probe::Capture::Init(env, exports);
  exports.Set("waitForData", Napi::Function::New(env, probe::WaitForData));
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
