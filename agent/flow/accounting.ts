// One shard's packet accounting, independent of where packets come from: decode, resolve
// fragment ports, update the flow table, count what was skipped. The shard worker feeds it
// from its ring; tests feed it crafted frames.

import { decodePacket, DECODE_NON_IP, DECODE_OK, MALFORMED_REASONS, MAX_FRAME_BYTES, PacketInfo } from '../decode/packet.js';
import { FragmentPorts } from './fragments.js';
import { B_L7, END_ACTIVE, FlowTable, SLOT_BYTES, type FlowSink, type FlowTableOptions } from './table.js';
import type { L7Engine } from '../l7/engine.js';
import { L7_WANTS_PACKETS } from '../l7/options.js';

// Module-local copies for the per-packet code: V8 compiles a module-local const into the code as
// a number, an imported binding is read through a cell at every use (see flow/table.ts).
const OK = DECODE_OK;
const MAX_FRAME = MAX_FRAME_BYTES;

export interface AccountingCounters {
  packets: number;
  frameBytes: number;
  nonIp: number;
  malformed: Record<string, number>;
  fragmentsWithoutFirst: number;
  flowsCreated: number;
  evicted: number;
  records: number;
  activeFlows: number;
  /** Records emitted into the current output batch and not handed over yet. */
  unsentRecords: number;
  /** Flows an application-layer analyzer took on, and flows left unanalysed because the
   *  shard already had its maximum of flows in analysis. */
  l7Analyzed: number;
  l7OverBudget: number;
  /** Records whose application-layer sub-message was too large to write (left out). */
  l7Oversize: number;
}

export class FlowAccounting {
  readonly table: FlowTable;
  /** The application layer; null when it is off. */
  readonly l7: L7Engine | null;
  private readonly fragments = new FragmentPorts();
  private readonly skipped = new Float64Array(MALFORMED_REASONS.length);
  private packets = 0;
  // A double from the start: frame bytes pass V8's small-integer range (2^30) about a GB into a
  // trace, and the change of representation then would throw away the optimized packet path.
  private frameBytes = 0.5;
  private fragmentsWithoutFirst = 0;

  /** `engine`: the shard's application layer (its flows' state goes when their last record is out); null when it is off. */
  constructor(opts: FlowTableOptions, sink: FlowSink, engine: L7Engine | null = null) {
    this.l7 = engine;
    this.table = new FlowTable(
      opts,
      engine === null
        ? sink
        : {
            emit(t, slot, reason) {
              sink.emit(t, slot, reason);
              if (reason !== END_ACTIVE) engine.release(slot); // the flow's last record
            },
          },
    );
    this.frameBytes = 0;
  }

  /**
   * The packet's timestamp (µs) goes here before packet() is called: a µs timestamp is not a
   * small integer, and passing it as an argument would allocate a number on every packet.
   */
  readonly pkt = new PacketInfo();

  /** Accounts the frame buf[off, off + capLen) with `wireLen` bytes on the wire, seen at pkt.ts. */
  packet(buf: Uint8Array, off: number, capLen: number, wireLen: number, linkType: number): void {
    const p = this.pkt;
    const ts = p.ts;
    this.packets++;
    // A corrupt length field (frame_bad_length) counts with the smaller of the two. (Taken for
    // every frame: code first run by the first corrupt frame would discard the compiled path.)
    const smaller = capLen < wireLen ? capLen : wireLen;
    this.frameBytes += wireLen > MAX_FRAME || capLen > MAX_FRAME ? smaller : wireLen;
    const r = decodePacket(buf, off, capLen, wireLen, linkType, p);
    if (r !== OK) {
      this.skipped[r]++;
      return;
    }
    if (p.isFragment) {
      if (p.fragOffset === 0) {
        this.fragments.remember(p, ts); // ports 0/0 for protocols without ports
      } else if (!this.fragments.resolve(p, ts)) {
        this.fragmentsWithoutFirst++;
      }
    }
    const slot = this.table.update(p, wireLen, buf);
    const l7 = this.l7;
    // Later IP fragments carry the middle of a datagram, not the start of a message: the
    // analyzers see a datagram's first fragment only.
    if (l7 !== null && p.payloadCapLen > 0 && p.fragOffset === 0 && this.table.u8[slot * SLOT_BYTES + B_L7] < L7_WANTS_PACKETS) {
      l7.packet(this.table, slot, p, buf, this.table.lastDir);
    }
  }

  counters(unsentRecords = 0): AccountingCounters {
    const c = new Float64Array(COUNTER_SLOTS);
    this.writeCounters(c, unsentRecords);
    return readCounters(c);
  }

  /**
   * Writes the counters into `out` (COUNTER_SLOTS numbers). The shard worker does this into
   * shared memory after every batch, so the main thread reads exact figures at any time, even
   * of a worker that died.
   */
  writeCounters(out: Float64Array, unsentRecords: number): void {
    const t = this.table.counters;
    out[0] = this.packets;
    out[1] = this.frameBytes;
    out[2] = this.fragmentsWithoutFirst;
    out[3] = t.flowsCreated;
    out[4] = t.evicted;
    out[5] = t.records;
    out[6] = this.table.active;
    out[7] = unsentRecords;
    out[8] = this.l7?.counters.analyzed ?? 0;
    out[9] = this.l7?.counters.overBudget ?? 0;
    out[10] = this.l7?.counters.oversize ?? 0;
    for (let i = 0; i < MALFORMED_REASONS.length; i++) out[FIXED_SLOTS + i] = this.skipped[i];
  }
}

const FIXED_SLOTS = 11;
/** Numbers writeCounters() writes. */
export const COUNTER_SLOTS = FIXED_SLOTS + MALFORMED_REASONS.length;

export function readCounters(c: Float64Array): AccountingCounters {
  const malformed: Record<string, number> = {};
  for (let i = 2; i < MALFORMED_REASONS.length; i++) if (c[FIXED_SLOTS + i] > 0) malformed[MALFORMED_REASONS[i]] = c[FIXED_SLOTS + i];
  return {
    packets: c[0],
    frameBytes: c[1],
    nonIp: c[FIXED_SLOTS + DECODE_NON_IP],
    malformed,
    fragmentsWithoutFirst: c[2],
    flowsCreated: c[3],
    evicted: c[4],
    records: c[5],
    activeFlows: c[6],
    unsentRecords: c[7],
    l7Analyzed: c[8],
    l7OverBudget: c[9],
    l7Oversize: c[10],
  };
}
