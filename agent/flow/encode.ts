// Protobuf encoding of flow records straight from their table slots, without building a JS
// object per flow. This is the hot path of every flow that ends (half a million a second on a
// busy link); protobufjs with plain objects cost about 4 µs a record here, this well under one.
//
// proto/flow.proto is the contract. test/encode.test.ts decodes what this writes with the
// code protobufjs generates from the .proto and compares every field, so the two cannot drift
// apart silently: a field added to the .proto must be added here, and the test says so.
// Zero values are omitted, as proto3 does.

import {
  B_FLAGS, B_ICMP_CODE, B_ICMP_TYPE, B_IPVER, B_MAC, B_PROTO, B_TCPFLAGS, B_TTL, F_BYTES, F_FIRST, F_LAST,
  FL_HAS_MAC, FL_ICMP_ONE_WAY, FL_INIT_B, H_INNER_VLAN, H_PART, H_PORT_A, H_PORT_B, H_VLAN, SLOT_BYTES,
  U_ADDR_A, U_ADDR_B, U_FRAGS, U_ID_HI, U_ID_LO, U_PKTS, U_RETX, U_RTT_INIT, U_RTT_RESP, type FlowTable,
} from './table.js';
import { addon } from '../capture/native.js';
import type { L7Engine } from '../l7/engine.js';
import { L7_MAX_BYTES } from '../l7/options.js';
import { COMMUNITY_ID_INPUT_MAX, COMMUNITY_ID_LENGTH, writeCommunityIdInput } from './community-id.js';

// Room kept in the batch for one record: the flow's own fields are < 450 bytes, its
// application-layer fields bounded by the analyzers' limits.
const MAX_RECORD = 1024 + L7_MAX_BYTES;

/**
 * The Community IDs of a batch's records, hashed natively in one call per batch. One SHA-1 at
 * a time costs about 0.5 µs here, in JS or C++ alike (a quarter of the encoder's time); eight
 * at a time, in the lanes of a vector (native/sha1.cc), about 0.1 µs. Each record is written
 * with a 30-byte hole for its community_id; we keep the hole's position and the bytes to hash
 * (community-id.ts), and fill the holes when the batch is finished.
 */
class CommunityIds {
  private inputs = new Uint8Array(4096 * COMMUNITY_ID_INPUT_MAX);
  private lengths = new Uint8Array(4096);
  /** Where each record's hole is in the batch. */
  holes = new Uint32Array(4096);
  count = 0;

  add(
    hole: number, ipVersion: number, protocol: number, src: Uint32Array, dst: Uint32Array,
    sport: number, dport: number, ordered: boolean,
  ): void {
    if (this.count === this.holes.length) this.grow();
    const i = this.count++;
    this.lengths[i] = writeCommunityIdInput(this.inputs, i * COMMUNITY_ID_INPUT_MAX, ipVersion, protocol, src, dst, sport, dport, ordered);
    this.holes[i] = hole;
  }

  /** Writes every Community ID into its hole in `out`; resets. */
  fill(out: Uint8Array): void {
    if (this.count > 0) addon.communityIds(this.inputs, this.lengths, this.holes, this.count, out);
    this.count = 0;
  }

  private grow(): void {
    const n = this.holes.length * 2;
    const inputs = new Uint8Array(n * COMMUNITY_ID_INPUT_MAX);
    inputs.set(this.inputs);
    this.inputs = inputs;
    const lengths = new Uint8Array(n);
    lengths.set(this.lengths);
    this.lengths = lengths;
    const holes = new Uint32Array(n);
    holes.set(this.holes);
    this.holes = holes;
  }
}

const srcWords = new Uint32Array(4);
const dstWords = new Uint32Array(4);

/** Writes v as a protobuf varint at b[p]; returns the new end. */
export function varint(b: Uint8Array, p: number, v: number): number {
  // v: a non-negative integer below 2^53. `v & 0x7f` is exact for any such v (ToInt32 keeps
  // the low bits); the division keeps the rest exact above 2^32.
  while (v > 0x7fffffff) {
    b[p++] = (v & 0x7f) | 0x80;
    v = Math.floor(v / 128);
  }
  while (v > 0x7f) {
    b[p++] = (v & 0x7f) | 0x80;
    v >>>= 7;
  }
  b[p++] = v;
  return p;
}

/** Bytes varint() writes for v (below 2^35). */
export function varintBytes(v: number): number {
  return v < 0x80 ? 1 : v < 0x4000 ? 2 : v < 0x200000 ? 3 : v < 0x10000000 ? 4 : 5;
}

