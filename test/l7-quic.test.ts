// QUIC analyzer (agent/l7/quic.ts): version, SNI, ALPN and JA4 from the client's Initials.
//
//   npx vitest run test/l7-quic.test.ts
//
// 1. The sample client Initial of RFC 9001 Appendix A.2 (v1) and RFC 9369 Appendix A.2 (v2):
//    keys as published, the protected bytes as published, and the ClientHello read back.
// 2. A ClientHello spread over two Initial packets in CRYPTO frames sent out of order.
// 3. Against nDPI on the corpus QUIC traces (skipped when ../shared/corpora is absent).

import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Direction, FlowContext } from '../agent/l7/analyzer.js';
import { QUIC_V1, QUIC_V2, clientInitialKeys, quicAnalyzer, versionSpec, type QuicInfo } from '../agent/l7/quic.js';
import { initialHeader, protect, varint2 } from '../bench/fuzz-tls.js';
import { Agreement, corporaRoot, runFlow } from '../bench/l7-corpus.js';
import { compareNdpiQuic, findNdpiFlow, ndpiIetfQuicVersion, traceFlowsByKey } from './corpora/ndpi-l7.js';
import { readNdpiOut } from './corpora/ndpi-out.js';

const hex = (s: string) => Buffer.from(s.replace(/\s+/g, ''), 'hex');
const ctx: FlowContext = { protocol: 17, srcPort: 50000, dstPort: 443, tsUs: 0, tcpSeq: 0 };

// RFC 9001 Appendix A.2: the CRYPTO frame of the sample client Initial (a ClientHello for
// example.com offering ALPN "alpn"), padded with PADDING frames to a 1162-byte payload.
const RFC_CRYPTO_FRAME = hex(`
  060040f1010000ed0303ebf8fa56f12939b9584a3896472ec40bb863cfd3e868
  04fe3a47f06a2b69484c00000413011302010000c000000010000e00000b6578
  616d706c652e636f6dff01000100000a00080006001d00170018001000070005
  04616c706e0005000501000000000033002600240 01d00209370b2c9caa47fba
  baf4559fedba753de171fa71f50f1ce15d43e994ec74d748002b000302030400
  0d0010000e0403050306030203080408050806002d00020101001c00024001ff
  a500320408ffffffffffffffff05048000ffff07048000ffff08011001048000
  75300901100f088394c8f03e51570806048000ffff`);
const RFC_DCID = hex('8394c8f03e515708');

function run(datagrams: Buffer[], dir: Direction[] = []): { info: QuicInfo | undefined; more: boolean; stop: string | null } {
  const s = quicAnalyzer.create();
  let more = true;
  datagrams.forEach((d, i) => {
    if (more) more = quicAnalyzer.feed(s, d, 0, d.length, dir[i] ?? 0, ctx);
  });
  return { info: quicAnalyzer.fields(s), more, stop: s.stopReason };
}

