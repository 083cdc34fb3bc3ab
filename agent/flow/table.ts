// The flow table of one shard worker: bidirectional flows keyed by protocol, the unordered
// pair of (address, port) endpoints, and the VLAN ids.
//
// Memory: every flow lives in one fixed-size slot of a single ArrayBuffer (no JS object per
// flow, nothing for the GC to walk), read through typed-array views, plus two words of LRU
// links in a parallel array (see `links`): 208 bytes a flow. The buffers are allocated
// at full capacity but the kernel backs only the pages we touch, and slots are handed out
// from the low end first, so resident memory follows the number of live flows. Index: a
// power-of-two bucket array of chain heads (slot + 1), the chain linked through the slots. It
// starts small and doubles as flows are added (about one flow per bucket), up to one bucket per
// slot: every packet reads a random bucket, and a bucket array sized for the full capacity
// (8 MB at 2 M flows) would miss the CPU cache on nearly every packet while a few thousand
// flows are live.
//
// Time: everything runs on packet time (µs). Flows sit on one of two LRU lists ordered by
// their last packet: the idle list (expire after idleTimeoutUs) and the closing list (TCP
// flows that saw FIN both ways or a RST; expire after closeDelayUs). Expiry therefore only
// looks at list heads. The active timeout is checked when a packet arrives: a flow that has
// lasted activeTimeoutUs emits an interim record and goes on with the same flow id.
//
// The per-packet path (update) allocates nothing.

import type { PacketInfo } from '../decode/packet-info.js';
import { chooseVictim } from './eviction.js';

export const END_IDLE = 1;
export const END_ACTIVE = 2;
export const END_OF_FLOW = 3;
export const END_FORCED = 4;
export const END_LACK_OF_RESOURCES = 5;

// ---- slot layout (byte offsets) ----------------------------------------------------------
export const SLOT_BYTES = 200;
// float64: times in µs, byte counters (may pass 2^32)
export const F_FIRST = 0;       // first packet of the current record
export const F_LAST = 8;        // last packet
export const F_SYN = 16;        // SYN time while the handshake is in progress
export const F_BYTES = 24;      // [dir*24 + 0] frame, [+8] ip, [+16] payload; dir 0 = A→B, 1 = B→A
// uint32
export const U_ADDR_A = 72;     // 4 words
export const U_ADDR_B = 88;     // 4 words
export const U_HASH = 104;
export const U_NEXT = 108;      // hash chain: next slot + 1
export const U_ID_LO = 112;
export const U_ID_HI = 116;
export const U_PKTS = 120;      // [dir*4]
export const U_RETX = 128;      // [dir*4]
export const U_SEQ_END = 136;   // [dir*4] highest TCP sequence end seen
export const U_RTT_RESP = 144;  // SYN → SYN-ACK, µs
export const U_RTT_INIT = 148;  // SYN-ACK → ACK, µs
export const U_FRAGS = 152;     // [dir*4]
// uint16
export const H_PORT_A = 160;
export const H_PORT_B = 162;
export const H_VLAN = 164;
export const H_INNER_VLAN = 166;
export const H_PART = 168;
// uint8
export const B_PROTO = 170;
export const B_IPVER = 171;
export const B_FLAGS = 172;
export const B_HANDSHAKE = 173; // 0 none, 1 SYN seen, 2 SYN-ACK seen, 3 complete
export const B_TCPFLAGS = 174;  // [dir]
export const B_TTL = 176;       // [dir*2] min, [dir*2+1] max
export const B_ICMP_TYPE = 180;
export const B_ICMP_CODE = 181;
export const B_LIST = 182;      // which list the slot is on
export const B_L7 = 183;        // application layer stage (agent/l7/engine.ts)
export const B_MAC = 184;       // 12 bytes: source MAC, destination MAC of the initiator's first packet
export const B_APP = 196;       // application protocol a signature recognised (index in APP_PROTOCOLS), 0 none

// B_FLAGS bits
export const FL_INIT_B = 1;     // the initiator is endpoint B
const FL_FIN_A = 2;             // FIN seen from A
const FL_FIN_B = 4;             // FIN seen from B
const FL_RST = 8;
export const FL_HAS_MAC = 16;
const FL_SEQ_A = 32;            // U_SEQ_END[0] is valid
const FL_SEQ_B = 64;
export const FL_ICMP_ONE_WAY = 128;

