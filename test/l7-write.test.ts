// The analyzers' sub-messages (FlowRecord fields 28–33) as agent/l7/write.ts writes them into
// the record batch, against protobufjs: for the fields the analyzers produce from the corpus
// traces (../shared/corpora, skipped when absent), for random messages that fill every field
// the .proto has (so a field added to the .proto and not to the writer fails here), and for
// edge cases (empty strings, non-ASCII text, zeros, the largest numbers, strings whose lengths
// take two and three bytes, the analyzers' largest outputs), each under every privacy switch:
//
// - the bytes are those protobufjs writes for the sub-message the engine used to build (the
//   policy applied by copying the fields, as reference() does): both emit fields in the order
//   of their numbers and leave zero values out, so they must be byte-identical;
// - protobufjs decodes them to those fields;
// - a sub-message is kept exactly when it ends by the limit it is given, and nothing is written
//   before its start or far past the limit when it is left out.
//
//   npx vitest run test/l7-write.test.ts

import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import protobuf from 'protobufjs';
import { describe, expect, it } from 'vitest';
import { probe } from '../proto/gen/probe.js';
import type { Analyzer } from '../agent/l7/analyzer.js';
import { DhcpAnalyzer, type DhcpFields } from '../agent/l7/dhcp.js';
import { DnsAnalyzer, type DnsFields } from '../agent/l7/dns.js';
import { HttpAnalyzer, type HttpFields } from '../agent/l7/http.js';
import { PRIVACY_DEFAULTS, type PrivacyPolicy } from '../agent/l7/options.js';
import { quicAnalyzer, type QuicInfo } from '../agent/l7/quic.js';
import { SshAnalyzer, type SshFields } from '../agent/l7/ssh.js';
import { tlsAnalyzer, type TlsInfo } from '../agent/l7/tls.js';
import { writeDhcp, writeDns, writeHttp, writeQuic, writeSsh, writeTls } from '../agent/l7/write.js';
import { shuffledTraceFiles } from '../bench/fuzz-engine.js';
import { corporaRoot, readTraceFile, Rng, runFlow, traceFlows } from '../bench/l7-corpus.js';

type Kind = 'dns' | 'http' | 'tls' | 'quic' | 'ssh' | 'dhcp';
const KINDS: Kind[] = ['dns', 'http', 'tls', 'quic', 'ssh', 'dhcp'];
const TYPE_NAME: Record<Kind, string> = { dns: 'DnsInfo', http: 'HttpInfo', tls: 'TlsInfo', quic: 'QuicInfo', ssh: 'SshInfo', dhcp: 'DhcpInfo' };

const schema = protobuf.loadSync(resolve(import.meta.dirname, '../proto/flow.proto'));
const recordType = schema.lookupType('probe.v1.FlowRecord');

interface Case {
  kind: Kind;
  fields: unknown;
  pv: PrivacyPolicy;
  starttls: boolean;
}

/** What the engine wrote before write.ts: the policy applied by copying the fields, for protobufjs to encode. */
function reference(c: Case): probe.v1.IFlowRecord {
  const pv = c.pv;
  switch (c.kind) {
    case 'dns': {
      const d = c.fields as DnsFields;
      if (pv.dnsAnswers) return { dns: d };
      return { dns: { ...d, transactions: d.transactions.map((tr) => ({ ...tr, answers: [] })) } };
    }
    case 'http': {
      const h = c.fields as HttpFields;
      return { http: pv.httpUserAgent ? h : { ...h, userAgent: undefined } };
    }
    case 'tls': {
      const tls: TlsInfo & { starttls?: boolean } = { ...(c.fields as TlsInfo), starttls: c.starttls };
      if (!pv.tlsCertificate) tls.serverCertificate = undefined;
      return { tls };
    }
    case 'dhcp': {
      const d = c.fields as DhcpFields;
      if (pv.dhcpClientIdentity) return { dhcp: d };
      return {
        dhcp: { ...d, transactions: d.transactions.map((tr) => ({ ...tr, hostname: undefined, clientFqdn: undefined, vendorClass: undefined, clientMac: '' })) },
      };
    }
    case 'quic':
      return { quic: c.fields as probe.v1.IQuicInfo };
    case 'ssh':
      return { ssh: c.fields as probe.v1.ISshInfo };
  }
}

