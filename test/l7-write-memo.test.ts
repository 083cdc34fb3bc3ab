// What agent/l7/write.ts keeps between records: the bytes of a server certificate summary (by
// summary) and the UTF-8 of long strings (by text). A record written from them must be the
// record written afresh, and the privacy policy must still decide what is written: bytes kept
// while a field was written must not reappear where the policy drops it.
//
//   npx vitest run test/l7-write-memo.test.ts

import { describe, expect, it } from 'vitest';
import { probe } from '../proto/gen/probe.js';
import type { HttpFields } from '../agent/l7/http.js';
import type { TlsCertificate, TlsInfo } from '../agent/l7/tls.js';
import { writeHttp, writeTls } from '../agent/l7/write.js';

const buf = new Uint8Array(1 << 16);

function tls(t: TlsInfo, certificate: boolean, at = 5, end = buf.length): Uint8Array | null {
  const e = writeTls(buf, at, end, t, certificate, false);
  return e < 0 ? null : buf.slice(at, e);
}

function http(h: HttpFields, userAgent: boolean, at = 5, end = buf.length): Uint8Array | null {
  const e = writeHttp(buf, at, end, h, userAgent);
  return e < 0 ? null : buf.slice(at, e);
}

function pbjs(record: probe.v1.IFlowRecord): Uint8Array {
  return probe.v1.FlowRecord.encode(record).finish();
}

let serial = 0;
function certificate(): TlsCertificate {
  const n = ++serial;
  return {
    subject: `C=US, O=Example ${n}, CN=www${n}.example.com`,
    issuer: 'C=US, O=Let\'s Encrypt, CN=R3 intermediate certificate authority',
    sanDns: [`www${n}.example.com`, `example${n}.com`, `*.cdn${n}.example.net`],
    sanIp: ['192.0.2.1'],
    notBeforeMs: 1_700_000_000_000,
    notAfterMs: 1_800_000_000_000,
    serial: `03a1b2c3d4e5f6${n}`,
    sha1: 'a'.repeat(39) + (n % 10),
    sha256: 'b'.repeat(63) + (n % 10),
    parsed: true,
  };
}

function info(c: TlsCertificate): TlsInfo {
  return {
    version: 0x0303, sni: 'www.example.com', cipherSuite: 0xc02f,
    ja3: '771,4865-4866-4867-49195-49199-49196-49200-52393-52392,0-23-65281-10-11-35-16-5-13-18-51-45-43,29-23-24,0',
    ja3Hash: '0123456789abcdef0123456789abcdef', serverCertificate: c,
  };
}

describe('the certificate bytes write.ts keeps', () => {
  it('a certificate written again is the bytes protobufjs writes, as the first time', () => {
    const c = certificate();
    const first = tls(info(c), true);
    const again = tls(info(c), true, 11); // copied, elsewhere in the batch
    const fresh = tls(info({ ...c }), true); // an equal summary not seen before
    const expected = pbjs({ tls: { ...info(c), starttls: false } });
    expect(Buffer.from(first!)).toEqual(Buffer.from(expected));
    expect(Buffer.from(again!)).toEqual(Buffer.from(expected));
    expect(Buffer.from(fresh!)).toEqual(Buffer.from(expected));
  });

  it('a certificate kept is not written where the policy drops it', () => {
    const c = certificate();
    tls(info(c), true);
    tls(info(c), true);
    const dropped = tls(info(c), false)!;
    expect(Buffer.from(dropped)).toEqual(Buffer.from(pbjs({ tls: { ...info(c), serverCertificate: undefined, starttls: false } })));
    expect(probe.v1.FlowRecord.decode(dropped).tls!.serverCertificate).toBeNull();
    expect(Buffer.from(dropped).includes(Buffer.from(c.subject!))).toBe(false);
  });

  it('a certificate kept still has to fit: left out where it would end past the limit', () => {
    const c = certificate();
    const whole = tls(info(c), true, 5)!;
    expect(tls(info(c), true, 5, 5 + whole.length)).not.toBeNull();
    expect(tls(info(c), true, 5, 5 + whole.length - 1)).toBeNull();
    expect(tls(info(c), true, 5, 5 + 40)).toBeNull();
  });

  it('a certificate left out for want of room is not kept cut short', () => {
    const c = certificate();
    expect(tls(info(c), true, 5, 5 + 60)).toBeNull();
    expect(Buffer.from(tls(info(c), true)!)).toEqual(Buffer.from(pbjs({ tls: { ...info(c), starttls: false } })));
  });
});

describe('the UTF-8 of long strings write.ts keeps', () => {
  const ua = 'Mozilla/5.0 (X11; Linux x86_64; rv:109.0) Gecko/20100101 Firefox/115.0';
  const fields = (userAgent: string, path = '/index.html'): HttpFields => ({
    method: 'GET', host: 'www.example.com', path, version: '1.1', statusCode: 200, userAgent,
    requestBodyBytes: 0, responseBodyBytes: 512, requestCount: 1, responseCount: 1, pipelinedCount: 0, malformedCount: 0, truncatedFields: 0,
  });

  it('a string seen before is written as protobufjs writes it, ASCII or not, and an equal-length other one is its own', () => {
    for (const s of [ua, 'zürich-中文-😀'.repeat(4), 'ü'.repeat(70)]) {
      for (let i = 0; i < 4; i++) { // first sighting, second (kept), then copied
        const h = fields(s, `/p/${'x'.repeat(40)}`);
        expect(Buffer.from(http(h, true, 3 + i)!)).toEqual(Buffer.from(pbjs({ http: h })));
      }
      const other = s.slice(0, -1) + (s.endsWith('!') ? '?' : '!');
      expect(Buffer.from(http(fields(other), true)!)).toEqual(Buffer.from(pbjs({ http: fields(other) })));
    }
  });

  it('a user agent kept is not written where the policy drops it', () => {
    for (let i = 0; i < 3; i++) http(fields(ua), true);
    const dropped = http(fields(ua), false)!;
    expect(Buffer.from(dropped)).toEqual(Buffer.from(pbjs({ http: { ...fields(ua), userAgent: undefined } })));
    expect(Buffer.from(dropped).includes(Buffer.from('Mozilla'))).toBe(false);
  });

  it('a string kept still has to fit', () => {
    const h = fields(ua);
    for (let i = 0; i < 3; i++) http(h, true);
    const whole = http(h, true)!;
    expect(http(h, true, 5, 5 + whole.length)).not.toBeNull();
    expect(http(h, true, 5, 5 + whole.length - 1)).toBeNull();
    expect(http(h, true, 5, 5 + 30)).toBeNull();
  });
});
