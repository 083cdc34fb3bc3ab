// Everything the flow table and the analyzers need from one packet. One instance per shard
// worker, overwritten for every packet; offsets are absolute indices into the frame buffer.
export class PacketInfo {
  /** Capture time, µs since the epoch (set by whoever feeds the decoder). */
  ts = 0;
  linkType = 0;
  /** Offset of the destination / source MAC in the buffer, or -1 when the link has none. */
  dstMacOff = -1;
  srcMacOff = -1;
  vlanId = 0;
  innerVlanId = 0;
  /** 4 or 6. */
  ipVersion = 0;
  ipOff = 0;
  /** IP bytes of this packet (IPv4 total length; IPv6 40 + payload length). */
  ipLen = 0;
  /** IP header plus IPv6 extension headers. */
  ipHeaderLen = 0;
  ttl = 0;
  /** Transport protocol number (after IPv6 extension headers). */
  protocol = 0;
  /** Addresses as big-endian 32-bit words; IPv4 uses word 0, the rest stay 0. */
  readonly src = new Uint32Array(4);
  readonly dst = new Uint32Array(4);
  isFragment = false;
  /** Fragment offset in bytes; > 0 means no transport header in this packet. */
  fragOffset = 0;
  moreFragments = false;
  fragId = 0;
  /** True when the transport header was decoded (ports valid). */
  hasPorts = false;
  srcPort = 0;
  dstPort = 0;
  l4Off = 0;
  /** L4 payload bytes on the wire, and where they start in the buffer. */
  payloadLen = 0;
  payloadOff = 0;
  /** Payload bytes actually present in the buffer (≤ payloadLen). */
  payloadCapLen = 0;
  tcpFlags = 0;
  tcpSeq = 0;
  tcpAck = 0;
  icmpType = 0;
  icmpCode = 0;
  /** ICMP only: the type has no counterpart (not request/reply), see icmp.ts. */
  icmpOneWay = false;

  constructor() {
    // Fields that take values beyond the small-integer range (µs timestamps, 32-bit sequence
    // numbers and IPv6 fragment ids) start out as doubles, so V8 gives them a double
    // representation once instead of changing the object's shape mid-run, which would throw
    // away the optimized packet path and compile it again.
    this.ts = 0.5;
    this.tcpSeq = 0.5;
    this.tcpAck = 0.5;
    this.fragId = 0.5;
    this.reset(0);
  }

  /** TCP: the sequence number of the first payload byte; data on a SYN (TCP Fast Open) follows the SYN's own number. */
  payloadSeq(): number {
    return (this.tcpFlags & 0x02) !== 0 ? (this.tcpSeq + 1) >>> 0 : this.tcpSeq;
  }

  reset(linkType: number): void {
    this.linkType = linkType;
    this.dstMacOff = -1;
    this.srcMacOff = -1;
    this.vlanId = 0;
    this.innerVlanId = 0;
    this.isFragment = false;
    this.fragOffset = 0;
    this.moreFragments = false;
    this.fragId = 0;
    this.hasPorts = false;
    this.srcPort = 0;
    this.dstPort = 0;
    this.payloadLen = 0;
    this.payloadCapLen = 0;
    this.tcpFlags = 0;
    this.icmpType = 0;
    this.icmpCode = 0;
    this.icmpOneWay = false;
  }
}