/** Buckets of a new table's index (it grows with the flows, see grow()). */
const INITIAL_BUCKETS = 4096;

const LIST_NONE = 0;
const LIST_IDLE = 1;
const LIST_CLOSING = 2;

const TCP_FIN = 0x01;
const TCP_SYN = 0x02;
const TCP_RST = 0x04;
const TCP_ACK = 0x10;

// The layout again as element indices into each view (slot * S64 + LAST_64 and so on), and
// module-local on purpose: V8 compiles a module-local const into the code as a number, but
// reads an exported binding (even a const) through a cell, with a hole check, at every use.
// The per-packet code below uses only these.
const S8 = SLOT_BYTES;
const S16 = SLOT_BYTES / 2;
const S32 = SLOT_BYTES / 4;
const S64 = SLOT_BYTES / 8;
const FIRST_64 = F_FIRST / 8;
const LAST_64 = F_LAST / 8;
const SYN_64 = F_SYN / 8;
const BYTES_64 = F_BYTES / 8;
const ADDR_A_32 = U_ADDR_A / 4;
const ADDR_B_32 = U_ADDR_B / 4;
const HASH_32 = U_HASH / 4;
const NEXT_32 = U_NEXT / 4;
const ID_LO_32 = U_ID_LO / 4;
const ID_HI_32 = U_ID_HI / 4;
const PKTS_32 = U_PKTS / 4;
const RETX_32 = U_RETX / 4;
const SEQ_END_32 = U_SEQ_END / 4;
const RTT_RESP_32 = U_RTT_RESP / 4;
const RTT_INIT_32 = U_RTT_INIT / 4;
const FRAGS_32 = U_FRAGS / 4;
const PORT_A_16 = H_PORT_A / 2;
const PORT_B_16 = H_PORT_B / 2;
const VLAN_16 = H_VLAN / 2;
const INNER_VLAN_16 = H_INNER_VLAN / 2;
const PART_16 = H_PART / 2;
const PROTO_8 = B_PROTO;
const IPVER_8 = B_IPVER;
const FLAGS_8 = B_FLAGS;
const HANDSHAKE_8 = B_HANDSHAKE;
const TCPFLAGS_8 = B_TCPFLAGS;
const TTL_8 = B_TTL;
const ICMP_TYPE_8 = B_ICMP_TYPE;
const ICMP_CODE_8 = B_ICMP_CODE;
const LIST_8 = B_LIST;
const MAC_8 = B_MAC;
const INIT_B = FL_INIT_B;
const HAS_MAC = FL_HAS_MAC;
const ICMP_ONE_WAY = FL_ICMP_ONE_WAY;

export interface FlowTableOptions {
  /** Flows this table holds at most; more evicts (lack of resources). */
  capacity: number;
  idleTimeoutUs: number;   // 0 = never
  activeTimeoutUs: number; // 0 = never
  closeDelayUs: number;
  shard: number;
  shards: number;
  /** Unix seconds for the first flow id generation (see proto flow_id). */
  idGeneration: number;
}

/** Receives finished (and interim) flows. The slot stays valid during the call only. */
export interface FlowSink {
  emit(table: FlowTable, slot: number, reason: number): void;
}

export interface FlowTableCounters {
  flowsCreated: number;
  evicted: number;
  records: number;
}

export class FlowTable {
  readonly buf: ArrayBuffer;
  readonly f64: Float64Array;
  readonly u32: Uint32Array;
  readonly u16: Uint16Array;
  readonly u8: Uint8Array;
  readonly capacity: number;
  readonly counters: FlowTableCounters = { flowsCreated: 0, evicted: 0, records: 0 };
  /** Packet time (µs): the latest timestamp seen, never moves back. */
  clock = 0.5; // a double from the start (see PacketInfo)
  active = 0;
  /** Direction of the last packet update() accounted: 0 endpoint A → B, 1 B → A. */
  lastDir = 0;

