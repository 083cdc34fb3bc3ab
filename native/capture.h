#pragma once
#include <napi.h>
#include <pcap/pcap.h>

#include <atomic>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "pcap_file.h"

namespace probe {

// One shard ring as the producer sees it (see ring.h for the shared layout).
struct RingState {
  uint8_t* base = nullptr;
  uint32_t size = 0;
  uint32_t mask = 0;
  uint32_t head = 0;       // producer position, private until published
  uint32_t published = 0;  // last head stored into the shared header
  // The consumer's tail as we last read it. Free space is computed against this copy and the
  // shared tail (a cache line the worker keeps writing) is read again only when the copy says
  // the ring is full: an older tail only ever understates the room, so this is safe.
  uint32_t tailSeen = 0;
  std::atomic<uint64_t> drops{0};
  RingState() = default;
  RingState(const RingState& o)
      : base(o.base), size(o.size), mask(o.mask), head(o.head), published(o.published), tailSeen(o.tailSeen),
        drops(o.drops.load()) {}
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
  void ReadDirect(PcapFileReader& reader, const bpf_program* filter, const std::string& path);
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
  bool libpcapOnly_ = false;  // offline option reader: 'libpcap' (tests compare both readers)

  std::vector<RingState> rings_;  // filled once in the constructor, never resized after
  std::vector<Napi::Reference<Napi::Uint8Array>> ringRefs_;
  std::thread thread_;
  std::atomic<bool> stop_{false};
  std::atomic<bool> finished_{false};
  // Counted by the capture thread in plain fields and stored into the atomics the main thread
  // reads (stats()) on every Publish: two locked adds per packet cost more than the rest of
  // the bookkeeping.
  uint64_t packetsCounted_ = 0, bytesCounted_ = 0;
  std::atomic<uint64_t> packets_{0}, bytes_{0};
  std::atomic<uint32_t> directFiles_{0};  // trace files read by PcapFileReader, not libpcap
  std::atomic<uint64_t> kernelRecv_{0}, kernelDrops_{0}, ifDrops_{0};
  std::atomic<uint32_t> fileIndex_{0};
  std::atomic<uint64_t> fileOffset_{0};
  std::mutex msgMutex_;
  std::vector<std::string> warnings_;
  std::string error_;
};

}  // namespace probe
