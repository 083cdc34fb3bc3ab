// The application layer through the real pipeline: `probe-agent read --json` on the corpus
// traces (../shared/corpora; skipped when absent), against nDPI, Zeek and suricata-verify, with
// an agreement table per field.
//
//   npm run build:ts && npx vitest run test/l7-pipeline.test.ts
//
// The module tests (test/l7-{tls,dns,http,ssh,quic,dhcp,appid}.test.ts) run one analyzer over
// flows split from a trace (bench/l7-corpus.ts runFlow). Here the same references meet what a
// user gets: the shard worker's engine (agent/l7/engine.ts: analyzers tried in its order on the
// first DETECT_PACKETS payload packets, at most FEED_PACKETS fed, STARTTLS after a signature,
// the privacy defaults), the record encoding and the JSON of `read`. Flows are joined to
// reference rows by 5-tuple, either direction (ndpi-l7.ts flowKey). Each comparison with nDPI
// and Zeek, with its rules and the differences it leaves, is one function the module tests use
// too (test/corpora/ndpi-l7.ts, test/corpora/zeek-l7.ts): the analyzers' fields and the JSON
// sub-objects have the same names.
//
// Fields: TLS SNI, ALPN, version, JA3, JA3S, JA4 (nDPI, suricata-verify); DNS query, type, rcode
// and answers (Zeek dns.log, suricata-verify); HTTP host, method, URI, status, user agent (Zeek
// http.log, suricata-verify); SSH banners and HASSH (Zeek ssh.log, nDPI, suricata-verify); QUIC
// version, SNI, ALPN, JA3, JA4 (nDPI, suricata-verify); DHCP host name and parameter list (Zeek
// dhcp.log, nDPI, suricata-verify); the application protocol against nDPI's DPI-confident
// labels, with false positives. Then three properties of every record: no query string in an
// HTTP path unless --keep-http-query (and with it, the query is there), and an app protocol on
// every flow that carries an L7 sub-object.
//
// Each trace runs once. Traces go several to a `read` invocation (one process start instead of
// one per trace), grouped so that no two traces of an invocation share a 5-tuple: every flow
// then belongs to exactly one trace. Two invocations at a time, one shard worker each.

import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FlowJson, RunSummary } from '../agent/flow/json.js';
import { DNS_MAX_DATA_CHARS } from '../agent/l7/dns.js';
import { APP_PROTOCOLS } from '../agent/l7/signatures.js';
import { Agreement, corporaRoot } from '../bench/l7-corpus.js';
import { readCorpusIndex, type CorpusIndex } from './corpora/corpus-index.js';
import { canonicalIp } from './corpora/join.js';
import type { YamlValue } from './corpora/mini-yaml.js';
import {
  compareNdpiQuic,
  compareNdpiTls,
  findNdpiFlow,
  flowKey,
  isNdpiTlsLine,
  ndpiConfidence,
  ndpiIetfQuicVersion,
  ndpiLabel,
  ndpiTag,
  NDPI_APP_EXPECTED_DIFFERENCES,
  traceFlowsByKey,
} from './corpora/ndpi-l7.js';
import { readNdpiOut, type NdpiFlow } from './corpora/ndpi-out.js';
import { readSvSpec } from './corpora/suricata-verify.js';
import { compareZeekDhcp, compareZeekDns, compareZeekHttp, compareZeekSsh, hasContentEncoding, zeekBaselines, zeekRowKey, type ZeekL7Log } from './corpora/zeek-l7.js';
import { zeekText, type ZeekRow } from './corpora/zeek-log.js';
import { cli, probeAgent } from './lib/cli.js';

const corpora = corporaRoot();
const haveCorpora = corpora !== null && existsSync(join(corpora, 'ndpi', 'result'));

/** Required agreement per field, where the reference has a value. */
const MIN_AGREEMENT = 0.98;
/** `read` invocations at a time (a 2-core machine), and traces per invocation at most. */
const CONCURRENCY = 2;
const BATCH_FILES = 48;
const BATCH_BYTES = 12 << 20;
/** As the references ran: no idle or active timeout (nDPI never expires a flow reading a pcap,
 *  and per-5-tuple joins want one flow per 5-tuple), one shard worker. Privacy: the defaults. */
const READ_ARGS = ['--json', '--workers', '1', '--idle-timeout', '0', '--active-timeout', '0'];

// ---- the L7 sub-objects as `read --json` writes them (proto3 defaults left out) ------------

interface TlsJson { sni?: string; alpnOffered?: string[]; version?: number; clientVersion?: number; ja3?: string; ja3Hash?: string; ja3s?: string; ja3sHash?: string; ja4?: string; starttls?: boolean }
interface QuicJson { version?: number; sni?: string; alpnOffered?: string[]; ja3Hash?: string; ja4?: string }
interface DnsAnswerJson { type?: number; ttl?: number; data?: string }
interface DnsTxJson {
  id?: number; query?: string; qtype?: number; rcode?: number; querySeen?: boolean; responseSeen?: boolean;
  authoritative?: boolean; truncated?: boolean; recursionDesired?: boolean; recursionAvailable?: boolean; answerCount?: number; answers?: DnsAnswerJson[];
}
interface DnsJson { transactions?: DnsTxJson[]; transactionCount?: number }
interface HttpJson { method?: string; host?: string; path?: string; version?: string; statusCode?: number; userAgent?: string; requestBodyBytes?: number; responseBodyBytes?: number; requestCount?: number }
interface SshJson { clientBanner?: string; serverBanner?: string; hassh?: string; hasshServer?: string }
interface DhcpTxJson { xid?: number; clientMac?: string; messageTypes?: number[]; hostname?: string; clientFqdn?: string; paramRequestList?: number[]; requestedAddress?: string; assignedAddress?: string }
interface DhcpJson { transactions?: DhcpTxJson[]; transactionCount?: number }

type L7Key = 'dns' | 'http' | 'tls' | 'quic' | 'ssh' | 'dhcp';
const L7_KEYS: L7Key[] = ['dns', 'http', 'tls', 'quic', 'ssh', 'dhcp'];

const tlsOf = (f: FlowJson | undefined) => f?.tls as TlsJson | undefined;
const quicOf = (f: FlowJson | undefined) => f?.quic as QuicJson | undefined;
const dnsOf = (f: FlowJson | undefined) => f?.dns as DnsJson | undefined;
const httpOf = (f: FlowJson | undefined) => f?.http as HttpJson | undefined;
const sshOf = (f: FlowJson | undefined) => f?.ssh as SshJson | undefined;
const dhcpOf = (f: FlowJson | undefined) => f?.dhcp as DhcpJson | undefined;

// ---- running `read` -------------------------------------------------------------------------

interface ReadResult {
  code: number;
  flows: FlowJson[];
  summary: RunSummary | null;
  stderr: string;
}

async function readJson(files: string[], extra: string[] = []): Promise<ReadResult> {
  const { code, stdout, stderr } = await probeAgent(['read', ...files, ...READ_ARGS, ...extra]);
  const flows = stdout.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as FlowJson);
  const last = stderr.trim().split('\n').pop() ?? '';
  const summary = last.startsWith('{"summary"') ? (JSON.parse(last) as { summary: RunSummary }).summary : null;
  return { code, flows, summary, stderr };
}

function keyOf(f: FlowJson): string {
  return flowKey(f.protocol, `${canonicalIp(f.srcAddr)}|${f.srcPort}`, `${canonicalIp(f.dstAddr)}|${f.dstPort}`);
}

