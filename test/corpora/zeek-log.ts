// Zeek ASCII logs as btest baselines store them (zeek/Baseline/<test>/*.log).
//
// A full log has `#separator`, `#fields` and `#types` header lines and tab-separated rows;
// `-` is unset and `(empty)` is an empty set. A `*.cut` baseline (zeek-cut output) has either a
// plain header line of column names or no header at all; without a header the columns are
// unknown and `fields` is null (the caller decides whether it can interpret such a file).

import { readFileSync } from 'node:fs';

export interface ZeekLog {
  /** Column names, or null when the file names none (a headerless zeek-cut baseline). */
  fields: string[] | null;
  /** `#types`, when the file has them. */
  types: string[] | null;
  /** `#path` (conn, dns, …) when present. */
  path: string | null;
  /** Data rows; with `fields` null, the raw cells. */
  rows: ZeekRow[];
}

/** One row: column name → raw cell text (`-` and `(empty)` kept as written). */
export type ZeekRow = Record<string, string>;

const FIELD_NAME = /^[a-z_][a-z0-9_]*(\.[a-z0-9_]+)*$/;

export function parseZeekLog(text: string): ZeekLog {
  let sep = '\t';
  let fields: string[] | null = null;
  let types: string[] | null = null;
  let path: string | null = null;
  let headerless = true;
  const cells: string[][] = [];
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('###')) continue; // btest banner
    if (line.startsWith('#')) {
      headerless = false;
      const [key, ...rest] = line.split(line.startsWith('#separator') ? ' ' : sep);
      if (key === '#separator') sep = unescapeSeparator(rest.join(' '));
      else if (key === '#fields') fields = rest;
      else if (key === '#types') types = rest;
      else if (key === '#path') path = rest[0] ?? null;
      continue;
    }
    cells.push(line.split(sep));
  }
  // zeek-cut output: the first line may be the column names.
  if (fields === null && headerless && cells.length > 0 && cells[0].every((c) => FIELD_NAME.test(c))) {
    fields = cells.shift()!;
  }
  const rows = cells.map((c) => {
    const row: Record<string, string> = {};
    if (fields) fields.forEach((f, i) => (row[f] = c[i] ?? ''));
    else c.forEach((v, i) => (row[String(i)] = v));
    return row;
  });
  return { fields, types, path, rows };
}

export function readZeekLog(file: string): ZeekLog {
  return parseZeekLog(readFileSync(file, 'utf8'));
}

function unescapeSeparator(s: string): string {
  return s.replace(/\\x([0-9a-fA-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

/** A cell as text; undefined when unset (`-`) or an empty set (`(empty)`). */
export function zeekText(row: ZeekRow, field: string): string | undefined {
  const v = row[field];
  return v === undefined || v === '-' || v === '(empty)' ? undefined : v;
}

/** A cell as a number; null when unset (`-`), empty or not numeric. */
export function zeekNumber(row: ZeekRow, field: string): number | null {
  const v = row[field];
  if (v === undefined || v === '-' || v === '' || v === '(empty)') return null;
  const n = Number(v);
  return Number.isFinite(n) ? n : null;
}

/** A set/vector cell as its elements ([] for unset or empty). */
export function zeekSet(row: ZeekRow, field: string): string[] {
  const v = row[field];
  if (v === undefined || v === '-' || v === '(empty)' || v === '') return [];
  return v.split(',');
}

// ---- conn.log ------------------------------------------------------------------------------

export interface ZeekConn {
  uid: string;
  /** IANA protocol number (icmp → 1 or 58 by address family). */
  protocol: number;
  origH: string;
  origP: number;
  respH: string;
  respP: number;
  /** null when unset (`-`): the run did not attach Zeek's connection-size analyzer. */
  origPkts: number | null;
  respPkts: number | null;
  origIpBytes: number | null;
  respIpBytes: number | null;
  /** Uids of the connections this one was tunnelled in; empty for a top-level connection. */
  tunnelParents: string[];
  service: string;
  history: string;
  connState: string;
}

export const CONN_COUNTER_FIELDS = ['orig_pkts', 'resp_pkts', 'orig_ip_bytes', 'resp_ip_bytes'] as const;

/** True when the log has the 5-tuple and the packet / IP-byte counters. */
export function hasConnCounters(log: ZeekLog): boolean {
  const f = log.fields;
  if (!f) return false;
  return ['id.orig_h', 'id.orig_p', 'id.resp_h', 'id.resp_p', 'proto', ...CONN_COUNTER_FIELDS].every((x) => f.includes(x));
}

function protoNumber(proto: string, ipProto: number | null, origH: string): number {
  switch (proto) {
    case 'tcp':
      return 6;
    case 'udp':
      return 17;
    case 'icmp':
      return origH.includes(':') ? 58 : 1;
    default:
      return ipProto ?? -1; // unknown_transport: Zeek 7 logs the number in ip_proto
  }
}

/** The rows of a conn.log that has counters (hasConnCounters). */
export function connRows(log: ZeekLog): ZeekConn[] {
  return log.rows.map((r) => ({
    uid: r['uid'] ?? '',
    protocol: protoNumber(r['proto'], zeekNumber(r, 'ip_proto'), r['id.orig_h']),
    origH: r['id.orig_h'],
    origP: Number(r['id.orig_p']),
    respH: r['id.resp_h'],
    respP: Number(r['id.resp_p']),
    origPkts: zeekNumber(r, 'orig_pkts'),
    respPkts: zeekNumber(r, 'resp_pkts'),
    origIpBytes: zeekNumber(r, 'orig_ip_bytes'),
    respIpBytes: zeekNumber(r, 'resp_ip_bytes'),
    tunnelParents: zeekSet(r, 'tunnel_parents'),
    service: r['service'] ?? '-',
    history: r['history'] ?? '-',
    connState: r['conn_state'] ?? '-',
  }));
}
