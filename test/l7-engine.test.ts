// The application layer as the shard worker runs it (agent/l7/engine.ts): which flows get
// analysed, what a record carries, the privacy policy, the limit of flows in analysis, the
// DNS name cache shared between threads, and STARTTLS on real traces. The analyzers' own
// parsing is tested in test/l7-*.test.ts; real traffic end to end in test/privacy-canary.test.ts.

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../agent/config.js';
import { FlowAccounting } from '../agent/flow/accounting.js';
import { BatchEncoder } from '../agent/flow/encode.js';
import { decodeRecords } from '../agent/flow/output.js';
import { toFlowJson, type FlowJson } from '../agent/flow/json.js';
import { L7Engine } from '../agent/l7/engine.js';
import { L7_DEFAULTS, PRIVACY_DEFAULTS, type PrivacyPolicy } from '../agent/l7/options.js';
import { NameCache } from '../agent/l7/name-cache.js';
import { corporaRoot } from '../bench/l7-corpus.js';
import { ethernet, ip, ipv4Fragments, mergeByTime, tcpConversation, udp, udpExchange, type Frame } from './lib/craft.js';
import { probeAgent } from './lib/cli.js';

const T0 = 1_700_000_000_000_000;
const ascii = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));

function flows(frames: Frame[], opts: { privacy?: Partial<PrivacyPolicy>; maxFlows?: number; names?: NameCache | null } = {}): { json: FlowJson[]; acc: FlowAccounting } {
  let enc: BatchEncoder | null = null;
  const acc = new FlowAccounting(
    { capacity: 1000, idleTimeoutUs: 30e6, activeTimeoutUs: 300e6, closeDelayUs: 1e6, shard: 0, shards: 1, idGeneration: 1 },
    { emit: (t, slot, reason) => enc!.add(t, slot, reason) },
    new L7Engine({ maxFlows: opts.maxFlows ?? L7_DEFAULTS.maxFlows, privacy: { ...PRIVACY_DEFAULTS, ...opts.privacy }, names: opts.names === undefined ? new NameCache(64) : opts.names }),
  );
  enc = new BatchEncoder(acc.l7);
  for (const f of frames) {
    acc.pkt.ts = f.tsUs;
    acc.packet(f.bytes, 0, f.bytes.length, f.bytes.length, 1);
  }
  acc.table.flushAll(4);
  return { json: decodeRecords(enc.finish()).map(toFlowJson), acc };
}

function httpFlow(clientPort: number, target: string, startUs = T0): Frame[] {
  return tcpConversation({
    client: { ip: '192.0.2.1', port: clientPort },
    server: { ip: '192.0.2.80', port: 80 },
    startUs,
    exchanges: [{
      request: ascii(`GET ${target} HTTP/1.1\r\nHost: www.example.test\r\nUser-Agent: probe-test/1\r\n\r\n`),
      response: ascii('HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok'),
    }],
  });
}

