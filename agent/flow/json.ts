// The JSON rendering of a FlowRecord (proto/flow.proto), as `probe-agent read --json` and
// `probe-agent capture --json` write it: one object per line, proto field names in
// lowerCamelCase, addresses and MACs as text, enums by name, flowId as a decimal string.

import type { probe } from '../../proto/gen/probe.js';

export type EndReasonName =
  | 'END_REASON_IDLE'
  | 'END_REASON_ACTIVE'
  | 'END_REASON_END_OF_FLOW'
  | 'END_REASON_FORCED'
  | 'END_REASON_LACK_OF_RESOURCES';

export interface DirectionJson {
  packets: number;
  frameBytes: number;
  ipBytes: number;
  payloadBytes: number;
  tcpFlags: number;
  ttlMin: number;
  ttlMax: number;
  retransmissions: number;
  fragments: number;
}

export interface FlowJson {
  flowId: string;
  startMs: number;
  endMs: number;
  endReason: EndReasonName;
  ipVersion: number;
  protocol: number;
  srcAddr: string;
  dstAddr: string;
  srcPort: number;
  dstPort: number;
  vlanId: number;
  innerVlanId: number;
  communityId: string;
  fwd: DirectionJson;
  rev: DirectionJson;
  srcMac: string;
  dstMac: string;
  part: number;
  startUs: number;
  durationUs: number;
  tcpRttResponderUs: number;
  tcpRttInitiatorUs: number;
  icmpType: number;
  icmpCode: number;
  /** Application layer: always present ('' / false when nothing was recognised). */
  appProtocol: string;
  appProtocolGuessed: boolean;
  serverName: string;
  /** Present only when the analyzer recognised something; inside them only the fields that
   *  are set (proto3 defaults — 0, '', false, [] — are left out). */
  dns?: L7Json;
  http?: L7Json;
  tls?: L7Json;
  quic?: L7Json;
  ssh?: L7Json;
  dhcp?: L7Json;
}

/** An application-layer sub-message as plain JSON: lowerCamelCase proto names, 64-bit numbers as numbers. */
export type L7Json = { [field: string]: string | number | boolean | L7Json | (string | number | L7Json)[] };

// What `read` and `capture` print at the end: human text on stderr, and with --json also one
// line `{"summary": RunSummary}` as the last line on stderr.
export interface RunSummary {
  packets: number;            // packets handed to the shard workers
  frameBytes: number;
  records: number;            // flow records emitted (interim records included)
  flows: number;              // distinct flows created
  nonIp: number;              // frames without IPv4/IPv6 (ARP, LLDP, …): counted, not flows
  malformed: Record<string, number>; // skipped packets by reason, e.g. {"ip_truncated": 3}
  fragmentsWithoutFirst: number; // later IP fragments whose first fragment was not seen (counted in a flow without ports)
  evicted: number;            // flows ended with lack of resources
  l7Analyzed: number;         // flows an application-layer analyzer took on
  l7OverBudget: number;       // flows left unanalysed: the shard had its maximum in analysis (config l7.maxFlows)
  l7Oversize: number;         // records whose application-layer sub-message was too large and left out
  kernelDrops: number;        // pcap_stats ps_drop (live)
  ifDrops: number;            // pcap_stats ps_ifdrop (live)
  ringDrops: number;          // packets dropped because a shard's ring was full (live only)
  workerRestarts: number;     // shard workers that died and were replaced
  flowsLostInRestarts: number; // flows the dead workers held (open, or emitted but not yet sent)
  warnings: string[];         // e.g. a trace file cut short in the middle of a packet, a worker restart
  elapsedMs: number;
  packetsPerSecond: number;
}

const END_REASONS: EndReasonName[] = [
  'END_REASON_IDLE', 'END_REASON_IDLE', 'END_REASON_ACTIVE', 'END_REASON_END_OF_FLOW',
  'END_REASON_FORCED', 'END_REASON_LACK_OF_RESOURCES',
];

export function endReasonName(reason: number): EndReasonName {
  return END_REASONS[reason] ?? 'END_REASON_FORCED';
}

/**
 * IPv4 dotted quad, or IPv6 in RFC 5952 form: lower case, the first longest run of two or more
 * zero groups as ::, and IPv4-mapped addresses with a dotted tail (::ffff:192.0.2.1, §5).
 */