function ours(c: Case, b: Uint8Array, p: number, end: number): number {
  switch (c.kind) {
    case 'dns':
      return writeDns(b, p, end, c.fields as DnsFields, c.pv.dnsAnswers);
    case 'http':
      return writeHttp(b, p, end, c.fields as HttpFields, c.pv.httpUserAgent);
    case 'tls':
      return writeTls(b, p, end, c.fields as TlsInfo, c.pv.tlsCertificate, c.starttls);
    case 'quic':
      return writeQuic(b, p, end, c.fields as QuicInfo);
    case 'ssh':
      return writeSsh(b, p, end, c.fields as SshFields);
    case 'dhcp':
      return writeDhcp(b, p, end, c.fields as DhcpFields, c.pv.dhcpClientIdentity);
  }
}

/** A plain object as proto3 sees it, which is what protobufjs decodes: zero values, empty strings and lists absent, text as UTF-8 makes it. */
function canonical(t: protobuf.Type, o: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of t.fieldsArray) {
    const v = o[f.name];
    if (v === undefined || v === null) continue;
    const one = (x: unknown): unknown => {
      if (f.resolvedType instanceof protobuf.Type) return canonical(f.resolvedType, x as Record<string, unknown>);
      if (typeof x === 'string') return Buffer.from(x, 'utf8').toString('utf8'); // lone surrogates → U+FFFD
      if (f.type === 'uint32') return (x as number) >>> 0;
      return x;
    };
    if (f.repeated) {
      if ((v as unknown[]).length > 0) out[f.name] = (v as unknown[]).map(one);
    } else if (f.resolvedType instanceof protobuf.Type || (v !== 0 && v !== '' && v !== false)) {
      out[f.name] = one(v);
    }
  }
  return out;
}

function hex(b: Uint8Array): string {
  return Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('hex');
}

const JUNK = 0xee;
const scratch = new Uint8Array(1 << 20).fill(JUNK);
/** Bytes of scratch the last write may have changed. */
let dirty = 0;

/** ours() into scratch, junk everywhere else. */
function into(c: Case, at: number, end: number): number {
  scratch.fill(JUNK, 0, dirty);
  const r = ours(c, scratch, at, end);
  dirty = Math.min(scratch.length, (r < 0 ? end : r) + 1024);
  return r;
}

/** Writes the case at a few bytes into the junk; returns our bytes. */
function write(c: Case, at = 7): Uint8Array {
  const end = into(c, at, scratch.length);
  if (end < 0) throw new Error(`${c.kind}: left out with the whole buffer as room`);
  return scratch.slice(at, end);
}

/** The cases' failures, with the first few in full: our bytes vs protobufjs's, and decoded vs expected. */
function verify(cases: readonly Case[]): string[] {
  const failures: string[] = [];
  for (const c of cases) {
    const ref = reference(c);
    const mine = write(c);
    const theirs = probe.v1.FlowRecord.encode(ref).finish();
    const decoded = recordType.toObject(recordType.decode(mine), { longs: Number });
    const expected = canonical(recordType, ref as Record<string, unknown>);
    const sameBytes = Buffer.compare(mine, theirs) === 0;
    const sameFields = isDeepStrictEqual(decoded, expected);
    if (!sameBytes || !sameFields) {
      failures.push(`${c.kind} ${JSON.stringify(c.pv)} starttls ${c.starttls}: ${sameBytes ? '' : 'bytes differ'} ${sameFields ? '' : 'fields differ'}\n` +
        `  fields  ${JSON.stringify(c.fields).slice(0, 2000)}\n  ours    ${hex(mine).slice(0, 2000)}\n  pbjs    ${hex(theirs).slice(0, 2000)}\n` +
        `  decoded ${JSON.stringify(decoded).slice(0, 2000)}\n  expect  ${JSON.stringify(expected).slice(0, 2000)}`);
    }
  }
  return failures;
}

