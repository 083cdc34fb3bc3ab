// A reference count of the flows in a trace, to read the tools' record counts against:
// distinct 5-tuples of the outer IP header (plus the outer VLAN id), one-way and
// direction-insensitive, with no timeouts. Non-first IPv4 fragments carry no ports and
// are left out; ports are read only when TCP/UDP/SCTP follows the IP header directly.
// It is an approximation of what a flow exporter should find, not a specification.

import { ipOffsetInEthernet } from './remap.js';
import type { PcapRecord } from './pcap.js';

export interface Census {
  oneWay: number; // distinct (vlan, proto, src, sport, dst, dport)
  biflows: number; // same, with the two endpoints unordered
  nonIp: number; // frames without an IPv4/IPv6 header we could read
}

function hex(b: Uint8Array, from: number, len: number): string {
  let s = '';
  for (let i = from; i < from + len; i++) s += (b[i] < 16 ? '0' : '') + b[i].toString(16);
  return s;
}

export function census(buf: Uint8Array, records: Iterable<PcapRecord>): Census {
  const oneWay = new Set<string>();
  const bi = new Set<string>();
  let nonIp = 0;
  for (const r of records) {
    const f = r.dataOffset;
    const ipRel = ipOffsetInEthernet(buf, f, r.capLen);
    if (ipRel < 0 || ipRel >= r.capLen) {
      nonIp++;
      continue;
    }
    const vlan = (buf[f + 12] << 8) | buf[f + 13];
    const vid = vlan === 0x8100 || vlan === 0x88a8 ? ((buf[f + 14] << 8) | buf[f + 15]) & 0x0fff : 0;
    const ip = f + ipRel;
    const avail = r.capLen - ipRel;
    const version = buf[ip] >> 4;
    let proto: number;
    let src: string;
    let dst: string;
    let l4: number;
    if (version === 4 && avail >= 20) {
      const fragOff = ((buf[ip + 6] << 8) | buf[ip + 7]) & 0x1fff;
      if (fragOff !== 0) continue;
      proto = buf[ip + 9];
      src = hex(buf, ip + 12, 4);
      dst = hex(buf, ip + 16, 4);
      l4 = ip + (buf[ip] & 0x0f) * 4;
    } else if (version === 6 && avail >= 40) {
      proto = buf[ip + 6];
      src = hex(buf, ip + 8, 16);
      dst = hex(buf, ip + 24, 16);
      l4 = ip + 40;
    } else {
      nonIp++;
      continue;
    }
    let sport = 0;
    let dport = 0;
    if ((proto === 6 || proto === 17 || proto === 132) && l4 + 4 <= f + r.capLen) {
      sport = (buf[l4] << 8) | buf[l4 + 1];
      dport = (buf[l4 + 2] << 8) | buf[l4 + 3];
    }
    const a = `${src}.${sport}`;
    const b = `${dst}.${dport}`;
    oneWay.add(`${vid}/${proto}/${a}/${b}`);
    bi.add(a < b ? `${vid}/${proto}/${a}/${b}` : `${vid}/${proto}/${b}/${a}`);
  }
  return { oneWay: oneWay.size, biflows: bi.size, nonIp };
}
