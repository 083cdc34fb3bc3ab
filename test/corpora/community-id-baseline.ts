// Community ID truth from Zeek baselines.
//
// `bifs.community_id.run-pcaps/<pcap>.out` has one line per connection, printed at
// connection_state_remove:
//   [orig_h=1.2.3.4, orig_p=34855/tcp, resp_h=5.6.7.8, resp_p=80/tcp, proto=6, ctx=[]], 1:LQU9…=
// `scripts.policy.protocols.conn.community-id-logging/conn.log.cut` is a headerless zeek-cut of
//   id.orig_h id.orig_p id.resp_h id.resp_p proto service community_id
// (the columns are recognised by their shape: the last cell is `1:<base64>`).

import { readFileSync } from 'node:fs';

export interface CommunityIdEntry {
  protocol: number;
  origH: string;
  origP: number;
  respH: string;
  respP: number;
  communityId: string;
}

const RUN_PCAPS_LINE =
  /^\[orig_h=([^,]+), orig_p=(\d+)\/\w+, resp_h=([^,]+), resp_p=(\d+)\/\w+, proto=(\d+)(?:, ctx=\[[^\]]*\])?\], (1:[A-Za-z0-9+/=]+)$/;

export function parseRunPcapsOut(text: string): CommunityIdEntry[] {
  const out: CommunityIdEntry[] = [];
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const m = RUN_PCAPS_LINE.exec(line);
    if (!m) throw new Error(`unrecognised community-id baseline line: ${line}`);
    out.push({ origH: m[1], origP: Number(m[2]), respH: m[3], respP: Number(m[4]), protocol: Number(m[5]), communityId: m[6] });
  }
  return out;
}

const PROTO: Record<string, number> = { tcp: 6, udp: 17 };

/** Rows of a zeek-cut conn log whose cells are h, p, h, p, proto, …, community_id. */
export function parseCommunityIdCut(text: string): CommunityIdEntry[] {
  const out: CommunityIdEntry[] = [];
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const c = line.split('\t');
    const cid = c[c.length - 1];
    if (c.length < 6 || !/^1:[A-Za-z0-9+/=]+$/.test(cid) || !/^\d+$/.test(c[1]) || !/^\d+$/.test(c[3])) continue;
    const protocol = c[4] === 'icmp' ? (c[0].includes(':') ? 58 : 1) : (PROTO[c[4]] ?? -1);
    out.push({ origH: c[0], origP: Number(c[1]), respH: c[2], respP: Number(c[3]), protocol, communityId: cid });
  }
  return out;
}

export function readCommunityIdBaseline(file: string): CommunityIdEntry[] {
  const text = readFileSync(file, 'utf8');
  return file.endsWith('.out') ? parseRunPcapsOut(text) : parseCommunityIdCut(text);
}