  private buckets: Uint32Array;
  private bucketMask: number;
  private readonly maxBuckets: number;
  private readonly free: Int32Array;
  private freeTop = 0;
  private highWater = 0;
  /**
   * LRU list links, [2 * slot] previous and [2 * slot + 1] next (slot + 1, 0 = none). Apart from
   * the slots because every packet moves its flow to the tail and so writes into the slots of
   * its list neighbours, which are anywhere in the table: 8 bytes a flow here stay in the CPU
   * cache far better than a line of each neighbour's slot.
   */
  private readonly links: Uint32Array;
  private readonly heads = new Int32Array(3); // slot + 1 per list, 0 = empty
  private readonly tails = new Int32Array(3);
  private idGen: number;
  private idCounter = 0;
  private readonly opts: FlowTableOptions;
  private readonly sink: FlowSink;
  /**
   * The idle and active timeouts as limits a packet's age is compared with, Infinity when off:
   * the common case (an open flow within both) then costs two comparisons.
   */
  private readonly idleLimitUs: number;
  private readonly activeLimitUs: number;
  /**
   * The key of the last packet that took the full lookup, as it came (see sameKey), and its
   * flow: packets of one flow come in runs (a transfer and its ACKs; two packets in three on the
   * bench trace belong to the flow of the packet before), and those skip the endpoint order,
   * the hash and the bucket walk. `lastSlot` is -1 once that flow has ended.
   */
  private readonly lastKey = new Uint32Array(11);
  private lastKeyDir = 0;
  private lastSlot = -1;

  constructor(opts: FlowTableOptions, sink: FlowSink) {
    this.opts = opts;
    this.sink = sink;
    this.idleLimitUs = opts.idleTimeoutUs > 0 ? opts.idleTimeoutUs : Infinity;
    this.activeLimitUs = opts.activeTimeoutUs > 0 ? opts.activeTimeoutUs : Infinity;
    this.capacity = Math.max(16, opts.capacity | 0);
    this.buf = new ArrayBuffer(this.capacity * SLOT_BYTES);
    this.f64 = new Float64Array(this.buf);
    this.u32 = new Uint32Array(this.buf);
    this.u16 = new Uint16Array(this.buf);
    this.u8 = new Uint8Array(this.buf);
    let nb = 16;
    while (nb < this.capacity) nb *= 2;
    this.maxBuckets = nb;
    // Assigned twice on purpose: V8 then knows from the start that these fields change (grow()),
    // instead of finding out on the first growth and discarding the code that assumed not.
    this.buckets = new Uint32Array(0);
    this.bucketMask = -1;
    nb = Math.min(nb, INITIAL_BUCKETS);
    this.buckets = new Uint32Array(nb);
    this.bucketMask = nb - 1;
    this.free = new Int32Array(this.capacity);
    this.links = new Uint32Array(this.capacity * 2);
    this.idGen = opts.idGeneration >>> 0;
  }

  /**
   * Accounts one decoded packet (ports already resolved for fragments) seen at p.ts (µs) with
   * `frameLen` bytes on the wire. Returns the slot.
   */
  update(p: PacketInfo, frameLen: number, frame: Uint8Array): number {
    const ts = p.ts;
    if (ts > this.clock) this.clock = ts;
    const f64 = this.f64;
    const u32 = this.u32;
    const u8 = this.u8;
    // The flow of the packet before, when this one has its key (either way round); otherwise
    // the full lookup.
    let slot = this.lastSlot;
    const same = slot < 0 ? 0 : sameKey(this.lastKey, p);
    if (same === 0) slot = this.lookup(p);
    const dir = same === 2 ? 1 - this.lastKeyDir : this.lastKeyDir;
    this.lastDir = dir;
    // A flow that is closing or past a timeout takes the exact checks (timedOut); an open flow
    // within both timeouts, nearly every packet, only these comparisons.
    if (
      slot >= 0 &&
      (u8[slot * S8 + LIST_8] === LIST_CLOSING ||
        ts - f64[slot * S64 + LAST_64] >= this.idleLimitUs ||
        ts - f64[slot * S64 + FIRST_64] >= this.activeLimitUs) &&
      this.timedOut(slot, p, ts)
    ) {
      slot = -1;
    }
    if (slot < 0) slot = this.create(p, dir, frame);
    this.lastSlot = slot;
    const s64 = slot * S64;
    const s32 = slot * S32;
    const s8 = slot * S8;
    if (ts > f64[s64 + LAST_64]) f64[s64 + LAST_64] = ts; // a trace may step back in time
    const fb = s64 + BYTES_64 + dir * 3;
    f64[fb] += frameLen;
    f64[fb + 1] += p.ipLen;
    f64[fb + 2] += p.payloadLen;
    u32[s32 + PKTS_32 + dir]++;
    if (p.isFragment) u32[s32 + FRAGS_32 + dir]++;
    const ttl = p.ttl;
    const ttlIdx = s8 + TTL_8 + dir * 2;
    if (ttl < u8[ttlIdx]) u8[ttlIdx] = ttl;
    if (ttl > u8[ttlIdx + 1]) u8[ttlIdx + 1] = ttl;
    if (p.protocol === 6 && p.hasPorts) this.tcp(p, slot, dir);
    this.touch(slot);
    return slot;
  }