describe('application layer in the flow records', () => {
  it('an HTTP flow carries its fields; the query string only when the policy keeps it', () => {
    const frames = httpFlow(40000, '/search?q=secret');
    const [off] = flows(frames).json;
    expect(off.appProtocol).toBe('http');
    expect(off.appProtocolGuessed).toBe(false);
    expect(off.http).toMatchObject({ method: 'GET', host: 'www.example.test', path: '/search', statusCode: 200, userAgent: 'probe-test/1' });
    const [on] = flows(frames, { privacy: { httpQueryString: true, httpUserAgent: false } }).json;
    expect(on.http).toMatchObject({ path: '/search?q=secret' });
    expect(on.http?.userAgent).toBeUndefined();
  });

  it('a flow without recognisable payload gets the port guess, marked as guessed', () => {
    const frames = tcpConversation({ client: { ip: '192.0.2.1', port: 40001 }, server: { ip: '192.0.2.25', port: 25 }, startUs: T0, exchanges: [{ request: 100, response: 100 }] });
    const [f] = flows(frames).json;
    expect(f.appProtocol).toBe('smtp');
    expect(f.appProtocolGuessed).toBe(true);
    expect(f.http ?? f.tls ?? f.dns).toBeUndefined();
  });

  it('flows past the limit in analysis are counted and keep only the port guess', () => {
    const frames = mergeByTime(httpFlow(40000, '/a'), httpFlow(40001, '/b', T0 + 10), httpFlow(40002, '/c', T0 + 20));
    const { json, acc } = flows(frames, { maxFlows: 2 });
    expect(json.filter((f) => f.http !== undefined)).toHaveLength(2);
    const rest = json.filter((f) => f.http === undefined);
    expect(rest).toHaveLength(1);
    expect(rest[0]).toMatchObject({ appProtocol: 'http', appProtocolGuessed: true });
    expect(acc.counters()).toMatchObject({ l7Analyzed: 2, l7OverBudget: 1 });
  });

  it('a fragmented DNS response: the analyzer sees the first fragment, never the middle of the datagram as a message', () => {
    const query = ascii('\x43\x21\x01\x00\x00\x01\x00\x00\x00\x00\x00\x00\x03big\x07example\x04test\x00\x00\x10\x00\x01');
    // A TXT answer of 1,600 bytes (8 strings of 200): the response is cut into IP fragments.
    const txt = new Uint8Array(8 * 201);
    for (let i = 0; i < 8; i++) {
      txt[i * 201] = 200;
      txt.fill(0x61 + i, i * 201 + 1, i * 201 + 201);
    }
    const answer = new Uint8Array([...query.slice(0, 2), 0x81, 0x80, 0, 1, 0, 1, 0, 0, 0, 0, ...query.slice(12), 0xc0, 0x0c, 0, 16, 0, 1, 0, 0, 0, 60, txt.length >> 8, txt.length & 0xff, ...txt]);
    const c = '192.0.2.1';
    const s = '192.0.2.53';
    const frames: Frame[] = [
      { tsUs: T0, bytes: ethernet({}, ip({ src: c, dst: s }, udp({ sport: 40000, dport: 53 }, query))) },
      ...ipv4Fragments({ src: s, dst: c, id: 7 }, udp({ sport: 53, dport: 40000 }, answer), 600).map((b, i) => ({ tsUs: T0 + 1000 + i, bytes: ethernet({}, b) })),
    ];
    const [f] = flows(frames).json;
    expect(f.rev.fragments).toBe(3);
    const dns = f.dns as { transactions: { query: string; responseSeen: boolean }[]; responseCount: number; queryCount: number };
    expect(dns.transactions).toHaveLength(1);
    expect(dns.transactions[0]).toMatchObject({ query: 'big.example.test', responseSeen: true });
    expect([dns.queryCount, dns.responseCount]).toEqual([1, 1]); // no message made of the later fragments
  });

  it('a flow to an address the client resolved carries the name; another client\'s flow does not', () => {
    // A DNS answer www.example.test → 192.0.2.80 for client 192.0.2.1, then HTTP from two clients.
    const query = ascii('\x12\x34\x01\x00\x00\x01\x00\x00\x00\x00\x00\x00\x03www\x07example\x04test\x00\x00\x01\x00\x01');
    const answer = new Uint8Array([...query.slice(0, 2), 0x81, 0x80, 0, 1, 0, 1, 0, 0, 0, 0, ...query.slice(12), 0xc0, 0x0c, 0, 1, 0, 1, 0, 0, 0, 60, 0, 4, 192, 0, 2, 80]);
    const dns = udpExchange({ client: { ip: '192.0.2.1', port: 5353 + 1000 }, server: { ip: '192.0.2.53', port: 53 }, startUs: T0 - 1000, exchanges: [{ request: query, response: answer }] });
    const other = tcpConversation({ client: { ip: '192.0.2.2', port: 40000 }, server: { ip: '192.0.2.80', port: 80 }, startUs: T0 + 100, exchanges: [{ request: 10, response: 10 }] });
    const json = flows(mergeByTime(dns, httpFlow(40000, '/'), other)).json;
    const to80 = (client: string) => json.find((f) => f.srcAddr === client && f.dstAddr === '192.0.2.80')!;
    expect(to80('192.0.2.1').serverName).toBe('www.example.test');
    expect(to80('192.0.2.2').serverName).toBe('');
    const tr = json.find((f) => f.dstPort === 53)?.dns?.transactions as { query: string; rcode?: number; responseSeen: boolean }[];
    expect(tr).toHaveLength(1);
    expect(tr[0]).toMatchObject({ query: 'www.example.test', responseSeen: true });
    expect(tr[0].rcode ?? 0).toBe(0); // NOERROR: the proto3 default, left out of the JSON
    // the policy can switch the enrichment off
    const off = flows(mergeByTime(dns, httpFlow(40000, '/')), { privacy: { serverName: false, dnsAnswers: false } }).json;
    expect(off.find((f) => f.dstAddr === '192.0.2.80')?.serverName).toBe('');
    // … and DNS answer data: the count stays, the records go
    expect(off.find((f) => f.dstPort === 53)?.dns?.transactions).toEqual([expect.not.objectContaining({ answers: expect.anything() })]);
    expect((off.find((f) => f.dstPort === 53)?.dns?.transactions as { answerCount: number }[])[0].answerCount).toBe(1);
  });

  it('IPv6: an AAAA answer names the client\'s flow to that address', () => {
    const query = ascii('\x56\x78\x01\x00\x00\x01\x00\x00\x00\x00\x00\x00\x02v6\x07example\x04test\x00\x00\x1c\x00\x01');
    const addr = [0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x80]; // 2001:db8::80
    const answer = new Uint8Array([...query.slice(0, 2), 0x81, 0x80, 0, 1, 0, 1, 0, 0, 0, 0, ...query.slice(12), 0xc0, 0x0c, 0, 28, 0, 1, 0, 0, 0, 60, 0, 16, ...addr]);
    const dns = udpExchange({ client: { ip: '2001:db8::1', port: 40053 }, server: { ip: '2001:db8::53', port: 53 }, startUs: T0 - 1000, exchanges: [{ request: query, response: answer }] });
    const web = tcpConversation({ client: { ip: '2001:db8::1', port: 40000 }, server: { ip: '2001:db8::80', port: 443 }, startUs: T0, exchanges: [{ request: 10, response: 10 }] });
    const json = flows(mergeByTime(dns, web)).json;
    expect(json.find((f) => f.dstAddr === '2001:db8::80')?.serverName).toBe('v6.example.test');
  });
});

