// How records leave a shard worker: protobuf (length-delimited FlowBatch messages, what gets
// exported), JSON lines, or one human-readable line per flow.

import type { FlowRecordData } from './record.js';
import { endReasonName, formatAddress, toFlowJson } from './json.js';

export type OutputFormat = 'pb' | 'json' | 'text';

const PROTO_NAMES: Record<number, string> = { 1: 'ICMP', 6: 'TCP', 17: 'UDP', 58: 'ICMPv6', 132: 'SCTP' };

function endpoint(addr: Uint8Array, port: number, hasPort: boolean): string {
  const a = formatAddress(addr);
  const host = addr.length === 16 ? `[${a}]` : a;
  return hasPort ? `${host}:${port}` : host;
}

export function textLine(r: FlowRecordData): string {
  const proto = PROTO_NAMES[r.protocol] ?? `proto-${r.protocol}`;
  const ports = r.protocol === 6 || r.protocol === 17 || r.protocol === 132;
  const start = new Date(r.startMs).toISOString();
  const vlan = r.vlanId ? ` vlan ${r.vlanId}${r.innerVlanId ? `/${r.innerVlanId}` : ''}` : '';
  const icmp = r.protocol === 1 || r.protocol === 58 ? ` type ${r.icmpType} code ${r.icmpCode}` : '';
  return (
    `${start} ${(r.durationUs / 1e6).toFixed(3)}s ${proto} ${endpoint(r.srcAddr, r.srcPort, ports)} -> ` +
    `${endpoint(r.dstAddr, r.dstPort, ports)}${vlan}${icmp} pkts ${r.fwd.packets}/${r.rev.packets} ` +
    `bytes ${r.fwd.frameBytes}/${r.rev.frameBytes} ${endReasonName(r.endReason).slice(11).toLowerCase()}`
  );
}

/** Encodes a batch as JSON lines or text lines (protobuf is written by encode.ts). */
export function encodeBatch(records: FlowRecordData[], format: OutputFormat): string {
  let out = '';
  if (format === 'json') for (const r of records) out += JSON.stringify(toFlowJson(r)) + '\n';
  else for (const r of records) out += textLine(r) + '\n';
  return out;
}
