#include "pcap_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "flow_hash.h"

namespace probe {

namespace {

// libpcap refuses a record whose caplen is above max_snaplen_for_dlt(): 262144
// (MAXIMUM_SNAPLEN) for every link type we take (Open checks LinkTypeSupported); only D-Bus,
// EBHSCR and USBPCAP allow more.
const uint32_t kMaxCaplen = 262144;
// Bytes per read(). Small enough that what one read brings stays in L2 (1 MiB here) until the
// records in it have been copied to the ring, so the second copy reads from cache; large
// enough that the syscalls cost little (~4,800 reads for the 1.25 GB bench trace). 64 KiB to
// 512 KiB measured alike.
const uint32_t kReadBytes = 256 << 10;
// The buffer holds one read plus the largest record, so a record is always contiguous.
const uint32_t kBufferBytes = kReadBytes + PcapFileReader::kRecordHeader + kMaxCaplen;

}  // namespace

bool PcapFileReader::Open(pcap_t* p) {
  FILE* f = pcap_file(p);
  if (!f) return false;
  int fd = fileno(f);
  struct stat st;
  if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) return false;
  uint8_t hdr[24];
  if (pread(fd, hdr, sizeof hdr, 0) != ssize_t(sizeof hdr)) return false;
  uint32_t magic;
  memcpy(&magic, hdr, 4);
  bool swapped = false;
  if (magic == 0xd4c3b2a1u || magic == 0x4d3cb2a1u) {
    swapped = true;
    magic = __builtin_bswap32(magic);
  }
  if (magic != 0xa1b2c3d4u && magic != 0xa1b23c4du) return false;
  uint16_t major, minor;
  memcpy(&major, hdr + 4, 2);
  memcpy(&minor, hdr + 6, 2);
  if (swapped) {
    major = __builtin_bswap16(major);
    minor = __builtin_bswap16(minor);
  }
  if (major != 2 || minor != 4) return false;
  int dlt = pcap_datalink(p);
  if (!LinkTypeSupported(dlt)) return false;
  if (swapped && (dlt == DLT_LINUX_SLL || dlt == DLT_LINUX_SLL2)) return false;
  int snapshot = pcap_snapshot(p);
  if (snapshot <= 0 || uint32_t(snapshot) > kMaxCaplen) return false;  // cannot happen: libpcap caps it

  fd_ = fd;
  swapped_ = swapped;
  nanos_ = magic == 0xa1b23c4du;
  snapshot_ = uint32_t(snapshot);
  eof_ = false;
  fileOffset_ = sizeof hdr;
  pos_ = end_ = 0;
  error_.clear();
  if (!buf_) buf_.reset(new uint8_t[kBufferBytes]);
  posix_fadvise(fd, 0, 0, POSIX_FADV_SEQUENTIAL);  // a larger read-ahead
  return true;
}

bool PcapFileReader::Fill(uint32_t need) {
  if (eof_) return false;
  // Move the start of the record to the front (less than one record), then read behind it.
  memmove(buf_.get(), buf_.get() + pos_, end_ - pos_);
  end_ -= pos_;
  pos_ = 0;
  while (end_ < need) {
    uint32_t room = kBufferBytes - end_;
    ssize_t n = pread(fd_, buf_.get() + end_, room < kReadBytes ? room : kReadBytes, off_t(fileOffset_));
    if (n < 0) {
      if (errno == EINTR) continue;
      error_ = std::string("error reading dump file: ") + strerror(errno);
      eof_ = true;
      return false;
    }
    if (n == 0) {
      eof_ = true;
      return false;
    }
    end_ += uint32_t(n);
    fileOffset_ += uint64_t(n);
  }
  return true;
}

// libpcap's message for a file that ends inside a record; like its fread, we have then
// consumed everything up to the end of the file.
PcapFileReader::Status PcapFileReader::Truncated(uint32_t wanted, uint32_t got, const char* what) {
  if (error_.empty())
    error_ = "truncated dump file; tried to read " + std::to_string(wanted) + " " + what + ", only got " + std::to_string(got);
  pos_ = end_;
  return kError;
}

PcapFileReader::Status PcapFileReader::NextSlow(pcap_pkthdr* h, const uint8_t** data) {
  if (!Have(kRecordHeader)) {
    if (!error_.empty()) return kError;
    if (end_ == pos_) return kEnd;
    return Truncated(kRecordHeader, end_ - pos_, "header bytes");
  }
  uint32_t caplen = ReadHeader(buf_.get() + pos_, h);
  pos_ += kRecordHeader;
  if (caplen > kMaxCaplen) {
    // libpcap's check and words: a damaged or fuzzed file, and the end of reading it (only
    // the record header has been consumed).
    error_ = "invalid packet capture length " + std::to_string(caplen) + ", bigger than " +
             (caplen > snapshot_ ? "snaplen of " + std::to_string(snapshot_) : "maximum of " + std::to_string(kMaxCaplen));
    return kError;
  }
  if (caplen > snapshot_) {
    // Not above the maximum but above the file's snaplen (old Solaris writers did this):
    // libpcap hands out the first snaplen bytes as the packet and skips the rest.
    if (!Have(caplen)) {
      uint32_t got = end_ - pos_;
      return got < snapshot_ ? Truncated(snapshot_, got, "captured bytes") : Truncated(caplen, got, "captured bytes");
    }
    h->caplen = snapshot_;
  } else {
    if (!Have(caplen)) return Truncated(caplen, end_ - pos_, "captured bytes");
    h->caplen = caplen;
  }
  *data = buf_.get() + pos_;
  pos_ += caplen;
  return kPacket;
}

}  // namespace probe