/**
 * Ends a length-delimited field written in place: its body was written from b[at + reserve] to
 * p, with `reserve` bytes kept at b[at] for the length. Writes the length there, moving the body
 * when the length takes more or fewer bytes; returns the body's new end.
 */
export function closeLength(b: Uint8Array, at: number, reserve: number, p: number): number {
  const n = p - at - reserve;
  const k = varintBytes(n);
  if (k !== reserve) {
    const from = at + reserve;
    const to = at + k;
    if (n > 16) b.copyWithin(to, from, p); // a native call, ~0.1 µs: a loop moves a short body sooner
    else if (to < from) for (let i = 0; i < n; i++) b[to + i] = b[from + i];
    else for (let i = n - 1; i >= 0; i--) b[to + i] = b[from + i];
    p += k - reserve;
  }
  varint(b, at, n);
  return p;
}

/** Field with a varint value, omitted when 0. `tag` may be two bytes (tag2 ≠ 0). */
function field(b: Uint8Array, p: number, tag: number, tag2: number, v: number): number {
  if (v === 0) return p;
  b[p++] = tag;
  if (tag2) b[p++] = tag2;
  if (v < 128) {
    b[p] = v; // most counters and flags: one byte, without the call
    return p + 1;
  }
  return varint(b, p, v);
}

function address(b: Uint8Array, p: number, tag: number, w: Uint32Array, words: number): number {
  b[p++] = tag;
  b[p++] = words * 4;
  for (let i = 0; i < words; i++) {
    const x = w[i];
    b[p++] = x >>> 24;
    b[p++] = (x >>> 16) & 0xff;
    b[p++] = (x >>> 8) & 0xff;
    b[p++] = x & 0xff;
  }
  return p;
}

/** DirectionCounters as field `tag`; its body is < 128 bytes, so the length is one byte. */
function direction(b: Uint8Array, p: number, tag: number, t: FlowTable, base: number, dir: number): number {
  const f = (base + F_BYTES + dir * 24) >> 3;
  const packets = t.u32[(base + U_PKTS) / 4 + dir];
  b[p++] = tag;
  const lenAt = p++;
  p = field(b, p, 0x08, 0, packets);
  p = field(b, p, 0x10, 0, t.f64[f]);
  p = field(b, p, 0x18, 0, t.f64[f + 1]);
  p = field(b, p, 0x20, 0, t.f64[f + 2]);
  p = field(b, p, 0x28, 0, t.u8[base + B_TCPFLAGS + dir]);
  p = field(b, p, 0x30, 0, packets > 0 ? t.u8[base + B_TTL + dir * 2] : 0);
  p = field(b, p, 0x38, 0, t.u8[base + B_TTL + dir * 2 + 1]);
  p = field(b, p, 0x40, 0, t.u32[(base + U_RETX) / 4 + dir]);
  p = field(b, p, 0x48, 0, t.u32[(base + U_FRAGS) / 4 + dir]);
  b[lenAt] = p - lenAt - 1;
  return p;
}