/** The case under every setting of the switches that concern its message (and the other switches flipped, which must not matter). */
function underPolicies(kind: Kind, fields: unknown): Case[] {
  const out: Case[] = [];
  for (const on of [true, false]) {
    const pv: PrivacyPolicy = { httpQueryString: !on, httpUserAgent: on, dnsAnswers: on, dhcpClientIdentity: on, tlsCertificate: on, serverName: !on };
    out.push({ kind, fields, pv, starttls: false });
    if (kind === 'tls') out.push({ kind, fields, pv, starttls: true });
  }
  return out;
}

// ---- random messages from the .proto ----------------------------------------------------------

/** Random printable ASCII to take strings from. */
const PRINTABLE = ((r: Rng): string => Array.from({ length: 4096 }, () => String.fromCharCode(0x20 + r.below(0x5f))).join(''))(new Rng(7));

function randomString(r: Rng): string {
  const pick = r.below(100);
  if (pick < 5) return '';
  if (pick < 8) return 'é'; // two bytes in one char
  if (pick < 12) return 'zürich-中文-😀'.repeat(1 + r.below(30)); // 2-, 3- and 4-byte UTF-8, some past 127 bytes
  if (pick < 13) return 'x'.repeat(16384 + r.below(300)); // a three-byte length
  if (pick < 16) return 'a'.repeat(127 + r.below(3)); // one byte or two for the length
  const n = pick < 30 ? 128 + r.below(400) : r.below(60);
  const at = r.below(PRINTABLE.length - n);
  const s = PRINTABLE.slice(at, at + n);
  return pick < 35 ? s + '\u00a0\u07ff\u0800\uffff' : s;
}

const UINT32 = [0, 1, 127, 128, 255, 16383, 16384, 0x1fffff, 0x200000, 0x7fffffff, 0x80000000, 0xffffffff];
const INT64 = [0, 1, 127, 128, 2 ** 31, 2 ** 32, 2 ** 32 + 1, 2 ** 40 + 5, 2 ** 53 - 1, -1, -128, -(2 ** 31), -(2 ** 32), -(2 ** 32) - 1, -(2 ** 53 - 1), -86400000 * 365 * 20];

function randomScalar(r: Rng, type: string): unknown {
  switch (type) {
    case 'string':
      return randomString(r);
    case 'bool':
      return r.below(2) === 1;
    case 'uint32':
      return r.below(3) === 0 ? r.below(0x10000) : UINT32[r.below(UINT32.length)];
    case 'uint64':
    case 'int64': {
      const v = r.below(3) === 0 ? r.below(0x10000) * 0x10000 + r.below(0x10000) : INT64[r.below(INT64.length)];
      return type === 'uint64' ? Math.abs(v) : v;
    }
    default:
      throw new Error(`a field of type ${type}: teach this test (and agent/l7/write.ts) about it`);
  }
}

/** A message of type t with every field drawn at random (present or not, lists of 0 to a few, now and then long ones). */
function randomMessage(r: Rng, t: protobuf.Type, depth = 0): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  for (const f of t.fieldsArray) {
    const sub = f.resolvedType instanceof protobuf.Type ? f.resolvedType : null;
    const one = (): unknown => (sub !== null ? randomMessage(r, sub, depth + 1) : randomScalar(r, f.type));
    if (f.repeated) {
      const n = r.below(8) === 0 ? 0 : depth === 0 && r.below(10) === 0 ? 20 + r.below(20) : r.below(depth === 0 ? 5 : 3);
      o[f.name] = Array.from({ length: n }, one);
    } else if (r.below(4) !== 0) {
      o[f.name] = one();
    }
  }
  return o;
}

// ---- the analyzers' outputs on the corpus traces ----------------------------------------------

const ANALYZERS: [Kind, Analyzer<unknown, unknown>][] = [
  ['dns', new DnsAnalyzer() as Analyzer<unknown, unknown>],
  ['dhcp', new DhcpAnalyzer() as Analyzer<unknown, unknown>],
  ['quic', quicAnalyzer as Analyzer<unknown, unknown>],
  ['tls', tlsAnalyzer as Analyzer<unknown, unknown>],
  ['ssh', new SshAnalyzer() as Analyzer<unknown, unknown>],
  ['http', new HttpAnalyzer() as Analyzer<unknown, unknown>],
];