export function formatAddress(a: Uint8Array): string {
  if (a.length === 4) return `${a[0]}.${a[1]}.${a[2]}.${a[3]}`;
  if (a.length !== 16) return '';
  const g: number[] = [];
  for (let i = 0; i < 16; i += 2) g.push((a[i] << 8) | a[i + 1]);
  if (g[0] === 0 && g[1] === 0 && g[2] === 0 && g[3] === 0 && g[4] === 0 && g[5] === 0xffff) {
    return `::ffff:${a[12]}.${a[13]}.${a[14]}.${a[15]}`;
  }
  let best = -1;
  let bestLen = 1;
  for (let i = 0; i < 8; ) {
    if (g[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && g[j] === 0) j++;
    if (j - i > bestLen) {
      best = i;
      bestLen = j - i;
    }
    i = j;
  }
  const hex = (from: number, to: number) => g.slice(from, to).map((x) => x.toString(16)).join(':');
  if (best < 0) return hex(0, 8);
  return `${hex(0, best)}::${hex(best + bestLen, 8)}`;
}

export function formatMac(m: Uint8Array): string {
  if (m.length !== 6) return '';
  let s = '';
  for (let i = 0; i < 6; i++) s += (i ? ':' : '') + (m[i] < 16 ? '0' : '') + m[i].toString(16);
  return s;
}

type Uint64 = number | { toNumber(): number; toString(): string } | null | undefined;

/** A decoded uint64 as a JS number (exact below 2^53, which counters and times stay under). */
export function num(v: Uint64): number {
  return v == null ? 0 : typeof v === 'number' ? v : v.toNumber();
}

function direction(d: probe.v1.IDirectionCounters | null | undefined): DirectionJson {
  return {
    packets: num(d?.packets),
    frameBytes: num(d?.frameBytes),
    ipBytes: num(d?.ipBytes),
    payloadBytes: num(d?.payloadBytes),
    tcpFlags: d?.tcpFlags ?? 0,
    ttlMin: d?.ttlMin ?? 0,
    ttlMax: d?.ttlMax ?? 0,
    retransmissions: num(d?.retransmissions),
    fragments: num(d?.fragments),
  };
}

const EMPTY = new Uint8Array(0);

/** The JSON rendering of a decoded FlowRecord. */
export function toFlowJson(r: probe.v1.IFlowRecord): FlowJson {
  const id = r.flowId;
  return {
    flowId: id == null ? '0' : id.toString(),
    startMs: num(r.startMs),
    endMs: num(r.endMs),
    endReason: endReasonName(r.endReason ?? 0),
    ipVersion: r.ipVersion ?? 0,
    protocol: r.protocol ?? 0,
    srcAddr: formatAddress(r.srcAddr ?? EMPTY),
    dstAddr: formatAddress(r.dstAddr ?? EMPTY),
    srcPort: r.srcPort ?? 0,
    dstPort: r.dstPort ?? 0,
    vlanId: r.vlanId ?? 0,
    innerVlanId: r.innerVlanId ?? 0,
    communityId: r.communityId ?? '',
    fwd: direction(r.fwd),
    rev: direction(r.rev),
    srcMac: formatMac(r.srcMac ?? EMPTY),
    dstMac: formatMac(r.dstMac ?? EMPTY),
    part: r.part ?? 0,
    startUs: num(r.startUs),
    durationUs: num(r.durationUs),
    tcpRttResponderUs: r.tcpRttResponderUs ?? 0,
    tcpRttInitiatorUs: r.tcpRttInitiatorUs ?? 0,
    icmpType: r.icmpType ?? 0,
    icmpCode: r.icmpCode ?? 0,
    appProtocol: r.appProtocol ?? '',
    appProtocolGuessed: r.appProtocolGuessed ?? false,
    serverName: r.serverName ?? '',
    ...l7Part('dns', r.dns),
    ...l7Part('http', r.http),
    ...l7Part('tls', r.tls),
    ...l7Part('quic', r.quic),
    ...l7Part('ssh', r.ssh),
    ...l7Part('dhcp', r.dhcp),
  };
}

function l7Part(key: string, m: object | null | undefined): Record<string, L7Json> {
  return m == null ? {} : { [key]: plain(m) };
}

/** A decoded message's set fields as plain JSON (64-bit values through num()). */
function plain(m: object): L7Json {
  const out: L7Json = {};
  for (const [k, v] of Object.entries(m)) {
    const j = plainValue(v);
    if (j !== undefined) out[k] = j;
  }
  return out;
}

function plainValue(v: unknown): L7Json[string] | undefined {
  if (v == null || v === '' || v === false || v === 0) return undefined;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (Array.isArray(v)) return v.length === 0 ? undefined : v.map((x) => (typeof x === 'object' && x !== null ? plain(x) : (x as string | number)));
  if (typeof (v as { toNumber?: unknown }).toNumber === 'function') return num(v as Uint64) || undefined;
  return plain(v as object);
}