/** Encodes one record (FlowRecord message body) at b[p], but for its Community ID (see ids); returns where it ends. */
function encodeRecord(b: Uint8Array, p: number, t: FlowTable, slot: number, reason: number, ids: CommunityIds, l7: L7Engine | null): number {
  const base = slot * SLOT_BYTES;
  const u8 = t.u8;
  const u32 = t.u32;
  const flags = u8[base + B_FLAGS];
  const initB = (flags & FL_INIT_B) !== 0;
  const ipVersion = u8[base + B_IPVER];
  const protocol = u8[base + B_PROTO];
  const words = ipVersion === 6 ? 4 : 1;
  const a = (base + (initB ? U_ADDR_B : U_ADDR_A)) >> 2;
  const z = (base + (initB ? U_ADDR_A : U_ADDR_B)) >> 2;
  for (let i = 0; i < 4; i++) {
    srcWords[i] = u32[a + i];
    dstWords[i] = u32[z + i];
  }
  const portA = t.u16[(base + H_PORT_A) >> 1];
  const portB = t.u16[(base + H_PORT_B) >> 1];
  const srcPort = initB ? portB : portA;
  const dstPort = initB ? portA : portB;
  const first = t.f64[(base + F_FIRST) >> 3];
  const last = t.f64[(base + F_LAST) >> 3];

  // 1 flow_id: uint64 from two words
  let lo = u32[(base + U_ID_LO) >> 2];
  let hi = u32[(base + U_ID_HI) >> 2];
  if (lo !== 0 || hi !== 0) {
    b[p++] = 0x08;
    while (hi !== 0 || lo > 0x7f) {
      b[p++] = (lo & 0x7f) | 0x80;
      lo = ((lo >>> 7) | (hi << 25)) >>> 0;
      hi >>>= 7;
    }
    b[p++] = lo;
  }
  p = field(b, p, 0x10, 0, Math.floor(first / 1000));
  p = field(b, p, 0x18, 0, Math.floor(last / 1000));
  p = field(b, p, 0x20, 0, reason);
  p = field(b, p, 0x28, 0, ipVersion);
  p = field(b, p, 0x30, 0, protocol);
  p = address(b, p, 0x3a, srcWords, words);
  p = address(b, p, 0x42, dstWords, words);
  p = field(b, p, 0x48, 0, srcPort);
  p = field(b, p, 0x50, 0, dstPort);
  p = field(b, p, 0x58, 0, t.u16[(base + H_VLAN) >> 1]);
  p = field(b, p, 0x60, 0, t.u16[(base + H_INNER_VLAN) >> 1]);
  b[p++] = 0x6a; // 13 community_id, filled in by BatchEncoder.finish
  b[p++] = COMMUNITY_ID_LENGTH;
  ids.add(p, ipVersion, protocol, srcWords, dstWords, srcPort, dstPort, (flags & FL_ICMP_ONE_WAY) === 0);
  p += COMMUNITY_ID_LENGTH;
  p = direction(b, p, 0x72, t, base, initB ? 1 : 0); // 14 fwd
  p = direction(b, p, 0x7a, t, base, initB ? 0 : 1); // 15 rev
  if ((flags & FL_HAS_MAC) !== 0) {
    b[p++] = 0x82; // 16 src_mac
    b[p++] = 0x01;
    b[p++] = 6;
    for (let i = 0; i < 6; i++) b[p++] = u8[base + B_MAC + i];
    b[p++] = 0x8a; // 17 dst_mac
    b[p++] = 0x01;
    b[p++] = 6;
    for (let i = 6; i < 12; i++) b[p++] = u8[base + B_MAC + i];
  }
  p = field(b, p, 0x90, 0x01, t.u16[(base + H_PART) >> 1]);
  p = field(b, p, 0x98, 0x01, first);
  p = field(b, p, 0xa0, 0x01, last - first);
  p = field(b, p, 0xa8, 0x01, u32[(base + U_RTT_RESP) >> 2]);
  p = field(b, p, 0xb0, 0x01, u32[(base + U_RTT_INIT) >> 2]);
  p = field(b, p, 0xb8, 0x01, u8[base + B_ICMP_TYPE]);
  p = field(b, p, 0xc0, 0x01, u8[base + B_ICMP_CODE]);
  if (l7 !== null) p = l7.encode(t, slot, b, p, ipVersion, srcWords, dstWords, srcPort, dstPort);
  return p;
}

/** Collects records into one FlowBatch message. */
export class BatchEncoder {
  private buf = new Uint8Array(1 << 20);
  private len = 0;
  private ids = new CommunityIds();
  count = 0;
  private readonly l7: L7Engine | null;

  /** `l7`: the shard's application layer, whose fields go into the records; null for none. */
  constructor(l7: L7Engine | null = null) {
    this.l7 = l7;
  }

  add(t: FlowTable, slot: number, reason: number): void {
    while (this.len + 4 + MAX_RECORD > this.buf.length) {
      const bigger = new Uint8Array(this.buf.length * 2);
      bigger.set(this.buf.subarray(0, this.len));
      this.buf = bigger;
    }
    // Written in place after its tag and two bytes for its length, the length prefix of most
    // records (128 B to 16 KiB); a shorter record moves down a byte, a longer one (large
    // application-layer fields) up a byte, each with its Community ID hole.
    const buf = this.buf;
    const at = this.len;
    const end = encodeRecord(buf, at + 3, t, slot, reason, this.ids, this.l7);
    buf[at] = 0x0a; // FlowBatch.flows = 1
    this.len = closeLength(buf, at + 1, 2, end);
    this.ids.holes[this.ids.count - 1] += this.len - end;
    this.count++;
  }

  /** The batch as one length-delimited FlowBatch message (a fresh buffer); resets. */
  finish(): Uint8Array {
    this.ids.fill(this.buf);
    const head = new Uint8Array(10);
    const h = varint(head, 0, this.len);
    const out = new Uint8Array(h + this.len);
    out.set(head.subarray(0, h));
    out.set(this.buf.subarray(0, this.len), h);
    this.len = 0;
    this.count = 0;
    return out;
  }
}
