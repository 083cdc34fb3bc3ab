// Our L7 fields against Zeek's dns.log, http.log, ssh.log and dhcp.log: which baselines are
// read, how a row finds our flow or transaction, and what is compared under which rule. One
// comparison per log, for the analyzers' fields (test/l7-{dns,http,ssh,dhcp}.test.ts, over
// flows split from the trace) and for the sub-objects of `read --json` (test/l7-pipeline.test.ts):
// both have the same field names, so each function takes either.

import { join } from 'node:path';
import type { DhcpTransaction } from '../../agent/l7/dhcp.js';
import type { DnsAnswer, DnsTransaction } from '../../agent/l7/dns.js';
import type { HttpFields } from '../../agent/l7/http.js';
import type { SshFields } from '../../agent/l7/ssh.js';
import { normZeekDnsAnswers, zeekDnsAnswers, type Agreement, type TraceFlow } from '../../bench/l7-corpus.js';
import type { CorpusIndex } from './corpus-index.js';
import { canonicalIp } from './join.js';
import { flowKey } from './ndpi-l7.js';
import { readZeekLog, zeekText as val, type ZeekRow } from './zeek-log.js';

// ---- baselines ------------------------------------------------------------------------------

/** The baselines each comparison reads, and those it leaves out. */
const BASELINES = {
  // Tunnelled DNS (GRE over UDP) needs decapsulation, which the decoder does not do yet; the
  // IPv6-fragmented responses need IP reassembly, which it does not do either.
  dns: { log: /\/dns\.log$/, skip: /tunnels|ipv6-frag/ },
  // Tunnelled HTTP (GRE, VXLAN, GTP, Teredo) needs decapsulation.
  http: { log: /\/http\.log(\.cut)?$/, skip: /tunnels/ },
  ssh: { log: /\/ssh\.log$/, skip: null },
  // The dhcp-prevent-large-* tests redef Zeek's limits on message types and uids per row, so
  // their rows are cut deliberately (corpora README §2); the trace is compared through no other test.
  dhcp: { log: /\/dhcp\.log$/, skip: /prevent-large/ },
} satisfies Record<string, { log: RegExp; skip: RegExp | null }>;

/** The Zeek logs compared. */
export type ZeekL7Log = keyof typeof BASELINES;

export interface ZeekBaseline {
  /** The baseline file, relative to the corpora root (zeek/Baseline/<test>/<log>). */
  baseline: string;
  /** The btest name (<test>). */
  test: string;
  /** The trace, absolute. */
  trace: string;
  rows: ZeekRow[];
}

/**
 * The baselines of one log kind with their traces. A trace several tests use is compared once
 * per log file name; a .cut without the connection columns is passed over (dhcp.log has none:
 * it is joined by xid and MAC).
 */
export function* zeekBaselines(root: string, index: CorpusIndex, kind: ZeekL7Log): Generator<ZeekBaseline> {
  const { log, skip } = BASELINES[kind];
  const seen = new Set<string>();
  for (const e of index.zeek) {
    for (const b of e.baselines.filter((x) => log.test(x))) {
      const once = `${e.trace}|${b.slice(b.lastIndexOf('/') + 1)}`;
      if ((skip && skip.test(b)) || seen.has(once)) continue;
      const z = readZeekLog(join(root, b));
      if (!z.fields?.includes('id.orig_h') && !z.fields?.includes('mac')) continue;
      seen.add(once);
      yield { baseline: b, test: b.split('/')[2], trace: join(root, e.trace), rows: z.rows };
    }
  }
}

/** A row's connection as flowKey over canonical addresses (a log without a proto column, as http.log and ssh.log: TCP). */
export function zeekRowKey(r: ZeekRow): string {
  return flowKey(r['proto'] === 'udp' ? 17 : 6, `${canonicalIp(r['id.orig_h'])}|${r['id.orig_p']}`, `${canonicalIp(r['id.resp_h'])}|${r['id.resp_p']}`);
}

// ---- dns.log --------------------------------------------------------------------------------

/** Our DNS transaction as compared (DnsTransaction, or one of `read --json`'s dns.transactions). */
export type ZeekDnsTransaction = Partial<Omit<DnsTransaction, 'answers'>> & { answers?: readonly Partial<DnsAnswer>[] };

/**
 * The rows of one dns.log against our transactions per connection (zeekRowKey → all the
 * transactions of the 5-tuple's flows, in order; those paired are taken out). Returns the
 * number of rows compared.
 */