  /**
   * The exact timeout rules for a packet of a flow that is closing or has passed a timeout
   * limit: ends the flow (returns true, the packet starts a new one) or emits an interim record.
   * A flow whose timeout passed before this packet has ended, whether or not expire() ran yet:
   * the result must not depend on when expiry happens to be called.
   */
  private timedOut(slot: number, p: PacketInfo, ts: number): boolean {
    const closing = this.u8[slot * S8 + LIST_8] === LIST_CLOSING;
    const last = this.f64[slot * S64 + LAST_64];
    if (closing && ts - last >= this.opts.closeDelayUs) {
      this.finish(slot, END_OF_FLOW);
      return true;
    }
    if (!closing && ts - last >= this.idleLimitUs) {
      this.finish(slot, END_IDLE);
      return true;
    }
    if (closing && p.protocol === 6 && (p.tcpFlags & (TCP_SYN | TCP_ACK)) === TCP_SYN) {
      // A new SYN on a connection that has closed starts a new connection (port reuse).
      this.finish(slot, END_OF_FLOW);
      return true;
    }
    if (ts - this.f64[slot * S64 + FIRST_64] >= this.activeLimitUs) this.interim(slot, ts);
    return false;
  }

  private tcp(p: PacketInfo, slot: number, dir: number): void {
    const ts = p.ts;
    const u8 = this.u8;
    const u32 = this.u32;
    const s8 = slot * S8;
    const s32 = slot * S32;
    const fl = p.tcpFlags;
    u8[s8 + TCPFLAGS_8 + dir] |= fl;
    let flags = u8[s8 + FLAGS_8];
    const fromInitiator = (dir === 1) === ((flags & INIT_B) !== 0);
    // Handshake timing, as seen at the probe.
    const hs = u8[s8 + HANDSHAKE_8];
    if (hs !== 3) {
      if ((fl & (TCP_SYN | TCP_ACK)) === TCP_SYN && fromInitiator && hs <= 1) {
        this.f64[slot * S64 + SYN_64] = ts; // a retransmitted SYN restarts the measurement
        u8[s8 + HANDSHAKE_8] = 1;
      } else if ((fl & (TCP_SYN | TCP_ACK)) === (TCP_SYN | TCP_ACK) && !fromInitiator && hs === 1) {
        u32[s32 + RTT_RESP_32] = Math.round(ts - this.f64[slot * S64 + SYN_64]);
        u8[s8 + HANDSHAKE_8] = 2;
      } else if ((fl & (TCP_SYN | TCP_ACK | TCP_RST)) === TCP_ACK && fromInitiator && hs === 2) {
        const synAck = this.f64[slot * S64 + SYN_64] + u32[s32 + RTT_RESP_32];
        u32[s32 + RTT_INIT_32] = Math.max(0, Math.round(ts - synAck));
        u8[s8 + HANDSHAKE_8] = 3;
      }
    }
    // Retransmissions: data that starts below the highest sequence number already seen.
    const seqBit = dir === 0 ? FL_SEQ_A : FL_SEQ_B;
    const seqIdx = s32 + SEQ_END_32 + dir;
    const payloadLen = p.payloadLen;
    const len = payloadLen + (fl & TCP_SYN ? 1 : 0) + (fl & TCP_FIN ? 1 : 0);
    if (len > 0) {
      const seq = p.tcpSeq;
      const end = (seq + len) >>> 0;
      if ((flags & seqBit) === 0) {
        u32[seqIdx] = end;
        flags |= seqBit;
      } else {
        const high = u32[seqIdx];
        if (payloadLen > 0 && ((seq - high) | 0) < 0) u32[s32 + RETX_32 + dir]++;
        if (((end - high) | 0) > 0) u32[seqIdx] = end;
      }
    }
    if (fl & TCP_FIN) flags |= dir === 0 ? FL_FIN_A : FL_FIN_B;
    if (fl & TCP_RST) flags |= FL_RST;
    u8[s8 + FLAGS_8] = flags;
    if ((flags & FL_RST) !== 0 || (flags & (FL_FIN_A | FL_FIN_B)) === (FL_FIN_A | FL_FIN_B)) {
      if (u8[s8 + LIST_8] !== LIST_CLOSING) {
        this.unlink(slot);
        this.append(slot, LIST_CLOSING);
      }
    }
  }