/** Distinct fields of each analyzer over the corpus traces (in the engine's order of trying them, on a flow's first 8 payload packets). */
function corpusFields(root: string, maxBytes: number): Map<Kind, unknown[]> {
  const seen = new Set<string>();
  const out = new Map<Kind, unknown[]>(KINDS.map((k) => [k, []]));
  let bytes = 0;
  for (const file of shuffledTraceFiles(root)) {
    const size = statSync(file).size;
    if (size > 4 << 20 || bytes + size > maxBytes) continue;
    bytes += size;
    let flows;
    try {
      flows = traceFlows(readTraceFile(file));
    } catch {
      continue;
    }
    for (const f of flows) {
      if (f.segments.length === 0) continue;
      for (const [kind, a] of ANALYZERS) {
        const s = runFlow(a, f, { detectWithin: 8 });
        if (s === null) continue;
        const fields = a.fields(s);
        if (fields !== undefined) {
          const k = kind + JSON.stringify(fields);
          if (!seen.has(k)) {
            seen.add(k);
            out.get(kind)!.push(fields);
          }
        }
        break;
      }
    }
  }
  return out;
}

// ---- crafted edge cases -----------------------------------------------------------------------

const LONG = 'L'.repeat(255);
const EDGE: [Kind, unknown][] = [
  ['ssh', { malformedCount: 0 }], // an empty sub-message: key and a zero length
  ['ssh', { clientBanner: '', serverBanner: '', malformedCount: 0xffffffff }],
  ['ssh', { clientBanner: 'SSH-2.0-ü', hasshAlgorithms: 'k'.repeat(2048), hasshServerAlgorithms: 's'.repeat(2048), malformedCount: 2 }],
  ['ssh', { clientBanner: 'x'.repeat(16384 - 4), malformedCount: 0 }], // the sub-message's length just below 16384
  ['ssh', { clientBanner: 'x'.repeat(16384 - 3), malformedCount: 0 }], // … and at it: three bytes
  ['ssh', { clientBanner: 'x'.repeat(125), malformedCount: 0 }], // 127 bytes: one length byte
  ['ssh', { clientBanner: 'x'.repeat(126), malformedCount: 0 }], // 128: two
  ['http', { method: 'GET', requestBodyBytes: 0, responseBodyBytes: 2 ** 53 - 1, requestCount: 0, responseCount: 0, pipelinedCount: 0, malformedCount: 0, truncatedFields: 0 }],
  ['http', { host: 'bücher.example', path: '/' + 'p'.repeat(1023), userAgent: 'Mozilla/5.0 (日本語)', statusCode: 999, requestBodyBytes: 2 ** 32, responseBodyBytes: 1, requestCount: 1, responseCount: 1, pipelinedCount: 0, malformedCount: 0, truncatedFields: 3 }],
  ['tls', {}],
  ['tls', { clientSupportedVersions: [], alpnOffered: [], sni: '' }],
  ['tls', { clientSupportedVersions: [0x0304, 0x0303, 0xffffffff, 0], alpnOffered: ['', 'h2', LONG], ech: true, helloRetryRequest: false }],
  ['tls', {
    recordVersion: 0x0301, version: 0x0303, cipherSuite: 0xc02f, sni: 'a.example',
    serverCertificate: { subject: 'C=DE, O=Müller, CN=ä.example', issuer: '', sanDns: Array.from({ length: 32 }, (_, i) => `${i}.${LONG}`), sanIp: ['192.0.2.1', '2001:db8::1'], notBeforeMs: -631152000000, notAfterMs: 253402300799000, serial: '00', sha1: 'a'.repeat(40), sha256: 'b'.repeat(64), parsed: true },
  }],
  ['tls', { serverCertificate: { sha1: '', sha256: '', parsed: false } }], // an empty nested message is still there
  ['quic', { version: 0 }],
  ['quic', { version: 0xff00001d, sni: 's', alpnOffered: Array.from({ length: 32 }, () => LONG), clientSupportedVersions: Array.from({ length: 32 }, (_, i) => 0x7f00 + i), ech: true }],
  ['dns', { transactions: [], transactionCount: 0, queryCount: 0, responseCount: 0, malformedCount: 0 }],
  ['dns', {
    transactions: Array.from({ length: 8 }, (_, i) => ({
      id: i * 9000, query: i === 3 ? '' : `q${i}.${LONG}`.slice(0, 255), qtype: 255, qclass: 1, opcode: 0, querySeen: true, responseSeen: i % 2 === 0, rcode: i,
      authoritative: true, truncated: true, recursionDesired: true, recursionAvailable: true, authenticData: true, checkingDisabled: true, answerCount: 65535,
      answers: Array.from({ length: i === 1 ? 0 : 16 }, (_, j) => ({ type: j, ttl: 0xffffffff - j, data: j === 0 ? '' : LONG })),
    })),
    transactionCount: 0xffffffff, queryCount: 1, responseCount: 2, malformedCount: 3,
  }],
  ['dhcp', { transactions: [], transactionCount: 0, messageCount: 0, malformedCount: 1 }],
  ['dhcp', {
    transactions: Array.from({ length: 8 }, (_, i) => ({
      xid: 0xffffffff - i, clientMac: i === 0 ? '' : 'aa:bb:cc:dd:ee:ff', messageTypes: Array.from({ length: 16 }, (_, j) => j), messageCount: 17,
      hostname: i === 1 ? undefined : `host-${i}-ç`, clientFqdn: LONG, vendorClass: i === 2 ? '' : 'MSFT 5.0', paramRequestList: Array.from({ length: 255 }, (_, j) => j + 1),
      requestedAddress: '10.0.0.1', assignedAddress: '10.0.0.2', clientAddress: '0.0.0.0', serverId: '10.0.0.254', leaseTimeS: i === 0 ? 0 : 86400,
    })),
    transactionCount: 9, messageCount: 140, malformedCount: 0,
  }],
];