export function compareZeekDns(agree: Agreement, test: string, rows: readonly ZeekRow[], ours: Map<string, ZeekDnsTransaction[]>): number {
  let compared = 0;
  for (const r of rows) {
    // Zeek runs its DNS analyzer on NetBIOS name service (UDP 137, RFC 1002) too; that is
    // another protocol with its own name encoding, not claimed by the DNS analyzer.
    if (r['id.resp_p'] === '137') continue;
    compared++;
    const k = zeekRowKey(r);
    const list = ours.get(k) ?? [];
    const id = Number(r['trans_id']);
    const query = val(r, 'query');
    // Zeek logs one row per query and per unpaired response; ours are taken in order. Zeek
    // lower-cases names (wikipedia.pcap's LLMNR "BRWC0CB383D1F42", the 0x20-mixed
    // "_ACme-ChALLeNGe…" of dns_notify2.pcap); we keep them as sent, so names compare
    // case-insensitively. A transaction can be split over two flows of one 5-tuple: in
    // loc-29-trunc.pcap the query is VLAN-tagged and the response is not, and the probe keys
    // flows on the VLAN id (as nDPI does), Zeek does not. The side that has the response is compared.
    const same = (t: ZeekDnsTransaction) => (t.id ?? 0) === id && (query === undefined || (t.query ?? '').toLowerCase() === query);
    const hit = (r['rcode'] !== '-' ? list.find((t) => same(t) && t.responseSeen) : undefined) ?? list.find(same);
    const t = hit ? list.splice(list.indexOf(hit), 1)[0] : undefined;
    const where = `${test} ${k} id ${id}`;
    agree.check('transaction', 'found', t ? 'found' : 'missing', where);
    if (!t) continue;
    agree.check('query', query, (t.query ?? '').toLowerCase(), where);
    // Zeek leaves qtype unset for a response whose question it did not pair (mDNS).
    agree.check('qtype', val(r, 'qtype'), String(t.qtype ?? 0), where);
    agree.check('rcode', val(r, 'rcode'), t.responseSeen ? String(t.rcode ?? 0) : undefined, where);
    // Zeek copies AA and RA from the header only when it handles an answer-section record
    // (DNS::do_reply in base/protocols/dns/main.zeek), so a response without answers is
    // logged AA=F RA=F whatever its header says; we report the header.
    if (r['rcode'] !== '-' && (t.answerCount ?? 0) > 0) {
      agree.check('AA', r['AA'], t.authoritative ? 'T' : 'F', where);
      agree.check('RA', r['RA'], t.recursionAvailable ? 'T' : 'F', where);
    }
    if (r['rcode'] !== '-') agree.check('TC', r['TC'], t.truncated ? 'T' : 'F', where);
    agree.check('RD', r['RD'], t.recursionDesired ? 'T' : 'F', where);
    // Our answers as Zeek lists them, and Zeek's with the elements it prints in its own form
    // as "*" (zeekDnsAnswers, normZeekDnsAnswers in bench/l7-corpus.ts).
    const z = zeekDnsAnswers((t.answers ?? []).map((a) => ({ type: a.type ?? 0, ttl: a.ttl ?? 0, data: a.data ?? '' })));
    const ans = val(r, 'answers');
    agree.check('answers', ans === undefined ? (t.responseSeen ? '' : undefined) : normZeekDnsAnswers(ans), z.answers, where);
    agree.check('TTLs', val(r, 'TTLs') ?? (t.responseSeen ? '' : undefined), z.ttls, where);
  }
  return compared;
}

// ---- http.log -------------------------------------------------------------------------------

/** Our HTTP fields as compared (HttpFields, or the `http` object of `read --json`). */
export type ZeekHttpFields = Partial<Pick<HttpFields, 'method' | 'host' | 'path' | 'version' | 'statusCode' | 'userAgent' | 'requestBodyBytes' | 'responseBodyBytes' | 'requestCount'>>;

/** Whether a flow's payload declares a gzip or deflate Content-Encoding (see compareZeekHttp's body rule). */
export function hasContentEncoding(f: TraceFlow): boolean {
  return f.segments.some((g) => /content-encoding:\s*(gzip|deflate)/i.test(Buffer.from(g.payload).toString('latin1')));
}

