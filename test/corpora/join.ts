// Direction-insensitive joining of flows from different tools.
//
// A tuple key is (protocol, unordered pair of (ip, port), VLAN). Packets and bytes are summed per
// key *and per physical direction* (lo → hi and hi → lo, where lo is the smaller endpoint), so
// the sums neither depend on how a tool splits a 5-tuple into flows nor on which side it calls
// the originator. Which side each tool calls the originator is scored separately.

import { canonicalIp as canonical } from '../lib/craft.js';
import type { FlowJson } from '../../agent/flow/json.js';

export interface Counts {
  packets: number;
  bytes: number;
}

export interface Endpoint {
  ip: string;
  port: number;
}

/** One flow of any tool, as seen by the join: `src` is that tool's originator. */
export interface JoinFlow {
  protocol: number;
  src: Endpoint;
  dst: Endpoint;
  /** VLAN part of the key ('' when the reference does not key on VLANs). */
  vlan: string;
  fwd: Counts; // src → dst
  rev: Counts; // dst → src
  /** Free text identifying the flow in reports (a log line, a uid, …). */
  label: string;
  /** Packets that were IP fragments (our flows only). */
  fragments?: number;
}

export interface TupleSums {
  key: string;
  protocol: number;
  lo: Endpoint;
  hi: Endpoint;
  vlan: string;
  loToHi: Counts;
  hiToLo: Counts;
  /** Originator endpoint of every flow summed here (`ip|port`), in input order. */
  originators: string[];
  labels: string[];
  /** IP fragments among the packets (our flows only). */
  fragments: number;
}

// ---- addresses ------------------------------------------------------------------------------

/** Canonical text of an IP address (see formatAddress); text that is no address comes back as given. */
export function canonicalIp(text: string): string {
  const s = text.trim().toLowerCase().replace(/^\[|\]$/g, '');
  try {
    return canonical(s);
  } catch {
    return s;
  }
}

function endpointText(e: Endpoint): string {
  return `${e.ip}|${e.port}`;
}

function isIpv6(ip: string): boolean {
  return ip.includes(':');
}

/** Orders endpoints numerically-ish (IPv4 by octets, IPv6 by text of canonical groups). */
function compareEndpoints(a: Endpoint, b: Endpoint): number {
  if (a.ip !== b.ip) return a.ip < b.ip ? -1 : 1;
  return a.port - b.port;
}

export function formatEndpoint(e: Endpoint): string {
  return isIpv6(e.ip) ? `[${e.ip}]:${e.port}` : `${e.ip}:${e.port}`;
}

// ---- keys and sums --------------------------------------------------------------------------

export function tupleKey(protocol: number, a: Endpoint, b: Endpoint, vlan: string): { key: string; aIsLo: boolean } {
  const aIsLo = compareEndpoints(a, b) <= 0;
  const [lo, hi] = aIsLo ? [a, b] : [b, a];
  return { key: `${protocol} ${formatEndpoint(lo)} ${formatEndpoint(hi)}${vlan ? ' vlan ' + vlan : ''}`, aIsLo };
}

/** Sums flows per tuple key and physical direction. Addresses must already be canonical. */
export function sumByTuple(flows: Iterable<JoinFlow>): Map<string, TupleSums> {
  const out = new Map<string, TupleSums>();
  for (const f of flows) {
    const { key, aIsLo } = tupleKey(f.protocol, f.src, f.dst, f.vlan);
    let t = out.get(key);
    if (!t) {
      t = {
        key,
        protocol: f.protocol,
        lo: aIsLo ? f.src : f.dst,
        hi: aIsLo ? f.dst : f.src,
        vlan: f.vlan,
        loToHi: { packets: 0, bytes: 0 },
        hiToLo: { packets: 0, bytes: 0 },
        originators: [],
        labels: [],
        fragments: 0,
      };
      out.set(key, t);
    }
    const [lh, hl] = aIsLo ? [f.fwd, f.rev] : [f.rev, f.fwd];
    t.loToHi.packets += lh.packets;
    t.loToHi.bytes += lh.bytes;
    t.hiToLo.packets += hl.packets;
    t.hiToLo.bytes += hl.bytes;
    t.originators.push(endpointText(f.src));
    t.labels.push(f.label);
    t.fragments += f.fragments ?? 0;
  }
  return out;
}

// ---- our flows ----------------------------------------------------------------------------

export type ByteBasis = 'frameBytes' | 'ipBytes';

