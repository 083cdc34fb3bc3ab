// nDPI `ndpiReader -v 2` expected output (ndpi/result/<pcap>.out).
//
// We read two things: the per-protocol summary lines `<Proto>\t<pkts>\t<bytes>\t<flows>` and
// the flow lines
//   `\t<n>\t<L4> <src>:<sport> <-> <dst>:<dport> [k: v][k: v]…[A pkts/B bytes <-> C pkts/D bytes]…`
// where A/B count source → destination and C/D destination → source, in frame bytes (the wire
// length), and the source is the sender of the first packet nDPI saw for the 5-tuple.
// Unknown flows are listed after `Undetected flows:` instead of in the main list; both lists
// are read (together they add up to the per-protocol totals).
// Engine statistics, JA3 host stats and everything nDPI calls non-ground-truth are skipped.

import { readFileSync } from 'node:fs';

export interface NdpiFlow {
  /** Position in the file (1-based, the `<n>` column). */
  index: number;
  /** `TCP`, `UDP`, `ICMP`, `ICMPV6`, … or a bare protocol number for ones nDPI cannot name. */
  l4: string;
  /** IANA protocol number, -1 if the name is not one we know. */
  protocol: number;
  srcIp: string;
  srcPort: number;
  dstIp: string;
  dstPort: number;
  /** `<->` (both directions seen) or `->`. */
  bidirectional: boolean;
  /** 0 when the line has no `[VLAN: n]`. */
  vlan: number;
  /** The `[proto: …]` value, e.g. `91/TLS` or `CAPWAP:82/IGMP`. */
  proto: string;
  /** Encapsulation nDPI removed (`CAPWAP`, `GTP`, `VXLAN`, …) from the `[proto: X:…]` prefix. */
  tunnel: string | null;
  srcToDst: { packets: number; bytes: number };
  dstToSrc: { packets: number; bytes: number };
  /** `[x.xx sec]`; `< 1 sec` is 0. */
  durationSec: number | null;
  /** The raw line, for reports. */
  line: string;
}

export interface NdpiSummaryLine {
  protocol: string;
  packets: number;
  bytes: number;
  flows: number;
}

export interface NdpiOut {
  flows: NdpiFlow[];
  /** Per-protocol totals (the `<Proto>\t<pkts>\t<bytes>\t<flows>` lines). */
  summary: NdpiSummaryLine[];
}

const L4_NUMBERS: Record<string, number> = {
  ICMP: 1,
  IGMP: 2,
  TCP: 6,
  UDP: 17,
  GRE: 47,
  ESP: 50,
  AH: 51,
  ICMPV6: 58,
  EIGRP: 88,
  OSPF: 89,
  PIM: 103,
  VRRP: 112,
  PGM: 113,
  SCTP: 132,
};

/** `1.2.3.4:80` or `[2001:db8::1]:443`. */
const ENDPOINT = String.raw`(\[[0-9a-fA-F:.%]+\]|[0-9.]+):(\d+)`;
const FLOW_LINE = new RegExp(String.raw`^\t(\d+)\t(\S+) ${ENDPOINT} (<->|->) ${ENDPOINT} (.*)$`);
const COUNTERS = /\[(\d+) pkts\/(\d+) bytes (?:<->|->) (\d+) pkts\/(\d+) bytes\]/;
const SUMMARY_LINE = /^([^\t]+)\t(\d+)\t(\d+)\t(\d+)$/;

function stripBrackets(ip: string): string {
  return ip.startsWith('[') ? ip.slice(1, -1) : ip;
}

export function parseNdpiOut(text: string): NdpiOut {
  const flows: NdpiFlow[] = [];
  const summary: NdpiSummaryLine[] = [];
  for (const line of text.split('\n')) {
    const m = FLOW_LINE.exec(line);
    if (m) {
      const rest = m[8];
      const c = COUNTERS.exec(rest);
      if (!c) throw new Error(`nDPI flow line without counters: ${line}`);
      const proto = /\[proto: ([^\]]+)\]/.exec(rest)?.[1] ?? '';
      const tunnel = /^([A-Za-z_]+):/.exec(proto)?.[1] ?? null;
      const vlan = /\[VLAN: (\d+)\]/.exec(rest);
      const dur = /\[(< 1|\d+(?:\.\d+)?) sec\]/.exec(rest);
      const l4 = m[2];
      flows.push({
        index: Number(m[1]),
        l4,
        protocol: /^\d+$/.test(l4) ? Number(l4) : (L4_NUMBERS[l4] ?? -1),
        srcIp: stripBrackets(m[3]),
        srcPort: Number(m[4]),
        bidirectional: m[5] === '<->',
        dstIp: stripBrackets(m[6]),
        dstPort: Number(m[7]),
        vlan: vlan ? Number(vlan[1]) : 0,
        proto,
        tunnel,
        srcToDst: { packets: Number(c[1]), bytes: Number(c[2]) },
        dstToSrc: { packets: Number(c[3]), bytes: Number(c[4]) },
        durationSec: dur ? (dur[1] === '< 1' ? 0 : Number(dur[1])) : null,
        line,
      });
      continue;
    }
    const s = SUMMARY_LINE.exec(line);
    if (s) summary.push({ protocol: s[1], packets: Number(s[2]), bytes: Number(s[3]), flows: Number(s[4]) });
  }
  return { flows, summary };
}

/**
 * nDPI prints some IPv6 addresses with two `::` (2600:1901:0:7a0b:: as `2600:1901::7a0b::`,
 * 2600:1900:4160:5999:0:19:: as `2600:1900:4160:5999::19::`), which is ambiguous. Returns every
 * full address such a text can stand for; a well-formed address is returned unchanged.
 */
export function ndpiAddressCandidates(text: string): string[] {
  const parts = text.split('::');
  if (parts.length <= 2) return [text];
  const groups = parts.map((p) => (p === '' ? [] : p.split(':')));
  const zeros = 8 - groups.reduce((n, g) => n + g.length, 0);
  const gaps = parts.length - 1;
  const out: string[] = [];
  // every way to give each `::` at least one zero group
  const place = (i: number, left: number, acc: string[]): void => {
    if (i === gaps) {
      if (left === 0) out.push([...acc, ...groups[gaps]].join(':'));
      return;
    }
    for (let k = 1; k <= left - (gaps - i - 1); k++) place(i + 1, left - k, [...acc, ...groups[i], ...new Array<string>(k).fill('0')]);
  };
  place(0, zeros, []);
  return out;
}

export function readNdpiOut(file: string): NdpiOut {
  return parseNdpiOut(readFileSync(file, 'utf8'));
}