describe('DNS name cache', () => {
  const a = new Uint32Array(4);
  const b = new Uint32Array(4);
  const out = new Uint8Array(256);
  const name = (n: number) => Buffer.from(out.subarray(0, n)).toString('latin1');

  it('keys on client, server and family, honours the time bound, and the newest name wins', () => {
    const c = new NameCache(64);
    a[0] = 0x0a000001; // 10.0.0.1
    b[0] = 0x0a000002;
    expect(c.get(4, a, b, 2e9, out, 0)).toBe(0);
    c.put(4, a, b, 'first.test', 1000);
    c.put(4, a, b, 'second.test', 1001);
    expect(name(c.get(4, a, b, 2e9, out, 0))).toBe('second.test');
    expect(c.get(4, a, b, 1000, out, 0)).toBe(0); // resolved after the flow's last packet
    expect(c.get(4, b, a, 2e9, out, 0)).toBe(0); // the other way round is another client
    expect(c.get(6, a, b, 2e9, out, 0)).toBe(0);
  });

  it('stays bounded: many more names than entries keep the newest', () => {
    const c = new NameCache(64);
    a[0] = 0x0a000001;
    for (let i = 0; i < 10_000; i++) {
      b[0] = 0x0a010000 + i;
      c.put(4, a, b, `n${i}.test`, 1000 + i);
    }
    b[0] = 0x0a010000 + 9999;
    expect(name(c.get(4, a, b, 2e9, out, 0))).toBe('n9999.test');
    expect(c.sab.byteLength).toBeLessThan(64 * 400);
  });

  it('two threads writing while a third reads never yield a torn name', async () => {
    const c = new NameCache(16); // few entries: writers collide on purpose
    const mod = new URL('../dist/agent/l7/name-cache.js', import.meta.url).href;
    const code = `
      import { workerData } from 'node:worker_threads';
      const { NameCache } = await import(${JSON.stringify(mod)});
      const c = new NameCache(workerData.sab);
      const a = new Uint32Array([1, 0, 0, 0]);
      const b = new Uint32Array(4);
      for (let i = 0; i < 200000; i++) {
        b[0] = i % 8;
        c.put(4, a, b, (workerData.letter).repeat(1 + (i % 200)), 1000);
      }
    `;
    const workers = ['x', 'y'].map((letter) => new Worker(new URL(`data:text/javascript,${encodeURIComponent(code)}`), { workerData: { sab: c.sab, letter } }));
    const finished = Promise.all(workers.map((w) => new Promise((res, rej) => (w.on('exit', res), w.on('error', rej)))));
    const client = new Uint32Array([1, 0, 0, 0]);
    const server = new Uint32Array(4);
    let reads = 0;
    let found = 0;
    let done = false;
    void finished.then(() => (done = true));
    const deadline = Date.now() + 20_000;
    while (!done && Date.now() < deadline) {
      for (let i = 0; i < 1000; i++) {
        server[0] = i % 8;
        const n = c.get(4, client, server, 2e9, out, 0);
        reads++;
        if (n > 0) {
          found++;
          const s = name(n);
          expect(/^(x+|y+)$/.test(s), `torn name ${s.slice(0, 40)}…`).toBe(true);
        }
      }
      await new Promise((r) => setImmediate(r));
    }
    await finished;
    expect(found).toBeGreaterThan(0);
    console.log(`name cache: ${reads} reads during concurrent writes, ${found} names, none torn; writes skipped as contended in the main thread: ${c.contended}`);
  });
});

