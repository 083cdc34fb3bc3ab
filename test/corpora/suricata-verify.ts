// suricata-verify `tests/<t>/test.yaml` flow checks, evaluated against our flow records.
//
// A check `filter: {count: N, match: {k: v, …}}` asserts that exactly N eve records match every
// key. Keys are dotted paths with `[i]` for array elements; `has-key` / `not-has-key` test for
// presence; a path may end in an operator (`__len`, `__find`, `__startswith`, `__endswith`,
// `__contains`, `__gt`, `__gte`, `__lt`, `__lte`).
//
// We turn each of our flows into one pseudo-eve `event_type: flow` record carrying only what
// the probe measures (5-tuple, counters, TCP flags, community id, VLAN, ICMP type/code, age) and
// evaluate the `event_type: flow` filters, after dropping the keys we cannot produce.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FlowJson } from '../../agent/flow/json.js';
import { canonicalIp } from './join.js';
import { parseYaml, type YamlValue } from './mini-yaml.js';

type YamlMap = { [key: string]: YamlValue };

export interface SvFilter {
  /** Position among the test's checks (0-based). */
  index: number;
  count: number;
  match: YamlMap;
  requires: YamlMap | null;
  /** Another output file than eve.json. */
  filename: string | null;
}

export interface SvSpec {
  testDir: string;
  requires: YamlMap | null;
  args: string[];
  filters: SvFilter[];
  /** `outputs: - eve-log: community-id-seed` of the test's suricata.yaml (default 0). */
  communityIdSeed: number;
}

