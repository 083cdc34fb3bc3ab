// How records leave a shard worker. They are always encoded as protobuf first (encode.ts,
// straight from the table slots); JSON lines and text lines are renderings of those decoded
// messages, so every output says exactly what the protobuf says.

import protobuf from 'protobufjs/minimal.js';
import { probe } from '../../proto/gen/probe.js';
import { endReasonName, formatAddress, num, toFlowJson } from './json.js';

export type OutputFormat = 'pb' | 'json' | 'text';

const PROTO_NAMES: Record<number, string> = { 1: 'ICMP', 6: 'TCP', 17: 'UDP', 58: 'ICMPv6', 132: 'SCTP' };
const EMPTY = new Uint8Array(0);

/** The records of a sequence of length-delimited FlowBatch messages. */
export function decodeRecords(bytes: Uint8Array): probe.v1.IFlowRecord[] {
  const reader = protobuf.Reader.create(bytes);
  const out: probe.v1.IFlowRecord[] = [];
  while (reader.pos < reader.len) out.push(...probe.v1.FlowBatch.decodeDelimited(reader).flows);
  return out;
}

function endpoint(addr: Uint8Array, port: number, hasPort: boolean): string {
  const a = formatAddress(addr);
  const host = addr.length === 16 ? `[${a}]` : a;
  return hasPort ? `${host}:${port}` : host;
}

export function textLine(r: probe.v1.IFlowRecord): string {
  const protocol = r.protocol ?? 0;
  const proto = PROTO_NAMES[protocol] ?? `proto-${protocol}`;
  const ports = protocol === 6 || protocol === 17 || protocol === 132;
  const start = new Date(num(r.startMs)).toISOString();
  const vlan = r.vlanId ? ` vlan ${r.vlanId}${r.innerVlanId ? `/${r.innerVlanId}` : ''}` : '';
  const icmp = protocol === 1 || protocol === 58 ? ` type ${r.icmpType ?? 0} code ${r.icmpCode ?? 0}` : '';
  return (
    `${start} ${(num(r.durationUs) / 1e6).toFixed(3)}s ${proto} ${endpoint(r.srcAddr ?? EMPTY, r.srcPort ?? 0, ports)} -> ` +
    `${endpoint(r.dstAddr ?? EMPTY, r.dstPort ?? 0, ports)}${vlan}${icmp} pkts ${num(r.fwd?.packets)}/${num(r.rev?.packets)} ` +
    `bytes ${num(r.fwd?.frameBytes)}/${num(r.rev?.frameBytes)} ${endReasonName(r.endReason ?? 0).slice(11).toLowerCase()}` +
    appText(r)
  );
}

/** " tls example.org (server name)": the application protocol ("?" when guessed), the field that names the flow best, the name the client resolved. */
function appText(r: probe.v1.IFlowRecord): string {
  if (!r.appProtocol) return '';
  const name =
    r.tls?.sni || r.quic?.sni || r.http?.host || r.dns?.transactions?.[0]?.query || r.ssh?.serverBanner || r.dhcp?.transactions?.[0]?.hostname;
  const app = r.appProtocolGuessed ? `${r.appProtocol}?` : r.appProtocol;
  return ` ${app}${name ? ` ${name}` : ''}${r.serverName ? ` (${r.serverName})` : ''}`;
}

/** Renders an encoded batch as JSON lines or text lines. */
export function renderBatch(bytes: Uint8Array, format: 'json' | 'text'): string {
  let out = '';
  for (const r of decodeRecords(bytes)) out += (format === 'json' ? JSON.stringify(toFlowJson(r)) : textLine(r)) + '\n';
  return out;
}
