// Capture: one libpcap source (a live interface or a list of trace files) read on its own
// native thread and dispatched to the shard rings. The JS face is agent/capture/native.ts.
// Classic pcap files are read by our own reader (pcap_file.h, one copy per packet fewer than
// libpcap's); pcapng and the rest go through libpcap.
//
// Why one native thread writing SharedArrayBuffer rings, and not a PACKET_FANOUT_HASH socket
// per worker (both were measured on this machine, see shared/research/node-engineering.md §2.1):
//  - Offline traces and live capture then share one path into the workers: fanout exists only
//    for live sockets, and the shard workers must not care where packets come from.
//  - We choose the hash. The kernel's fanout hash sees the outer headers only, so a remote
//    mirror (ERSPAN/GRE/VXLAN) would pour everything into one worker, and without DEFRAG it
//    splits fragments from their flow. Our hash (flow_hash.cc) is symmetric and
//    fragment-safe, and can move to inner headers when decapsulation lands.
//  - Ring occupancy and our own drops per shard are visible, and a slow worker costs only its
//    share: the thread never waits for a live worker, it counts a ring drop instead.
// The cost is one extra thread and one memcpy per packet (about 0.1 µs here); the fanout
// design saved that copy but not the others above.
#include "capture.h"

#include <fcntl.h>
#include <linux/futex.h>
#include <poll.h>
#include <sys/eventfd.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <memory>

#include "errors.h"
#include "flow_hash.h"
#include "ring.h"

