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

  constructor(opts: FlowTableOptions, sink: FlowSink) {
    this.opts = opts;
    this.sink = sink;
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
    const u32 = this.u32;
    const u8 = this.u8;
    // Canonical order: endpoint A is the smaller (address, port), as Community ID orders them.
    const dir = compareEndpoints(p) <= 0 ? 0 : 1;
    this.lastDir = dir;
    const hash = keyHash(p, dir);
    let slot = this.find(p, dir, hash);
    if (slot >= 0) {
      const sb = slot * SLOT_BYTES;
      const closing = u8[sb + B_LIST] === LIST_CLOSING;
      const last = this.f64[(sb + F_LAST) >> 3];
      // A flow whose timeout passed before this packet has ended, whether or not expire() ran
      // yet: the result must not depend on when expiry happens to be called.
      if (closing && ts - last >= this.opts.closeDelayUs) {
        this.finish(slot, END_OF_FLOW);
        slot = -1;
      } else if (!closing && this.opts.idleTimeoutUs > 0 && ts - last >= this.opts.idleTimeoutUs) {
        this.finish(slot, END_IDLE);
        slot = -1;
      } else if (closing && p.protocol === 6 && (p.tcpFlags & (TCP_SYN | TCP_ACK)) === TCP_SYN) {
        // A new SYN on a connection that has closed starts a new connection (port reuse).
        this.finish(slot, END_OF_FLOW);
        slot = -1;
      } else if (this.opts.activeTimeoutUs > 0 && ts - this.f64[(slot * SLOT_BYTES + F_FIRST) >> 3] >= this.opts.activeTimeoutUs) {
        this.interim(slot, ts);
      }
    }
    if (slot < 0) slot = this.create(p, dir, hash, frame);
    const base = slot * SLOT_BYTES;
    const f64 = this.f64;
    if (ts > f64[(base + F_LAST) >> 3]) f64[(base + F_LAST) >> 3] = ts; // a trace may step back in time
    const fb = (base + F_BYTES + dir * 24) >> 3;
    f64[fb] += frameLen;
    f64[fb + 1] += p.ipLen;
    f64[fb + 2] += p.payloadLen;
    u32[(base + U_PKTS) / 4 + dir]++;
    if (p.isFragment) u32[(base + U_FRAGS) / 4 + dir]++;
    const ttlIdx = base + B_TTL + dir * 2;
    if (p.ttl < u8[ttlIdx]) u8[ttlIdx] = p.ttl;
    if (p.ttl > u8[ttlIdx + 1]) u8[ttlIdx + 1] = p.ttl;
    if (p.protocol === 6 && p.hasPorts) this.tcp(p, base, dir);
    this.touch(slot, base);
    return slot;
  }

  private tcp(p: PacketInfo, base: number, dir: number): void {
    const ts = p.ts;
    const u8 = this.u8;
    const u32 = this.u32;
    const fl = p.tcpFlags;
    u8[base + B_TCPFLAGS + dir] |= fl;
    let flags = u8[base + B_FLAGS];
    const fromInitiator = (dir === 1) === ((flags & FL_INIT_B) !== 0);
    // Handshake timing, as seen at the probe.
    const hs = u8[base + B_HANDSHAKE];
    if ((fl & (TCP_SYN | TCP_ACK)) === TCP_SYN && fromInitiator && hs <= 1) {
      this.f64[(base + F_SYN) >> 3] = ts; // a retransmitted SYN restarts the measurement
      u8[base + B_HANDSHAKE] = 1;
    } else if ((fl & (TCP_SYN | TCP_ACK)) === (TCP_SYN | TCP_ACK) && !fromInitiator && hs === 1) {
      u32[(base + U_RTT_RESP) >> 2] = Math.round(ts - this.f64[(base + F_SYN) >> 3]);
      u8[base + B_HANDSHAKE] = 2;
    } else if ((fl & (TCP_SYN | TCP_ACK | TCP_RST)) === TCP_ACK && fromInitiator && hs === 2) {
      const synAck = this.f64[(base + F_SYN) >> 3] + u32[(base + U_RTT_RESP) >> 2];
      u32[(base + U_RTT_INIT) >> 2] = Math.max(0, Math.round(ts - synAck));
      u8[base + B_HANDSHAKE] = 3;
    }
    // Retransmissions: data that starts below the highest sequence number already seen.
    const seqBit = dir === 0 ? FL_SEQ_A : FL_SEQ_B;
    const seqIdx = (base + U_SEQ_END) / 4 + dir;
    const len = p.payloadLen + (fl & TCP_SYN ? 1 : 0) + (fl & TCP_FIN ? 1 : 0);
    if (len > 0) {
      const end = (p.tcpSeq + len) >>> 0;
      if ((flags & seqBit) === 0) {
        u32[seqIdx] = end;
        flags |= seqBit;
      } else {
        const high = u32[seqIdx];
        if (p.payloadLen > 0 && ((p.tcpSeq - high) | 0) < 0) u32[(base + U_RETX) / 4 + dir]++;
        if (((end - high) | 0) > 0) u32[seqIdx] = end;
      }
    }
    if (fl & TCP_FIN) flags |= dir === 0 ? FL_FIN_A : FL_FIN_B;
    if (fl & TCP_RST) flags |= FL_RST;
    u8[base + B_FLAGS] = flags;
    if ((flags & FL_RST) !== 0 || (flags & (FL_FIN_A | FL_FIN_B)) === (FL_FIN_A | FL_FIN_B)) {
      if (u8[base + B_LIST] !== LIST_CLOSING) {
        const slot = base / SLOT_BYTES;
        this.unlink(slot, base);
        this.append(slot, base, LIST_CLOSING);
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
    while ((h = this.heads[LIST_CLOSING]) !== 0 && f64[((h - 1) * SLOT_BYTES + F_LAST) >> 3] + close <= now) {
      this.finish(h - 1, END_OF_FLOW);
    }
    if (idle > 0) {
      while ((h = this.heads[LIST_IDLE]) !== 0 && f64[((h - 1) * SLOT_BYTES + F_LAST) >> 3] + idle <= now) {
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

  private find(p: PacketInfo, dir: number, hash: number): number {
    const u32 = this.u32;
    const u16 = this.u16;
    const u8 = this.u8;
    const a = dir === 0 ? p.src : p.dst;
    const b = dir === 0 ? p.dst : p.src;
    const portA = dir === 0 ? p.srcPort : p.dstPort;
    const portB = dir === 0 ? p.dstPort : p.srcPort;
    let s = this.buckets[hash & this.bucketMask];
    while (s !== 0) {
      const slot = s - 1;
      const base = slot * SLOT_BYTES;
      const w = base >> 2;
      const h = base >> 1;
      if (
        u32[(base + U_HASH) >> 2] === hash &&
        u16[h + (H_PORT_A >> 1)] === portA &&
        u16[h + (H_PORT_B >> 1)] === portB &&
        u8[base + B_PROTO] === p.protocol &&
        u8[base + B_IPVER] === p.ipVersion &&
        u16[h + (H_VLAN >> 1)] === p.vlanId &&
        u16[h + (H_INNER_VLAN >> 1)] === p.innerVlanId &&
        u32[w + 18] === a[0] && u32[w + 19] === a[1] && u32[w + 20] === a[2] && u32[w + 21] === a[3] &&
        u32[w + 22] === b[0] && u32[w + 23] === b[1] && u32[w + 24] === b[2] && u32[w + 25] === b[3]
      ) {
        return slot;
      }
      s = u32[(base + U_NEXT) >> 2];
    }
    return -1;
  }

  private create(p: PacketInfo, dir: number, hash: number, frame: Uint8Array): number {
    const ts = p.ts;
    if (this.active >= this.capacity) this.evictOne();
    const slot = this.freeTop > 0 ? this.free[--this.freeTop] : this.highWater++;
    const base = slot * SLOT_BYTES;
    const f64 = this.f64;
    for (let i = base >> 3, end = (base + SLOT_BYTES) >> 3; i < end; i++) f64[i] = 0;
    const u32 = this.u32;
    const u16 = this.u16;
    const u8 = this.u8;
    const a = dir === 0 ? p.src : p.dst;
    const b = dir === 0 ? p.dst : p.src;
    const wa = (base + U_ADDR_A) >> 2;
    const wb = (base + U_ADDR_B) >> 2;
    for (let i = 0; i < 4; i++) {
      u32[wa + i] = a[i];
      u32[wb + i] = b[i];
    }
    u16[(base + H_PORT_A) >> 1] = dir === 0 ? p.srcPort : p.dstPort;
    u16[(base + H_PORT_B) >> 1] = dir === 0 ? p.dstPort : p.srcPort;
    u16[(base + H_VLAN) >> 1] = p.vlanId;
    u16[(base + H_INNER_VLAN) >> 1] = p.innerVlanId;
    u8[base + B_PROTO] = p.protocol;
    u8[base + B_IPVER] = p.ipVersion;
    u32[(base + U_HASH) >> 2] = hash;
    f64[(base + F_FIRST) >> 3] = ts;
    u8[base + B_TTL] = 255;
    u8[base + B_TTL + 2] = 255;
    // Initiator: the sender of the first packet, except that a SYN-ACK seen first means the
    // other side sent the SYN.
    const synAck = p.protocol === 6 && (p.tcpFlags & (TCP_SYN | TCP_ACK)) === (TCP_SYN | TCP_ACK);
    const initiatorDir = synAck ? 1 - dir : dir;
    let flags = initiatorDir === 1 ? FL_INIT_B : 0;
    if (p.protocol === 1 || p.protocol === 58) {
      u8[base + B_ICMP_TYPE] = p.icmpType;
      u8[base + B_ICMP_CODE] = p.icmpCode;
      if (p.icmpOneWay) flags |= FL_ICMP_ONE_WAY;
    }
    if (p.srcMacOff >= 0 || p.dstMacOff >= 0) {
      flags |= FL_HAS_MAC;
      // MACs as the initiator sent them: swapped when this packet came from the responder.
      const srcOff = initiatorDir === dir ? p.srcMacOff : p.dstMacOff;
      const dstOff = initiatorDir === dir ? p.dstMacOff : p.srcMacOff;
      for (let i = 0; i < 6; i++) {
        if (srcOff >= 0) u8[base + B_MAC + i] = frame[srcOff + i];
        if (dstOff >= 0) u8[base + B_MAC + 6 + i] = frame[dstOff + i];
      }
    }
    u8[base + B_FLAGS] = flags;
    // flow id: generation in the high word, counter × shards + shard in the low word
    let lo = this.idCounter * this.opts.shards + this.opts.shard;
    if (lo > 0xffffffff) {
      this.idGen = Math.max(Math.floor(Date.now() / 1000), this.idGen + 1) >>> 0;
      this.idCounter = 0;
      lo = this.opts.shard;
    }
    this.idCounter++;
    u32[(base + U_ID_LO) >> 2] = lo;
    u32[(base + U_ID_HI) >> 2] = this.idGen;
    // hash chain
    if (this.active > this.bucketMask && this.bucketMask + 1 < this.maxBuckets) this.grow();
    const bucket = hash & this.bucketMask;
    u32[(base + U_NEXT) >> 2] = this.buckets[bucket];
    this.buckets[bucket] = slot + 1;
    this.append(slot, base, LIST_IDLE);
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
        const base = (s - 1) * SLOT_BYTES;
        const next = u32[(base + U_NEXT) >> 2];
        const b = u32[(base + U_HASH) >> 2] & mask;
        u32[(base + U_NEXT) >> 2] = buckets[b];
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
    const base = slot * SLOT_BYTES;
    this.counters.records++;
    this.sink.emit(this, slot, END_ACTIVE);
    // Keep the key, id, initiator, handshake and TCP state; restart the counters.
    this.f64.fill(0, (base + F_BYTES) >> 3, (base + F_BYTES + 48) >> 3);
    this.u32.fill(0, (base + U_PKTS) >> 2, (base + U_RETX + 8) >> 2);
    this.u32.fill(0, (base + U_FRAGS) >> 2, (base + U_FRAGS + 8) >> 2);
    this.u8[base + B_TCPFLAGS] = 0;
    this.u8[base + B_TCPFLAGS + 1] = 0;
    this.u8[base + B_TTL] = 255;
    this.u8[base + B_TTL + 1] = 0;
    this.u8[base + B_TTL + 2] = 255;
    this.u8[base + B_TTL + 3] = 0;
    this.u16[(base + H_PART) >> 1]++;
    // The new part begins with the packet that triggered it, not at the table's clock: a packet
    // behind the clock (traces merged out of order, capture queues) would otherwise give the
    // part a first time after its last.
    this.f64[(base + F_FIRST) >> 3] = ts;
    this.f64[(base + F_LAST) >> 3] = ts;
  }

  private finish(slot: number, reason: number): void {
    const base = slot * SLOT_BYTES;
    this.counters.records++;
    this.sink.emit(this, slot, reason);
    this.unlink(slot, base);
    // remove from the hash chain
    const u32 = this.u32;
    const bucket = u32[(base + U_HASH) >> 2] & this.bucketMask;
    let s = this.buckets[bucket];
    if (s === slot + 1) {
      this.buckets[bucket] = u32[(base + U_NEXT) >> 2];
    } else {
      while (s !== 0) {
        const nb = (s - 1) * SLOT_BYTES;
        const next = u32[(nb + U_NEXT) >> 2];
        if (next === slot + 1) {
          u32[(nb + U_NEXT) >> 2] = u32[(base + U_NEXT) >> 2];
          break;
        }
        s = next;
      }
    }
    this.u8[base + B_LIST] = LIST_NONE;
    this.free[this.freeTop++] = slot;
    this.active--;
  }

  /** Moves the slot to the tail of its list (most recently seen). */
  private touch(slot: number, base: number): void {
    const list = this.u8[base + B_LIST];
    if (this.tails[list] === slot + 1) return;
    this.unlink(slot, base);
    this.append(slot, base, list);
  }

  private append(slot: number, base: number, list: number): void {
    const links = this.links;
    const tail = this.tails[list];
    links[2 * slot] = tail;
    links[2 * slot + 1] = 0;
    if (tail !== 0) links[2 * (tail - 1) + 1] = slot + 1;
    else this.heads[list] = slot + 1;
    this.tails[list] = slot + 1;
    this.u8[base + B_LIST] = list;
  }

  private unlink(slot: number, base: number): void {
    const list = this.u8[base + B_LIST];
    if (list === LIST_NONE) return;
    const links = this.links;
    const prev = links[2 * slot];
    const next = links[2 * slot + 1];
    if (prev !== 0) links[2 * (prev - 1) + 1] = next;
    else this.heads[list] = next;
    if (next !== 0) links[2 * (next - 1)] = prev;
    else this.tails[list] = prev;
    this.u8[base + B_LIST] = LIST_NONE;
  }
}

/** Orders the two endpoints like Community ID: address words, then port. <0: src is smaller. */
function compareEndpoints(p: PacketInfo): number {
  const s = p.src;
  const d = p.dst;
  for (let i = 0; i < 4; i++) {
    if (s[i] !== d[i]) return s[i] < d[i] ? -1 : 1;
  }
  return p.srcPort - p.dstPort;
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