  /** Emits every flow whose timeout has passed at packet time `now` (µs). */
  expire(now: number): void {
    if (now > this.clock) this.clock = now;
    const f64 = this.f64;
    const idle = this.opts.idleTimeoutUs;
    const close = this.opts.closeDelayUs;
    let h: number;
    while ((h = this.heads[LIST_CLOSING]) !== 0 && f64[(h - 1) * S64 + LAST_64] + close <= now) {
      this.finish(h - 1, END_OF_FLOW);
    }
    if (idle > 0) {
      while ((h = this.heads[LIST_IDLE]) !== 0 && f64[(h - 1) * S64 + LAST_64] + idle <= now) {
        this.finish(h - 1, END_IDLE);
      }
    }
  }

  /**
   * Emits every flow with `reason` (shutdown, end of trace) and empties the table. TCP flows
   * that had already closed (FIN both ways or RST) end as end-of-flow: that is what they were.
   */
  flushAll(reason: number): void {
    let h: number;
    while ((h = this.heads[LIST_CLOSING]) !== 0) this.finish(h - 1, END_OF_FLOW);
    while ((h = this.heads[LIST_IDLE]) !== 0) this.finish(h - 1, reason);
  }

  // ---- internals -------------------------------------------------------------------------

  /** The flow of `p` (-1: none yet) by its key; remembers the key and its direction. */
  private lookup(p: PacketInfo): number {
    // Canonical order: endpoint A is the smaller (address, port), as Community ID orders them.
    const dir = compareEndpoints(p) <= 0 ? 0 : 1;
    rememberKey(this.lastKey, p);
    this.lastKeyDir = dir;
    return this.find(p, dir, keyHash(p, dir));
  }

  private find(p: PacketInfo, dir: number, hash: number): number {
    let s = this.buckets[hash & this.bucketMask];
    if (s === 0) return -1;
    const u32 = this.u32;
    const u16 = this.u16;
    const u8 = this.u8;
    const a = dir === 0 ? p.src : p.dst;
    const b = dir === 0 ? p.dst : p.src;
    const portA = dir === 0 ? p.srcPort : p.dstPort;
    const portB = dir === 0 ? p.dstPort : p.srcPort;
    const v6 = p.ipVersion === 6;
    do {
      const slot = s - 1;
      const w = slot * S32;
      const h = slot * S16;
      const base = slot * S8;
      if (
        u32[w + HASH_32] === hash &&
        u16[h + PORT_A_16] === portA &&
        u16[h + PORT_B_16] === portB &&
        u8[base + PROTO_8] === p.protocol &&
        u8[base + IPVER_8] === p.ipVersion &&
        u16[h + VLAN_16] === p.vlanId &&
        u16[h + INNER_VLAN_16] === p.innerVlanId &&
        u32[w + ADDR_A_32] === a[0] &&
        u32[w + ADDR_B_32] === b[0] &&
        // IPv4 flows keep words 1–3 of both addresses 0, as the decoder does in the packet.
        (!v6 ||
          (u32[w + ADDR_A_32 + 1] === a[1] && u32[w + ADDR_A_32 + 2] === a[2] && u32[w + ADDR_A_32 + 3] === a[3] &&
            u32[w + ADDR_B_32 + 1] === b[1] && u32[w + ADDR_B_32 + 2] === b[2] && u32[w + ADDR_B_32 + 3] === b[3]))
      ) {
        return slot;
      }
      s = u32[w + NEXT_32];
    } while (s !== 0);
    return -1;
  }