/** One trace's flows, and them by 5-tuple (several per key: VLANs, TCP port reuse), in start order. */
interface TraceRun {
  flows: FlowJson[];
  byKey: Map<string, FlowJson[]>;
}

function indexFlows(flows: FlowJson[]): TraceRun {
  const byKey = new Map<string, FlowJson[]>();
  for (const f of [...flows].sort((a, b) => a.startUs - b.startUs)) {
    const k = keyOf(f);
    const list = byKey.get(k);
    if (list) list.push(f);
    else byKey.set(k, [f]);
  }
  return { flows, byKey };
}

/** The earliest flow of the list that has the sub-object, else the earliest. */
function pick(list: FlowJson[] | undefined, key: L7Key): FlowJson | undefined {
  return list?.find((f) => f[key] !== undefined) ?? list?.[0];
}

/** Everything one run of the corpus produced. */
interface CorpusRun {
  /** Per trace (absolute path). */
  traces: Map<string, TraceRun>;
  /** Every record of every invocation, also those of no trace's TCP/UDP 5-tuple (ICMP …). */
  all: FlowJson[];
  /** Traces `read` refused (link types it does not read), with the reason. */
  refused: Map<string, string>;
  summaries: RunSummary[];
  invocations: number;
  ms: number;
}

/**
 * Runs the traces through `read`, several per invocation (no two of an invocation share a
 * 5-tuple), CONCURRENCY invocations at a time. A trace `read` refuses is set aside (its
 * invocation runs again without it).
 */