describe('QUIC Initial decryption (RFC test vectors)', () => {
  it('derives the RFC 9001 A.1 and RFC 9369 A.1 client keys', () => {
    // key, iv, hp as published; the analyzer's keys are the three back to back.
    const v1 = clientInitialKeys(RFC_DCID, versionSpec(QUIC_V1)!.salts[0], 'quic');
    expect([v1.subarray(0, 16), v1.subarray(16, 28), v1.subarray(28, 44)].map((b) => Buffer.from(b).toString('hex'))).toEqual([
      '1f369613dd76d5467730efcbe3b1a22d', 'fa044b2f42a3fd3b46fb255c', '9f50449e04a0e810283a1e9933adedd2',
    ]);
    const v2 = clientInitialKeys(RFC_DCID, versionSpec(QUIC_V2)!.salts[0], 'quicv2');
    expect([v2.subarray(0, 16), v2.subarray(16, 28), v2.subarray(28, 44)].map((b) => Buffer.from(b).toString('hex'))).toEqual([
      '8b1a0bc121284290a29e0971b5cd045d', '91f73e2351d8fa91660e909f', '45b95e15235d6f45a6b19cbcb0294ba9',
    ]);
  });

  for (const [name, version, header, protectedStart] of [
    // RFC 9001 A.2 and RFC 9369 A.2: the unprotected header (packet number 2) and the first bytes of the protected packet.
    ['v1 (RFC 9001 A.2)', QUIC_V1, 'c300000001088394c8f03e5157080000449e00000002', 'c000000001088394c8f03e5157080000449e7b9aec34d1b1c98dd7689fb8ec11d242b123dc9b'],
    ['v2 (RFC 9369 A.2)', QUIC_V2, 'd36b3343cf088394c8f03e5157080000449e00000002', 'd76b3343cf088394c8f03e5157080000449ea0c95e82ffe67b6abcdb'],
  ] as const) {
    it(`opens the sample client Initial of ${name}: SNI example.com, ALPN "alpn"`, () => {
      const payload = Buffer.alloc(1162);
      RFC_CRYPTO_FRAME.copy(payload);
      const pkt = protect(version, hex(header), payload, RFC_DCID);
      expect(pkt.length).toBe(1200);
      expect(pkt.subarray(0, protectedStart.length / 2).toString('hex')).toBe(protectedStart);
      expect(quicAnalyzer.detect(pkt, 0, pkt.length, 0, ctx)).toBe(true);
      const r = run([pkt]);
      expect(r.more).toBe(false); // the ClientHello is complete: no more packets needed
      expect(r.stop).toBeNull();
      expect(r.info).toMatchObject({ version, sni: 'example.com', alpnOffered: ['alpn'], clientSupportedVersions: [0x0304] });
      // JA4 a-part: QUIC, TLS 1.3, SNI, 2 ciphers (1301, 1302), 11 extensions, ALPN "alpn" → "an".
      expect(r.info?.ja4).toMatch(/^q13d0211an_[0-9a-f]{12}_[0-9a-f]{12}$/);
    });
  }

  it('reassembles a ClientHello over two Initial packets whose CRYPTO frames come out of order', () => {
    // The RFC's ClientHello (CRYPTO data of 241 bytes) cut into three pieces: [150, 241) in the
    // first packet together with [0, 60), [60, 150) in the second.
    const hello = RFC_CRYPTO_FRAME.subarray(4, 4 + 241);
    const frame = (at: number, end: number) => Buffer.concat([Buffer.from([0x06]), varint2(at), varint2(end - at), hello.subarray(at, end)]);
    const pad = (b: Buffer) => Buffer.concat([b, Buffer.alloc(1100 - b.length)]);
    const p1 = pad(Buffer.concat([Buffer.from([0x01]), frame(150, 241), frame(0, 60)]));
    const p2 = pad(Buffer.concat([frame(60, 150), Buffer.from([0x02, 0x00, 0x00, 0x00, 0x00])])); // + an ACK frame
    const d1 = protect(QUIC_V1, initialHeader(QUIC_V1, RFC_DCID, 0, p1.length), p1, RFC_DCID);
    const d2 = protect(QUIC_V1, initialHeader(QUIC_V1, RFC_DCID, 1, p2.length), p2, RFC_DCID);
    const first = run([d1]);
    expect(first.more).toBe(true);
    expect(first.info?.sni).toBeUndefined();
    const both = run([d1, d2]);
    expect(both.more).toBe(false);
    expect(both.info).toMatchObject({ sni: 'example.com', alpnOffered: ['alpn'] });
    // A server datagram in between changes nothing.
    const withServer = run([d1, Buffer.from(d2).fill(0x41, 30, 60), d2], [0, 1, 0]);
    expect(withServer.info?.sni).toBe('example.com');
  });

  it('reads each flow\'s own ClientHello when flows follow one another (reused reassembly buffers keep old bytes)', () => {
    const hello = RFC_CRYPTO_FRAME.subarray(4, 4 + 241);
    const sni = hello.indexOf('example.com');
    const frame = (h: Buffer, at: number, end: number) => Buffer.concat([Buffer.from([0x06]), varint2(at), varint2(end - at), h.subarray(at, end)]);
    const pad = (b: Buffer) => Buffer.concat([b, Buffer.alloc(1100 - b.length)]);
    const seal = (plain: Buffer, pn: number) => protect(QUIC_V1, initialHeader(QUIC_V1, RFC_DCID, pn, plain.length), plain, RFC_DCID);
    for (const name of ['example.org', 'exampl.com2', 'example.com']) {
      const h = Buffer.from(hello);
      h.write(name, sni, 'latin1');
      // In order in one packet, then out of order over two, the SNI's bytes in the last piece in.
      expect(run([seal(pad(frame(h, 0, 241)), 0)]).info?.sni).toBe(name);
      const split = run([seal(pad(Buffer.concat([frame(h, 150, 241), frame(h, 0, 20)])), 0), seal(pad(frame(h, 20, 150)), 1)]);
      expect(split.more).toBe(false);
      expect(split.info?.sni).toBe(name);
      expect(run([seal(pad(frame(h, 20, 150)), 0)]).info?.sni).toBeUndefined(); // offset 0 missing: nothing read
    }
  });

  it('leaves a tampered packet unopened and says nothing', () => {
    const payload = Buffer.alloc(1162);
    RFC_CRYPTO_FRAME.copy(payload);
    const pkt = protect(QUIC_V1, hex('c300000001088394c8f03e5157080000449e00000002'), payload, RFC_DCID);
    pkt[600] ^= 1;
    const r = run([pkt]);
    expect(r.info?.sni).toBeUndefined();
    expect(r.info?.ja4).toBeUndefined();
  });
});