  private create(p: PacketInfo, dir: number, frame: Uint8Array): number {
    const ts = p.ts;
    const hash = keyHash(p, dir);
    if (this.active >= this.capacity) this.evictOne();
    const slot = this.freeTop > 0 ? this.free[--this.freeTop] : this.highWater++;
    const s64 = slot * S64;
    const s32 = slot * S32;
    const s16 = slot * S16;
    const s8 = slot * S8;
    const f64 = this.f64;
    for (let i = s64, end = s64 + S64; i < end; i++) f64[i] = 0;
    const u32 = this.u32;
    const u16 = this.u16;
    const u8 = this.u8;
    const a = dir === 0 ? p.src : p.dst;
    const b = dir === 0 ? p.dst : p.src;
    for (let i = 0; i < 4; i++) {
      u32[s32 + ADDR_A_32 + i] = a[i];
      u32[s32 + ADDR_B_32 + i] = b[i];
    }
    u16[s16 + PORT_A_16] = dir === 0 ? p.srcPort : p.dstPort;
    u16[s16 + PORT_B_16] = dir === 0 ? p.dstPort : p.srcPort;
    u16[s16 + VLAN_16] = p.vlanId;
    u16[s16 + INNER_VLAN_16] = p.innerVlanId;
    u8[s8 + PROTO_8] = p.protocol;
    u8[s8 + IPVER_8] = p.ipVersion;
    u32[s32 + HASH_32] = hash;
    f64[s64 + FIRST_64] = ts;
    u8[s8 + TTL_8] = 255;
    u8[s8 + TTL_8 + 2] = 255;
    // Initiator: the sender of the first packet, except that a SYN-ACK seen first means the
    // other side sent the SYN.
    const synAck = p.protocol === 6 && (p.tcpFlags & (TCP_SYN | TCP_ACK)) === (TCP_SYN | TCP_ACK);
    const initiatorDir = synAck ? 1 - dir : dir;
    let flags = initiatorDir === 1 ? INIT_B : 0;
    if (p.protocol === 1 || p.protocol === 58) {
      u8[s8 + ICMP_TYPE_8] = p.icmpType;
      u8[s8 + ICMP_CODE_8] = p.icmpCode;
      if (p.icmpOneWay) flags |= ICMP_ONE_WAY;
    }
    if (p.srcMacOff >= 0 || p.dstMacOff >= 0) {
      flags |= HAS_MAC;
      // MACs as the initiator sent them: swapped when this packet came from the responder.
      const srcOff = initiatorDir === dir ? p.srcMacOff : p.dstMacOff;
      const dstOff = initiatorDir === dir ? p.dstMacOff : p.srcMacOff;
      for (let i = 0; i < 6; i++) {
        if (srcOff >= 0) u8[s8 + MAC_8 + i] = frame[srcOff + i];
        if (dstOff >= 0) u8[s8 + MAC_8 + 6 + i] = frame[dstOff + i];
      }
    }
    u8[s8 + FLAGS_8] = flags;
    // flow id: generation in the high word, counter × shards + shard in the low word
    let lo = this.idCounter * this.opts.shards + this.opts.shard;
    if (lo > 0xffffffff) {
      this.idGen = Math.max(Math.floor(Date.now() / 1000), this.idGen + 1) >>> 0;
      this.idCounter = 0;
      lo = this.opts.shard;
    }
    this.idCounter++;
    u32[s32 + ID_LO_32] = lo;
    u32[s32 + ID_HI_32] = this.idGen;
    // hash chain
    if (this.active > this.bucketMask && this.bucketMask + 1 < this.maxBuckets) this.grow();
    const bucket = hash & this.bucketMask;
    u32[s32 + NEXT_32] = this.buckets[bucket];
    this.buckets[bucket] = slot + 1;
    this.append(slot, LIST_IDLE);
    this.active++;
    this.counters.flowsCreated++;
    return slot;
  }

