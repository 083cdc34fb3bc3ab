// Classic pcap files (magic a1b2c3d4, or a1b23c4d with nanoseconds; either byte order) read
// without libpcap's savefile code. libpcap reads every packet with two freads (header, then
// data), copying it from stdio's buffer into one of its own, and the capture thread then
// copies it into a shard ring. Here large reads fill one buffer and records are handed out
// where they lie, so a packet is copied once on its way to the ring (file buffer → ring).
// On the 3 M-packet bench trace this took the capture thread from ~1.25 s to ~0.47 s of CPU.
//
// The result must be what libpcap 1.10 gives for the same file (test/offline-reader.test.ts
// compares the two over every classic pcap of the corpora): the same packets, timestamps,
// lengths, link type, the same error texts for a damaged file, and libpcap's ftell position
// as progress. Everything it does not know stays with libpcap (see Open).
#pragma once
#include <pcap/pcap.h>

#include <cstdint>
#include <cstring>
#include <memory>
#include <string>

namespace probe {

class PcapFileReader {
 public:
  enum Status { kPacket, kEnd, kError };
  static constexpr uint32_t kRecordHeader = 16;  // ts_sec, ts_usec (or ns), caplen, len

  // Takes over reading from p, a libpcap handle just opened on a trace file. p keeps the file
  // open; we read its descriptor with pread from the first record on. The link type and
  // snapshot length come from p, i.e. as libpcap maps the header's link type field (LINKTYPE_
  // to DLT_ values, the FCS bits dropped) and adjusts the header's snaplen (0 or too large
  // becomes the link type's maximum). Returns false, having changed nothing, for pcapng, for
  // what is not a regular file (pread needs one), and for classic variants left to libpcap: other versions than 2.4 (2.0-2.3 and 543.0 may have
  // caplen and len swapped), the modified formats with longer record headers, and files
  // written in the other byte order whose link type has pseudo-headers libpcap byte-swaps
  // inside the packet (Linux SLL and SLL2 carry SocketCAN ids in host order).
  bool Open(pcap_t* p);

  // The next record. kPacket: *h and *data are set; data stays valid until the next call.
  // kEnd: clean end of file. kError: Error() says what, in libpcap's words; the records
  // before it were all returned. Inline for the usual record (all of it in the buffer, not
  // above the snaplen), NextSlow for the rest: this runs for every packet.
  Status Next(pcap_pkthdr* h, const uint8_t** data) {
    uint32_t avail = end_ - pos_;
    if (avail >= kRecordHeader) {
      const uint8_t* r = buf_.get() + pos_;
      uint32_t caplen = ReadHeader(r, h);
      if (caplen <= snapshot_ && avail - kRecordHeader >= caplen) {
        h->caplen = caplen;
        *data = r + kRecordHeader;
        pos_ += kRecordHeader + caplen;
        return kPacket;
      }
    }
    return NextSlow(h, data);
  }

  // File position after what has been consumed, as ftell on libpcap's FILE would say.
  uint64_t Offset() const { return fileOffset_ - (end_ - pos_); }
  const std::string& Error() const { return error_; }

 private:
  uint32_t Load32(const uint8_t* p) const {
    uint32_t v;
    memcpy(&v, p, 4);
    return swapped_ ? __builtin_bswap32(v) : v;
  }

  // The record header at r into h (timestamp, wire length); returns the caplen field.
  uint32_t ReadHeader(const uint8_t* r, pcap_pkthdr* h) const {
    h->ts.tv_sec = time_t(int32_t(Load32(r)));  // the ring keeps the low 32 bits either way
    // libpcap 1.10 scales nanoseconds down as a long divided by 1000, where the long holds
    // the field as a signed 32-bit number in a file of our byte order and as an unsigned one
    // in a file it byte-swaps (SWAPLONG's result). That shows only for fractions of 2^31 ns
    // and up, which no sane writer produces, but the test holds us to every record libpcap
    // reads.
    uint32_t frac = Load32(r + 4);
    long fraction = swapped_ ? long(frac) : long(int32_t(frac));
    h->ts.tv_usec = nanos_ ? fraction / 1000 : fraction;
    h->len = Load32(r + 12);
    return Load32(r + 8);
  }

  Status NextSlow(pcap_pkthdr* h, const uint8_t** data);
  // Makes `need` bytes available from pos_; false if the file ends first (or a read fails:
  // error_ is set then). Fill is the slow part: reading more.
  bool Have(uint32_t need) { return end_ - pos_ >= need || Fill(need); }
  bool Fill(uint32_t need);
  Status Truncated(uint32_t wanted, uint32_t got, const char* what);

  int fd_ = -1;
  bool swapped_ = false;
  bool nanos_ = false;
  uint32_t snapshot_ = 0;
  bool eof_ = false;
  uint64_t fileOffset_ = 0;  // file offset of buf_[end_]
  std::unique_ptr<uint8_t[]> buf_;
  uint32_t pos_ = 0, end_ = 0;
  std::string error_;
};

}  // namespace probe
