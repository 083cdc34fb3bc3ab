// DNS analyzer: crafted vectors (compression loops, over-long names, lying counts, every
// truncation, TCP framing across segments) and agreement with Zeek's dns.log on the traces
// the logs were made from (../shared/corpora, skipped when absent).
//
//   npx vitest run test/l7-dns.test.ts

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Direction, FlowContext } from '../agent/l7/analyzer.js';
import { DNS_MAX_TRANSACTIONS, DnsAnalyzer, type DnsState, type DnsTransaction } from '../agent/l7/dns.js';
import { Agreement, corporaRoot, readTraceFile, runFlow, traceFlows } from '../bench/l7-corpus.js';
import { readCorpusIndex } from './corpora/corpus-index.js';
import { traceFlowKey } from './corpora/ndpi-l7.js';
import { compareZeekDns, zeekBaselines } from './corpora/zeek-l7.js';

const dns = new DnsAnalyzer();
const udp = (): FlowContext => ({ protocol: 17, srcPort: 40000, dstPort: 53, tsUs: 0, tcpSeq: 0 });

/** A DNS message: header, one question, and raw answer records. */
function message(o: { id?: number; flags?: number; qname?: number[]; qtype?: number; an?: number; answers?: number[] }): Uint8Array {
  const qname = o.qname ?? name('www.example.com');
  const body = [...qname, 0, o.qtype ?? 1, 0, 1, ...(o.answers ?? [])];
  const id = o.id ?? 0x1234;
  const flags = o.flags ?? 0x0100;
  const an = o.an ?? 0;
  return Uint8Array.from([id >> 8, id & 255, flags >> 8, flags & 255, 0, 1, an >> 8, an & 255, 0, 0, 0, 0, ...body]);
}

function name(n: string): number[] {
  const out: number[] = [];
  for (const l of n.split('.')) out.push(l.length, ...[...l].map((c) => c.charCodeAt(0)));
  out.push(0);
  return out;
}

/** An answer record whose owner is a pointer to the question name (offset 12). */
function rr(type: number, ttl: number, rdata: number[]): number[] {
  return [0xc0, 12, 0, type, 0, 1, ttl >>> 24, (ttl >>> 16) & 255, (ttl >>> 8) & 255, ttl & 255, rdata.length >> 8, rdata.length & 255, ...rdata];
}

function feedAll(s: DnsState, msgs: [Direction, Uint8Array][], ctx = udp()): void {
  for (const [dir, m] of msgs) dns.feed(s, m, 0, m.length, dir, ctx);
}

const RESPONSE = message({
  id: 7,
  flags: 0x8180,
  an: 3,
  answers: [
    ...rr(5, 300, name('cdn.example.net')),
    ...rr(1, 60, [93, 184, 216, 34]),
    ...rr(28, 60, [0x26, 0x06, 0x28, 0, 0x02, 0x20, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1]),
  ],
});