// ---- the tests --------------------------------------------------------------------------------

describe('the analyzers\' sub-messages written into the batch', () => {
  it('crafted edge cases: the bytes protobufjs writes, and it decodes them to the fields', () => {
    const cases = EDGE.flatMap(([kind, fields]) => underPolicies(kind, fields));
    expect(verify(cases)).toEqual([]);
    // The lengths took the bytes the cases are about.
    const len = (fields: unknown): number => write({ kind: 'ssh', fields, pv: PRIVACY_DEFAULTS, starttls: false }).length;
    expect(len({ clientBanner: 'x'.repeat(125), malformedCount: 0 })).toBe(2 + 1 + 127);
    expect(len({ clientBanner: 'x'.repeat(126), malformedCount: 0 })).toBe(2 + 2 + 128);
    expect(len({ clientBanner: 'x'.repeat(16384 - 4), malformedCount: 0 })).toBe(2 + 2 + 16383);
    expect(len({ clientBanner: 'x'.repeat(16384 - 3), malformedCount: 0 })).toBe(2 + 3 + 16384);
    expect(hex(write({ kind: 'ssh', fields: { malformedCount: 0 }, pv: PRIVACY_DEFAULTS, starttls: false }))).toBe('820200');
  });

  it('a lone surrogate becomes U+FFFD, short string or long, and the rest of the text stays', () => {
    // (protobufjs writes a short one as three bytes of the surrogate itself, not UTF-8: no byte comparison here.)
    for (const banner of ['a\ud800b', 'x'.repeat(100) + '\udc00' + 'y'.repeat(100), '\ud83d']) {
      const bytes = write({ kind: 'ssh', fields: { clientBanner: banner, hassh: 'h', malformedCount: 1 }, pv: PRIVACY_DEFAULTS, starttls: false });
      const o = recordType.toObject(recordType.decode(bytes));
      expect(o).toEqual({ ssh: { clientBanner: banner.replace(/[\ud800-\udfff]/g, '\ufffd'), hassh: 'h', malformedCount: 1 } });
    }
  });

  it('each privacy switch drops its fields and only those', () => {
    const decode = (c: Case): Record<string, unknown> => recordType.toObject(recordType.decode(write(c)), { longs: Number });
    const on = { ...PRIVACY_DEFAULTS, httpUserAgent: true, dnsAnswers: true, dhcpClientIdentity: true, tlsCertificate: true };
    const off = { ...PRIVACY_DEFAULTS, httpUserAgent: false, dnsAnswers: false, dhcpClientIdentity: false, tlsCertificate: false };
    const DROPPED = ['userAgent', 'answers', 'serverCertificate', 'hostname', 'clientFqdn', 'vendorClass', 'clientMac'];
    const without = (x: unknown): unknown => {
      if (Array.isArray(x)) return x.map(without);
      if (typeof x !== 'object' || x === null) return x;
      return Object.fromEntries(Object.entries(x).filter(([k]) => !DROPPED.includes(k)).map(([k, v]) => [k, without(v)]));
    };
    let dropped = 0;
    for (const [kind, fields] of EDGE) {
      const all = decode({ kind, fields, pv: on, starttls: false });
      const some = decode({ kind, fields, pv: off, starttls: false });
      expect(some, kind).toEqual(without(all));
      if (JSON.stringify(some) !== JSON.stringify(all)) dropped++;
    }
    expect(dropped).toBeGreaterThanOrEqual(5); // the edge cases have fields of every switch
  });

  it('random messages filling every field of the .proto (1000 per message type, each under every switch)', () => {
    const r = new Rng(0x5eed);
    const failures: string[] = [];
    for (const kind of KINDS) {
      const t = schema.lookupType(`probe.v1.${TYPE_NAME[kind]}`);
      for (let i = 0; i < 1000 && failures.length < 4; i++) failures.push(...verify(underPolicies(kind, randomMessage(r, t))));
    }
    expect(failures.slice(0, 4)).toEqual([]);
  });

  it('a sub-message is kept exactly when it ends by the limit; else nothing before it changes, nothing far past the limit is written', () => {
    const r = new Rng(0xb0b);
    let checked = 0;
    for (const kind of KINDS) {
      const t = schema.lookupType(`probe.v1.${TYPE_NAME[kind]}`);
      for (let i = 0; i < 150; i++) {
        for (const c of underPolicies(kind, randomMessage(r, t))) {
          const at = 3 + r.below(20);
          const whole = write(c, at);
          const n = whole.length;
          // Room for all of it: the same bytes.
          expect(into(c, at, at + n)).toBe(at + n);
          expect(Buffer.compare(scratch.subarray(at, at + n), whole)).toBe(0);
          // One byte short, or less: left out.
          for (const short of [1, 1 + r.below(n), n]) {
            const end = at + n - short;
            expect(into(c, at, end), `${kind} ${n} bytes in ${n - short}`).toBe(-1);
            for (let j = 0; j < at; j++) if (scratch[j] !== JUNK) expect.fail(`${kind}: byte ${j - at} before the start written`);
            // Numbers are written unchecked, < 256 bytes of them (write.ts); strings never past the limit.
            for (let j = end + 256; j < at + n + 300; j++) if (scratch[j] !== JUNK) expect.fail(`${kind}: byte ${j - end} past the limit written`);
            checked++;
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(1500);
  });

  const root = corporaRoot();
  it.skipIf(root === null)('the analyzers\' fields from the corpus traces', () => {
    const fields = corpusFields(root!, 40 << 20);
    const counts = KINDS.map((k) => `${k} ${fields.get(k)!.length}`).join(', ');
    console.log(`distinct analyzer fields from the corpus: ${counts}`);
    for (const k of KINDS) expect(fields.get(k)!.length, k).toBeGreaterThan(5);
    const failures: string[] = [];
    for (const k of KINDS) for (const f of fields.get(k)!) if (failures.length < 4) failures.push(...verify(underPolicies(k, f)));
    expect(failures.slice(0, 4)).toEqual([]);
  }, 120_000);
});
