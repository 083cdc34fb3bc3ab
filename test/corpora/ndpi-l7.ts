// Joining the L7 analyzers' results (TLS, QUIC, app protocol) to nDPI's reference output: flows
// of a trace keyed as nDPI's flows are, the tags, labels and JA4 style of nDPI 4.10's per-flow
// lines, and the TLS and QUIC comparisons themselves.

import { QUIC_V1, QUIC_V2, type QuicInfo } from '../../agent/l7/quic.js';
import type { TlsInfo } from '../../agent/l7/tls.js';
import { readTraceFile, traceFlows, type Agreement, type TraceFlow } from '../../bench/l7-corpus.js';
import { canonicalIp } from './join.js';
import { ndpiAddressCandidates, type NdpiFlow } from './ndpi-out.js';

/** A direction-insensitive flow key: protocol and the unordered pair of `canonical ip|port` endpoints. */
export function flowKey(protocol: number, x: string, y: string): string {
  return `${protocol}|${x < y ? `${x}|${y}` : `${y}|${x}`}`;
}

/** A trace flow's flowKey, over canonical addresses. */
export function traceFlowKey(f: TraceFlow): string {
  return flowKey(f.protocol, `${canonicalIp(f.srcIp)}|${f.srcPort}`, `${canonicalIp(f.dstIp)}|${f.dstPort}`);
}

/** The TCP/UDP flows of a trace by 5-tuple over canonical addresses (one flow per 5-tuple, no VLAN: as nDPI keys them). */
export function traceFlowsByKey(path: string): Map<string, TraceFlow> {
  const flows = new Map<string, TraceFlow>();
  for (const f of traceFlows(readTraceFile(path), { keyOnVlan: false, splitReused: false })) flows.set(traceFlowKey(f), f);
  return flows;
}

/** The flow of an nDPI line among traceFlowsByKey's, or any map keyed by flowKey (nDPI's ambiguous IPv6 texts tried in turn). */
export function findNdpiFlow<T = TraceFlow>(
  flows: Map<string, T>,
  l: { protocol: number; srcIp: string; srcPort: number; dstIp: string; dstPort: number },
): T | undefined {
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

// ---- nDPI flow lines read as our fields ------------------------------------------------------

// 0xfb1a is Facebook's Fizz TLS 1.3 variant, which nDPI prints as "TLSv1.3 (Fizz)".
const TLS_VERSION_NAMES: Record<number, string> = { 0x0300: 'SSLv3', 0x0301: 'TLSv1', 0x0302: 'TLSv1.1', 0x0303: 'TLSv1.2', 0x0304: 'TLSv1.3', 0xfb1a: 'TLSv1.3' };

/** Our TLS version as nDPI prints it: the negotiated version, or the ClientHello's when no ServerHello was seen. */
export function ndpiTlsVersionName(info: { version?: number; clientVersion?: number }): string | undefined {
  const v = info.version ?? info.clientVersion;
  return v === undefined ? undefined : (TLS_VERSION_NAMES[v] ?? `0x${v.toString(16)}`);
}

/** The `[TLSv1.x]` tag of an nDPI flow line (any "(Fizz)"-style suffix dropped). */
export function ndpiTlsVersion(line: string): string | undefined {
  return /\]\[(TLSv1(?:\.\d)?|SSLv3)(?: \([^)]*\))?\]\[/.exec(line)?.[1];
}

/** nDPI TLS-over-TCP flows with TLS metadata; DTLS (UDP) and QUIC are other analyzers' business. */
export function isNdpiTlsLine(f: NdpiFlow): boolean {
  return f.protocol === 6 && (f.line.includes('[JA3C: ') || f.line.includes('[JA4: ') || f.line.includes('[Hostname/SNI: ') && /\/TLS|TLS\./.test(f.proto));
}

/** A QUIC version as nDPI's `[QUIC ver: …]` names it. */
export function ndpiQuicVersionName(v: number): string {
  if (v === QUIC_V1) return 'V-1';
  if (v === QUIC_V2) return 'V-2';
  if ((v >>> 8) === 0xff0000) return `Draft-${v & 0xff}`;
  if (v === 0xfaceb001) return 'MVFST-22';
  if (v === 0xfaceb002) return 'MVFST-27';
  if (v === 0xfaceb00e) return 'MVFST-EXP';
  return `0x${v.toString(16)}`;
}

