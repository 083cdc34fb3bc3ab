#pragma once
#include <napi.h>
#include <pcap/pcap.h>

#include <atomic>
#include <deque>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace probe {

// One shard ring as the producer sees it (see ring.h for the shared layout).
struct RingState {
  uint8_t* base = nullptr;
  uint32_t size = 0;
  uint32_t mask = 0;
  uint32_t head = 0;       // producer position, private until published
  uint32_t published = 0;  // last head stored into the shared header
  std::atomic<uint64_t> drops{0};
  RingState() = default;
  RingState(const RingState& o)
      : base(o.base), size(o.size), mask(o.mask), head(o.head), published(o.published), drops(o.drops.load()) {}
};

class Capture : public Napi::ObjectWrap<Capture> {
 public:
  static Napi::Object Init(Napi::Env env, Napi::Object exports);
  explicit Capture(const Napi::CallbackInfo& info);
  ~Capture() override;

 private:
  Napi::Value Start(const Napi::CallbackInfo& info);
  Napi::Value Stop(const Napi::CallbackInfo& info);
  Napi::Value Close(const Napi::CallbackInfo& info);
  Napi::Value Stats(const Napi::CallbackInfo& info);
  Napi::Value GetLinkType(const Napi::CallbackInfo& info);

  pcap_t* OpenFile(Napi::Env env, const std::string& path);
  void OpenLive(Napi::Env env, int snaplen, int bufferBytes, int blockTimeoutMs, bool promisc);
  void ApplyFilter(Napi::Env env, pcap_t* p, const std::string& what);

  static void OnPacket(u_char* user, const pcap_pkthdr* h, const u_char* bytes);
  void Push(const pcap_pkthdr* h, const u_char* bytes);
  void Publish();
  void PublishEof();
  void RunOffline();
  void RunLive();
  void PollStats();
  void StopThread();
  void Warn(const std::string& msg);

  bool live_ = false;
  bool started_ = false;
  std::string device_;
  std::string filter_;
  std::vector<std::string> files_;
  pcap_t* live_handle_ = nullptr;
  int linkType_ = -1;
  int currentLinkType_ = -1;
  int wakeFd_ = -1;

  std::deque<RingState> rings_;
  std::vector<Napi::Reference<Napi::Uint8Array>> ringRefs_;
  std::thread thread_;
  std::atomic<bool> stop_{false};
  std::atomic<bool> finished_{false};
  std::atomic<uint64_t> packets_{0}, bytes_{0};
  std::atomic<uint64_t> kernelRecv_{0}, kernelDrops_{0}, ifDrops_{0};
  std::atomic<uint32_t> fileIndex_{0};
  std::atomic<uint64_t> fileOffset_{0};
  std::mutex msgMutex_;
  std::vector<std::string> warnings_;
  std::string error_;
};

}  // namespace probe
