// HTTP analyzer: requests split across segments, pipelining, the query string dropped, the
// privacy rule (no cookie, auth header, body or query string anywhere in fields or state), and
// agreement with Zeek's http.log on the traces the logs were made from (../shared/corpora,
// skipped when absent).
//
//   npx vitest run test/l7-http.test.ts

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Direction, FlowContext } from '../agent/l7/analyzer.js';
import { HttpAnalyzer, type HttpFields, type HttpState } from '../agent/l7/http.js';
import { Agreement, corporaRoot, readTraceFile, runFlow, traceFlows } from '../bench/l7-corpus.js';
import { readCorpusIndex } from './corpora/corpus-index.js';
import { traceFlowKey } from './corpora/ndpi-l7.js';
import { compareZeekHttp, hasContentEncoding, zeekBaselines } from './corpora/zeek-l7.js';

const http = new HttpAnalyzer();
const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

/** Feeds a two-sided conversation; each chunk advances its direction's sequence number. */
function converse(a: HttpAnalyzer, chunks: [Direction, string | Uint8Array][]): HttpState {
  const s = a.create();
  const seq = [1000, 9000];
  const ctx: FlowContext = { protocol: 6, srcPort: 40000, dstPort: 80, tsUs: 0, tcpSeq: 0 };
  for (const [dir, c] of chunks) {
    const b = typeof c === 'string' ? enc(c) : c;
    ctx.tcpSeq = seq[dir];
    seq[dir] += b.length;
    a.feed(s, b, 0, b.length, dir, ctx);
  }
  return s;
}

const REQ = 'GET /search/results?q=secret HTTP/1.1\r\nHost: example.com\r\nUser-Agent: curl/8.5.0\r\nAccept: */*\r\n\r\n';
const RESP = 'HTTP/1.1 200 OK\r\nServer: nginx\r\nContent-Type: text/html\r\nContent-Length: 11\r\n\r\nhello world';

describe('HTTP crafted vectors', () => {
  it('reads the request and response fields and drops the query string', () => {
    expect(http.detect(enc(REQ), 0, REQ.length, 0, { protocol: 6, srcPort: 1, dstPort: 80, tsUs: 0, tcpSeq: 0 })).toBe(true);
    const f = http.fields(converse(http, [[0, REQ], [1, RESP]]))!;
    expect(f).toEqual({
      method: 'GET',
      host: 'example.com',
      path: '/search/results',
      version: '1.1',
      statusCode: 200,
      userAgent: 'curl/8.5.0',
      contentType: 'text/html',
      server: 'nginx',
      requestBodyBytes: 0,
      responseBodyBytes: 11,
      requestCount: 1,
      responseCount: 1,
      pipelinedCount: 0,
      malformedCount: 0,
      truncatedFields: 0,
    });
    const keep = new HttpAnalyzer({ keepQuery: true });
    expect(keep.fields(converse(keep, [[0, REQ]]))!.path).toBe('/search/results?q=secret');
  });

  it('parses a request split across segments at every offset the same as whole', () => {
    const whole = http.fields(converse(http, [[0, REQ], [1, RESP]]));
    for (let cut = 1; cut < REQ.length; cut++) {
      const f = http.fields(converse(http, [[0, REQ.slice(0, cut)], [0, REQ.slice(cut)], [1, RESP]]));
      expect(f, `cut at ${cut}`).toEqual(whole);
    }
    // Three pieces, and a retransmission of the first piece in between.
    const s = http.create();
    const ctx: FlowContext = { protocol: 6, srcPort: 40000, dstPort: 80, tsUs: 0, tcpSeq: 0 };
    const b = enc(REQ);
    for (const [from, to] of [[0, 10], [0, 10], [10, 40], [40, b.length]]) {
      ctx.tcpSeq = 500 + from;
      http.feed(s, b, from, to - from, 0, ctx);
    }
    expect(http.fields(s)!.userAgent).toBe('curl/8.5.0');
    expect(s.dirs[0].reasm).toBeNull(); // the copied header bytes are gone once parsed
  });

  it('counts pipelined requests and frames chunked and Content-Length bodies', () => {
    const reqs =
      'GET /a HTTP/1.1\r\nHost: h\r\n\r\n' +
      'POST /b HTTP/1.1\r\nHost: h\r\nContent-Length: 5\r\n\r\nhello' +
      'HEAD /c HTTP/1.1\r\nHost: h\r\n\r\n' +
      'GET /d HTTP/1.1\r\nHost: h\r\n\r\n';
    const resps =
      'HTTP/1.1 100 Continue\r\n\r\n' +
      'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5;ext=1\r\nhello\r\n6\r\n world\r\n0\r\nX-Trailer: 1\r\n\r\n' +
      'HTTP/1.1 201 Created\r\nContent-Length: 0\r\n\r\n' +
      'HTTP/1.1 200 OK\r\nContent-Length: 1234\r\n\r\n' + // HEAD: no body follows
      'HTTP/1.1 404 Not Found\r\nContent-Length: 3\r\n\r\nnop';
    const s = converse(http, [[0, reqs], [1, resps]]);
    const f = http.fields(s)!;
    expect(f).toMatchObject({ method: 'GET', path: '/a', statusCode: 200, requestCount: 4, responseCount: 4, pipelinedCount: 3, responseBodyBytes: 11, malformedCount: 0 });
    // Byte by byte gives the same.
    const bytes: [Direction, Uint8Array][] = [];
    for (const c of enc(reqs)) bytes.push([0, Uint8Array.of(c)]);
    for (const c of enc(resps)) bytes.push([1, Uint8Array.of(c)]);
    expect(http.fields(converse(http, bytes))).toEqual(f);
  });

  it('skips a lost body segment by sequence number and finds the next request', () => {
    const body = 'x'.repeat(3000);
    const req1 = `POST /up HTTP/1.1\r\nHost: h\r\nContent-Length: ${body.length}\r\n\r\n`;
    const s = http.create();
    const ctx: FlowContext = { protocol: 6, srcPort: 40000, dstPort: 80, tsUs: 0, tcpSeq: 100 };
    const a = enc(req1 + body.slice(0, 1000));
    http.feed(s, a, 0, a.length, 0, ctx);
    ctx.tcpSeq = 100 + a.length + 1000; // 1000 body bytes never captured
    const b = enc(body.slice(2000) + 'GET /next HTTP/1.1\r\nHost: h\r\n\r\n');
    http.feed(s, b, 0, b.length, 0, ctx);
    expect(http.fields(s)).toMatchObject({ requestCount: 2, requestBodyBytes: 3000 });
  });

  it('never keeps cookies, credentials, bodies or query strings (DESIGN.md §5.1)', () => {
    const markers = ['MARKERq7f3', 'MARKERck91', 'MARKERau55', 'MARKERbd02', 'MARKERsc77', 'MARKERpw31', 'MARKERxa12', 'MARKERrb64'];
    const req =
      `POST http://user:${markers[5]}@example.com/form?token=${markers[0]}&x=1 HTTP/1.1\r\n` +
      `Host: example.com\r\nCookie: session=${markers[1]}\r\nAuthorization: Basic ${markers[2]}\r\n` +
      `Proxy-Authorization: Bearer ${markers[6]}\r\nContent-Length: 16\r\n\r\nbody=${markers[3]}x`;
    const resp = `HTTP/1.1 200 OK\r\nSet-Cookie: id=${markers[4]}\r\nContent-Length: 10\r\n\r\n${markers[7]}`;
    // Whole, and split so that header bytes go through the reassembly.
    for (const cut of [req.length, 30, 100, req.length - 5]) {
      const s = converse(http, [[0, req.slice(0, cut)], [0, req.slice(cut)], [1, resp]]);
      const f = http.fields(s)!;
      expect(f.path).toBe('http://example.com/form');
      expect(f.requestBodyBytes).toBe(16);
      const everything = JSON.stringify(f) + '\n' + dump(s);
      for (const m of markers) expect(everything, m).not.toContain(m);
    }
  });
});