async function runCorpus(files: string[], extra: string[] = []): Promise<CorpusRun> {
  const t0 = Date.now();
  const keys = new Map<string, Set<string>>();
  for (const f of files) keys.set(f, new Set(traceFlowsByKey(f).keys()));
  const batches: { files: string[]; keys: Set<string>; bytes: number }[] = [];
  for (const f of files) {
    const ks = keys.get(f)!;
    const size = statSync(f).size;
    let b = batches.find((x) => x.files.length < BATCH_FILES && x.bytes + size <= BATCH_BYTES && ![...ks].some((k) => x.keys.has(k)));
    if (!b) batches.push((b = { files: [], keys: new Set(), bytes: 0 }));
    b.files.push(f);
    b.bytes += size;
    for (const k of ks) b.keys.add(k);
  }
  const out: CorpusRun = { traces: new Map(), all: [], refused: new Map(), summaries: [], invocations: 0, ms: 0 };
  const queue = [...batches];
  const worker = async (): Promise<void> => {
    for (let b = queue.shift(); b !== undefined; b = queue.shift()) {
      let batch = b.files;
      let r: ReadResult;
      for (;;) {
        out.invocations++;
        r = await readJson(batch, extra);
        if (r.code === 0 || batch.length === 0) break;
        // A refused trace is named in the error; run the others again without it.
        const bad = batch.filter((f) => r.stderr.includes(f));
        if (bad.length === 0) throw new Error(`read failed (exit ${r.code}): ${r.stderr.slice(-2000)}`);
        for (const f of bad) out.refused.set(f, r.stderr.trim().split('\n').find((l) => l.includes(f)) ?? r.stderr.trim());
        batch = batch.filter((f) => !bad.includes(f));
      }
      if (r.summary) out.summaries.push(r.summary);
      out.all.push(...r.flows);
      const owner = new Map<string, string>();
      for (const f of batch) for (const k of keys.get(f)!) owner.set(k, f);
      const per = new Map<string, FlowJson[]>(batch.map((f) => [f, []]));
      for (const fl of r.flows) {
        const f = owner.get(keyOf(fl));
        if (f !== undefined) per.get(f)!.push(fl);
      }
      for (const [f, fl] of per) out.traces.set(f, indexFlows(fl));
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  out.ms = Date.now() - t0;
  return out;
}

// ---- which traces -----------------------------------------------------------------------------

/** L7 event types of suricata-verify checks this test reads. */
const SV_EVENTS = new Set(['tls', 'dns', 'http', 'ssh', 'quic', 'dhcp']);
const ZEEK_L7_LOG = /\/(dns|http|ssh|dhcp)\.log(\.cut)?$/;

function corpusFiles(root: string, index: CorpusIndex): { ndpi: string[]; zeek: string[]; suricata: string[] } {
  const ndpi = index.ndpi.map((e) => join(root, e.pcap)).filter((p) => existsSync(p) && existsSync(`${p.replace('/pcap/', '/result/')}.out`));
  const zeek = index.zeek.filter((e) => e.baselines.some((b) => ZEEK_L7_LOG.test(b))).map((e) => join(root, e.trace));
  const suricata = index.suricata
    .filter((sv) => readSvSpec(join(root, sv.testDir), sv.testDir).filters.some((f) => SV_EVENTS.has(String(f.match['event_type']))))
    .map((sv) => join(root, sv.pcap));
  return { ndpi, zeek: zeek.filter((p) => existsSync(p)), suricata: suricata.filter((p) => existsSync(p)) };
}

// ---- suricata-verify: our records against the L7 events a check asserts -----------------------

type YamlMap = { [key: string]: YamlValue };

/** [reference, ours] per field label, for one check and one of our records. */
type FieldPairs = Map<string, [string, string | undefined]>;

/**
 * One L7 protocol as suricata-verify checks see it. A check (`filter`) asserts that `count`
 * eve records match all its keys. We read each key we produce as a field (Suricata's name →
 * our label), and score a field as agreeing when one of our records of the flows the check's
 * tuple keys name (either direction), and of the same transaction (DNS id and side, DHCP xid),
 * has the reference value. Keys we do not produce are not compared.
 */
interface SvProtocol {
  /** Our records of one flow: the flow, or one per DNS transaction side, one per DHCP transaction. */
  records(f: FlowJson): unknown[];
  /** Whether the record is the transaction (side) the check is about. */
  same(m: YamlMap, rec: unknown): boolean;
  /** The fields the check asserts, with ours from `rec` (undefined: none of ours yet). */
  fields(m: YamlMap, rec: unknown | undefined): FieldPairs;
  /** A reason not to compare the check at all, or null; `flows`: those its tuple keys name. */
  skip?(m: YamlMap, flows: FlowJson[]): string | null;
}

const str = (v: YamlValue | undefined): string | undefined => (v === undefined || v === null ? undefined : String(v));

/** Values of `<prefix>[i]<suffix>` keys by index, e.g. tls.client_alpns[0], [1]. */
function indexed(m: YamlMap, prefix: string, suffix = ''): Map<number, string> {
  const out = new Map<number, string>();
  const re = new RegExp(`^${prefix.replace(/[.[\]]/g, '\\$&')}\\[(\\d+)\\]${suffix.replace(/[.[\]]/g, '\\$&')}$`);
  for (const [k, v] of Object.entries(m)) {
    const x = re.exec(k);
    if (x) out.set(Number(x[1]), String(v));
  }
  return out;
}

/** The reference list and ours at the same indices, each joined with ';'. */
function atIndices(ref: Map<number, string>, ours: readonly string[] | undefined): [string, string | undefined] {
  const idx = [...ref.keys()].sort((a, b) => a - b);
  return [idx.map((i) => ref.get(i)).join(';'), ours === undefined ? undefined : idx.map((i) => ours[i] ?? '-').join(';')];
}

// Suricata's names for TLS versions, TLS 1.3 drafts by number.
const SV_TLS_VERSIONS: Record<number, string> = { 0x0200: 'SSLv2', 0x0300: 'SSLv3', 0x0301: 'TLSv1', 0x0302: 'TLS 1.1', 0x0303: 'TLS 1.2', 0x0304: 'TLS 1.3' };
function svTlsVersion(v: number): string {
  if (v >>> 8 === 0x7f) return (v & 0xff) < 16 ? 'TLS 1.3 draft-<16' : `TLS 1.3 draft-${v & 0xff}`;
  return SV_TLS_VERSIONS[v] ?? `0x${v.toString(16)}`;
}

/**
 * Our JA4 as Suricata 8 writes it. One systematic departure from JA4.md: a ClientHello without
 * signature algorithms gets its extension list hashed with a trailing "_" (JA4.md: "the string
 * ends without an underscore"); bug-5713-02-ja4's TLS 1.0 hello has none, and Suricata's
 * …_ce66f3b797c1 is sha256("0005,000a,000b,0017,0023,ff01_"). Rebuilt from our JA3 string,
 * which lists the extensions (GREASE already left out).
 */
function svJa4Style(t: TlsJson | undefined): string | undefined {
  if (t?.ja4 === undefined || t.ja3 === undefined) return t?.ja4;
  const exts = (t.ja3.split(',')[2] ?? '').split('-').filter((x) => x !== '').map(Number);
  if (exts.includes(13) || exts.length === 0) return t.ja4;
  const list = exts.filter((x) => x !== 0 && x !== 16).map((x) => x.toString(16).padStart(4, '0')).sort().join(',');
  return `${t.ja4.slice(0, t.ja4.lastIndexOf('_'))}_${createHash('sha256').update(`${list}_`).digest('hex').slice(0, 12)}`;
}

const RR_TYPES: Record<number, string> = {
  1: 'A', 2: 'NS', 5: 'CNAME', 6: 'SOA', 10: 'NULL', 11: 'WKS', 12: 'PTR', 13: 'HINFO', 15: 'MX', 16: 'TXT', 28: 'AAAA', 29: 'LOC', 33: 'SRV',
  35: 'NAPTR', 39: 'DNAME', 41: 'OPT', 43: 'DS', 44: 'SSHFP', 46: 'RRSIG', 47: 'NSEC', 48: 'DNSKEY', 50: 'NSEC3', 51: 'NSEC3PARAM', 52: 'TLSA',
  64: 'SVCB', 65: 'HTTPS', 99: 'SPF', 249: 'TKEY', 250: 'TSIG', 251: 'IXFR', 252: 'AXFR', 255: 'ANY', 257: 'CAA',
};
const RCODES = ['NOERROR', 'FORMERR', 'SERVFAIL', 'NXDOMAIN', 'NOTIMP', 'REFUSED', 'YXDOMAIN', 'YXRRSET', 'NXRRSET', 'NOTAUTH', 'NOTZONE'];
const rrName = (t: number | undefined): string => RR_TYPES[t ?? 0] ?? String(t ?? 0);
// Suricata's names for the DHCP parameters it logs; it leaves others out of `params`
// (rust/src/dhcp/logger.rs, log_opt_parameters).
const SV_DHCP_PARAMS: Record<number, string> = { 1: 'subnet_mask', 3: 'router', 6: 'dns_server', 15: 'domain', 35: 'arp_timeout', 42: 'ntp_server', 66: 'tftp_server_name', 150: 'tftp_server_ip' };

/** An answer's RDATA as Suricata prints it, for the types both print alike; '*' otherwise. */
function svRdata(type: string, data: string): string {
  switch (type) {
    case 'A':
    case 'CNAME':
    case 'NS':
    case 'PTR':
    case 'DNAME':
    case 'TXT':
      return data;
    case 'AAAA':
      return canonicalIp(data);
    case 'MX': // Suricata: the exchange only
      return data.includes(' ') ? data.slice(data.indexOf(' ') + 1) : data;
    default:
      return '*';
  }
}

interface DnsSide { side: 'query' | 'answer'; t: DnsTxJson }

const SV_PROTOCOLS: Record<string, SvProtocol> = {
  tls: {
    records: (f) => (tlsOf(f) ? [tlsOf(f)] : []),
    same: () => true,
    fields(m, rec) {
      const t = rec as TlsJson | undefined;
      const out: FieldPairs = new Map();
      const one = (key: string, label: string, ours: string | undefined) => {
        if (m[key] !== undefined) out.set(label, [String(m[key]), ours]);
      };
      one('tls.sni', 'sni', t?.sni);
      const v = t?.version ?? t?.clientVersion;
      one('tls.version', 'version', v === undefined ? undefined : svTlsVersion(v));
      one('tls.ja3.hash', 'ja3', t?.ja3Hash);
      one('tls.ja3.string', 'ja3 string', t?.ja3);
      one('tls.ja3s.hash', 'ja3s', t?.ja3sHash);
      one('tls.ja3s.string', 'ja3s string', t?.ja3s);
      one('tls.ja4', 'ja4', svJa4Style(t));
      const alpns = indexed(m, 'tls.client_alpns');
      if (alpns.size > 0) out.set('alpn', atIndices(alpns, t?.alpnOffered));
      return out;
    },
  },
  dns: {
    skip(m, flows) {
      // A record keeps a flow's first DNS_MAX_TRANSACTIONS transactions and counts the rest
      // (dns/bug-1158 is a DNS tunnel: hundreds of transactions in one flow); Suricata logs each.
      if (m['dns.id'] === undefined) return null;
      const kept = flows.flatMap((f) => dnsOf(f)?.transactions ?? []);
      const counted = flows.reduce((n, f) => n + (dnsOf(f)?.transactionCount ?? 0), 0);
      return !kept.some((t) => (t.id ?? 0) === Number(m['dns.id'])) && counted > kept.length ? 'a DNS transaction counted, not kept' : null;
    },
    records: (f) => (dnsOf(f)?.transactions ?? []).flatMap((t): DnsSide[] => [
      ...(t.querySeen ? [{ side: 'query' as const, t }] : []),
      ...(t.responseSeen ? [{ side: 'answer' as const, t }] : []),
    ]),
    same(m, rec) {
      const { side, t } = rec as DnsSide;
      const type = str(m['dns.type']);
      if (type !== undefined && (type === 'query' || type === 'request' ? 'query' : 'answer') !== side) return false;
      return m['dns.id'] === undefined || Number(m['dns.id']) === (t.id ?? 0);
    },
    fields(m, rec) {
      const d = rec as DnsSide | undefined;
      const t = d?.t;
      const out: FieldPairs = new Map();
      const q = str(m['dns.rrname'] ?? m['dns.queries[0].rrname']);
      if (q !== undefined) out.set('query', [q, t?.query ?? (t ? '' : undefined)]);
      const qt = str(m['dns.rrtype'] ?? m['dns.queries[0].rrtype']);
      if (qt !== undefined) out.set('qtype', [qt, t ? rrName(t.qtype) : undefined]);
      if (m['dns.rcode'] !== undefined) out.set('rcode', [String(m['dns.rcode']), t?.responseSeen ? (RCODES[t.rcode ?? 0] ?? String(t.rcode)) : undefined]);
      // answers[i]: the subfields the check names (not rrname: we keep no owner names). Suricata
      // logs each character-string of a TXT record as an answer of its own; ours is one answer,
      // the strings separated by spaces (spaces inside a string escaped as \x20), so ours are
      // split here to line up. Our TXT text is cut at DNS_MAX_DATA_CHARS (the schema's bound):
      // its last string may be partial and later ones are missing, so indices from there on
      // are not compared (dns/bug-1158's 7- and 8-string records).
      const answers = (t?.answers ?? []).flatMap((a) => {
        const one = { type: rrName(a.type), ttl: String(a.ttl ?? 0), data: a.data ?? '', cut: false };
        if (a.type !== 16) return [one];
        const parts = one.data.split(' ').map((x) => ({ ...one, data: x.replace(/\\x20/g, ' ') }));
        if (one.data.length >= DNS_MAX_DATA_CHARS) parts[parts.length - 1].cut = true;
        return parts;
      });
      const cutAt = answers.findIndex((a) => a.cut);
      const refs: string[] = [];
      const ours: string[] = [];
      const idx = new Set([...indexed(m, 'dns.answers', '.rrtype').keys(), ...indexed(m, 'dns.answers', '.rdata').keys(), ...indexed(m, 'dns.answers', '.ttl').keys()]);
      for (const i of [...idx].sort((a, b) => a - b)) {
        const type = str(m[`dns.answers[${i}].rrtype`]);
        const ttl = str(m[`dns.answers[${i}].ttl`]);
        const rdata = str(m[`dns.answers[${i}].rdata`]);
        const a = answers[i];
        if (cutAt >= 0 && i >= cutAt) continue;
        const rtype = type ?? a?.type ?? '';
        refs.push(`${type ?? ''}/${ttl ?? ''}/${rdata === undefined ? '' : svRdata(rtype, rdata)}`);
        ours.push(a ? `${type === undefined ? '' : a.type}/${ttl === undefined ? '' : a.ttl}/${rdata === undefined ? '' : svRdata(a.type, a.data)}` : '-');
      }
      // grouped.<TYPE>[i]: the i-th answer of that type.
      for (const key of Object.keys(m)) {
        const g = /^dns\.grouped\.([A-Z0-9]+)\[(\d+)\]$/.exec(key);
        if (!g) continue;
        const a = answers.filter((x) => x.type === g[1])[Number(g[2])];
        if (cutAt >= 0 && (a === undefined || a.cut || answers.indexOf(a) > cutAt)) continue;
        refs.push(`${g[1]}[${g[2]}]=${svRdata(g[1], String(m[key]))}`);
        ours.push(a ? `${g[1]}[${g[2]}]=${svRdata(a.type, a.data)}` : '-');
      }
      if (m['dns.answers.__len'] !== undefined) {
        refs.push(`${m['dns.answers.__len']} answers`);
        ours.push(`${t?.answerCount ?? 0} answers`);
      }
      if (refs.length > 0) out.set('answers', [refs.join(' '), t?.responseSeen ? ours.join(' ') : undefined]);
      return out;
    },
  },
  http: {
    records: (f) => (httpOf(f) ? [httpOf(f)] : []),
    same: () => true,
    skip(m, flows) {
      if (Object.keys(m).some((k) => k.startsWith('http.http2'))) return 'HTTP/2 (no HTTP/2 analyzer)';
      // After a CONNECT the analyzer leaves the tunnel alone; Suricata reads the HTTP inside it
      // and numbers its transactions from 0 again (http-connect-*).
      if (flows.some((f) => httpOf(f)?.method === 'CONNECT')) return 'HTTP inside a CONNECT tunnel';
      // We keep a connection's first transaction (compareZeekHttp compares Zeek's trans_depth
      // 1 alone). A check without tx_id on a connection with several requests may mean any of
      // them (http-gap-*, http-async: "/2", "/3").
      if (m['tx_id'] !== undefined) return Number(m['tx_id']) !== 0 ? 'a later HTTP transaction than the first' : null;
      return flows.some((f) => (httpOf(f)?.requestCount ?? 0) > 1) ? 'an HTTP connection with several requests, no tx_id' : null;
    },
    fields(m, rec) {
      const h = rec as HttpJson | undefined;
      const out: FieldPairs = new Map();
      const one = (key: string, label: string, ours: string | undefined, ref = str(m[key])) => {
        if (ref !== undefined) out.set(label, [ref, ours]);
      };
      // Suricata logs the Host header's host in lower case, without the port ("[::1]:8000" is
      // "[::1]"); ours is the header as sent.
      one('http.hostname', 'host', h?.host?.replace(/:\d+$/, '').toLowerCase());
      // Suricata logs the whole target; ours drops the query string (privacy default).
      one('http.url', 'uri', h?.path, str(m['http.url'])?.split('?')[0]);
      one('http.http_method', 'method', h?.method);
      one('http.status', 'status', h?.statusCode?.toString());
      one('http.http_user_agent', 'user_agent', h?.userAgent);
      // Not compared: http.protocol is the request line's version; ours is the response's, as
      // Zeek logs it (compared with http.log above). tcp-fastopen-01 and decode-teredo-01 ask
      // in HTTP/1.0 and are answered in HTTP/1.1.
      return out;
    },
  },
  ssh: {
    records: (f) => (sshOf(f) ? [sshOf(f)] : []),
    same: () => true,
    fields(m, rec) {
      const h = rec as SshJson | undefined;
      const out: FieldPairs = new Map();
      for (const side of ['client', 'server'] as const) {
        // "SSH-<proto_version>-<software_version>[ <comments>]"
        const b = /^SSH-([^-]*)-(\S*)/.exec((side === 'client' ? h?.clientBanner : h?.serverBanner) ?? '');
        const pv = str(m[`ssh.${side}.proto_version`]);
        const sv = str(m[`ssh.${side}.software_version`]);
        if (pv !== undefined || sv !== undefined) out.set(side, [`${pv ?? ''}|${sv ?? ''}`, b ? `${pv === undefined ? '' : b[1]}|${sv === undefined ? '' : b[2]}` : undefined]);
      }
      if (m['ssh.client.hassh.hash'] !== undefined) out.set('hassh', [String(m['ssh.client.hassh.hash']), h?.hassh]);
      if (m['ssh.server.hassh.hash'] !== undefined) out.set('hasshServer', [String(m['ssh.server.hassh.hash']), h?.hasshServer]);
      return out;
    },
  },
  quic: {
    records: (f) => (quicOf(f) ? [quicOf(f)] : []),
    same: () => true,
    fields(m, rec) {
      const q = rec as QuicJson | undefined;
      const out: FieldPairs = new Map();
      if (m['quic.sni'] !== undefined) out.set('sni', [String(m['quic.sni']), q?.sni]);
      if (m['quic.version'] !== undefined) out.set('version', [String(m['quic.version']), q?.version === undefined ? undefined : String(q.version)]);
      if (m['quic.ja4'] !== undefined) out.set('ja4', [String(m['quic.ja4']), q?.ja4]);
      // extensions[i]: the ClientHello's extensions in order; we have server_name and alpn's values.
      for (const [i, name] of indexed(m, 'quic.extensions', '.name')) {
        const values = indexed(m, `quic.extensions[${i}].values`);
        if (values.size === 0) continue;
        if (name === 'server_name') out.set('sni', [values.get(0) ?? '', q?.sni]);
        if (name === 'alpn') out.set('alpn', atIndices(values, q?.alpnOffered));
      }
      return out;
    },
  },
  dhcp: {
    records: (f) => dhcpOf(f)?.transactions ?? [],
    same: (m, rec) => m['dhcp.id'] === undefined || Number(m['dhcp.id']) === ((rec as DhcpTxJson).xid ?? 0),
    fields(m, rec) {
      const t = rec as DhcpTxJson | undefined;
      const out: FieldPairs = new Map();
      // Suricata keeps the NULs that pad a host name option ("nas1\u0000"); our text stops at them.
      if (m['dhcp.hostname'] !== undefined) out.set('hostname', [String(m['dhcp.hostname']).replace(/\0+$/, ''), t?.hostname]);
      if (m['dhcp.client_mac'] !== undefined) out.set('client_mac', [String(m['dhcp.client_mac']), t?.clientMac]);
      // Suricata logs yiaddr per message (0.0.0.0 in a client's); ours is the transaction's assigned address.
      if (m['dhcp.assigned_ip'] !== undefined && m['dhcp.assigned_ip'] !== '0.0.0.0') out.set('assigned_ip', [String(m['dhcp.assigned_ip']), t?.assignedAddress]);
      const params = indexed(m, 'dhcp.params');
      if (params.size > 0) out.set('params', atIndices(params, t?.paramRequestList?.flatMap((p) => (SV_DHCP_PARAMS[p] ? [SV_DHCP_PARAMS[p]] : []))));
      return out;
    },
  },
};

/** suricata-verify tests whose L7 events come from packets the probe does not see as the flow. */
const SV_NOT_L7: Record<string, string> = {
  // Encapsulations the decoder does not take apart (the module tests leave tunnels out too):
  'bug-5633-gre-02': 'SSH inside GRE, which the decoder does not decapsulate',
  'vxlan-decoder-03': 'DNS and SSH inside VXLAN, which the decoder does not decapsulate',
  'bug-4810': 'PPPoE with a one-byte (compressed) PPP protocol field, which the decoder does not read',
  // DNS over HTTPS/HTTP2 and HTTP/2 streams: no HTTP/2 analyzer.
  'dns-over-http2': 'DNS over HTTP/2, no HTTP/2 analyzer',
  'dns-over-http2-post': 'DNS over HTTP/2, no HTTP/2 analyzer',
  'http2-long-frame': 'HTTP/2, no HTTP/2 analyzer',
};

/**
 * Checks we disagree with, each understood (key "<test> check <n>", n counting from 0 over the
 * test's checks). Listed, not scored; an entry that comes to agree fails the test, so that it is
 * removed. "Agent:" marks a defect of ours, reported to the owners of that code; the others are
 * the analyzers' deliberate choices.
 */
const SV_EXPECTED_DIFFERENCES: Record<string, string> = {
  // Agent: TLS 1.3 draft-14's ServerHello has the draft layout (no legacy_session_id, no
  // compression method) but says 0x0304, so parseServerHello (agent/l7/tls-hello.ts), which
  // takes the draft layout for versions 0x7f00–0x7f15, reads it as the final one and finds
  // nothing that holds together. (Drafts 18 and 19, which say 0x7f12/0x7f13, are read.)
  'tls/tls13-draft14 check 0': 'agent: draft TLS 1.3 ServerHello layout not read',
  'tls/tls13-draft14 check 1': 'agent: draft TLS 1.3 ServerHello layout not read',
  // DnsAnalyzer.detect() (agent/l7/dns.ts) takes no message with an unassigned opcode (> 6):
  // opcode 9 here. Suricata parses it and raises an anomaly; the flow is ours only by port guess.
  'dns/dns-invalid-opcode check 6': 'DNS opcode 9 is not taken for DNS',
  'dns/dns-invalid-opcode check 9': 'DNS opcode 9 is not taken for DNS',
  'dns/v2/dns-invalid-opcode check 7': 'DNS opcode 9 is not taken for DNS',
  'dns/v2/dns-invalid-opcode check 11': 'DNS opcode 9 is not taken for DNS',
  // The question name is a compression pointer forwards; RFC 1035 §4.1.4 has pointers refer to
  // a prior occurrence, and the analyzer refuses others (loop protection). Suricata follows it.
  'dns/dns-forward-pointer check 1': 'a forward compression pointer is refused',
  // The client sends the 5 bytes "GET /", the server 15 bytes, then the client resets: no line
  // end, no version. Suricata logs the fragment as a request; HttpAnalyzer.detect() wants a
  // whole request line (as with Zeek's ossfuzz trace, compareZeekHttp).
  'bug-3844 check 0': 'a request line fragment without a line end is not taken for HTTP',
  'bug-4702-01 check 0': 'a request line fragment without a line end is not taken for HTTP',
};

/** Whether the check's tuple keys (src_ip, src_port, dest_ip, dest_port, proto) fit the flow, either direction. */
function tupleFits(m: YamlMap, f: FlowJson): boolean {
  const proto = str(m['proto']);
  if (proto !== undefined && proto.toUpperCase() !== (f.protocol === 6 ? 'TCP' : f.protocol === 17 ? 'UDP' : String(f.protocol))) return false;
  const fits = (a: string, ap: number, b: string, bp: number): boolean =>
    (m['src_ip'] === undefined || canonicalIp(String(m['src_ip'])) === canonicalIp(a)) &&
    (m['src_port'] === undefined || Number(m['src_port']) === ap) &&
    (m['dest_ip'] === undefined || canonicalIp(String(m['dest_ip'])) === canonicalIp(b)) &&
    (m['dest_port'] === undefined || Number(m['dest_port']) === bp);
  return fits(f.srcAddr, f.srcPort, f.dstAddr, f.dstPort) || fits(f.dstAddr, f.dstPort, f.srcAddr, f.srcPort);
}

// ---- nDPI app labels as the pipeline is scored on them ----------------------------------------

/**
 * ndpiLabel, plus nDPI names for what our analyzers read under another name: LLMNR (RFC 4795)
 * and mDNS (RFC 6762) are the DNS message format on their own ports, which the DNS analyzer
 * reads (Zeek logs them in dns.log too); HTTP_Connect is HTTP's CONNECT method, and HTTP2 in
 * clear text begins with the HTTP/1-shaped preface "PRI * HTTP/2.0", which the HTTP analyzer
 * reads as such.
 */
function pipelineLabel(l: NdpiFlow): string {
  const label = ndpiLabel(l);
  const name = label.startsWith('other:') ? label.slice(6) : '';
  if (name === 'LLMNR' || name === 'MDNS') return 'dns';
  if (name === 'HTTP_Connect' || name === 'HTTP2') return 'http';
  return label;
}

/** Why an nDPI line is outside what our analyzers read (not scored), or null. */
function outOfScope(l: NdpiFlow, ref: string): string | null {
  // As the QUIC comparison: no IETF QUIC Initial to open (ndpiIetfQuicVersion).
  if (ref === 'quic' && ndpiIetfQuicVersion(l.line) === undefined) return 'QUIC flows without an IETF QUIC Initial (gQUIC, version negotiation)';
  // As the TLS comparison (isNdpiTlsLine): TLS flows where nDPI saw no handshake either (no
  // JA3, JA4 or SNI): captures that begin mid-connection (application data, an alert) and
  // tls_cipher_lens's hellos with odd cipher-list lengths. nDPI names them from record headers;
  // the TLS analyzer reads handshakes.
  if (ref === 'tls' && l.protocol === 6 && !isNdpiTlsLine(l)) return 'TLS flows without a handshake nDPI could read (record headers only)';
  return null;
}

/** DPI-confident nDPI labels we disagree with, each understood (key "<pcap> #<nDPI flow number>"). */
const APP_EXPECTED_DIFFERENCES: Record<string, string> = {
  ...NDPI_APP_EXPECTED_DIFFERENCES,
  // The engine offers a flow's first DETECT_PACKETS payload packets to the analyzers: a flow
  // that opens with a protocol we do not name and then carries one we do is named after the
  // latter. nDPI names the first.
  'shadowsocks.pcap #1': 'a SOCKS5 handshake, then HTTP through the proxy',
  'tls_heur__vmess-websocket.pcapng #3': 'a SOCKS5 handshake, then TLS through the proxy',
  'pgsql2.pcapng #1': 'PostgreSQL SSLRequest, then TLS',
  // nDPI names what an HTTP request carries: a GET of /maplestory/ (the game), a SOAP envelope.
  'ossfuzz_seed_fake_traces_3.pcapng #1': 'an HTTP request nDPI names by its URL (MapleStory)',
  'soap.pcap #1': 'an HTTP POST of a SOAP envelope',
};

// ---- small helpers --------------------------------------------------------------------------

function assertAgreement(agree: Agreement): void {
  for (const [field, r] of agree.rows) expect(r.matched / r.compared, `${field}: ${r.matched}/${r.compared}`).toBeGreaterThanOrEqual(MIN_AGREEMENT);
}

const base = (p: string): string => p.slice(p.lastIndexOf('/') + 1);

// =============================================================================================

describe.skipIf(!haveCorpora)('L7 through `read --json` on the corpus traces', () => {
  const root = corpora!;
  let index: CorpusIndex;
  let files: ReturnType<typeof corpusFiles>;
  let corpus: CorpusRun;
  const trace = (abs: string): TraceRun => corpus.traces.get(abs) ?? { flows: [], byKey: new Map() };

  beforeAll(async () => {
    expect(existsSync(cli), `${cli}: build first (npm run build:ts)`).toBe(true);
    index = readCorpusIndex(join(root, 'INDEX.md'));
    files = corpusFiles(root, index);
    corpus = await runCorpus([...new Set([...files.ndpi, ...files.zeek, ...files.suricata])]);
    const flows = corpus.all.length;
    console.log(
      `read --json: ${corpus.traces.size} traces in ${corpus.invocations} invocations, ${flows} flows, ${corpus.ms} ms` +
        (corpus.refused.size > 0 ? `; refused: ${[...corpus.refused].map(([f, why]) => `${base(f)} (${why})`).join(', ')}` : ''),
    );
  }, 300_000);

  /** The nDPI results with their traces' runs; `want` picks the files worth reading. */
  function* ndpiLines(want: (text: string) => boolean): Generator<{ name: string; l: NdpiFlow; run: TraceRun }> {
    for (const e of index.ndpi) {
      const pcap = join(root, e.pcap);
      const result = join(root, e.result);
      if (!corpus.traces.has(pcap) || !existsSync(result) || !want(readFileSync(result, 'utf8'))) continue;
      for (const l of readNdpiOut(result).flows) yield { name: base(pcap), l, run: trace(pcap) };
    }
  }

  // The comparisons below are test/corpora/{ndpi,zeek}-l7.ts's, shared with the module tests,
  // with the differences each leaves and why.
  it('TLS: SNI, ALPN, version, JA3, JA3S and JA4 as nDPI has them', () => {
    const agree = new Agreement(20);
    let joined = 0;
    let missing = 0;
    for (const { name, l, run } of ndpiLines((t) => t.includes('[JA3C: ') || t.includes('[JA4: '))) {
      if (!isNdpiTlsLine(l)) continue;
      const flow = pick(findNdpiFlow(run.byKey, l), 'tls');
      if (!flow) {
        missing++;
        continue;
      }
      joined++;
      const where = `${name} #${l.index}`;
      compareNdpiTls(agree, l.line, tlsOf(flow), where);
    }
    console.log(agree.table(`TLS (read --json) vs nDPI: ${joined} flows joined, ${missing} not found`));
    expect(joined).toBeGreaterThan(300);
    assertAgreement(agree);
  });

  it('QUIC: version, SNI, ALPN, JA3 and JA4 as nDPI has them', () => {
    const agree = new Agreement(20);
    let compared = 0;
    for (const { name, l, run } of ndpiLines((t) => t.includes('[QUIC ver: '))) {
      if (ndpiIetfQuicVersion(l.line) === undefined || l.protocol !== 17) continue;
      compared++;
      compareNdpiQuic(agree, l.line, quicOf(pick(findNdpiFlow(run.byKey, l), 'quic')), `${name} #${l.index}`);
    }
    console.log(agree.table(`QUIC (read --json) vs nDPI: ${compared} IETF QUIC flows`));
    expect(compared).toBeGreaterThan(10);
    assertAgreement(agree);
  });

  it('SSH client banner and DHCP host name and parameter list as nDPI has them', () => {
    const agree = new Agreement(20);
    const excluded: string[] = [];
    for (const { name, l, run } of ndpiLines((t) => t.includes('/SSH]') || t.includes('/DHCP]'))) {
      const where = `${name} #${l.index}`;
      // nDPI decapsulates CAPWAP, GTP, VXLAN …; the decoder keys the outer flow (as in the module tests' tunnel exclusions).
      if (l.tunnel !== null) {
        excluded.push(`${where}: inside ${l.tunnel}, which the decoder does not decapsulate`);
        continue;
      }
      if (l.protocol === 6 && /(^|\/|\.)SSH$/.test(l.proto)) {
        // nDPI's Hostname/SNI of an SSH flow is the client's banner — or, in
        // ssh_unidirectional.pcap, where the client sent no banner (2 payload bytes in all), the
        // server's: nDPI fills the client signature from whichever side it saw.
        const ssh = sshOf(pick(findNdpiFlow(run.byKey, l), 'ssh'));
        if (name === 'ssh_unidirectional.pcap' && ssh?.clientBanner === undefined && ssh?.serverBanner === ndpiTag(l.line, 'Hostname/SNI')) {
          excluded.push(`${where}: nDPI's "client" banner is the server's (ours: server banner ${ssh?.serverBanner})`);
          continue;
        }
        agree.check('ssh client', ndpiTag(l.line, 'Hostname/SNI'), ssh?.clientBanner, where);
      }
      if (l.protocol === 17 && /(^|\/)DHCP$/.test(l.proto)) {
        // nDPI keeps the host name (option 12) and the parameter request list (option 55) of
        // the flow's first message that has them. It lower-cases host names ("Lucas-iMac" is
        // "lucas-imac" there); we keep them as sent, so host names compare case-insensitively.
        const txs = dhcpOf(pick(findNdpiFlow(run.byKey, l), 'dhcp'))?.transactions ?? [];
        agree.check('dhcp hostname', ndpiTag(l.line, 'Hostname/SNI'), txs.find((t) => t.hostname !== undefined)?.hostname?.toLowerCase(), where);
        agree.check('dhcp params', ndpiTag(l.line, 'DHCP Fingerprint'), txs.find((t) => t.paramRequestList !== undefined)?.paramRequestList?.join(','), where);
      }
    }
    console.log(`${agree.table('SSH and DHCP (read --json) vs nDPI')}\n${excluded.map((e) => `  excluded: ${e}`).join('\n')}`);
    assertAgreement(agree);
  });

  /** zeekBaselines with the traces' runs. */
  function* zeekLogs(kind: ZeekL7Log): Generator<{ test: string; rows: ZeekRow[]; tracePath: string; run: TraceRun }> {
    for (const b of zeekBaselines(root, index, kind)) yield { test: b.test, rows: b.rows, tracePath: b.trace, run: trace(b.trace) };
  }

  it('DNS: query, type, rcode, flags and answers as Zeek dns.log has them', () => {
    const agree = new Agreement();
    let rows = 0;
    for (const { test, rows: logRows, run } of zeekLogs('dns')) {
      // All transactions of a 5-tuple, from all its flows in order (Zeek's connection has no VLAN; ours has).
      const ours = new Map<string, DnsTxJson[]>();
      for (const [k, list] of run.byKey) ours.set(k, list.flatMap((f) => dnsOf(f)?.transactions ?? []));
      rows += compareZeekDns(agree, test, logRows, ours);
    }
    console.log(agree.table(`DNS (read --json) vs Zeek dns.log (${rows} rows)`));
    expect(rows).toBeGreaterThan(10);
    assertAgreement(agree);
  });

  it('HTTP: method, host, URI, version, status, user agent as Zeek http.log has them', () => {
    const agree = new Agreement(40);
    let rows = 0;
    for (const { test, rows: logRows, tracePath, run } of zeekLogs('http')) {
      const encoded = new Set<string>();
      for (const [k, f] of traceFlowsByKey(tracePath)) if (hasContentEncoding(f)) encoded.add(k);
      // Our HTTP flows per 5-tuple in start order (TCP port reuse: one per connection, as Zeek's).
      const ours = new Map<string, HttpJson[]>();
      for (const [k, list] of run.byKey) ours.set(k, list.flatMap((f) => (httpOf(f) ? [httpOf(f)!] : [])));
      rows += compareZeekHttp(agree, test, logRows, ours, encoded);
    }
    console.log(agree.table(`HTTP (read --json) vs Zeek http.log (${rows} first transactions)`));
    expect(rows).toBeGreaterThan(20);
    assertAgreement(agree);
  });

  it('SSH: client and server banners as Zeek ssh.log has them', () => {
    const agree = new Agreement();
    let rows = 0;
    for (const { test, rows: logRows, run } of zeekLogs('ssh')) {
      rows += compareZeekSsh(agree, test, logRows, new Map([...run.byKey].map(([k, list]) => [k, sshOf(pick(list, 'ssh'))])));
    }
    console.log(agree.table(`SSH (read --json) vs Zeek ssh.log (${rows} rows)`));
    expect(rows).toBeGreaterThan(20);
    assertAgreement(agree);
  });

  it('DHCP: host name, message types and addresses as Zeek dhcp.log has them', () => {
    const agree = new Agreement();
    let rows = 0;
    for (const { test, rows: logRows, run } of zeekLogs('dhcp')) rows += compareZeekDhcp(agree, test, logRows, run.flows.map(dhcpOf));
    console.log(agree.table(`DHCP (read --json) vs Zeek dhcp.log (${rows} rows)`));
    expect(rows).toBeGreaterThan(3);
    assertAgreement(agree);
  });

  it('TLS, DNS, HTTP, SSH, QUIC and DHCP fields as suricata-verify checks assert them', () => {
    const tables = new Map<string, Agreement>();
    const skipped = new Map<string, number>();
    const skip = (why: string) => skipped.set(why, (skipped.get(why) ?? 0) + 1);
    let checks = 0;
    const listed: string[] = [];
    const stale: string[] = [];
    for (const sv of index.suricata) {
      const pcap = join(root, sv.pcap);
      const spec = readSvSpec(join(root, sv.testDir), sv.testDir);
      const test = sv.testDir.replace(/^suricata-verify\/tests\//, '');
      for (const f of spec.filters) {
        const event = String(f.match['event_type']);
        const proto = SV_PROTOCOLS[event];
        if (!proto) continue;
        if (f.filename !== null) { skip('another output file than eve.json'); continue; }
        if (!(f.count >= 1)) { skip('count 0 (an absence)'); continue; }
        if (f.requires && ('lt-version' in f.requires || 'version' in f.requires)) { skip('an older Suricata'); continue; }
        if (corpus.refused.has(pcap)) { skip('a link type read does not read'); continue; }
        if (SV_NOT_L7[test] !== undefined) { skip(SV_NOT_L7[test]); continue; }
        const flows = trace(pcap).flows.filter((fl) => tupleFits(f.match, fl));
        const why = proto.skip?.(f.match, flows) ?? null;
        if (why !== null) { skip(why); continue; }
        const refOnly = proto.fields(f.match, undefined);
        if (refOnly.size === 0) { skip('no field we produce'); continue; }
        checks++;
        const cands = flows.flatMap((fl) => proto.records(fl)).filter((r) => proto.same(f.match, r));
        const got = cands.map((r) => proto.fields(f.match, r));
        if (!tables.has(event)) tables.set(event, new Agreement(20));
        const agree = tables.get(event)!;
        const where = `${test} check ${f.index}`;
        const expected = SV_EXPECTED_DIFFERENCES[where];
        let allAgree = true;
        for (const [label, [ref]] of refOnly) {
          // Each candidate's own pair: what is compared can depend on our record (a cut TXT).
          const pairs = got.map((g) => g.get(label)!);
          const [r, o] = pairs.find(([a, b]) => a === b) ?? pairs[0] ?? [ref, undefined];
          allAgree &&= r === o;
          if (expected === undefined) agree.check(label, r, o, `${where}${got.length > 1 ? ` (${got.length} candidates)` : ''}`);
        }
        if (expected !== undefined) (allAgree ? stale : listed).push(`${where}: ${expected}`);
      }
    }
    for (const [event, agree] of tables) console.log(agree.table(`${event} (read --json) vs suricata-verify checks`));
    console.log(`suricata-verify: ${checks} L7 checks compared; not compared: ${[...skipped].map(([w, n]) => `${n} ${w}`).join(', ')}`);
    console.log(`  expected differences (not scored):\n    ${listed.join('\n    ')}`);
    expect(checks).toBeGreaterThan(150);
    expect(stale, 'listed differences that now agree: remove them from SV_EXPECTED_DIFFERENCES').toEqual([]);
    for (const agree of tables.values()) assertAgreement(agree);
  });

  // (b) The app protocol of every record against nDPI's DPI-confident labels, for all the
  // protocols we name: the analyzers' and the signatures'. nDPI keys flows on the 5-tuple and
  // VLAN and never splits them; ours is the earliest record of the 5-tuple. A port guess
  // (appProtocolGuessed) identifies nothing: it is scored as no label, and counted apart.
  // Not scored (counted and printed): nDPI lines outside what the analyzers read, by the same
  // rules as the module tests, and the flows of APP_EXPECTED_DIFFERENCES.
  // Kept, and within the bound: two http misses where the capture begins with the server's
  // reply (http_starting_with_reply #1, mpeg-dash #2). The record's initiator is then the
  // server, and the HTTP analyzer takes direction 0 for requests: the reply is read as a bad
  // request and nothing is confirmed (only the port guess names the flow).
  it('app protocol: ≥ 98% of the flows nDPI identifies by DPI as nDPI does, and no false positives', () => {
    const names = APP_PROTOCOLS.filter((n) => n !== '');
    const rows = new Map(names.map((n) => [n, { ref: 0, ours: 0, agree: 0, guessed: 0, fp: 0, misses: [] as string[], fps: [] as string[] }]));
    const excluded: string[] = [];
    const stale: string[] = [];
    const outside = new Map<string, number>();
    const notFound: string[] = [];
    let joined = 0;
    for (const { name, l, run } of ndpiLines(() => true)) {
      if (l.protocol !== 6 && l.protocol !== 17) continue;
      if (ndpiConfidence(l.line)?.startsWith('DPI') !== true) continue;
      const where = `${name} #${l.index}`;
      const flow = findNdpiFlow(run.byKey, l)?.[0];
      if (!flow) {
        // Flows the decoder does not see as nDPI does (tunnels nDPI decapsulates, fuzzed headers).
        notFound.push(`${where} (${l.proto})`);
        continue;
      }
      joined++;
      const ref = pipelineLabel(l);
      const ours = flow.appProtocol !== '' && !flow.appProtocolGuessed ? flow.appProtocol : undefined;
      const scope = outOfScope(l, ref);
      if (scope !== null) {
        outside.set(scope, (outside.get(scope) ?? 0) + 1);
        continue;
      }
      const expected = APP_EXPECTED_DIFFERENCES[where];
      if (expected !== undefined) {
        (ours === ref ? stale : excluded).push(`${where}: ${expected} (ours ${flow.appProtocol || '-'}${flow.appProtocolGuessed ? ', guessed' : ''})`);
        continue;
      }
      const r = rows.get(ref);
      if (r) {
        r.ref++;
        if (ours === ref) r.agree++;
        else {
          if (flow.appProtocolGuessed && flow.appProtocol === ref) r.guessed++;
          if (r.misses.length < 12) r.misses.push(`${where} (${l.proto}): ours ${flow.appProtocol || '-'}${flow.appProtocolGuessed ? ' (guessed)' : ''}`);
        }
      }
      const o = ours === undefined ? undefined : rows.get(ours);
      if (o) {
        o.ours++;
        if (ours !== ref) {
          o.fp++;
          if (o.fps.length < 12) o.fps.push(`${where}: nDPI ${l.proto}`);
        }
      }
    }
    const lines = [`app protocol (read --json) vs nDPI: ${joined} DPI-confident TCP/UDP flows joined, ${notFound.length} not found`, '  protocol     ref  ours  agree       %   FP  guessed right'];
    for (const [n, r] of rows) {
      if (r.ref === 0 && r.ours === 0) continue;
      const pct = r.ref > 0 ? ((100 * r.agree) / r.ref).toFixed(1) : '-';
      lines.push(`  ${n.padEnd(10)} ${String(r.ref).padStart(5)} ${String(r.ours).padStart(5)} ${String(r.agree).padStart(6)} ${pct.padStart(7)} ${String(r.fp).padStart(4)} ${String(r.guessed).padStart(8)}`);
      for (const m of r.misses) lines.push(`      miss ${m}`);
      for (const m of r.fps) lines.push(`      FP   ${m}`);
    }
    for (const [why, n] of outside) lines.push(`  not scored: ${n} ${why}`);
    for (const e of excluded) lines.push(`  expected difference: ${e}`);
    lines.push(`  not found: ${notFound.join(', ')}`);
    console.log(lines.join('\n'));
    expect(joined).toBeGreaterThan(1500);
    expect(stale, 'listed differences that now agree: remove them from APP_EXPECTED_DIFFERENCES').toEqual([]);
    for (const [n, r] of rows) {
      if (r.ref > 0) expect(r.agree / r.ref, `${n}: ${r.agree}/${r.ref}`).toBeGreaterThanOrEqual(MIN_AGREEMENT);
      expect(r.fp, `${n} false positives`).toBe(0);
    }
  });

  // (c) An L7 sub-object means an analyzer recognised the flow: its record names a protocol.
  it('every record with an L7 sub-object has an app protocol', () => {
    const combos = new Map<string, number>();
    const without: string[] = [];
    for (const f of corpus.all) {
      for (const k of L7_KEYS) {
        if (f[k] === undefined) continue;
        const c = `${k} → ${f.appProtocol || '(none)'}${f.appProtocolGuessed ? ' (guessed)' : ''}`;
        combos.set(c, (combos.get(c) ?? 0) + 1);
        if (f.appProtocol === '') without.push(`${k}: ${f.srcAddr}:${f.srcPort} → ${f.dstAddr}:${f.dstPort}`);
      }
    }
    console.log(`L7 sub-object → app protocol:\n  ${[...combos].sort((a, b) => b[1] - a[1]).map(([c, n]) => `${c}: ${n}`).join('\n  ')}`);
    expect([...combos.values()].reduce((a, b) => a + b, 0)).toBeGreaterThan(1000);
    expect(without).toEqual([]);
  });

  // (a) Privacy default (engine.ts PRIVACY_DEFAULTS.httpQueryString false): no path carries a
  // query string. With --keep-http-query the traces whose http.log shows query strings are run
  // again: the query is there, whole as Zeek logs it, and nothing else changed in the path.
  it('privacy: no query string in an HTTP path unless --keep-http-query, and then the query as Zeek logs it', async () => {
    const leaks = corpus.all.filter((f) => httpOf(f)?.path?.includes('?'));
    expect(leaks.map((f) => `${f.srcAddr}:${f.srcPort} ${httpOf(f)!.path}`)).toEqual([]);
    const withQuery = new Map<string, { test: string; rows: ZeekRow[] }>();
    for (const { test, rows, tracePath } of zeekLogs('http')) {
      const q = rows.filter((r) => r['trans_depth'] === '1' && zeekText(r, 'uri')?.includes('?') && zeekText(r, 'method') !== undefined);
      if (q.length > 0) withQuery.set(tracePath, { test, rows: q });
    }
    expect(withQuery.size, 'corpus traces with query strings').toBeGreaterThan(0);
    const kept = await runCorpus([...withQuery.keys()], ['--keep-http-query']);
    const agree = new Agreement();
    for (const [tracePath, { test, rows }] of withQuery) {
      const before = trace(tracePath).byKey;
      const after = kept.traces.get(tracePath)?.byKey ?? new Map<string, FlowJson[]>();
      for (const r of rows) {
        const k = zeekRowKey(r);
        const where = `${test} ${k}`;
        const path = httpOf(pick(after.get(k), 'http'))?.path;
        // Zeek logs the target percent-decoded ("charset=UTF-8; filename=\"test.json\""); ours
        // is as sent ("%20", "%3d%22"), so ours is decoded for the comparison.
        const decoded = path?.replace(/%([0-9a-fA-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
        agree.check('uri with query', zeekText(r, 'uri'), decoded, where);
        // The default run's path is the same target without its query.
        agree.check('path without', path?.split('?')[0], httpOf(pick(before.get(k), 'http'))?.path, where);
      }
    }
    console.log(agree.table(`HTTP --keep-http-query vs Zeek http.log: ${withQuery.size} traces with query strings`));
    expect(agree.rows.get('uri with query')?.matched ?? 0).toBeGreaterThan(0);
    assertAgreement(agree);
  });

  it('runs every trace without losing flows or L7 state', () => {
    expect(corpus.traces.size).toBeGreaterThan(400);
    for (const s of corpus.summaries) {
      expect(s.l7OverBudget, 'flows left unanalysed for the L7 flow budget').toBe(0);
      expect(s.workerRestarts).toBe(0);
      expect(s.evicted).toBe(0);
    }
  });
});