/** The main confidence (the one after [ClearText] / [Encrypted]), not the first-packet guess's. */
export function ndpiConfidence(line: string): string | undefined {
  return /\]\[Confidence: ([^\]]*)\]/.exec(line)?.[1];
}

/** nDPI protocol names → our application protocol labels (agent/l7/signatures.ts APP_PROTOCOLS). */
export const NDPI_APP_NAMES: Record<string, string> = {
  DNS: 'dns',
  HTTP: 'http',
  TLS: 'tls',
  QUIC: 'quic',
  SSH: 'ssh',
  DHCP: 'dhcp',
  NTP: 'ntp',
  SMBv1: 'smb',
  SMBv23: 'smb',
  RDP: 'rdp',
  SMTP: 'smtp',
  SMTPS: 'smtp',
  IMAP: 'imap',
  IMAPS: 'imap',
  POP3: 'pop3',
  POPS: 'pop3',
  FTP_CONTROL: 'ftp',
  FTPS: 'ftp',
  SIP: 'sip',
  MQTT: 'mqtt',
  LDAP: 'ldap',
  Kerberos: 'kerberos',
  BitTorrent: 'bittorrent',
  WireGuard: 'wireguard',
  OpenVPN: 'openvpn',
};
/** The labels the L7 analyzers give (the rest come from signatures). */
export const ANALYZER_LABELS = new Set(['dns', 'http', 'tls', 'quic', 'ssh', 'dhcp']);
/** Ports where TLS starts with the connection (imaps, pop3s, submissions, ftps). */
const IMPLICIT_TLS_PORTS = new Set([993, 995, 465, 990]);

/**
 * Our label for an nDPI flow line: the master protocol when it is one of the analyzers' (TLS.
 * BitTorrent is TLS to us: the BitTorrent part comes from the certificate or SNI), else the app
 * part when we name it (NetBIOS.SMBv1 is SMB), else the master; `other:<name>` for protocols we
 * do not name. SMTPS, IMAPS, POPS and FTPS on an implicit-TLS port are TLS from the first byte,
 * the TLS analyzer's; on the clear-text port they followed STARTTLS, which the signature sees first.
 */
export function ndpiLabel(l: NdpiFlow): string {
  const name = l.proto.slice(l.proto.lastIndexOf('/') + 1);
  const dot = name.indexOf('.');
  const master = dot < 0 ? name : name.slice(0, dot);
  const app = dot < 0 ? '' : name.slice(dot + 1);
  const m = NDPI_APP_NAMES[master];
  const label = m !== undefined && ANALYZER_LABELS.has(m) ? m : (NDPI_APP_NAMES[app] ?? m);
  if (label === undefined) return `other:${name}`;
  if (master.endsWith('S') && (IMPLICIT_TLS_PORTS.has(l.srcPort) || IMPLICIT_TLS_PORTS.has(l.dstPort))) return 'tls';
  return label;
}

/** nDPI's DPI-confident app labels we disagree with, each understood (key "<pcap> #<nDPI flow number>"). */
export const NDPI_APP_EXPECTED_DIFFERENCES: Record<string, string> = {
  // Two UDP 5060 endpoints trade five-byte "hello" datagrams and nothing else. nDPI 4.10 calls
  // that SIP by DPI; it is no SIP message (RFC 3261 §7) nor a SIP keep-alive (RFC 5626 §3.5:
  // CRLF or STUN). The port guess still names the flow sip (marked guessed).
  'sip_hello.pcapng #1': 'sip: "hello" datagrams on 5060 are not SIP',
  // Tailscale's peer-to-peer path: three "TS\xf0\x9f\x92\xac" disco datagrams, then WireGuard
  // transport data (type 4, counters 0, 1, 2 …). nDPI names the product from the disco magic;
  // the signature names the protocol the flow carries.
  'tailscale.pcap #1': 'wireguard: Tailscale carries WireGuard; nDPI says Tailscale',
};