function isMap(v: YamlValue | undefined): v is YamlMap {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The eve-log community-id seed a suricata.yaml sets, 0 when it sets none. */
export function communityIdSeed(suricataYaml: string): number {
  const y = parseYaml(suricataYaml);
  const outputs = isMap(y) && Array.isArray(y['outputs']) ? y['outputs'] : [];
  for (const o of outputs) {
    const eve = isMap(o) ? o['eve-log'] : undefined;
    if (isMap(eve) && eve['community-id-seed'] !== undefined) return Number(eve['community-id-seed']);
  }
  return 0;
}

export function parseSvSpec(testDir: string, text: string, suricataYaml?: string): SvSpec {
  const y = parseYaml(text);
  if (!isMap(y)) throw new Error(`${testDir}: test.yaml is not a mapping`);
  const checks = Array.isArray(y['checks']) ? y['checks'] : [];
  const filters: SvFilter[] = [];
  checks.forEach((c, index) => {
    if (!isMap(c) || !isMap(c['filter'])) return; // shell, stats, file-compare checks
    const f = c['filter'];
    filters.push({
      index,
      count: Number(f['count']),
      match: isMap(f['match']) ? f['match'] : {},
      requires: isMap(f['requires']) ? f['requires'] : null,
      filename: typeof f['filename'] === 'string' ? f['filename'] : null,
    });
  });
  const args = Array.isArray(y['args']) ? y['args'].map(String) : [];
  return {
    testDir,
    requires: isMap(y['requires']) ? y['requires'] : null,
    args,
    filters,
    communityIdSeed: suricataYaml ? communityIdSeed(suricataYaml) : 0,
  };
}

export function readSvSpec(testDirAbs: string, testDir: string): SvSpec {
  const conf = join(testDirAbs, 'suricata.yaml');
  return parseSvSpec(
    testDir,
    readFileSync(join(testDirAbs, 'test.yaml'), 'utf8'),
    existsSync(conf) ? readFileSync(conf, 'utf8') : undefined,
  );
}

// ---- pseudo-eve -----------------------------------------------------------------------------

export type Eve = { [key: string]: unknown };

/** eve `proto` names (Suricata prints the IANA keyword). */
const PROTO_NAMES: Record<number, string> = {
  1: 'ICMP',
  2: 'IGMP',
  6: 'TCP',
  17: 'UDP',
  47: 'GRE',
  50: 'ESP',
  51: 'AH',
  58: 'IPv6-ICMP',
  132: 'SCTP',
};

const TCP_FLAG_NAMES: [number, string][] = [
  [0x01, 'fin'],
  [0x02, 'syn'],
  [0x04, 'rst'],
  [0x08, 'psh'],
  [0x10, 'ack'],
  [0x20, 'urg'],
  [0x40, 'ecn'],
  [0x80, 'cwr'],
];

function hex2(n: number): string {
  return n.toString(16).padStart(2, '0');
}

/**
 * One flow as a Suricata `event_type: flow` record. Our initiator is `src` (Suricata's
 * "toserver" side); with `swap` the record is written from the responder's side instead, which
 * tells apart a direction disagreement from a counting one.
 */
export function flowToEve(f: FlowJson, swap = false): Eve {
  const [a, b, ap, bp, ts, tc] = swap
    ? [f.dstAddr, f.srcAddr, f.dstPort, f.srcPort, f.rev, f.fwd]
    : [f.srcAddr, f.dstAddr, f.srcPort, f.dstPort, f.fwd, f.rev];
  const eve: Eve = {
    event_type: 'flow',
    src_ip: a,
    dest_ip: b,
    proto: PROTO_NAMES[f.protocol] ?? String(f.protocol),
    ip_v: f.ipVersion,
    community_id: f.communityId,
    flow: {
      pkts_toserver: ts.packets,
      pkts_toclient: tc.packets,
      bytes_toserver: ts.frameBytes,
      bytes_toclient: tc.frameBytes,
      // Suricata: whole seconds of the last packet minus whole seconds of the first
      age: Math.floor((f.startUs + f.durationUs) / 1e6) - Math.floor(f.startUs / 1e6),
    },
  };
  if (f.protocol === 6 || f.protocol === 17 || f.protocol === 132) {
    eve['src_port'] = ap;
    eve['dest_port'] = bp;
  }
  if ((f.protocol === 1 || f.protocol === 58) && !swap) {
    eve['icmp_type'] = f.icmpType;
    eve['icmp_code'] = f.icmpCode;
  }
  if (f.vlanId) eve['vlan'] = f.innerVlanId ? [f.vlanId, f.innerVlanId] : [f.vlanId];
  if (f.protocol === 6) {
    const all = ts.tcpFlags | tc.tcpFlags;
    const tcp: Eve = { tcp_flags: hex2(all), tcp_flags_ts: hex2(ts.tcpFlags), tcp_flags_tc: hex2(tc.tcpFlags) };
    for (const [bit, name] of TCP_FLAG_NAMES) if (all & bit) tcp[name] = true;
    eve['tcp'] = tcp;
  }
  return eve;
}

// ---- which filters we can evaluate ------------------------------------------------------------

/** Match keys our pseudo-eve flow records carry. */
const PRODUCED = new Set([
  'event_type',
  'src_ip',
  'src_port',
  'dest_ip',
  'dest_port',
  'proto',
  'ip_v',
  'community_id',
  'vlan',
  'vlan[0]',
  'vlan[1]',
  'icmp_type',
  'icmp_code',
  'flow.pkts_toserver',
  'flow.pkts_toclient',
  'flow.bytes_toserver',
  'flow.bytes_toclient',
  'flow.age',
  'tcp.tcp_flags',
  'tcp.tcp_flags_ts',
  'tcp.tcp_flags_tc',
  ...TCP_FLAG_NAMES.map(([, n]) => `tcp.${n}`),
]);

/** Keys that make a filter worth evaluating (more than "some flow exists"). */
const SUBSTANTIVE = /^(src_ip|dest_ip|src_port|dest_port|community_id|flow\.(pkts|bytes)_to(server|client))$/;

const OPERATOR = /\.(__len|__find|__startswith|__endswith|__contains|__gt|__gte|__lt|__lte)$/;

function baseKey(key: string): string {
  return key.replace(OPERATOR, '');
}

/** Event types the README lists as not comparable, and the L7 ones the probe does not emit yet. */
export const SKIPPED_EVENT_TYPES_README = new Set(['alert', 'drop', 'anomaly', 'stats', 'fileinfo', 'engine', 'frame']);

export type PreparedFilter =
  | { kind: 'comparable'; filter: SvFilter; match: YamlMap; dropped: string[] }
  | { kind: 'skipped'; filter: SvFilter; reason: string };

/** Evaluates `event_type: flow` filters; our community ids use seed 0 (`seed` is the test's). */
export function prepareFlowFilter(f: SvFilter, seed = 0): PreparedFilter {
  const et = f.match['event_type'];
  if (et !== 'flow') {
    const why = typeof et === 'string' && SKIPPED_EVENT_TYPES_README.has(et) ? 'not comparable (README §4)' : 'not produced by the probe';
    return { kind: 'skipped', filter: f, reason: `event_type ${String(et)}: ${why}` };
  }
  if (f.filename) return { kind: 'skipped', filter: f, reason: `checks ${f.filename}, not eve.json` };
  // Checks that only hold for an older Suricata (the newest one is the truth we compare with).
  if (f.requires && ('lt-version' in f.requires || 'version' in f.requires))
    return { kind: 'skipped', filter: f, reason: `requires ${JSON.stringify(f.requires)} (older Suricata)` };
  const match: YamlMap = {};
  const dropped: string[] = [];
  for (const [k, v] of Object.entries(f.match)) {
    if (k === 'has-key' || k === 'not-has-key') {
      const keys = (Array.isArray(v) ? v : [v]).map(String);
      const kept = keys.filter((x) => PRODUCED.has(baseKey(x)));
      dropped.push(...keys.filter((x) => !PRODUCED.has(baseKey(x))).map((x) => `${k} ${x}`));
      if (kept.length > 0) match[k] = kept;
    } else if (PRODUCED.has(baseKey(k)) && !(k === 'community_id' && seed !== 0)) match[k] = v;
    else dropped.push(k === 'community_id' ? `community_id (seed ${seed})` : k);
  }
  // Without a key we dropped, "exactly 0 records" could be about that key (an app_proto, a
  // state…); with it gone the assertion would be about something else.
  if (f.count === 0 && dropped.length > 0)
    return { kind: 'skipped', filter: f, reason: `count 0 on fields we do not produce (${dropped.join(', ')})` };
  if (!Object.keys(match).some((k) => SUBSTANTIVE.test(baseKey(k))))
    return { kind: 'skipped', filter: f, reason: `no tuple or counter key left (dropped ${dropped.join(', ') || 'nothing'})` };
  return { kind: 'comparable', filter: f, match, dropped };
}

// ---- evaluation -------------------------------------------------------------------------------

/** The value at a dotted path (`a.b[2].c`), or undefined. A trailing operator is not resolved. */
export function findValue(path: string, obj: unknown): unknown {
  let cur: unknown = obj;
  for (const part of path.replace(OPERATOR, '').split('.')) {
    const m = /^(.*?)((?:\[\d+\])*)$/.exec(part)!;
    if (typeof cur !== 'object' || cur === null || !(m[1] in cur)) return undefined;
    cur = (cur as Record<string, unknown>)[m[1]];
    for (const idx of m[2].matchAll(/\[(\d+)\]/g)) {
      if (!Array.isArray(cur) || Number(idx[1]) >= cur.length) return undefined;
      cur = cur[Number(idx[1])];
    }
  }
  return cur;
}

function sameValue(key: string, got: unknown, expected: YamlValue): boolean {
  if (got === expected) return true;
  if (/(^|\.)(src|dest)_ip$/.test(key) && typeof got === 'string' && typeof expected === 'string')
    return canonicalIp(got) === canonicalIp(expected);
  if (/tcp_flags/.test(key) && typeof got === 'string' && typeof expected === 'number') {
    // An unquoted `12` is the number 12 and an unquoted `02` an octal 2 to YAML 1.1.
    return parseInt(got, 10) === expected || parseInt(got, 8) === expected;
  }
  // suricata-verify accepts values that print the same (`'80'` vs 80).
  return typeof got !== 'object' && got !== undefined && String(got) === String(expected);
}

export function matchesFilter(eve: Eve, match: YamlMap): boolean {
  for (const [key, expected] of Object.entries(match)) {
    if (key === 'has-key' || key === 'not-has-key') {
      const keys = Array.isArray(expected) ? expected : [expected];
      for (const k of keys) if ((findValue(String(k), eve) !== undefined) !== (key === 'has-key')) return false;
      continue;
    }
    const got = findValue(key, eve);
    if (got === undefined) return false;
    const op = OPERATOR.exec(key)?.[1];
    const n = Number(expected);
    switch (op) {
      case '__len':
        if ((Array.isArray(got) || typeof got === 'string' ? got.length : -1) !== n) return false;
        break;
      case '__find':
        if (!String(got).includes(String(expected))) return false;
        break;
      case '__startswith':
        if (!String(got).startsWith(String(expected))) return false;
        break;
      case '__endswith':
        if (!String(got).endsWith(String(expected))) return false;
        break;
      case '__contains':
        if (!Array.isArray(got) || !got.some((g) => sameValue(key, g, expected))) return false;
        break;
      case '__gt':
        if (!(Number(got) > n)) return false;
        break;
      case '__gte':
        if (!(Number(got) >= n)) return false;
        break;
      case '__lt':
        if (!(Number(got) < n)) return false;
        break;
      case '__lte':
        if (!(Number(got) <= n)) return false;
        break;
      default:
        if (!sameValue(key, got, expected)) return false;
    }
  }
  return true;
}

export function countMatches(eves: Eve[], match: YamlMap): number {
  return eves.filter((e) => matchesFilter(e, match)).length;
}