/**
 * The rows of one http.log against our HTTP fields per connection (zeekRowKey → one per TCP
 * connection of the 5-tuple, in start order: port reuse gives several, as Zeek's). We keep a
 * connection's first transaction; later ones are only counted (requests/flow).
 * `contentEncoded`: the connections for which hasContentEncoding holds. Returns the number of
 * first transactions compared.
 */
export function compareZeekHttp(agree: Agreement, test: string, rows: readonly ZeekRow[], ours: Map<string, ZeekHttpFields[]>, contentEncoded: Set<string>): number {
  let compared = 0;
  const firstRows = new Map<string, number>();
  const perFlow = new Map<string, number>();
  const http09 = new Set<string>();
  const unparsed = new Set<string>();
  for (const r of rows) {
    const k = zeekRowKey(r);
    perFlow.set(k, (perFlow.get(k) ?? 0) + 1);
    if (r['trans_depth'] !== '1') continue;
    const nth = firstRows.get(k) ?? 0;
    firstRows.set(k, nth + 1);
    const o = ours.get(k)?.[nth];
    const where = `${test} ${k}`;
    // Zeek logs a connection whose request line it could not parse ("OPTIONSHTTP/1.1",
    // "GET/ HTTP/1.1", fuzzed bytes in methods.pcap and the ossfuzz trace) from the reply
    // alone, with method "-"; our detect() does not claim such a flow as HTTP.
    if (val(r, 'method') === undefined) {
      unparsed.add(k);
      continue;
    }
    compared++;
    // One known miss: the ossfuzz trace's request line is fuzzed bytes that Zeek still reads
    // as method "ETA"; our detect() wants a version at the end of the first line.
    agree.check('flow', 'found', o ? 'found' : 'missing', where);
    if (!o) continue;
    agree.check('method', val(r, 'method'), o.method, where);
    agree.check('host', val(r, 'host'), o.host, where);
    // Zeek logs the whole target; ours drops the query string (privacy default).
    agree.check('uri', val(r, 'uri')?.split('?')[0], o.path, where);
    // A request line without a version makes Zeek take the whole reply as an HTTP/0.9 body:
    // version 0.9, status 0, the status line and headers counted as body bytes, even when the
    // server answers "HTTP/1.0 400 …" (methods.pcap). We parse that reply as the HTTP/1.x
    // response it is, and a genuine 0.9 reply (http_09.pcap) has no status; so version, status
    // and response body are compared only where Zeek saw HTTP/1.x.
    const zeek09 = r['version'] === '0.9';
    if (zeek09) http09.add(k);
    if (!zeek09) {
      agree.check('version', val(r, 'version'), o.version, where);
      agree.check('status_code', val(r, 'status_code'), o.statusCode?.toString(), where);
    }
    agree.check('user_agent', val(r, 'user_agent'), o.userAgent, where);
    // Zeek counts body bytes after content decoding: a gzip/deflate Content-Encoding
    // (http-pipelining, missing-zlib-header) and the Transfer-Encoding of MIME parts inside a
    // multipart body (the two inner-transfer-encoding traces) give its decoded length; ours is
    // the message body on the wire (Content-Length or chunk data), so those connections are
    // not compared for body lengths.
    const decoded = contentEncoded.has(k) || /inner-transfer-encoding/.test(test);
    if (!decoded) agree.check('request_body_len', val(r, 'request_body_len'), String(o.requestBodyBytes ?? 0), where);
    if (!zeek09 && !decoded) agree.check('response_body_len', val(r, 'response_body_len'), String(o.responseBodyBytes ?? 0), where);
  }
  for (const [k, n] of perFlow) {
    const o = ours.get(k);
    // Not counted: connections we do not claim; those with a request Zeek could not parse
    // (method "-", above), as we count only the requests we parsed (the engine can still claim
    // such a connection: methods.pcap); and Zeek's HTTP/0.9 connections, which it logs as
    // two rows for one request (http_09.pcap).
    if (!o || o.length === 0 || http09.has(k) || unparsed.has(k)) continue;
    agree.check('requests/flow', String(n), String(o.reduce((a, h) => a + (h.requestCount ?? 0), 0)), `${test} ${k}`);
  }
  return compared;
}

// ---- ssh.log --------------------------------------------------------------------------------

/** Our SSH fields as compared (SshFields, or the `ssh` object of `read --json`). */
export type ZeekSshFields = Partial<Pick<SshFields, 'clientBanner' | 'serverBanner'>>;

