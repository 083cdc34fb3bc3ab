// Result codes of the decoder and the names under which skipped frames are counted.

export const DECODE_OK = 0;
export const DECODE_NON_IP = 1;

// Reasons a frame is skipped. Index = code returned by decodePacket; names are stable (they
// appear in summaries, status and logs).
export const MALFORMED_REASONS = [
  'ok',
  'non_ip',
  'l2_truncated',            // shorter than its link header (Ethernet, VLAN tag, MPLS, PPPoE, SLL…)
  'l2_too_many_tags',        // more VLAN/MPLS labels than any real network uses (> 8)
  'ip_truncated',            // shorter than the fixed IPv4/IPv6 header
  'ip_bad_version',          // the IP version nibble does not match the link's type
  'ipv4_bad_header_length',  // IHL < 5, or the header is longer than the packet
  'ip_bad_total_length',     // the IP length field is smaller than the header or larger than the frame
  'ipv6_bad_extension',      // an IPv6 extension header runs past the packet, or too many of them
  'l4_truncated',            // the transport header is longer than the IP payload
  'tcp_bad_header_length',   // TCP data offset < 5 words or past the end of the segment
  'capture_too_short',       // the packet is fine but the capture (snaplen) cut the headers we need
  'frame_bad_length',        // the recorded wire or captured length is beyond any real frame (> 256 KiB): a corrupt trace
] as const;

export type DecodeReason = (typeof MALFORMED_REASONS)[number];

export const R_L2_TRUNCATED = 2;
export const R_L2_TOO_MANY_TAGS = 3;
export const R_IP_TRUNCATED = 4;
export const R_IP_BAD_VERSION = 5;
export const R_IPV4_BAD_HEADER_LENGTH = 6;
export const R_IP_BAD_TOTAL_LENGTH = 7;
export const R_IPV6_BAD_EXTENSION = 8;
export const R_L4_TRUNCATED = 9;
export const R_TCP_BAD_HEADER_LENGTH = 10;
export const R_CAPTURE_TOO_SHORT = 11;
export const R_FRAME_BAD_LENGTH = 12;

/** Longest frame a capture can hold (libpcap's largest snapshot length). */
export const MAX_FRAME_BYTES = 262144;