describe('DNS crafted vectors', () => {
  it('pairs a query and its response into one transaction with answers as text', () => {
    const s = dns.create();
    feedAll(s, [[0, message({ id: 7 })], [1, RESPONSE]]);
    const f = dns.fields(s)!;
    expect(f.transactionCount).toBe(1);
    const t = f.transactions[0];
    expect(t).toMatchObject({ id: 7, query: 'www.example.com', qtype: 1, qclass: 1, rcode: 0, recursionDesired: true, recursionAvailable: true, answerCount: 3 });
    expect(t.answers).toEqual([
      { type: 5, ttl: 300, data: 'cdn.example.net' },
      { type: 1, ttl: 60, data: '93.184.216.34' },
      { type: 28, ttl: 60, data: '2606:2800:220:1::1' },
    ]);
    expect(f.malformedCount).toBe(0);
    expect(dns.confirmed(s)).toBe(true);
  });

  it('escapes name bytes other than graphic ASCII as \\xNN, in queries and in answer names, alike every time', () => {
    // Labels with a space, a backslash, a dot, NUL, DEL and a high byte; the answer's CNAME
    // points into the question and the second response repeats every name.
    const odd = [3, 0x61, 0x20, 0x62, 4, 0x5c, 0x2e, 0x00, 0x7f, 2, 0xff, 0x41, 0];
    const cname = [2, 0x78, 0x79, 0xc0, 12];
    const response = (id: number) => message({ id, flags: 0x8180, qname: odd, an: 2, answers: [...rr(5, 1, cname), ...rr(12, 1, odd)] });
    const s = dns.create();
    feedAll(s, [[0, message({ id: 1, qname: odd })], [1, response(1)], [0, message({ id: 2, qname: odd })], [1, response(2)]]);
    const want = 'a\\x20b.\\x5c.\\x00\\x7f.\\xffA'; // a dot inside a label stays a dot, as in Zeek
    const f = dns.fields(s)!;
    expect(f.malformedCount).toBe(0);
    for (const t of f.transactions) {
      expect(t.query).toBe(want);
      expect(t.answers).toEqual([
        { type: 5, ttl: 1, data: `xy.${want}` },
        { type: 12, ttl: 1, data: want },
      ]);
    }
    expect(f.transactions.length).toBe(2);
  });

  it('writes records of other types as RFC 3597 text, cut to 255 characters', () => {
    const long = Array.from({ length: 200 }, (_, i) => i);
    const s = dns.create();
    feedAll(s, [[1, message({ id: 3, flags: 0x8180, an: 3, answers: [...rr(99, 1, [0x0a, 0xb0, 0xff]), ...rr(99, 1, []), ...rr(65, 1, long)] })]]);
    const hex = long.slice(0, 124).map((b) => b.toString(16).padStart(2, '0')).join(''); // (255 - '\\# 200 '.length) / 2 bytes
    expect(dns.fields(s)!.transactions[0].answers).toEqual([
      { type: 99, ttl: 1, data: '\\# 3 0ab0ff' },
      { type: 99, ttl: 1, data: '\\# 0' },
      { type: 65, ttl: 1, data: `\\# 200 ${hex}` },
    ]);
  });

  it('counts a compression loop (a pointer to itself, and two pointing at each other)', () => {
    const self = message({ qname: [0xc0, 12], flags: 0x8180 });
    const s = dns.create();
    feedAll(s, [[1, self]]);
    expect(s.compressionLoops).toBe(1);
    // A CNAME whose RDATA (at offset 45) is two pointers aimed at each other: 45 → 47 → 45.
    const pair = message({ flags: 0x8180, an: 1, answers: rr(5, 1, [0xc0, 47, 0xc0, 45]) });
    // A question name that jumps forwards (to 14), from where a loop could be built.
    const forward = message({ qname: [0xc0, 14], flags: 0x8180 });
    const s2 = dns.create();
    feedAll(s2, [[1, pair], [1, forward]]);
    expect(s2.compressionLoops).toBe(2);
    expect(dns.fields(s2)!.transactions[0].answers).toEqual([{ type: 5, ttl: 1, data: '\\# 4 c02fc02d' }]);
    expect(s2.malformedCount).toBe(2);
  });

  it('rejects a name longer than 255 octets', () => {
    const long = Array.from({ length: 5 }, () => 'a'.repeat(63)).join('.');
    const s = dns.create();
    feedAll(s, [[0, message({ qname: name(long).slice(0, -1) })]]);
    expect(s.namesTooLong).toBe(1);
    expect(dns.fields(s)!.transactions[0].query).toBe('');
  });

  it('keeps what parsed when the answer count lies', () => {
    const lie = message({ flags: 0x8180, an: 40, answers: rr(1, 5, [10, 0, 0, 1]) });
    const s = dns.create();
    feedAll(s, [[1, lie]]);
    const t = dns.fields(s)!.transactions[0];
    expect(t.answerCount).toBe(40);
    expect(t.answers).toEqual([{ type: 1, ttl: 5, data: '10.0.0.1' }]);
    expect(s.truncatedMessages).toBe(1);
  });

  it('survives the response cut at every offset and parses what is whole', () => {
    for (let n = 0; n <= RESPONSE.length; n++) {
      const s = dns.create();
      const m = RESPONSE.slice(0, n); // a fresh, exactly sized buffer: reads past it would show
      expect(() => dns.feed(s, m, 0, n, 1, udp())).not.toThrow();
      const f = dns.fields(s);
      if (n < 12) expect(f!.transactions.length).toBe(0); // counted as malformed only
      else expect(f!.transactions[0].id).toBe(7);
      if (n < RESPONSE.length) expect(s.malformedCount).toBe(1);
    }
    // A view in the middle of a larger buffer reads only its own bytes.
    const big = new Uint8Array(RESPONSE.length + 20).fill(0xc0);
    big.set(RESPONSE, 10);
    const s = dns.create();
    dns.feed(s, big, 10, RESPONSE.length, 1, udp());
    expect(dns.fields(s)!.transactions[0].answers.length).toBe(3);
  });

  it('keeps the first 8 transactions and counts the rest, pairing by id in any order', () => {
    const s = dns.create();
    for (let id = 1; id <= 12; id++) feedAll(s, [[0, message({ id })]]);
    for (let id = 12; id >= 1; id--) feedAll(s, [[1, message({ id, flags: 0x8183 })]]);
    feedAll(s, [[1, message({ id: 99, flags: 0x8180 })]]); // a response to a query we never saw
    const f = dns.fields(s)!;
    expect(f.transactions.length).toBe(DNS_MAX_TRANSACTIONS);
    expect(f.transactionCount).toBe(13);
    expect(f.queryCount).toBe(12);
    expect(f.responseCount).toBe(13);
    expect(f.transactions.every((t) => t.responseSeen && t.rcode === 3)).toBe(true);
  });

  it('DNS over TCP: length-prefixed messages split at every offset parse as when whole', () => {
    const q = message({ id: 7 });
    const stream = new Uint8Array(2 + q.length + 2 + RESPONSE.length);
    stream.set([q.length >> 8, q.length & 255], 0);
    stream.set(q, 2);
    // Two messages back to back in the same direction (server side of a pipelined exchange).
    const resp2 = new Uint8Array(2 + RESPONSE.length + 2 + RESPONSE.length);
    resp2.set([RESPONSE.length >> 8, RESPONSE.length & 255], 0);
    resp2.set(RESPONSE, 2);
    resp2.set([RESPONSE.length >> 8, RESPONSE.length & 255], 2 + RESPONSE.length);
    resp2.set(RESPONSE, 4 + RESPONSE.length);
    const ctx: FlowContext = { protocol: 6, srcPort: 40000, dstPort: 53, tsUs: 0, tcpSeq: 0 };
    expect(dns.detect(resp2, 0, 2, 1, ctx)).toBe(true);
    for (let cut = 1; cut < resp2.length; cut++) {
      const s = dns.create();
      ctx.tcpSeq = 1000;
      dns.feed(s, stream, 0, 2 + q.length, 0, ctx);
      ctx.tcpSeq = 5000;
      dns.feed(s, resp2, 0, cut, 1, ctx);
      ctx.tcpSeq = 5000 + cut;
      dns.feed(s, resp2, cut, resp2.length - cut, 1, ctx);
      const f = dns.fields(s)!;
      expect(f.responseCount).toBe(2);
      expect(f.transactions[0].answers.length).toBe(3);
    }
  });
});