// ---- nDPI comparison ------------------------------------------------------------------------

const corpora = corporaRoot();
const ndpiDir = join(corpora ?? '', 'ndpi');
const haveCorpora = corpora !== null && existsSync(join(ndpiDir, 'result'));

// The comparison: compareNdpiQuic (test/corpora/ndpi-l7.ts, shared with test/l7-pipeline.test.ts).
// Here it reads the analyzer's fields of flows split from the trace.
describe.skipIf(!haveCorpora)('QUIC against nDPI on the corpus traces', () => {
  it('agrees on version, SNI, ALPN, JA3 and JA4 for ≥ 98% of the IETF QUIC flows where nDPI has a value', () => {
    const agree = new Agreement(Number.POSITIVE_INFINITY);
    let flowsCompared = 0;
    for (const r of readdirSync(join(ndpiDir, 'result')).filter((n) => n.endsWith('.out'))) {
      const text = readFileSync(join(ndpiDir, 'result', r), 'utf8');
      if (!text.includes('[QUIC ver: ')) continue;
      const pcap = join(ndpiDir, 'pcap', r.replace(/\.out$/, ''));
      if (!existsSync(pcap)) continue;
      const flows = traceFlowsByKey(pcap);
      for (const l of readNdpiOut(join(ndpiDir, 'result', r)).flows) {
        if (ndpiIetfQuicVersion(l.line) === undefined) continue;
        const flow = findNdpiFlow(flows, l);
        if (!flow || flow.protocol !== 17) continue;
        const where = `${r.replace(/\.out$/, '')} #${l.index}`;
        // detect() and feed() within the first 32 payloads (nDPI's DPI window).
        const state = runFlow(quicAnalyzer, { ...flow, segments: flow.segments.slice(0, 32) }, { detectWithin: 32 });
        const info = state ? quicAnalyzer.fields(state) : undefined;
        flowsCompared++;
        compareNdpiQuic(agree, l.line, info, where);
      }
    }
    console.log(agree.table(`QUIC vs nDPI: ${flowsCompared} IETF QUIC flows`));
    for (const [field, r] of agree.rows) expect(r.matched / r.compared, field).toBeGreaterThanOrEqual(0.98);
  });
});
