// TLS analyzer (agent/l7/tls.ts): what a user reads in a TlsInfo record.
//
//   npx vitest run test/l7-tls.test.ts
//
// 1. Against nDPI on the real traces of ../shared/corpora/ndpi (skipped when absent): SNI,
//    advertised ALPN, TLS version, JA3, JA3S and JA4 per flow, with an agreement table per field.
// 2. Crafted handshakes: fingerprint vectors from the JA4 definition, a ClientHello over three
//    segments, a retransmission, a hole, the budget, a certificate.

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Direction, FlowContext } from '../agent/l7/analyzer.js';
import { tlsAnalyzer, type TlsState } from '../agent/l7/tls.js';
import { clientFingerprints, helloKey, ja3String, ja4, md5Hex, parseClientHello, type ClientHello } from '../agent/l7/tls-hello.js';
import { Agreement, corporaRoot, runFlow } from '../bench/l7-corpus.js';
import { compareNdpiTls, findNdpiFlow, isNdpiTlsLine, ndpiTag, traceFlowsByKey } from './corpora/ndpi-l7.js';
import { readNdpiOut } from './corpora/ndpi-out.js';

const corpora = corporaRoot();
const ndpiDir = join(corpora ?? '', 'ndpi');
const haveCorpora = corpora !== null && existsSync(join(ndpiDir, 'result'));

// ---- nDPI comparison ------------------------------------------------------------------------

// The comparison, and the differences left, each understood: compareNdpiTls (test/corpora/ndpi-l7.ts,
// shared with test/l7-pipeline.test.ts). Here it reads the analyzer's fields of flows split from the trace.
describe.skipIf(!haveCorpora)('TLS against nDPI on the corpus traces', () => {
  it('agrees on SNI, ALPN, version, JA3, JA3S and JA4 for ≥ 98% of the flows where nDPI has a value', () => {
    const agree = new Agreement(20);
    // Informational, not asserted: our JA4 exactly as JA4.md defines it against nDPI's.
    const info2 = new Agreement(20);
    const results = readdirSync(join(ndpiDir, 'result')).filter((n) => n.endsWith('.out'));
    let joined = 0;
    let missing = 0;
    for (const r of results) {
      const text = readFileSync(join(ndpiDir, 'result', r), 'utf8');
      if (!text.includes('[JA3C: ') && !text.includes('[JA4: ')) continue;
      const lines = readNdpiOut(join(ndpiDir, 'result', r)).flows.filter(isNdpiTlsLine);
      if (lines.length === 0) continue;
      const pcap = join(ndpiDir, 'pcap', r.replace(/\.out$/, ''));
      if (!existsSync(pcap)) continue;
      const flows = traceFlowsByKey(pcap);
      for (const l of lines) {
        const flow = findNdpiFlow(flows, l);
        const where = `${r.replace(/\.out$/, '')} #${l.index}`;
        if (!flow) {
          missing++;
          continue;
        }
        joined++;
        // detect() within nDPI's DPI window of 32 payloads: STARTTLS flows begin in clear text.
        const state = runFlow(tlsAnalyzer, flow, { detectWithin: 32 });
        const info = state ? tlsAnalyzer.fields(state) : undefined;
        compareNdpiTls(agree, l.line, info, where);
        info2.check('ja4 as-is', ndpiTag(l.line, 'JA4'), info?.ja4, where);
      }
    }
    console.log(agree.table(`TLS vs nDPI: ${joined} flows joined, ${missing} not found in the trace`));
    console.log(info2.table('JA4 as JA4.md defines it vs nDPI 4.10 (not asserted, see ndpiJa4Style)'));
    for (const [field, row] of agree.rows) expect(row.matched / row.compared, field).toBeGreaterThanOrEqual(0.98);
  });
});

// ---- crafted handshakes ----------------------------------------------------------------------

const u16 = (v: number) => [v >> 8, v & 0xff];
const u24 = (v: number) => [v >> 16, (v >> 8) & 0xff, v & 0xff];
const list16 = (vals: number[]) => [...u16(vals.length * 2), ...vals.flatMap(u16)];
const ext = (type: number, body: number[]) => [...u16(type), ...u16(body.length), ...body];
const ascii = (t: string) => [...Buffer.from(t, 'latin1')];
const hsMsg = (type: number, body: number[]) => [type, ...u24(body.length), ...body];
const record = (type: number, body: number[], version = 0x0303) => Buffer.from([type, ...u16(version), ...u16(body.length), ...body]);