describe('config: l7 section', () => {
  it('accepts the privacy policy and limits, and names a wrong key', () => {
    const c = parseConfig(JSON.stringify({ l7: { enabled: true, maxFlows: 1000, nameCacheEntries: 4096, privacy: { httpQueryString: true } } }));
    expect(c.l7?.privacy?.httpQueryString).toBe(true);
    expect(() => parseConfig(JSON.stringify({ l7: { privacy: { httpQuery: true } } }))).toThrow(/l7\.privacy\.httpQuery: unknown setting/);
    expect(() => parseConfig(JSON.stringify({ l7: { privacy: { dnsAnswers: 'no' } } }))).toThrow(/l7\.privacy\.dnsAnswers: must be true or false/);
  });
});

const corpora = corporaRoot();
describe.skipIf(corpora === null)('STARTTLS on real traces (nDPI corpus)', () => {
  for (const [file, app] of [['smtp-starttls.pcap', 'smtp'], ['imap-starttls.pcap', 'imap']] as const) {
    it(`${file}: ${app}, then the TLS handshake after the upgrade`, async () => {
      const path = join(corpora!, 'ndpi/pcap', file);
      if (!existsSync(path)) return;
      const r = await probeAgent(['read', path, '--json']);
      expect(r.code).toBe(0);
      const fl = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as FlowJson);
      const up = fl.filter((f) => f.appProtocol === app && f.tls !== undefined);
      expect(up.length).toBeGreaterThan(0);
      for (const f of up) {
        expect(f.appProtocolGuessed).toBe(false);
        expect(f.tls).toMatchObject({ starttls: true, ja4: expect.stringMatching(/^t1[0-3][di]/) });
      }
    });
  }
});