  /** Doubles the bucket array and moves every chained slot to its new bucket. */
  private grow(): void {
    const u32 = this.u32;
    const old = this.buckets;
    const nb = old.length * 2;
    const mask = nb - 1;
    const buckets = new Uint32Array(nb);
    for (let i = 0; i < old.length; i++) {
      let s = old[i];
      while (s !== 0) {
        const w = (s - 1) * S32;
        const next = u32[w + NEXT_32];
        const b = u32[w + HASH_32] & mask;
        u32[w + NEXT_32] = buckets[b];
        buckets[b] = s;
        s = next;
      }
    }
    this.buckets = buckets;
    this.bucketMask = mask;
  }

  private evictOne(): void {
    const closing = this.heads[LIST_CLOSING] - 1;
    const victim = chooseVictim(closing, this.heads[LIST_IDLE] - 1);
    if (victim < 0) return;
    if (victim === closing) {
      this.finish(victim, END_OF_FLOW);
    } else {
      this.counters.evicted++;
      this.finish(victim, END_LACK_OF_RESOURCES);
    }
  }

  /** Emits the record so far and starts the next part at `ts`, the packet that ends this one. */
  private interim(slot: number, ts: number): void {
    const s64 = slot * S64;
    const s32 = slot * S32;
    const s8 = slot * S8;
    this.counters.records++;
    this.sink.emit(this, slot, END_ACTIVE);
    // Keep the key, id, initiator, handshake and TCP state; restart the counters.
    this.f64.fill(0, s64 + BYTES_64, s64 + BYTES_64 + 6);
    this.u32.fill(0, s32 + PKTS_32, s32 + RETX_32 + 2);
    this.u32.fill(0, s32 + FRAGS_32, s32 + FRAGS_32 + 2);
    this.u8[s8 + TCPFLAGS_8] = 0;
    this.u8[s8 + TCPFLAGS_8 + 1] = 0;
    this.u8[s8 + TTL_8] = 255;
    this.u8[s8 + TTL_8 + 1] = 0;
    this.u8[s8 + TTL_8 + 2] = 255;
    this.u8[s8 + TTL_8 + 3] = 0;
    this.u16[slot * S16 + PART_16]++;
    // The new part begins with the packet that triggered it, not at the table's clock: a packet
    // behind the clock (traces merged out of order, capture queues) would otherwise give the
    // part a first time after its last.
    this.f64[s64 + FIRST_64] = ts;
    this.f64[s64 + LAST_64] = ts;
  }

  private finish(slot: number, reason: number): void {
    const w = slot * S32;
    // Stored either way: a store first made long after the code was compiled would discard it.
    this.lastSlot = slot === this.lastSlot ? -1 : this.lastSlot;
    this.counters.records++;
    this.sink.emit(this, slot, reason);
    this.unlink(slot);
    // remove from the hash chain
    const u32 = this.u32;
    const bucket = u32[w + HASH_32] & this.bucketMask;
    let s = this.buckets[bucket];
    if (s === slot + 1) {
      this.buckets[bucket] = u32[w + NEXT_32];
    } else {
      while (s !== 0) {
        const nw = (s - 1) * S32;
        const next = u32[nw + NEXT_32];
        if (next === slot + 1) {
          u32[nw + NEXT_32] = u32[w + NEXT_32];
          break;
        }
        s = next;
      }
    }
    this.u8[slot * S8 + LIST_8] = LIST_NONE;
    this.free[this.freeTop++] = slot;
    this.active--;
  }

  /** Moves the slot to the tail of its list (most recently seen). */
  private touch(slot: number): void {
    const list = this.u8[slot * S8 + LIST_8];
    if (this.tails[list] !== slot + 1) this.moveToTail(slot, list);
  }

  private moveToTail(slot: number, list: number): void {
    this.unlink(slot);
    this.append(slot, list);
  }

  private append(slot: number, list: number): void {
    const links = this.links;
    const tail = this.tails[list];
    links[2 * slot] = tail;
    links[2 * slot + 1] = 0;
    if (tail !== 0) links[2 * (tail - 1) + 1] = slot + 1;
    else this.heads[list] = slot + 1;
    this.tails[list] = slot + 1;
    this.u8[slot * S8 + LIST_8] = list;
  }

  private unlink(slot: number): void {
    const list = this.u8[slot * S8 + LIST_8];
    if (list === LIST_NONE) return;
    const links = this.links;
    const prev = links[2 * slot];
    const next = links[2 * slot + 1];
    if (prev !== 0) links[2 * (prev - 1) + 1] = next;
    else this.heads[list] = next;
    if (next !== 0) links[2 * (next - 1)] = prev;
    else this.tails[list] = prev;
    this.u8[slot * S8 + LIST_8] = LIST_NONE;
  }
}