/** The JA4.md example hello: 15 ciphers, 16 extensions, signature algorithms, plus GREASE. */
function ja4ExampleHello(): number[] {
  const ciphers = [0x1a1a, 0x1301, 0x1302, 0x1303, 0xc02b, 0xc02f, 0xc02c, 0xc030, 0xcca9, 0xcca8, 0xc013, 0xc014, 0x009c, 0x009d, 0x002f, 0x0035];
  const sigAlgs = [0x0403, 0x0804, 0x0401, 0x0503, 0x0805, 0x0501, 0x0806, 0x0601];
  const exts: number[][] = [
    ext(0x2a2a, []),
    ext(0x001b, [2, 0, 2]),
    ext(0x0000, [...u16(14), 0, ...u16(11), ...ascii('example.com')]),
    ext(0x0033, [0, 0]),
    ext(0x0010, [...u16(12), 2, ...ascii('h2'), 8, ...ascii('http/1.1')]),
    ext(0x4469, []),
    ext(0x0017, []),
    ext(0x002d, [1, 1]),
    ext(0x000d, list16(sigAlgs)),
    ext(0x0005, [1, 0, 0, 0, 0]),
    ext(0x0023, []),
    ext(0x0012, []),
    ext(0x002b, [6, ...u16(0x3a3a), ...u16(0x0304), ...u16(0x0303)]),
    ext(0xff01, [0]),
    ext(0x000b, [1, 0]),
    ext(0x000a, list16([0x4a4a, 0x001d, 0x0017, 0x0018])),
    ext(0x0015, [0, 0, 0]),
  ];
  const body = [...u16(0x0303), ...new Array<number>(32).fill(7), 0, ...list16(ciphers), 1, 0, ...u16(exts.flat().length), ...exts.flat()];
  return hsMsg(1, body);
}

function serverHello12(cipher: number): number[] {
  const exts = [...ext(0xff01, [0]), ...ext(0x0010, [...u16(3), 2, ...ascii('h2')])];
  return hsMsg(2, [...u16(0x0303), ...new Array<number>(32).fill(9), 0, ...u16(cipher), 0, ...u16(exts.length), ...exts]);
}

const tctx = (seq: number, dir: Direction): FlowContext => ({ protocol: 6, srcPort: dir ? 443 : 40000, dstPort: dir ? 40000 : 443, tsUs: 0, tcpSeq: seq });

/** Feeds segments [dir, seq, bytes] to a fresh state; returns it and the last feed() answer. */
/** Stands for the shard ring: segments are fed from it and it is overwritten after each call. */
const ring = new Uint8Array(1 << 17);

/** Feeds the segments as the shard worker does: in place in one reused buffer (an analyzer that kept a reference to the bytes would read junk later). */
function feedAll(segs: [Direction, number, Uint8Array][]): { s: TlsState; more: boolean } {
  const s = tlsAnalyzer.create();
  let more = true;
  for (const [dir, seq, b] of segs) {
    if (!more) break;
    ring.set(b, 7);
    more = tlsAnalyzer.feed(s, ring, 7, b.length, dir, tctx(seq, dir));
    ring.fill(0xa5);
  }
  return { s, more };
}

function cut(b: Uint8Array, ...at: number[]): Uint8Array[] {
  const out: Uint8Array[] = [];
  let prev = 0;
  for (const a of [...at, b.length]) {
    out.push(b.subarray(prev, a));
    prev = a;
  }
  return out;
}