namespace probe {

namespace {

inline uint32_t* U32(uint8_t* base, uint32_t off) { return reinterpret_cast<uint32_t*>(base + off); }

inline void FutexWake(uint32_t* addr) {
  syscall(SYS_futex, addr, FUTEX_WAKE_PRIVATE, 1, nullptr, nullptr, 0);
}

std::string LinkTypeName(int dlt) {
  const char* name = pcap_datalink_val_to_name(dlt);
  return std::string(name ? name : "unknown") + " (DLT " + std::to_string(dlt) + ")";
}

const uint32_t kOfflineBatch = 4096;   // packets per pcap_dispatch on a trace file
const size_t kStdioBufferBytes = 256 << 10;  // read() size for the files libpcap reads
const int kLivePollMs = 100;           // poll timeout when the link is quiet
const int64_t kStatsEveryNs = 250'000'000;

int64_t NowNs() {
  timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return int64_t(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

}  // namespace

Napi::Object Capture::Init(Napi::Env env, Napi::Object exports) {
  Napi::Function fn = DefineClass(env, "Capture",
                                  {InstanceMethod("start", &Capture::Start),
                                   InstanceMethod("stop", &Capture::Stop),
                                   InstanceMethod("close", &Capture::Close),
                                   InstanceMethod("stats", &Capture::Stats),
                                   InstanceAccessor("linkType", &Capture::GetLinkType, nullptr)});
  exports.Set("Capture", fn);
  return exports;
}

Capture::Capture(const Napi::CallbackInfo& info) : Napi::ObjectWrap<Capture>(info) {
  Napi::Env env = info.Env();
  if (info.Length() < 1 || !info[0].IsObject()) throw CodedError(env, "PROBE_E_USAGE", "Capture needs an options object");
  Napi::Object o = info[0].As<Napi::Object>();

  if (!o.Get("rings").IsArray() || o.Get("rings").As<Napi::Array>().Length() == 0 ||
      o.Get("rings").As<Napi::Array>().Length() > 64)
    throw CodedError(env, "PROBE_E_USAGE", "rings must be an array of 1 to 64 Uint8Array views over SharedArrayBuffers");
  Napi::Array rings = o.Get("rings").As<Napi::Array>();
  rings_.reserve(rings.Length());
  for (uint32_t i = 0; i < rings.Length(); i++) {
    Napi::Value v = rings.Get(i);
    if (!v.IsTypedArray()) throw CodedError(env, "PROBE_E_USAGE", "ring is not a Uint8Array");
    Napi::Uint8Array u = v.As<Napi::Uint8Array>();
    size_t dataBytes = u.ByteLength() - ring::kData;
    if (u.ByteLength() <= ring::kData || (dataBytes & (dataBytes - 1)) != 0 || dataBytes < (1u << 16))
      throw CodedError(env, "PROBE_E_USAGE", "ring size must be 128 + a power of two ≥ 64 KiB");
    RingState r;
    r.base = u.Data();
    r.mask = uint32_t(dataBytes - 1);
    r.size = uint32_t(dataBytes);
    rings_.push_back(r);
    ringRefs_.push_back(Napi::Persistent(u));  // keeps the SharedArrayBuffer alive for the thread
  }
  for (auto& r : rings_) r.head = __atomic_load_n(U32(r.base, ring::kHead), __ATOMIC_ACQUIRE);

  std::string mode = o.Get("mode").ToString();
  filter_ = o.Has("filter") && o.Get("filter").IsString() ? o.Get("filter").ToString().Utf8Value() : "";
  if (mode == "offline") {
    live_ = false;
    if (!o.Get("files").IsArray() || o.Get("files").As<Napi::Array>().Length() == 0)
      throw CodedError(env, "PROBE_E_USAGE", "no trace files given");
    Napi::Array files = o.Get("files").As<Napi::Array>();
    for (uint32_t i = 0; i < files.Length(); i++) files_.push_back(files.Get(i).ToString().Utf8Value());
    libpcapOnly_ = o.Has("reader") && o.Get("reader").ToString().Utf8Value() == "libpcap";
    // Open every file once now, so a bad one is refused before anything starts.
    for (size_t i = 0; i < files_.size(); i++) {
      pcap_t* p = OpenFile(env, files_[i]);
      if (i == 0) linkType_ = pcap_datalink(p);
      pcap_close(p);
    }
  } else if (mode == "live") {
    live_ = true;
    device_ = o.Get("device").ToString().Utf8Value();
    int snaplen = o.Has("snaplen") ? o.Get("snaplen").ToNumber().Int32Value() : 65535;
    int bufferBytes = o.Has("bufferBytes") ? o.Get("bufferBytes").ToNumber().Int32Value() : 64 << 20;
    int blockTimeoutMs = o.Has("blockTimeoutMs") ? o.Get("blockTimeoutMs").ToNumber().Int32Value() : 20;
    bool promisc = !o.Has("promisc") || o.Get("promisc").ToBoolean();
    OpenLive(env, snaplen, bufferBytes, blockTimeoutMs, promisc);
  } else {
    throw CodedError(env, "PROBE_E_USAGE", "mode must be 'live' or 'offline'");
  }
  wakeFd_ = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
}

Capture::~Capture() {
  StopThread();
  if (live_handle_) pcap_close(live_handle_);
  if (wakeFd_ >= 0) close(wakeFd_);
}

pcap_t* Capture::OpenFile(Napi::Env env, const std::string& path) {
  struct stat st;
  if (stat(path.c_str(), &st) != 0) {
    if (errno == ENOENT || errno == ENOTDIR)
      throw CodedError(env, "PROBE_E_FILE_NOT_FOUND", path + ": no such file");
    throw CodedError(env, "PROBE_E_FILE_ACCESS", path + ": " + strerror(errno));
  }
  if (S_ISDIR(st.st_mode)) throw CodedError(env, "PROBE_E_NOT_A_TRACE", path + ": is a directory, not a trace file");
  if (access(path.c_str(), R_OK) != 0)
    throw CodedError(env, "PROBE_E_FILE_ACCESS", path + ": not readable (" + strerror(errno) + ")");
  char errbuf[PCAP_ERRBUF_SIZE] = {0};
  pcap_t* p = pcap_open_offline_with_tstamp_precision(path.c_str(), PCAP_TSTAMP_PRECISION_MICRO, errbuf);
  if (!p)
    throw CodedError(env, "PROBE_E_NOT_A_TRACE",
                     path + ": not a pcap or pcapng trace (" + errbuf + ")");
  int dlt = pcap_datalink(p);
  if (!LinkTypeSupported(dlt)) {
    pcap_close(p);
    throw CodedError(env, "PROBE_E_LINKTYPE",
                     path + ": unsupported link type " + LinkTypeName(dlt) +
                         "; supported: Ethernet, Linux SLL/SLL2, raw IPv4/IPv6, BSD loopback");
  }
  ApplyFilter(env, p, path);
  return p;
}

void Capture::ApplyFilter(Napi::Env env, pcap_t* p, const std::string& what) {
  if (filter_.empty()) return;
  bpf_program prog;
  if (pcap_compile(p, &prog, filter_.c_str(), 1, PCAP_NETMASK_UNKNOWN) != 0) {
    std::string err = pcap_geterr(p);
    pcap_close(p);
    throw CodedError(env, "PROBE_E_FILTER", "filter \"" + filter_ + "\" does not compile for " + what + ": " + err);
  }
  int rc = pcap_setfilter(p, &prog);
  pcap_freecode(&prog);
  if (rc != 0) {
    std::string err = pcap_geterr(p);
    pcap_close(p);
    throw CodedError(env, "PROBE_E_FILTER", "filter \"" + filter_ + "\" refused on " + what + ": " + err);
  }
}

void Capture::OpenLive(Napi::Env env, int snaplen, int bufferBytes, int blockTimeoutMs, bool promisc) {
  char errbuf[PCAP_ERRBUF_SIZE] = {0};
  pcap_t* p = pcap_create(device_.c_str(), errbuf);
  if (!p) throw CodedError(env, "PROBE_E_CAPTURE_OPEN", device_ + ": " + errbuf);
  pcap_set_snaplen(p, snaplen);
  pcap_set_promisc(p, promisc ? 1 : 0);
  // Not immediate mode: libpcap would fall back to TPACKET_V2 with one fixed-size slot per
  // packet. With TPACKET_V3 the kernel packs packets into blocks and retires a block after
  // this timeout, which bounds our latency on a quiet link.
  pcap_set_timeout(p, blockTimeoutMs);
  pcap_set_buffer_size(p, bufferBytes);
  int rc = pcap_activate(p);
  if (rc < 0) {
    std::string detail = pcap_geterr(p);
    pcap_close(p);
    switch (rc) {
      case PCAP_ERROR_NO_SUCH_DEVICE:
        throw CodedError(env, "PROBE_E_NO_SUCH_IFACE", device_ + ": no such interface (" + detail + ")");
      case PCAP_ERROR_PERM_DENIED:
        throw CodedError(env, "PROBE_E_PERMISSION",
                         device_ + ": permission denied; capture needs CAP_NET_RAW (run as root or grant "
                                   "AmbientCapabilities=CAP_NET_RAW CAP_NET_ADMIN) (" + detail + ")");
      case PCAP_ERROR_PROMISC_PERM_DENIED:
        throw CodedError(env, "PROBE_E_PERMISSION",
                         device_ + ": promiscuous mode refused; it needs CAP_NET_ADMIN (" + detail + ")");
      case PCAP_ERROR_IFACE_NOT_UP:
        throw CodedError(env, "PROBE_E_IFACE_DOWN", device_ + ": interface is down; bring it up first");
      default:
        throw CodedError(env, "PROBE_E_CAPTURE_OPEN", device_ + ": " + pcap_statustostr(rc) + " (" + detail + ")");
    }
  }
  linkType_ = pcap_datalink(p);
  if (!LinkTypeSupported(linkType_)) {
    pcap_close(p);
    throw CodedError(env, "PROBE_E_LINKTYPE", device_ + ": unsupported link type " + LinkTypeName(linkType_));
  }
  ApplyFilter(env, p, device_);
  if (pcap_setnonblock(p, 1, errbuf) != 0) {
    pcap_close(p);
    throw CodedError(env, "PROBE_E_CAPTURE_OPEN", device_ + ": cannot set non-blocking mode: " + errbuf);
  }
  live_handle_ = p;
}

Napi::Value Capture::GetLinkType(const Napi::CallbackInfo& info) { return Napi::Number::New(info.Env(), linkType_); }

Napi::Value Capture::Start(const Napi::CallbackInfo& info) {
  if (thread_.joinable() || started_)
    throw CodedError(info.Env(), "PROBE_E_USAGE", "capture already started");
  started_ = true;
  thread_ = std::thread([this] { live_ ? RunLive() : RunOffline(); });
  return info.Env().Undefined();
}

Napi::Value Capture::Stop(const Napi::CallbackInfo& info) {
  stop_.store(true);
  uint64_t one = 1;
  if (wakeFd_ >= 0) (void)!write(wakeFd_, &one, sizeof one);
  return info.Env().Undefined();
}

void Capture::StopThread() {
  stop_.store(true);
  uint64_t one = 1;
  if (wakeFd_ >= 0) (void)!write(wakeFd_, &one, sizeof one);
  if (thread_.joinable()) thread_.join();
}

Napi::Value Capture::Close(const Napi::CallbackInfo& info) {
  StopThread();
  return info.Env().Undefined();
}

Napi::Value Capture::Stats(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  Napi::Object s = Napi::Object::New(env);
  s.Set("packets", Napi::Number::New(env, double(packets_.load(std::memory_order_relaxed))));
  s.Set("bytes", Napi::Number::New(env, double(bytes_.load(std::memory_order_relaxed))));
  s.Set("kernelReceived", Napi::Number::New(env, double(kernelRecv_.load())));
  s.Set("kernelDrops", Napi::Number::New(env, double(kernelDrops_.load())));
  s.Set("ifDrops", Napi::Number::New(env, double(ifDrops_.load())));
  Napi::Array drops = Napi::Array::New(env, rings_.size());
  double total = 0;
  for (size_t i = 0; i < rings_.size(); i++) {
    double d = double(rings_[i].drops.load(std::memory_order_relaxed));
    drops.Set(uint32_t(i), Napi::Number::New(env, d));
    total += d;
  }
  s.Set("ringDrops", Napi::Number::New(env, total));
  s.Set("ringDropsPerShard", drops);
  s.Set("fileIndex", Napi::Number::New(env, double(fileIndex_.load())));
  s.Set("fileOffset", Napi::Number::New(env, double(fileOffset_.load())));
  s.Set("directFiles", Napi::Number::New(env, double(directFiles_.load())));
  s.Set("finished", Napi::Boolean::New(env, finished_.load()));
  std::lock_guard<std::mutex> lock(msgMutex_);
  Napi::Array warnings = Napi::Array::New(env, warnings_.size());
  for (size_t i = 0; i < warnings_.size(); i++) warnings.Set(uint32_t(i), Napi::String::New(env, warnings_[i]));
  s.Set("warnings", warnings);
  if (!error_.empty()) s.Set("error", Napi::String::New(env, error_));
  return s;
}

void Capture::Warn(const std::string& msg) {
  std::lock_guard<std::mutex> lock(msgMutex_);
  if (warnings_.size() < 100) warnings_.push_back(msg);
}

// ---- the capture thread ------------------------------------------------------------------

// Makes everything written so far visible to the consumers, and wakes sleeping ones.
// Dekker-style handshake with waitForData() (addon.cc): we store head, then read `waiting`;
// the consumer stores `waiting`, then reads head. With sequentially consistent atomics on both
// sides at least one of us sees the other, so no wake-up is lost.
void Capture::Publish() {
  packets_.store(packetsCounted_, std::memory_order_relaxed);
  bytes_.store(bytesCounted_, std::memory_order_relaxed);
  for (auto& r : rings_) {
    if (r.head == r.published) continue;
    __atomic_store_n(U32(r.base, ring::kHead), r.head, __ATOMIC_SEQ_CST);
    r.published = r.head;
    if (__atomic_load_n(U32(r.base, ring::kWaiting), __ATOMIC_SEQ_CST)) {
      __atomic_add_fetch(U32(r.base, ring::kBell), 1, __ATOMIC_SEQ_CST);
      FutexWake(U32(r.base, ring::kBell));
    }
  }
}

void Capture::PublishEof() {
  Publish();
  for (auto& r : rings_) {
    __atomic_store_n(U32(r.base, ring::kEof), 1u, __ATOMIC_SEQ_CST);
    __atomic_add_fetch(U32(r.base, ring::kBell), 1, __ATOMIC_SEQ_CST);
    FutexWake(U32(r.base, ring::kBell));
  }
}

void Capture::OnPacket(u_char* user, const pcap_pkthdr* h, const u_char* bytes) {
  reinterpret_cast<Capture*>(user)->Push(h, bytes);
}

void Capture::Push(const pcap_pkthdr* h, const u_char* bytes) {
  // One ring (one shard worker, the default on two cores): nothing to choose, so no hash.
  RingState& r = rings_.size() == 1 ? rings_.front() : rings_[ShardHash(currentLinkType_, bytes, h->caplen) % rings_.size()];
  uint32_t cap = h->caplen;
  if (cap > r.size / 4) cap = r.size / 4;  // a record must always fit; rings are ≥ 64 KiB
  uint32_t need = ring::Align8(ring::kRecordHeader + cap);
  for (;;) {
    uint32_t pos = r.head & r.mask;
    uint32_t contiguous = r.size - pos;
    uint32_t wrap = need > contiguous ? contiguous : 0;
    if (r.head - r.tailSeen + wrap + need > r.size)
      r.tailSeen = __atomic_load_n(U32(r.base, ring::kTail), __ATOMIC_ACQUIRE);
    if (r.head - r.tailSeen + wrap + need <= r.size) {
      if (wrap) {
        *U32(r.base, ring::kData + pos) = 0;  // wrap marker
        r.head += wrap;
        pos = 0;
      }
      uint8_t* rec = r.base + ring::kData + pos;
      uint32_t* w = reinterpret_cast<uint32_t*>(rec);
      w[0] = need;
      w[1] = cap;
      w[2] = h->len;
      w[3] = uint32_t(currentLinkType_ & 0xffff);
      w[4] = uint32_t(h->ts.tv_sec);
      w[5] = uint32_t(h->ts.tv_usec);
      memcpy(rec + ring::kRecordHeader, bytes, cap);
      r.head += need;
      packetsCounted_++;
      bytesCounted_ += h->len;
      return;
    }
    if (live_) {  // never wait for a worker on a live link: count the loss and go on
      r.drops.fetch_add(1, std::memory_order_relaxed);
      return;
    }
    // Offline: back-pressure. Make our records visible, then let the worker drain a quarter
    // of the ring before we go on. Going on as soon as one record fits would wake this thread
    // every few packets (the worker is the slower side), and those wake-ups cost more CPU
    // than reading the packets; the ring still holds three quarters for the worker meanwhile.
    Publish();
    for (;;) {
      if (stop_.load(std::memory_order_relaxed)) return;
      // About the time the worker needs for a sixteenth of the ring (~1 GB/s; 1 ms for the
      // default 16 MiB ring), so we look a few times per quarter.
      timespec ts{0, long(r.size / 16 > 50'000 ? r.size / 16 : 50'000)};
      nanosleep(&ts, nullptr);
      r.tailSeen = __atomic_load_n(U32(r.base, ring::kTail), __ATOMIC_ACQUIRE);
      if (r.head - r.tailSeen + wrap + need <= r.size - r.size / 4) break;
    }
  }
}

void Capture::RunOffline() {
  PcapFileReader reader;  // its buffer serves every file
  // libpcap reads a trace with two freads per packet, so stdio's buffer decides how many
  // read() calls that takes. glibc ignores setvbuf's size unless the buffer is ours (it keeps
  // st_blksize, 4 KiB: 300,000 reads for the bench trace), and a buffer must be set before the
  // first read: so we open the FILE and hand it to libpcap, with a buffer that serves every file.
  std::unique_ptr<char[]> stdioBuffer(new char[kStdioBufferBytes]);
  for (size_t i = 0; i < files_.size() && !stop_.load(); i++) {
    char errbuf[PCAP_ERRBUF_SIZE] = {0};
    FILE* f = fopen(files_[i].c_str(), "rb");
    if (!f) {
      Warn(files_[i] + ": " + strerror(errno));
      continue;
    }
    setvbuf(f, stdioBuffer.get(), _IOFBF, kStdioBufferBytes);
    pcap_t* p = pcap_fopen_offline_with_tstamp_precision(f, PCAP_TSTAMP_PRECISION_MICRO, errbuf);
    if (!p) {  // (it leaves f to us then; pcap_close closes it otherwise)
      fclose(f);
      Warn(files_[i] + ": " + errbuf);
      continue;
    }
    // Compiled on the file's own handle: for its link type and snapshot length.
    bpf_program prog;
    bool filtered = !filter_.empty() && pcap_compile(p, &prog, filter_.c_str(), 1, PCAP_NETMASK_UNKNOWN) == 0;
    currentLinkType_ = pcap_datalink(p);
    fileIndex_.store(uint32_t(i));
    if (!libpcapOnly_ && reader.Open(p)) {
      directFiles_.fetch_add(1);
      ReadDirect(reader, filtered ? &prog : nullptr, files_[i]);
    } else {
      if (filtered) pcap_setfilter(p, &prog);
      for (;;) {
        int n = pcap_dispatch(p, kOfflineBatch, &Capture::OnPacket, reinterpret_cast<u_char*>(this));
        Publish();
        fileOffset_.store(uint64_t(ftell(f)), std::memory_order_relaxed);
        if (n == 0 || stop_.load(std::memory_order_relaxed)) break;  // 0 = end of file
        if (n < 0) {  // PCAP_ERROR: typically a file cut short in the middle of a packet
          Warn(files_[i] + ": " + pcap_geterr(p) + " (packets before it were read)");
          break;
        }
      }
    }
    if (filtered) pcap_freecode(&prog);
    pcap_close(p);
  }
  finished_.store(true);
  PublishEof();
}

// A classic pcap file through PcapFileReader: what the pcap_dispatch loop above does, with the
// filter applied here as libpcap applies it (to the record's data, caplen and wire length).
void Capture::ReadDirect(PcapFileReader& reader, const bpf_program* filter, const std::string& path) {
  for (;;) {
    PcapFileReader::Status status = PcapFileReader::kPacket;
    for (uint32_t n = 0; n < kOfflineBatch; n++) {
      pcap_pkthdr h;
      const uint8_t* data;
      status = reader.Next(&h, &data);
      if (status != PcapFileReader::kPacket) break;
      if (filter && !pcap_offline_filter(filter, &h, data)) continue;
      Push(&h, data);
    }
    Publish();
    fileOffset_.store(reader.Offset(), std::memory_order_relaxed);
    if (status == PcapFileReader::kEnd || stop_.load(std::memory_order_relaxed)) break;
    if (status == PcapFileReader::kError) {
      Warn(path + ": " + reader.Error() + " (packets before it were read)");
      break;
    }
  }
}

void Capture::PollStats() {
  pcap_stat st;
  if (live_handle_ && pcap_stats(live_handle_, &st) == 0) {
    kernelRecv_.store(st.ps_recv);
    kernelDrops_.store(st.ps_drop);
    ifDrops_.store(st.ps_ifdrop);
  }
}

void Capture::RunLive() {
  currentLinkType_ = linkType_;
  pcap_t* p = live_handle_;
  pollfd fds[2] = {{pcap_get_selectable_fd(p), POLLIN, 0}, {wakeFd_, POLLIN, 0}};
  int64_t nextStats = NowNs() + kStatsEveryNs;
  while (!stop_.load(std::memory_order_relaxed)) {
    // Non-blocking dispatch plus our own poll: a blocking pcap_dispatch on TPACKET_V3 does not
    // return on an idle link, and poll also wakes on stop() through the eventfd.
    int n = pcap_dispatch(p, -1, &Capture::OnPacket, reinterpret_cast<u_char*>(this));
    if (n < 0) {
      std::lock_guard<std::mutex> lock(msgMutex_);
      error_ = device_ + ": capture failed: " + pcap_geterr(p);
      break;
    }
    Publish();
    int64_t now = NowNs();
    if (now >= nextStats) {
      PollStats();
      nextStats = now + kStatsEveryNs;
    }
    if (n == 0) poll(fds, 2, kLivePollMs);
  }
  // Drain what the kernel still holds, then take the final counters.
  for (int i = 0; i < 64; i++) {
    int n = pcap_dispatch(p, -1, &Capture::OnPacket, reinterpret_cast<u_char*>(this));
    if (n <= 0) break;
  }
  PollStats();
  finished_.store(true);
  PublishEof();
}

}  // namespace probe