/**
 * Orders the two endpoints like Community ID: address words, then port. <0: src is smaller.
 * IPv4 addresses are word 0 only (words 1–3 are 0 in both).
 */
function compareEndpoints(p: PacketInfo): number {
  const s = p.src;
  const d = p.dst;
  // One loop for both versions: the first IPv6 pair with a common first word then runs code
  // that IPv4 packets already ran (V8 discards compiled code at an operation it never saw run).
  const words = p.ipVersion === 6 ? 4 : 1;
  for (let i = 0; i < words; i++) {
    if (s[i] !== d[i]) return s[i] < d[i] ? -1 : 1;
  }
  return p.srcPort - p.dstPort;
}

// The key of a packet as it came, for update()'s check against the packet before: addresses in
// [0, 4) and [4, 8) (IPv4: word 0 of each only), ports, then protocol, version and VLAN ids.
const KEY_PORTS = 8;
const KEY_META = 9;
const KEY_INNER_VLAN = 10;

function keyMeta(p: PacketInfo): number {
  return p.protocol | (p.ipVersion << 8) | (p.vlanId << 16);
}

function rememberKey(k: Uint32Array, p: PacketInfo): void {
  const s = p.src;
  const d = p.dst;
  k[0] = s[0];
  k[4] = d[0];
  if (p.ipVersion === 6) {
    for (let i = 1; i < 4; i++) {
      k[i] = s[i];
      k[4 + i] = d[i];
    }
  }
  k[KEY_PORTS] = (p.srcPort << 16) | p.dstPort;
  k[KEY_META] = keyMeta(p);
  k[KEY_INNER_VLAN] = p.innerVlanId;
}

/** 1: `p` has the remembered key, 2: the same key in the other direction, 0: another key. */
function sameKey(k: Uint32Array, p: PacketInfo): number {
  if (k[KEY_META] !== keyMeta(p) || k[KEY_INNER_VLAN] !== p.innerVlanId) return 0;
  const s = p.src;
  const d = p.dst;
  const v6 = p.ipVersion === 6;
  if (k[0] === s[0] && k[4] === d[0] && k[KEY_PORTS] === (((p.srcPort << 16) | p.dstPort) >>> 0) && (!v6 || sameWords(k, s, d))) return 1;
  if (k[0] === d[0] && k[4] === s[0] && k[KEY_PORTS] === (((p.dstPort << 16) | p.srcPort) >>> 0) && (!v6 || sameWords(k, d, s))) return 2;
  return 0;
}

/** Words 1–3 of two IPv6 addresses against the remembered ones. */
function sameWords(k: Uint32Array, a: Uint32Array, b: Uint32Array): boolean {
  return k[1] === a[1] && k[2] === a[2] && k[3] === a[3] && k[5] === b[1] && k[6] === b[2] && k[7] === b[3];
}

/** Key hash over the canonical (A, B) order (dir 0: the packet goes A→B); multiply-xor mixing. */
function keyHash(p: PacketInfo, d: number): number {
  const dir = d === 0;
  const a = dir ? p.src : p.dst;
  const b = dir ? p.dst : p.src;
  let h = Math.imul(p.protocol ^ (p.vlanId << 8) ^ (p.innerVlanId << 20), 0x9e3779b1);
  h = Math.imul(h ^ a[0], 0x85ebca6b);
  h = Math.imul(h ^ b[0], 0xc2b2ae35);
  if (p.ipVersion === 6) {
    h = Math.imul(h ^ a[1] ^ (b[1] << 7), 0x85ebca6b);
    h = Math.imul(h ^ a[2] ^ (b[2] << 11), 0xc2b2ae35);
    h = Math.imul(h ^ a[3] ^ (b[3] << 13), 0x85ebca6b);
  }
  const ports = dir ? (p.srcPort << 16) | p.dstPort : (p.dstPort << 16) | p.srcPort;
  h = Math.imul(h ^ ports, 0x27d4eb2d);
  h ^= h >>> 15;
  return h & 0x3fffffff; // 30 bits: stays a small integer in V8, no boxing
}