/** Sums the records of each flow (records with one flowId are parts of one flow). */
export function mergeParts(records: FlowJson[]): FlowJson[] {
  const byId = new Map<string, FlowJson>();
  const add = (a: FlowJson['fwd'], b: FlowJson['fwd']): FlowJson['fwd'] => ({
    packets: a.packets + b.packets,
    frameBytes: a.frameBytes + b.frameBytes,
    ipBytes: a.ipBytes + b.ipBytes,
    payloadBytes: a.payloadBytes + b.payloadBytes,
    tcpFlags: a.tcpFlags | b.tcpFlags,
    ttlMin: Math.min(a.ttlMin, b.ttlMin),
    ttlMax: Math.max(a.ttlMax, b.ttlMax),
    retransmissions: a.retransmissions + b.retransmissions,
    fragments: a.fragments + b.fragments,
  });
  for (const r of records) {
    const prev = byId.get(r.flowId);
    if (!prev) {
      byId.set(r.flowId, { ...r, fwd: { ...r.fwd }, rev: { ...r.rev } });
      continue;
    }
    const first = prev.startUs <= r.startUs ? prev : r;
    const endUs = Math.max(prev.startUs + prev.durationUs, r.startUs + r.durationUs);
    byId.set(r.flowId, {
      ...first,
      startMs: Math.min(prev.startMs, r.startMs),
      endMs: Math.max(prev.endMs, r.endMs),
      endReason: (prev.part > r.part ? prev : r).endReason,
      part: Math.max(prev.part, r.part),
      durationUs: endUs - first.startUs,
      fwd: add(prev.fwd, r.fwd),
      rev: add(prev.rev, r.rev),
    });
  }
  return [...byId.values()];
}

export interface OurJoinOptions {
  basis: ByteBasis;
  /** How the reference keys VLANs: not at all, or by one VLAN id (the outer or the inner tag). */
  vlan: 'none' | 'outer' | 'inner-or-outer';
  /** Protocols for which the reference has no ports (the key uses port 0). */
  portless?: (protocol: number) => boolean;
}

export function ourJoinFlows(flows: FlowJson[], opts: OurJoinOptions): JoinFlow[] {
  return flows.map((f) => {
    const noPorts = opts.portless?.(f.protocol) ?? false;
    const vlan =
      opts.vlan === 'none' ? '' : opts.vlan === 'outer' ? vlanText(f.vlanId) : vlanText(f.innerVlanId || f.vlanId);
    return {
      protocol: f.protocol,
      src: { ip: canonicalIp(f.srcAddr), port: noPorts ? 0 : f.srcPort },
      dst: { ip: canonicalIp(f.dstAddr), port: noPorts ? 0 : f.dstPort },
      vlan,
      fwd: { packets: f.fwd.packets, bytes: f.fwd[opts.basis] },
      rev: { packets: f.rev.packets, bytes: f.rev[opts.basis] },
      label: `flow ${f.flowId}`,
      fragments: f.fwd.fragments + f.rev.fragments,
    };
  });
}

export function vlanText(v: number): string {
  return v ? String(v) : '';
}

// ---- comparison ---------------------------------------------------------------------------

export interface TupleComparison {
  key: string;
  ref: TupleSums;
  ours: TupleSums | null;
  packetsMatch: boolean;
  bytesMatch: boolean;
  /** Reference flows whose originator is also the originator of one of our flows of the tuple. */
  directionAgree: number;
  directionTotal: number;
}

export function compareSums(ref: Map<string, TupleSums>, ours: Map<string, TupleSums>): TupleComparison[] {
  const out: TupleComparison[] = [];
  for (const [key, r] of ref) {
    const o = ours.get(key) ?? null;
    // Tools split a tuple into flows differently (timeouts, close, reuse), so a reference flow
    // agrees when one of our flows of the tuple has the same originator.
    const ourOriginators = new Set(o?.originators ?? []);
    const agree = r.originators.filter((x) => ourOriginators.has(x)).length;
    out.push({
      key,
      ref: r,
      ours: o,
      packetsMatch: !!o && o.loToHi.packets === r.loToHi.packets && o.hiToLo.packets === r.hiToLo.packets,
      bytesMatch: !!o && o.loToHi.bytes === r.loToHi.bytes && o.hiToLo.bytes === r.hiToLo.bytes,
      directionAgree: agree,
      directionTotal: r.originators.length,
    });
  }
  return out;
}

/** `lo→hi pkts/bytes, hi→lo pkts/bytes` for reports. */
export function formatSums(t: TupleSums | null): string {
  if (!t) return 'missing';
  return `${t.loToHi.packets}p/${t.loToHi.bytes}B → ${t.hiToLo.packets}p/${t.hiToLo.bytes}B ←`;
}

/** Multiset intersection size of two string lists. */
export function multisetMatches(expected: string[], got: string[]): { matched: number; missing: string[]; extra: string[] } {
  const pool = new Map<string, number>();
  for (const g of got) pool.set(g, (pool.get(g) ?? 0) + 1);
  const missing: string[] = [];
  let matched = 0;
  for (const e of expected) {
    const n = pool.get(e) ?? 0;
    if (n > 0) {
      matched++;
      pool.set(e, n - 1);
    } else missing.push(e);
  }
  const extra = [...pool].flatMap(([k, n]) => new Array<string>(n).fill(k));
  return { matched, missing, extra };
}
