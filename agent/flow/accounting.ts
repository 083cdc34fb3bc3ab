// One shard's packet accounting, independent of where packets come from: decode, resolve
// fragment ports, update the flow table, count what was skipped. The shard worker feeds it
// from its ring; tests feed it crafted frames.

import { decodePacket, DECODE_NON_IP, DECODE_OK, MALFORMED_REASONS, MAX_FRAME_BYTES, PacketInfo } from '../decode/packet.js';
import { FragmentPorts } from './fragments.js';
import { FlowTable, type FlowSink, type FlowTableOptions } from './table.js';

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
}

export class FlowAccounting {
  readonly table: FlowTable;
  private readonly fragments = new FragmentPorts();
  private readonly skipped = new Float64Array(MALFORMED_REASONS.length);
  private packets = 0;
  private frameBytes = 0;
  private fragmentsWithoutFirst = 0;

  constructor(opts: FlowTableOptions, sink: FlowSink) {
    this.table = new FlowTable(opts, sink);
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
    // a corrupt length field (frame_bad_length) counts with the smaller of the two
    this.frameBytes += wireLen > MAX_FRAME_BYTES || capLen > MAX_FRAME_BYTES ? Math.min(capLen, wireLen) : wireLen;
    const r = decodePacket(buf, off, capLen, wireLen, linkType, p);
    if (r !== DECODE_OK) {
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
    this.table.update(p, wireLen, buf);
  }

  counters(): AccountingCounters {
    const malformed: Record<string, number> = {};
    for (let i = 2; i < this.skipped.length; i++) if (this.skipped[i] > 0) malformed[MALFORMED_REASONS[i]] = this.skipped[i];
    const t = this.table.counters;
    return {
      packets: this.packets,
      frameBytes: this.frameBytes,
      nonIp: this.skipped[DECODE_NON_IP],
      malformed,
      fragmentsWithoutFirst: this.fragmentsWithoutFirst,
      flowsCreated: t.flowsCreated,
      evicted: t.evicted,
      records: t.records,
      activeFlows: this.table.active,
    };
  }
}