// =============================================================================================
// Zeek dns.log
// =============================================================================================

const corpora = corporaRoot();

// The comparison and its rules: compareZeekDns (test/corpora/zeek-l7.ts, shared with
// test/l7-pipeline.test.ts). Here it reads the analyzer's fields of flows split from the trace.
describe.skipIf(!corpora)('DNS against Zeek dns.log', () => {
  it('agrees on query, qtype, rcode, flags and answers', () => {
    const root = corpora!;
    const agree = new Agreement();
    let rows = 0;
    for (const { test, trace, rows: logRows } of zeekBaselines(root, readCorpusIndex(join(root, 'INDEX.md')), 'dns')) {
      // Zeek's connection key has no VLAN id (ours has): in loc-29-trunc.pcap the query is
      // tagged and the response is not, which would otherwise split the transaction in two.
      const ours = new Map<string, DnsTransaction[]>();
      for (const f of traceFlows(readTraceFile(trace), { keyOnVlan: false })) {
        const s = runFlow(dns, f);
        const fields = s ? dns.fields(s) : undefined;
        if (!fields) continue;
        const k = traceFlowKey(f);
        ours.set(k, [...(ours.get(k) ?? []), ...fields.transactions]);
      }
      rows += compareZeekDns(agree, test, logRows, ours);
    }
    console.log(agree.table(`DNS vs Zeek dns.log (${rows} rows)`));
    expect(rows).toBeGreaterThan(10);
    for (const f of agree.rows.keys()) expect(agree.ratio(f), f).toBeGreaterThanOrEqual(0.98);
  });
});