/** The state's own enumerable fields, byte arrays (a reassembly buffer) as Latin-1 text. */
function dump(v: unknown, depth = 0): string {
  if (depth > 6 || v === null || v === undefined) return String(v);
  if (v instanceof Uint8Array) return Buffer.from(v).toString('latin1');
  if (typeof v !== 'object') return String(v);
  let out = '';
  for (const k of Object.keys(v as object)) out += `${k}=${dump((v as Record<string, unknown>)[k], depth + 1)};`;
  return out;
}

// =============================================================================================
// Zeek http.log
// =============================================================================================

const corpora = corporaRoot();

// The comparison and its rules: compareZeekHttp (test/corpora/zeek-l7.ts, shared with
// test/l7-pipeline.test.ts). Here it reads the analyzer's fields of flows split from the trace.
describe.skipIf(!corpora)('HTTP against Zeek http.log', () => {
  it('agrees on method, host, path, version, status, user agent and request counts', () => {
    const root = corpora!;
    const agree = new Agreement();
    let rows = 0;
    for (const { test, trace, rows: logRows } of zeekBaselines(root, readCorpusIndex(join(root, 'INDEX.md')), 'http')) {
      // Per 5-tuple, one flow per TCP connection (port reuse) in start order.
      const ours = new Map<string, HttpFields[]>();
      const encoded = new Set<string>();
      for (const f of traceFlows(readTraceFile(trace), { keyOnVlan: false })) {
        const s = f.protocol === 6 ? runFlow(http, f) : null;
        const fields = s ? http.fields(s) : undefined;
        if (!fields) continue;
        const k = traceFlowKey(f);
        ours.set(k, [...(ours.get(k) ?? []), fields]);
        if (hasContentEncoding(f)) encoded.add(k);
      }
      rows += compareZeekHttp(agree, test, logRows, ours, encoded);
    }
    console.log(agree.table(`HTTP vs Zeek http.log (${rows} first transactions)`));
    expect(rows).toBeGreaterThan(20);
    for (const f of agree.rows.keys()) expect(agree.ratio(f), f).toBeGreaterThanOrEqual(0.98);
  });
});