// ---- nDPI's TLS and QUIC fields against ours -------------------------------------------------
//
// One comparison each, for the analyzers' fields (test/l7-tls.test.ts, test/l7-quic.test.ts) and
// for the sub-objects of `read --json` (test/l7-pipeline.test.ts): both have these field names.

/** Our TLS fields an nDPI line is compared on (TlsInfo, or the `tls` object of `read --json`). */
export type NdpiTlsFields = Partial<Pick<TlsInfo, 'sni' | 'alpnOffered' | 'version' | 'clientVersion' | 'ja3Hash' | 'ja3sHash' | 'ja4'>>;

/**
 * One nDPI TLS line (isNdpiTlsLine) against our TLS fields of its flow (undefined: none): SNI,
 * advertised ALPN, version, JA3, JA3S, JA4 (as ndpiJa4Style). The differences left, each
 * understood (one flow each):
 *  - smtp-starttls #1, sni: the ClientHello has no server_name; nDPI's Hostname is the SMTP
 *    server's name from the clear-text banner, which is not a TLS field.
 *  - ftp-start-tls #1, version: the server answers TLS 1.0 (ServerHello 0x0301; nDPI's own JA3S
 *    "769,10," agrees) to a TLS 1.2 hello; nDPI prints the client's version, we the negotiated one.
 *  - tls_cipher_lens #2, ja4: a hello without extensions; JA4.md says "000000000000" for an
 *    empty list, nDPI hashes the empty string (sha256("") = e3b0c44298fc…).
 */
export function compareNdpiTls(agree: Agreement, line: string, ours: NdpiTlsFields | undefined, where: string): void {
  const info = ours ?? {};
  agree.check('sni', ndpiTag(line, 'Hostname/SNI'), info.sni, where);
  agree.check('alpn', ndpiTag(line, '(Advertised) ALPNs'), info.alpnOffered?.join(';'), where);
  agree.check('version', ndpiTlsVersion(line), ndpiTlsVersionName(info), where);
  agree.check('ja3', ndpiTag(line, 'JA3C'), info.ja3Hash, where);
  // nDPI appends its verdict on the cipher ("… (WEAK)"): only the hash is compared.
  agree.check('ja3s', ndpiTag(line, 'JA3S')?.split(' ')[0], info.ja3sHash, where);
  agree.check('ja4', ndpiTag(line, 'JA4'), ndpiJa4Style(info), where);
}

/**
 * The `[QUIC ver: …]` of an nDPI line when the flow is IETF QUIC, else undefined: gQUIC (Q0xx:
 * Google's own crypto, no TLS; or no version at all) and version negotiation carry no Initial
 * we can open.
 */
export function ndpiIetfQuicVersion(line: string): string | undefined {
  const ver = ndpiTag(line, 'QUIC ver');
  return ver === undefined || /^Q0|Ver-Negotiation/.test(ver) ? undefined : ver;
}

/** Our QUIC fields an nDPI line is compared on (QuicInfo, or the `quic` object of `read --json`). */
export type NdpiQuicFields = Partial<Pick<QuicInfo, 'version' | 'sni' | 'alpnOffered' | 'ja3Hash' | 'ja4'>>;

/** One IETF QUIC nDPI line (ndpiIetfQuicVersion) against our QUIC fields of its flow (undefined: none). */
export function compareNdpiQuic(agree: Agreement, line: string, info: NdpiQuicFields | undefined, where: string): void {
  agree.check('version', ndpiIetfQuicVersion(line), info?.version !== undefined ? ndpiQuicVersionName(info.version) : undefined, where);
  agree.check('sni', ndpiTag(line, 'Hostname/SNI'), info?.sni, where);
  agree.check('alpn', ndpiTag(line, '(Advertised) ALPNs'), info?.alpnOffered?.join(';'), where);
  agree.check('ja3', ndpiTag(line, 'JA3C'), info?.ja3Hash, where);
  agree.check('ja4', ndpiTag(line, 'JA4'), info ? ndpiJa4Style(info) : undefined, where);
}