describe('TLS handshakes, crafted', () => {
  const hello = record(22, ja4ExampleHello(), 0x0301);

  it('computes JA4 as the JA4.md example does (t13d1516h2_8daaf6152771_e5627efa2ab1), GREASE ignored', () => {
    expect(tlsAnalyzer.detect(hello, 0, hello.length, 0, tctx(1, 0))).toBe(true);
    const { s } = feedAll([[0, 1, hello]]);
    const info = tlsAnalyzer.fields(s)!;
    expect(info.ja4).toBe('t13d1516h2_8daaf6152771_e5627efa2ab1');
    expect(info).toMatchObject({ sni: 'example.com', alpnOffered: ['h2', 'http/1.1'], recordVersion: 0x0301, clientVersion: 0x0303, clientSupportedVersions: [0x0304, 0x0303], ech: false });
    // JA3: decimal, GREASE (0x1a1a, 0x2a2a, 0x4a4a) left out, MD5 of the string.
    expect(info.ja3).toBe('771,4865-4866-4867-49195-49199-49196-49200-52393-52392-49171-49172-156-157-47-53,27-0-51-16-17513-23-45-13-5-35-18-43-65281-11-10-21,29-23-24,0');
    expect(info.ja3Hash).toBe(createHash('md5').update(info.ja3!).digest('hex'));
    expect(tlsAnalyzer.confirmed(s)).toBe(true);
  });

  it('computes the JA4 of the ja4_r vector from a public JA4 report (browserleaks, via service0427/v2_cp_app tls.md)', () => {
    // ja4_r = t13d1516h2_002f,…,cca9_0005,000a,…,ff01_0403,… ⇒ t13d1516h2_8daaf6152771_d8a2da3f94cd
    const ciphers = [0x1301, 0x1302, 0x1303, 0xc02b, 0xc02f, 0xc02c, 0xc030, 0xcca9, 0xcca8, 0xc013, 0xc014, 0x009c, 0x009d, 0x002f, 0x0035];
    const ch = parseClientHello(Uint8Array.from(ja4ExampleHello()), 4, ja4ExampleHello().length - 4)!;
    ch.ciphers = ciphers;
    ch.extensions = [0x002d, 0x0033, 0x0010, 0xfe0d, 0x0017, 0x44cd, 0x0000, 0x000b, 0x000a, 0x002b, 0xff01, 0x0023, 0x0012, 0x0005, 0x000d, 0x001b];
    expect(ja4(ch, 't')).toBe('t13d1516h2_8daaf6152771_d8a2da3f94cd');
    expect(md5Hex('771,4865-4866-4867-49195-49199-49196-49200-52393-52392-49171-49172-156-157-47-53,45-51-16-65037-23-17613-0-11-10-43-65281-35-18-5-13-27,4588-29-23-24,0')).toBe('98487aa16281980e7d1120d399efb6a4');
  });

  it('gives every hello its own fingerprints even when two of them share the memo key', () => {
    // The fingerprint memo is keyed by a 32-bit hash of the hello's values: find two hellos
    // with the same key (among 2^19 variants a collision is all but certain) and ask for both.
    const base = parseClientHello(hello, 9, hello.length - 9)!;
    const variant = (a: number, b: number): ClientHello => ({ ...base, ciphers: [a, ...base.ciphers.slice(1)], signatureAlgorithms: [b, ...base.signatureAlgorithms] });
    const seen = new Map<number, ClientHello>();
    let pair: [ClientHello, ClientHello] | null = null;
    for (let b = 0; b < 8 && !pair; b++) {
      for (let a = 0; a < 65536; a++) {
        const ch = variant(a, b);
        const k = helloKey(ch);
        const other = seen.get(k);
        if (other) {
          pair = [other, ch];
          break;
        }
        seen.set(k, ch);
      }
    }
    expect(pair).not.toBeNull();
    const [x, y] = pair!;
    for (const ch of [x, y, x, y]) {
      const got = clientFingerprints(ch, 't');
      expect(got).toEqual({ ja3: ja3String(ch), ja3Hash: md5Hex(ja3String(ch)), ja4: ja4(ch, 't') });
    }
    expect(ja3String(x)).not.toBe(ja3String(y));
    // One stack, hellos that differ in what JA4's first part shows (SNI or not, ALPN, QUIC or
    // TCP), in turns: each its own JA4, though the memo keeps only the last one made.
    const noSni: ClientHello = { ...base, hasSni: false, sni: '' };
    const otherAlpn: ClientHello = { ...base, alpn: ['http/1.1'], alpnFirstByte: 0x68, alpnLastByte: 0x31 };
    for (const [ch, t] of [[base, 't'], [noSni, 't'], [base, 'q'], [otherAlpn, 't'], [base, 't']] as const) {
      expect(clientFingerprints(ch, t).ja4).toBe(ja4(ch, t));
    }
    expect(new Set([base, noSni, otherAlpn].map((ch) => ja4(ch, 't'))).size).toBe(3);
  });

  it('reads a ClientHello split across 3 TCP segments, and one with a retransmitted segment', () => {
    const [a, b, c] = cut(hello, 3, 100);
    const split = feedAll([[0, 1000, a], [0, 1003, b], [0, 1100, c]]);
    expect(tlsAnalyzer.fields(split.s)?.ja4).toBe('t13d1516h2_8daaf6152771_e5627efa2ab1');
    const retrans = feedAll([[0, 1000, a], [0, 1003, b], [0, 1003, b], [0, 1000, hello.subarray(0, 50)], [0, 1100, c]]);
    expect(tlsAnalyzer.fields(retrans.s)).toEqual(tlsAnalyzer.fields(split.s));
    expect(retrans.s.stopReason).toBeNull();
    // The client side is done; the flow goes on for the server's hello.
    expect(split.more).toBe(true);
  });

  it('gives up on a hole: no fingerprint from half a hello, the reason kept', () => {
    const [a, , c] = cut(hello, 3, 100);
    const { s } = feedAll([[0, 1000, a], [0, 1100, c]]);
    expect(tlsAnalyzer.fields(s)?.ja3).toBeUndefined();
    expect(s.stopReason).toBe('hole');
    expect(s.sides[0].done).toBe(true);
  });

  it('gives up when a handshake message outgrows the 16 KiB flow budget, and hands the budget back', () => {
    const big = Buffer.concat([record(22, [12, ...u24(40000)]).subarray(0, 9), Buffer.alloc(16000, 1)]);
    big.writeUInt16BE(16000 + 4, 3);
    const { s } = feedAll([[1, 5, big.subarray(0, 8000)], [1, 8005, big.subarray(8000)], [1, 16009, record(22, new Array(2000).fill(1))]]);
    expect(s.stopReason).toBe('limit');
    expect(s.budget.remainingBytes).toBe(16 * 1024);
  });

  it('reads ServerHello and the leaf certificate (TLS 1.2) across segments, and stops the flow', () => {
    let der: Buffer;
    try {
      const pem = execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-keyout', '/dev/null',
        '-subj', '/C=CZ/O=Probe Test/CN=leaf.example', '-addext', 'subjectAltName=DNS:leaf.example,DNS:*.leaf.example,IP:192.0.2.7,IP:2001:db8::7',
        '-days', '30', '-outform', 'DER'], { stdio: ['ignore', 'pipe', 'ignore'] });
      der = Buffer.from(pem);
    } catch {
      return; // no openssl on this machine
    }
    const chain = [...u24(der.length + 3 + 5 + 3), ...u24(der.length), ...der, ...u24(5), 1, 2, 3, 4, 5];
    const flight = Buffer.concat([record(22, [...serverHello12(0xc02f), ...hsMsg(11, chain), ...hsMsg(14, [])])]);
    const [x, y, z] = cut(flight, 70, 300);
    const { s, more } = feedAll([[0, 1, hello], [1, 50, x], [1, 50 + x.length, y], [1, 50 + x.length + y.length, z]]);
    expect(more).toBe(false);
    const info = tlsAnalyzer.fields(s)!;
    expect(info).toMatchObject({ version: 0x0303, serverVersion: 0x0303, cipherSuite: 0xc02f, alpn: 'h2', ja3s: '771,49199,65281-16' });
    const cert = info.serverCertificate!;
    expect(cert).toMatchObject({
      parsed: true,
      subject: 'C=CZ, O=Probe Test, CN=leaf.example',
      sanDns: ['leaf.example', '*.leaf.example'],
      sanIp: ['192.0.2.7', '2001:db8::7'],
      sha256: createHash('sha256').update(der).digest('hex'),
      sha1: createHash('sha1').update(der).digest('hex'),
    });
    expect(cert.notAfterMs! - cert.notBeforeMs!).toBe(30 * 86400_000);
    expect(cert.serial).toMatch(/^[0-9a-f]+$/);
    expect(s.budget.remainingBytes).toBe(16 * 1024);
  });

  it('keeps flows apart while their handshakes are read in turns, buffers reused uncleared from flow to flow', () => {
    const ders: Buffer[] = [];
    try {
      for (const cn of ['one.example', 'two.example']) {
        ders.push(Buffer.from(execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-keyout', '/dev/null',
          '-subj', `/CN=${cn}`, '-days', '30', '-outform', 'DER'], { stdio: ['ignore', 'pipe', 'ignore'] })));
      }
    } catch {
      return; // no openssl on this machine
    }
    const flight = (der: Buffer) => record(22, [...serverHello12(0xc02f), ...hsMsg(11, [...u24(der.length + 3), ...u24(der.length), ...der]), ...hsMsg(14, [])]);
    for (let round = 0; round < 3; round++) {
      // Two flows, each server flight cut in three: both hold a cut record and a cut certificate at once.
      const flows = ders.map((der) => ({ der, s: tlsAnalyzer.create(), segs: cut(flight(der), 40 + round * 7, 200 + round * 50), seq: 50 }));
      for (const f of flows) {
        ring.set(hello, 7);
        tlsAnalyzer.feed(f.s, ring, 7, hello.length, 0, tctx(1, 0));
      }
      for (let i = 0; i < 3; i++) {
        for (const f of flows) {
          const b = f.segs[i];
          ring.set(b, 7);
          tlsAnalyzer.feed(f.s, ring, 7, b.length, 1, tctx(f.seq, 1));
          f.seq += b.length;
          ring.fill(0xa5);
        }
      }
      // A third flow gives up half-way (never returning what it holds).
      const left = tlsAnalyzer.create();
      const half = cut(flight(ders[0]), 300)[0];
      ring.set(half, 7);
      tlsAnalyzer.feed(left, ring, 7, half.length, 1, tctx(9, 1));
      for (const f of flows) {
        const cert = tlsAnalyzer.fields(f.s)!.serverCertificate!;
        expect(cert.sha256).toBe(createHash('sha256').update(f.der).digest('hex'));
        expect(cert.subject).toBe(f.der === ders[0] ? 'CN=one.example' : 'CN=two.example');
        expect(f.s.budget.remainingBytes).toBe(16 * 1024);
      }
    }
  });

  it('keeps the fingerprints of a certificate OpenSSL refuses, and does not throw', () => {
    const junk = [0x30, 0x82, 0x00, 0x10, ...new Array<number>(16).fill(0xee)];
    const flight = record(22, [...serverHello12(0x002f), ...hsMsg(11, [...u24(junk.length + 3), ...u24(junk.length), ...junk])]);
    const { s } = feedAll([[1, 1, flight]]);
    expect(tlsAnalyzer.fields(s)?.serverCertificate).toMatchObject({ parsed: false, sha1: createHash('sha1').update(Buffer.from(junk)).digest('hex') });
  });

  it('stops at a TLS 1.3 ServerHello (everything after is encrypted) and skips a warning alert before it', () => {
    const exts = [...ext(0x002b, [...u16(0x0304)]), ...ext(0x0033, [0, 0x1d, 0, 0])];
    const sh = hsMsg(2, [...u16(0x0303), ...new Array<number>(32).fill(3), 0, ...u16(0x1301), 0, ...u16(exts.length), ...exts]);
    const flight = Buffer.concat([record(21, [1, 112]), record(22, sh), record(20, [1]), record(23, [1, 2, 3])]);
    const { s, more } = feedAll([[0, 1, hello], [1, 1, flight]]);
    expect(more).toBe(false);
    expect(tlsAnalyzer.fields(s)).toMatchObject({ version: 0x0304, serverSelectedVersion: 0x0304, cipherSuite: 0x1301 });
  });

  it('does not take other TCP payloads for TLS', () => {
    for (const t of ['GET / HTTP/1.1\r\n', 'SSH-2.0-OpenSSH_9.6\r\n', '\x16\x03\x01\x00\x01\x17']) {
      const b = Buffer.from(t, 'latin1');
      expect(tlsAnalyzer.detect(b, 0, b.length, 0, tctx(0, 0)), JSON.stringify(t)).toBe(false);
    }
    const s = tlsAnalyzer.create();
    expect(tlsAnalyzer.feed(s, Buffer.from('GET / HTTP/1.1\r\n'), 0, 16, 0, tctx(0, 0))).toBe(true);
    expect(s.stopReason).toBe('malformed');
    expect(tlsAnalyzer.fields(s)).toBeUndefined();
  });
});