/** The rows of one ssh.log against our SSH fields per connection (zeekRowKey). Returns the number of rows compared. */
export function compareZeekSsh(agree: Agreement, test: string, rows: readonly ZeekRow[], ours: Map<string, ZeekSshFields | undefined>): number {
  for (const r of rows) {
    const k = zeekRowKey(r);
    const o = ours.get(k);
    const where = `${test} ${k}`;
    agree.check('flow', 'found', o ? 'found' : 'missing', where);
    agree.check('client', val(r, 'client'), o?.clientBanner, where);
    agree.check('server', val(r, 'server'), o?.serverBanner, where);
  }
  return rows.length;
}

// ---- dhcp.log -------------------------------------------------------------------------------

/** Our DHCP transactions as compared (DhcpFields, or the `dhcp` object of `read --json`). */
export interface ZeekDhcpFields {
  transactions?: readonly Partial<Pick<DhcpTransaction, 'xid' | 'clientMac' | 'messageTypes' | 'hostname' | 'clientFqdn' | 'requestedAddress' | 'assignedAddress'>>[];
  transactionCount?: number;
}

const DHCP_TYPE_NAMES = ['?', 'DISCOVER', 'OFFER', 'REQUEST', 'DECLINE', 'ACK', 'NAK', 'RELEASE', 'INFORM'];

/**
 * The rows of one dhcp.log against our DHCP fields of all the trace's flows. Returns the number
 * of rows compared.
 */
export function compareZeekDhcp(agree: Agreement, test: string, rows: readonly ZeekRow[], flows: Iterable<ZeekDhcpFields | undefined>): number {
  // Join as Zeek does: the messages of all flows by xid and MAC.
  type Tx = NonNullable<ZeekDhcpFields['transactions']>[number];
  const groups = new Map<string, Tx[]>();
  // Transactions a flow counted but did not keep (past DHCP_MAX_TRANSACTIONS: the
  // dhcp-unique-xid trace sends DISCOVERs of 40+ clients in one 0.0.0.0 → broadcast flow).
  let countedOnly = 0;
  for (const d of flows) {
    if (!d) continue;
    countedOnly += (d.transactionCount ?? 0) - (d.transactions?.length ?? 0);
    for (const t of d.transactions ?? []) {
      const k = `${t.xid ?? 0}|${t.clientMac ?? ''}`;
      groups.set(k, [...(groups.get(k) ?? []), t]);
    }
  }
  const merged = [...groups.values()].map((ts) => ({
    mac: ts[0].clientMac,
    types: ts.flatMap((t) => (t.messageTypes ?? []).map((x) => DHCP_TYPE_NAMES[x] ?? String(x))),
    hostname: ts.find((t) => t.hostname)?.hostname,
    fqdn: ts.find((t) => t.clientFqdn)?.clientFqdn,
    requested: ts.find((t) => t.requestedAddress)?.requestedAddress,
    assigned: ts.find((t) => t.messageTypes?.includes(5) && t.assignedAddress)?.assignedAddress,
  }));
  for (const r of rows) {
    // Our flows keep each flow's messages in order; across flows the order is lost, so
    // message types compare as a sorted multiset.
    const zTypes = (val(r, 'msg_types') ?? '').split(',').sort().join(',');
    const i = merged.findIndex((m) => m.mac === r['mac'] && [...m.types].sort().join(',') === zTypes);
    const j = i >= 0 ? i : merged.findIndex((m) => m.mac === r['mac']);
    const m = j >= 0 ? merged.splice(j, 1)[0] : undefined;
    const where = `${test} ${r['mac']}`;
    if (!m && countedOnly > 0) {
      // A row for a transaction we only counted: it must be within the count.
      agree.check('counted, not kept', 'yes', countedOnly-- > 0 ? 'yes' : 'no', where);
      continue;
    }
    agree.check('mac', r['mac'], m?.mac, where);
    if (!m) continue;
    agree.check('msg_types', zTypes, [...m.types].sort().join(','), where);
    agree.check('host_name', val(r, 'host_name'), m.hostname, where);
    agree.check('client_fqdn', val(r, 'client_fqdn'), m.fqdn, where);
    agree.check('requested_addr', val(r, 'requested_addr'), m.requested, where);
    agree.check('assigned_addr', val(r, 'assigned_addr'), m.assigned, where);
  }
  return rows.length;
}
