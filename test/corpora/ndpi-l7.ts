// Joining the L7 analyzers' results (TLS, QUIC) to nDPI's reference output: flows of a trace
// keyed as nDPI's flows are, and the tags and JA4 style of nDPI 4.10's per-flow lines.

import { readTraceFile, traceFlows, type TraceFlow } from '../../bench/l7-corpus.js';
import { canonicalIp } from './join.js';
import { ndpiAddressCandidates } from './ndpi-out.js';

function flowKey(protocol: number, x: string, y: string): string {
  return `${protocol}|${x < y ? `${x}|${y}` : `${y}|${x}`}`;
}

/** The TCP/UDP flows of a trace by 5-tuple over canonical addresses (one flow per 5-tuple, no VLAN: as nDPI keys them). */
export function traceFlowsByKey(path: string): Map<string, TraceFlow> {
  const flows = new Map<string, TraceFlow>();
  for (const f of traceFlows(readTraceFile(path), { keyOnVlan: false, splitReused: false })) {
    flows.set(flowKey(f.protocol, `${canonicalIp(f.srcIp)}|${f.srcPort}`, `${canonicalIp(f.dstIp)}|${f.dstPort}`), f);
  }
  return flows;
}

/** The flow of an nDPI line among traceFlowsByKey's (nDPI's ambiguous IPv6 texts tried in turn). */
export function findNdpiFlow(
  flows: Map<string, TraceFlow>,
  l: { protocol: number; srcIp: string; srcPort: number; dstIp: string; dstPort: number },
): TraceFlow | undefined {
  for (const s of ndpiAddressCandidates(l.srcIp)) {
    for (const d of ndpiAddressCandidates(l.dstIp)) {
      const f = flows.get(flowKey(l.protocol, `${canonicalIp(s)}|${l.srcPort}`, `${canonicalIp(d)}|${l.dstPort}`));
      if (f) return f;
    }
  }
  return undefined;
}

/** The value of `[name: value]` in an nDPI flow line. */
export function ndpiTag(line: string, name: string): string | undefined {
  const i = line.indexOf(`[${name}: `);
  return i < 0 ? undefined : line.slice(i + name.length + 3, line.indexOf(']', i));
}

/**
 * Our JA4 rewritten with nDPI 4.10's two departures from JA4.md, both systematic:
 *  - the SNI letter: nDPI writes 'i' only when the SNI is an IPv4 literal and 'd' otherwise, also
 *    when there is no server_name extension at all (JA4.md: 'd' iff the extension is present);
 *  - the ALPN characters: nDPI takes the first two characters of the comma-joined ALPN list
 *    ("ht" for http/1.1; JA4.md: first and last of the first id, "h1"), and when that list is
 *    only two characters long, its first one and '0' ("h0" for a lone h2 or h3). Inferred from
 *    the reference outputs: it holds for every flow of the corpus (h2, h3, http/1.1, doq-i00,
 *    anydesk/6.2.0/linux, h2;http/1.1, h3-29 …).
 * Everything else (version, counts, both hashes) is compared exactly.
 */
export function ndpiJa4Style(info: { ja4?: string; sni?: string; alpnOffered?: readonly string[] }): string | undefined {
  const j = info.ja4;
  if (j === undefined) return undefined;
  const sni = info.sni !== undefined && /^\d+\.\d+\.\d+\.\d+$/.test(info.sni) ? 'i' : 'd';
  const list = info.alpnOffered?.join(',') ?? '';
  const alpn = list.length > 2 ? list.slice(0, 2) : list.length > 0 ? list[0] + '0' : '00';
  return j.slice(0, 3) + sni + j.slice(4, 8) + alpn + j.slice(10);
}
