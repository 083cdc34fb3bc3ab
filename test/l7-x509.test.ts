// The certificate summary from our DER reader (agent/l7/x509.ts, agent/l7/der.ts) is the one
// OpenSSL gives (node:crypto X509Certificate, the code before the reader and still its fallback),
// to the byte: same fields, same values, same key order (the JSON a user reads).
//
//   npx vitest run test/l7-x509.test.ts
//
// Certificates: every one the corpus traces hold in clear (TLS ≤ 1.2 Certificate messages, leaf
// and chain, and certificates in other flows' bytes; skipped when ../shared/corpora is absent),
// certificates made by `openssl req` (skipped without openssl), and certificates built here byte
// by byte for what openssl will not make (every ASCII character in every string type, odd times,
// negative serials, malformed strings…). Each case says whether our reader must take it (so a
// reader that hands everything to OpenSSL fails) or hand it to OpenSSL.
//
// Then mutated DER: whatever the bytes, the summary never throws and equals OpenSSL's. Where our
// reader declines, OpenSSL's answer is used, so that direction is always safe; where it accepts
// bytes OpenSSL refuses, the summary would carry fields where OpenSSL gave only fingerprints.
// That would be tolerable (the fields come from bytes that say so, OpenSSL objected to something
// else), but the reader checks what OpenSSL checks on every byte it walks, so it does not
// happen, and the test holds it to that.

import { execFileSync } from 'node:child_process';
import { createHash, generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ATTRIBUTE_NAMES, certificateKey, opensslSummary, readerSummary, summarizeCertificate, type TlsCertificate } from '../agent/l7/x509.js';
import { mutateBytes } from '../bench/fuzz-tls.js';
import { corporaRoot, mutate, Rng } from '../bench/l7-corpus.js';
import { corpusCertificates, type CorpusCertificate } from '../bench/x509-corpus.js';

type Path = 'reader' | 'openssl';

/**
 * Summarizes der through every path and checks they agree with OpenSSL: the analyzer's summary
 * (memoized, reader first) always, our reader's whenever it accepts. Returns who answered.
 */
function check(der: Uint8Array, what: string): Path {
  const theirs = opensslSummary(der);
  const ours = readerSummary(der);
  const used = summarizeCertificate(der, 0, der.length);
  expect(used, what).toStrictEqual(theirs);
  expect(JSON.stringify(used), what).toBe(JSON.stringify(theirs));
  if (ours !== null) expect(JSON.stringify(ours), what).toBe(JSON.stringify(theirs));
  return ours === null ? 'openssl' : 'reader';
}

function expectPath(der: Uint8Array, path: Path, what: string): TlsCertificate {
  expect(check(der, what), what).toBe(path);
  return opensslSummary(der);
}

// ---- DER built here -------------------------------------------------------------------------

type Bytes = Uint8Array | number[];

function tlv(tag: number, ...parts: Bytes[]): Uint8Array {
  const body = Buffer.concat(parts.map((p) => Uint8Array.from(p)));
  const n = body.length;
  const len = n < 0x80 ? [n] : n < 0x100 ? [0x81, n] : n < 0x10000 ? [0x82, n >> 8, n & 255] : [0x83, n >> 16, (n >> 8) & 255, n & 255];
  return Uint8Array.from([tag, ...len, ...body]);
}
const seq = (...p: Bytes[]) => tlv(0x30, ...p);

function oid(dotted: string): Uint8Array {
  const a = dotted.split('.').map(Number);
  const out: number[] = [];
  for (const v of [a[0] * 40 + a[1], ...a.slice(2)]) {
    const chunk = [v & 0x7f];
    for (let x = Math.floor(v / 128); x > 0; x = Math.floor(x / 128)) chunk.unshift(0x80 | (x & 0x7f));
    out.push(...chunk);
  }
  return tlv(0x06, out);
}

// String types and how a JS string becomes their bytes.
const UTF8 = 0x0c;
const PRINTABLE = 0x13;
const T61 = 0x14;
const IA5 = 0x16;
const NUMERIC = 0x12;
const VISIBLE = 0x1a;
const UNIVERSAL = 0x1c;
const BMP = 0x1e;

function encode(tag: number, s: string): Uint8Array {
  if (tag === UTF8) return Buffer.from(s, 'utf8');
  if (tag === BMP) return Uint8Array.from([...s].flatMap((ch) => [ch.charCodeAt(0) >> 8, ch.charCodeAt(0) & 255]));
  if (tag === UNIVERSAL) return Uint8Array.from([...s].flatMap((ch) => { const c = ch.codePointAt(0)!; return [c >>> 24, (c >> 16) & 255, (c >> 8) & 255, c & 255]; }));
  return Buffer.from(s, 'latin1');
}

/** One attribute: type OID, string tag, value (a JS string, or the raw bytes). */
type Ava = [string, number, string | Bytes];
const CN = '2.5.4.3';

/** A Name from RDNs (each a list of attributes; one attribute per RDN is the usual case). */
function name(...rdns: Ava[][]): Uint8Array {
  return seq(...rdns.map((rdn) => tlv(0x31, ...rdn.map(([type, tag, v]) => seq(oid(type), tlv(tag, typeof v === 'string' ? encode(tag, v) : v))))));
}
const cn = (v: string, tag = UTF8) => name([[CN, tag, v]]);

const utc = (s: string) => tlv(0x17, Buffer.from(s, 'latin1'));
const gen = (s: string) => tlv(0x18, Buffer.from(s, 'latin1'));

const spki = generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey.export({ type: 'spki', format: 'der' });

interface CertSpec {
  /** [0] version INTEGER content; null leaves the field out (v1). */
  version?: number[] | null;
  serial?: number[];
  issuer?: Uint8Array;
  subject?: Uint8Array;
  notBefore?: Uint8Array;
  notAfter?: Uint8Array;
  /** Whole Extension SEQUENCEs; none leaves [3] out. */
  extensions?: Uint8Array[];
  /** Bytes after the certificate. */
  trailing?: number[];
}

/** A certificate (ECDSA-with-SHA256 and a P-256 key; the signature is not valid, nobody here checks it). */
function cert(c: CertSpec = {}): Uint8Array {
  const alg = seq(oid('1.2.840.10045.4.3.2'));
  const tbs = seq(
    ...(c.version === null ? [] : [tlv(0xa0, tlv(0x02, c.version ?? [2]))]),
    tlv(0x02, c.serial ?? [0x01, 0x23]),
    alg,
    c.issuer ?? cn('Test CA'),
    seq(c.notBefore ?? utc('240101000000Z'), c.notAfter ?? utc('250101000000Z')),
    c.subject ?? cn('leaf.example'),
    spki,
    ...(c.extensions && c.extensions.length > 0 ? [tlv(0xa3, seq(...c.extensions))] : []),
  );
  return Uint8Array.from([...seq(tbs, alg, tlv(0x03, [0, 1, 2, 3, 4, 5, 6, 7])), ...(c.trailing ?? [])]);
}

function ext(id: string, value: Uint8Array, critical = false): Uint8Array {
  return seq(oid(id), ...(critical ? [tlv(0x01, [0xff])] : []), tlv(0x04, value));
}
const san = (...names: Uint8Array[]) => ext('2.5.29.17', seq(...names));
const dns = (s: string) => tlv(0x82, Buffer.from(s, 'latin1'));
const ip = (...bytes: number[]) => tlv(0x87, bytes);

// ---- openssl --------------------------------------------------------------------------------

let openssl: { dir: string; key: string } | null = null;

function hasOpenssl(): boolean {
  try {
    execFileSync('openssl', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** `openssl req -x509` with our key; `config` is appended to a minimal [req] section. */
function req(args: string[], config = 'string_mask = utf8only'): Uint8Array {
  const { dir, key } = openssl!;
  const cnf = join(dir, 'req.cnf');
  writeFileSync(cnf, `[req]\ndistinguished_name = dn\n${config}\n[dn]\n`);
  const out = join(dir, 'cert.der');
  execFileSync('openssl', ['req', '-x509', '-config', cnf, '-key', key, '-outform', 'DER', '-out', out, '-days', '30', ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  return new Uint8Array(readFileSync(out));
}

// ---- the tests ------------------------------------------------------------------------------

const corpora = corporaRoot();
let corpusCache: CorpusCertificate[] | undefined;

/** The corpus certificates (none without corpora): TLS ones, and those elsewhere that OpenSSL parses. */
function corpusCerts(): CorpusCertificate[] {
  corpusCache ??= corpora === null ? [] : corpusCertificates(corpora, (der) => opensslSummary(der).parsed);
  return corpusCache;
}

describe('certificate summary: our DER reader against OpenSSL', () => {
  it.skipIf(corpora === null)('every corpus certificate: the same summary, nearly all from our reader', () => {
    const certs = corpusCerts();
    let reader = 0;
    const declined: string[] = [];
    for (const c of certs) {
      if (check(c.der, `${c.trace} #${c.position}`) === 'reader') reader++;
      else declined.push(`${c.trace} #${c.position}: ${opensslSummary(c.der).subject}`);
    }
    const leaves = certs.filter((c) => c.position === 0).length;
    const chain = certs.filter((c) => c.position > 0).length;
    console.log(`x509 corpus: ${certs.length} certificates (${leaves} leaves, ${chain} chain, ${certs.length - leaves - chain} outside TLS), ` +
      `${reader} through our reader, ${declined.length} through OpenSSL:\n  ${declined.join('\n  ')}`);
    expect(certs.length).toBeGreaterThan(150);
    expect(reader / certs.length).toBeGreaterThan(0.95);
  }, 60_000);

  describe.skipIf(!hasOpenssl())('certificates made by openssl req', () => {
    beforeAll(() => {
      const dir = mkdtempSync(join(tmpdir(), 'x509-test-'));
      const key = join(dir, 'key.pem');
      execFileSync('openssl', ['genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256', '-out', key], { stdio: 'ignore' });
      openssl = { dir, key };
    });
    afterAll(() => {
      if (openssl) rmSync(openssl.dir, { recursive: true, force: true });
    });

    it('a usual server certificate', () => {
      const s = expectPath(req(['-subj', '/C=CZ/ST=Praha/L=Praha/O=Probe Test/OU=Unit/CN=leaf.example/emailAddress=hostmaster@leaf.example',
        '-addext', 'subjectAltName=DNS:leaf.example,DNS:*.leaf.example,IP:192.0.2.7,IP:2001:db8::7,email:a@leaf.example,URI:https://leaf.example/']), 'reader', 'usual');
      expect(s).toMatchObject({
        subject: 'C=CZ, ST=Praha, L=Praha, O=Probe Test, OU=Unit, CN=leaf.example, emailAddress=hostmaster@leaf.example',
        sanDns: ['leaf.example', '*.leaf.example'],
        sanIp: ['192.0.2.7', '2001:db8::7'],
      });
    });

    it('non-ASCII names: UTF8String, BMPString, T61String', () => {
      const utf8 = expectPath(req(['-utf8', '-subj', '/CN=Žluťoučký kůň/O=日本語 😀/OU=plain']), 'reader', 'utf8');
      expect(utf8.subject).toBe('CN=Žluťoučký kůň, O=日本語 😀, OU=plain');
      // "pkix": PrintableString where it fits, else BMPString.
      expect(expectPath(req(['-utf8', '-subj', '/CN=Žluťoučký 日本/O=plain'], 'string_mask = pkix'), 'reader', 'bmp').subject)
        .toBe('CN=Žluťoučký 日本, O=plain');
      // "nombstr": PrintableString or T61String (Latin-1 bytes).
      expect(expectPath(req(['-utf8', '-subj', '/CN=Müller Straße'], 'string_mask = nombstr'), 'reader', 't61').subject).toBe('CN=Müller Straße');
    });

    it('characters that need escaping, and the ones that do not', () => {
      const s = expectPath(req(['-subj', '/CN=a\\,b\\+c"d\\\\e<f>g;h=i/O=#hash/OU= lead/L=trail /ST=#/title= /street=mid # and  spaces']), 'reader', 'escapes');
      expect(s.subject).toBe('CN=a\\,b\\+c\\"d\\\\e\\<f\\>g\\;h=i, O=\\#hash, OU=\\ lead, L=trail\\ , ST=#, title=\\ , street=mid # and  spaces');
    });

    it('multi-valued RDNs', () => {
      expect(expectPath(req(['-multivalue-rdn', '-subj', '/CN=a+O=b+C=CZ/OU=x']), 'reader', 'multi-valued').subject).toBe('CN=a + O=b + C=CZ, OU=x');
    });

    it('an attribute type OpenSSL knows and our table does not goes to OpenSSL', () => {
      expect(expectPath(req(['-subj', '/CN=x/role=admin']), 'openssl', 'role').subject).toBe('CN=x, role=admin');
    });

    it('an empty subject', () => {
      expect(expectPath(req(['-subj', '/', '-addext', 'subjectAltName=DNS:only.example']), 'reader', 'empty').subject).toBe('');
    });

    it('GeneralizedTime from 2050 on', () => {
      const s = expectPath(req(['-subj', '/CN=long', '-days', '15000']), 'reader', 'generalized');
      expect(new Date(s.notAfterMs!).getUTCFullYear()).toBeGreaterThanOrEqual(2050);
    });

    it('serials: high bit set, leading zeros, zero, negative, long, longer than the cap', () => {
      const serials: [string, string][] = [
        ['0x80', '80'], ['0xff00', 'ff00'], ['0x0001', '01'], ['0', '0'], ['-5', '-05'], ['-0x80', '-80'], ['-0x81', '-81'],
        ['0x7fffffffffffffffffffffffffffffffffffffff', '7fffffffffffffffffffffffffffffffffffffff'],
        ['0x00abcdef0123456789abcdef0123456789abcdef01', 'abcdef0123456789abcdef0123456789abcdef01'],
      ];
      for (const [arg, hex] of serials) expect(expectPath(req(['-subj', '/CN=s', '-set_serial', arg]), 'reader', arg).serial, arg).toBe(hex);
      const huge = '0x' + '9a'.repeat(150);
      expect(expectPath(req(['-subj', '/CN=s', '-set_serial', huge]), 'reader', 'huge').serial).toBe('9a'.repeat(150).slice(0, 255));
    });

    it('SANs: IPv4, IPv6 in every form, more than 32 of each, a name over 255 characters, none at all', () => {
      const v6 = ['::', '::1', '2001:db8::', '2001:db8:0:0:1:0:0:1', '::ffff:192.0.2.1', 'fe80::1:0:0:0:1', '2001:db8:1:2:3:4:5:6'];
      const many = Array.from({ length: 40 }, (_, i) => `DNS:h${i}.example,IP:10.0.${i >> 8}.${i & 255}`);
      const long = 'a'.repeat(63) + '.' + 'b'.repeat(63) + '.' + 'c'.repeat(63) + '.' + 'd'.repeat(63) + '.example';
      const s = expectPath(req(['-subj', '/CN=san', '-addext', `subjectAltName=${[...v6.map((a) => `IP:${a}`), ...many, `DNS:${long}`].join(',')}`]), 'reader', 'many');
      expect(s.sanIp!.slice(0, 7)).toEqual(['::', '::1', '2001:db8::', '2001:db8::1:0:0:1', '::ffff:192.0.2.1', 'fe80:0:0:1::1', '2001:db8:1:2:3:4:5:6']);
      expect(s.sanIp).toHaveLength(32);
      expect(s.sanDns).toHaveLength(32);
      const alone = expectPath(req(['-subj', '/CN=san', '-addext', `subjectAltName=DNS:${long}`]), 'reader', 'long');
      expect(alone.sanDns).toEqual([long.slice(0, 255)]);
      expect(expectPath(req(['-subj', '/CN=none']), 'reader', 'no SAN').sanDns).toBeUndefined();
    });

    it('SAN entries that only OpenSSL renders go to it: otherName, registeredID, a DNS name Node quotes', () => {
      expectPath(req(['-subj', '/CN=o', '-addext', 'subjectAltName=DNS:a.example,otherName:1.3.6.1.4.1.311.20.2.3;UTF8:user@example']), 'openssl', 'otherName');
      expectPath(req(['-subj', '/CN=o', '-addext', 'subjectAltName=DNS:a.example,RID:1.2.3.4']), 'openssl', 'RID');
      // openssl's config parser reads a doubled backslash as one.
      expect(expectPath(req(['-subj', '/CN=o', '-addext', 'subjectAltName=DNS:a\\\\b.example']), 'openssl', 'backslash').sanDns).toEqual(['"a\\\\b.example"']);
      expect(expectPath(req(['-subj', '/CN=o', '-addext', 'subjectAltName=DNS:é.example']), 'openssl', 'non-ASCII').sanDns).toEqual(['"\\u00c3\\u00a9.example"']);
      const dir = expectPath(req(['-subj', '/CN=o', '-addext', 'subjectAltName=DNS:a.example,dirName:dir_sect'], 'string_mask = utf8only\n[dir_sect]\nC = CZ\nO = Dir\\, Inc.\nCN = dir'), 'reader', 'dirName');
      expect(dir.sanDns).toEqual(['a.example']);
    });

    it('long names are cut at 255 characters', () => {
      const ous = Array.from({ length: 10 }, (_, i) => `/OU=organizational unit number ${i} of ten`).join('');
      expect(expectPath(req(['-subj', `/CN=long${ous}`]), 'reader', 'long DN').subject).toHaveLength(255);
    });
  });

  describe('certificates built byte by byte', () => {
    it('every attribute type of our table has the short name OpenSSL gives it', () => {
      for (const [type] of ATTRIBUTE_NAMES) expectPath(cert({ subject: name([[type, UTF8, 'value']], [[CN, UTF8, 'x']]) }), 'reader', type);
      expectPath(cert({ subject: name([['1.2.3.4', UTF8, 'value']]) }), 'openssl', 'unknown OID');
    });

    it('every ASCII character, first, inside, last and alone, in every string type', () => {
      for (const tag of [UTF8, PRINTABLE, T61, IA5, NUMERIC, BMP, UNIVERSAL]) {
        for (let c = 0; c < 0x80; c++) {
          const ch = String.fromCharCode(c);
          const subject = name([[CN, tag, ch + 'ab']], [[CN, tag, 'a' + ch + 'b']], [[CN, tag, 'ab' + ch]], [[CN, tag, ch]], [[CN, tag, ch + ch]]);
          expectPath(cert({ subject }), 'reader', `tag ${tag} char ${c}`);
        }
      }
    });

    it('non-ASCII characters in every string type', () => {
      let latin1 = '';
      for (let c = 0x80; c < 0x100; c++) latin1 += String.fromCharCode(c);
      for (const tag of [PRINTABLE, T61, IA5, UTF8, BMP, UNIVERSAL]) expectPath(cert({ subject: name([[CN, tag, latin1]]) }), 'reader', `latin-1 in ${tag}`);
      const wide = 'Ελληνικά русский 中文 עברית';
      for (const tag of [UTF8, BMP, UNIVERSAL]) expectPath(cert({ subject: name([[CN, tag, wide]]) }), 'reader', `wide in ${tag}`);
      for (const tag of [UTF8, UNIVERSAL]) expectPath(cert({ subject: name([[CN, tag, '😀 𝄞 ' + '\u{10fffd}']]) }), 'reader', `astral in ${tag}`);
    });

    it('strings our reader does not take: malformed, noncharacters, VisibleString', () => {
      const cases: [string, Uint8Array][] = [
        ['UTF-8 cut', cert({ subject: name([[CN, UTF8, [0x61, 0xc3]]]) })],
        ['UTF-8 overlong', cert({ subject: name([[CN, UTF8, [0xc0, 0xaf]]]) })],
        ['UTF-8 surrogate', cert({ subject: name([[CN, UTF8, [0xed, 0xa0, 0x80]]]) })],
        ['UTF-8 noncharacter', cert({ subject: name([[CN, UTF8, [0xef, 0xbf, 0xbe]]]) })],
        ['BMP odd length', cert({ subject: name([[CN, BMP, [0, 0x61, 0]]]) })],
        ['BMP surrogate pair', cert({ subject: name([[CN, BMP, [0xd8, 0x3d, 0xde, 0x00]]]) })],
        ['Universal beyond U+10FFFF', cert({ subject: name([[CN, UNIVERSAL, [0, 0x11, 0, 0]]]) })],
        ['Universal length', cert({ subject: name([[CN, UNIVERSAL, [0, 0, 0x61]]]) })],
        ['VisibleString', cert({ subject: name([[CN, VISIBLE, 'v']]) })],
        ['SEQUENCE value', cert({ subject: name([[CN, 0x30, []]]) })],
        ['empty RDN', cert({ subject: seq(tlv(0x31)) })],
      ];
      for (const [what, der] of cases) expectPath(der, 'openssl', what);
    });

    it('times: both forms over their whole range, and the forms our reader leaves to OpenSSL', () => {
      const taken: [Uint8Array, number][] = [
        [utc('500101000000Z'), Date.UTC(1950, 0, 1)],
        [utc('491231235959Z'), Date.UTC(2049, 11, 31, 23, 59, 59)],
        [utc('000229120000Z'), Date.UTC(2000, 1, 29, 12)],
        [gen('20500101000000Z'), Date.UTC(2050, 0, 1)],
        [gen('20240229000000Z'), Date.UTC(2024, 1, 29)],
        [gen('99991231235959Z'), Date.UTC(9999, 11, 31, 23, 59, 59)],
        [gen('19500101000000Z'), Date.UTC(1950, 0, 1)],
      ];
      for (const [t, ms] of taken) expect(expectPath(cert({ notAfter: t }), 'reader', Buffer.from(t).toString('latin1')).notAfterMs).toBe(ms);
      const declined = [
        utc('2401010000Z'), utc('240101000000+0100'), utc('240101000000'), utc('240230000000Z'), utc('240101240000Z'), utc('240101000060Z'),
        gen('19491231235959Z'), gen('20230229000000Z'), gen('20240101000000.5Z'), gen('202401010000Z'), gen('20240101000000+0000'), tlv(0x17, []),
        tlv(0x04, Buffer.from('240101000000Z')),
      ];
      for (const t of declined) expectPath(cert({ notBefore: t }), 'openssl', Buffer.from(t).toString('latin1'));
    });

    it('serials: minimal encodings taken, others left to OpenSSL', () => {
      for (const serial of [[0], [0x7f], [0x00, 0x80], [0xff], [0x80], [0xff, 0x7f], [0x80, 0, 0, 0], Array(25).fill(0x11)]) {
        expectPath(cert({ serial }), 'reader', serial.join(','));
      }
      for (const serial of [[], [0, 0x7f], [0xff, 0x80]]) expectPath(cert({ serial }), 'openssl', `[${serial.join(',')}]`);
    });

    it('SAN corners', () => {
      expect(expectPath(cert({ extensions: [san()] }), 'reader', 'empty SAN').sanDns).toBeUndefined();
      expect(expectPath(cert({ extensions: [san(dns(''), ip(0, 0, 0, 0))] }), 'reader', 'empty DNS name')).toMatchObject({ sanDns: [''], sanIp: ['0.0.0.0'] });
      expectPath(cert({ extensions: [san(dns('a.example'), ip(1, 2, 3, 4, 5))] }), 'openssl', 'IP of 5 bytes');
      expectPath(cert({ extensions: [san(dns('a,b.example'))] }), 'openssl', 'comma');
      expectPath(cert({ extensions: [san(dns('a\u00e9.example'))] }), 'openssl', 'non-ASCII DNS');
      expectPath(cert({ extensions: [san(dns('a\0.example'))] }), 'openssl', 'NUL in DNS');
      expectPath(cert({ extensions: [san(dns('a.example')), san(dns('b.example'))] }), 'openssl', 'two SAN extensions');
      expectPath(cert({ extensions: [ext('2.5.29.17', Uint8Array.from([...seq(dns('a.example')), 0]))] }), 'openssl', 'SAN trailing byte');
      expectPath(cert({ extensions: [san(tlv(0xa2, dns('a')))] }), 'openssl', 'constructed dNSName');
      // A critical SAN and other extensions around it.
      const exts = [ext('2.5.29.19', seq(tlv(0x01, [0xff])), true), san(dns('x.example'), dns('y.example')), ext('1.2.3.4.5', Uint8Array.from([1, 2, 3]))];
      expect(expectPath(cert({ extensions: exts }), 'reader', 'among others').sanDns).toEqual(['x.example', 'y.example']);
      expect(expectPath(cert({ extensions: [tlv(0x30, oid('2.5.29.17'), tlv(0x01, [0]), tlv(0x04, seq(dns('f.example'))))] }), 'reader', 'explicit FALSE').sanDns).toEqual(['f.example']);
    });

    it('structure: versions, trailing bytes, names in the SAN, PEM inside the DER', () => {
      expectPath(cert({ version: null }), 'reader', 'v1');
      expectPath(cert({ version: [1] }), 'openssl', 'v2');
      expectPath(cert({ version: [0] }), 'openssl', 'explicit v1');
      expectPath(cert({ version: null, extensions: [san(dns('a.example'))] }), 'openssl', 'v1 with extensions');
      expectPath(cert({ trailing: [1, 2, 3] }), 'reader', 'trailing bytes');
      expectPath(cert({ extensions: [san(tlv(0xa4, name([[CN, UTF8, 'a,b']], [['2.5.4.10', PRINTABLE, 'O']])), dns('d.example'))] }), 'reader', 'dirName');
      expectPath(cert({ extensions: [san(tlv(0xa4, name([['1.2.3.4', UTF8, 'a']])), dns('d.example'))] }), 'openssl', 'dirName, unknown type');
      // node:crypto reads a PEM block wherever it lies in the bytes before trying them as DER.
      const inner = Buffer.from(cert({ subject: cn('inner') })).toString('base64').replace(/.{64}/g, '$&\n');
      const pem = `\n-----BEGIN CERTIFICATE-----\n${inner}\n-----END CERTIFICATE-----\n`;
      expect(expectPath(cert({ subject: name([[CN, UTF8, pem]]) }), 'openssl', 'PEM in a name').subject).toBe('CN=inner');
      expect(expectPath(cert({ trailing: [...Buffer.from(pem)] }), 'openssl', 'PEM after the DER').subject).toBe('CN=inner');
      expectPath(cert({ issuer: seq() }), 'reader', 'empty issuer');
    });
  });

  it('random well-formed certificates: names, times, serials and SANs of every kind', () => {
    const rng = new Rng(Number(process.env['X509_FUZZ_SEED'] ?? 0x5eed));
    const pick = <T,>(a: readonly T[]): T => a[rng.below(a.length)];
    /** Mostly `usual`, now and then `rare` (what our reader leaves to OpenSSL). */
    const mostly = <T,>(usual: readonly T[], rare: readonly T[]): T => (rng.below(50) === 0 ? pick(rare) : pick(usual));
    const types = [...ATTRIBUTE_NAMES.keys()];
    const tags = [UTF8, UTF8, PRINTABLE, PRINTABLE, T61, IA5, NUMERIC, BMP, UNIVERSAL];
    const chars = ['a', 'Z', '0', ' ', '#', ',', '+', '"', '\\', '<', '>', ';', '=', '/', "'", '\n', '\0', '\x7f', 'é', 'ÿ', '\x85', 'Ž', '日', '😀'];
    const text = (n: number) => Array.from({ length: n }, () => mostly(chars, ['\ud800', '\ufffe', '\u{10ffff}'])).join('');
    // Characters a string type cannot carry come out as whatever bytes encode() makes: also worth a try.
    const value = (): Ava => [mostly(types, ['1.2.3.4', '2.5.4.72']), mostly(tags, [VISIBLE, 0x15, 0x30]), text(rng.below(8))];
    const nameOf = () => name(...Array.from({ length: rng.below(5) }, () => Array.from({ length: rng.below(5) === 0 ? 2 + rng.below(2) : 1 }, value)));
    const digits = (n: number, min: number, max: number) => String(min + rng.below(max - min + 1)).padStart(n, '0');
    const time = () => {
      const odd = rng.below(20) === 0; // digits out of range now and then
      const tail = `${digits(2, odd ? 0 : 1, odd ? 99 : 12)}${digits(2, odd ? 0 : 1, odd ? 99 : 28 + rng.below(4))}${digits(2, 0, odd ? 99 : 23)}${digits(2, 0, odd ? 99 : 59)}${digits(2, 0, odd ? 99 : 59)}Z`;
      return rng.below(3) === 0 ? gen(digits(4, odd ? 0 : 1950, 9999) + tail) : utc(digits(2, 0, 99) + tail);
    };
    const generalName = (): Uint8Array => {
      switch (rng.below(6)) {
        case 0: return ip(...Array.from({ length: mostly([4, 16], [0, 5, 17]) }, () => pick([0, 0, 0, 1, 0xff, rng.below(256)])));
        case 1: return tlv(0x81, Buffer.from(text(rng.below(6)), 'latin1'));
        case 2: return tlv(0x86, Buffer.from('https://' + text(rng.below(6)), 'latin1'));
        case 3: return tlv(0xa4, nameOf());
        default: return dns(rng.below(20) === 0 ? text(rng.below(10)) : `h${rng.below(100)}.example`);
      }
    };
    let reader = 0;
    const n = 2000;
    for (let i = 0; i < n; i++) {
      const serial = Array.from({ length: 1 + rng.below(22) }, () => rng.below(256));
      const der = cert({
        serial,
        issuer: nameOf(),
        subject: nameOf(),
        notBefore: time(),
        notAfter: time(),
        extensions: rng.below(4) === 0 ? [] : [san(...Array.from({ length: rng.below(40) }, generalName))],
      });
      if (check(der, `random certificate ${i}: ${Buffer.from(der).toString('base64')}`) === 'reader') reader++;
    }
    console.log(`x509 random certificates: ${n}, ${reader} through our reader, all equal`);
    expect(reader).toBeGreaterThan(n / 4);
  }, 60_000);

  it('mutated certificates: never a throw, always what OpenSSL gives', () => {
    const seeds: Uint8Array[] = [cert(), cert({ subject: name([[CN, BMP, 'Žluť # ,+']], [['2.5.4.10', UNIVERSAL, 'ü😀']], [[CN, T61, 'é'], ['2.5.4.11', PRINTABLE, 'x']]), extensions: [san(dns('a.example'), ip(...Array(16).fill(1)))] })];
    seeds.push(...corpusCerts().map((c) => c.der));
    const seed = Number(process.env['X509_FUZZ_SEED'] ?? 0x5eed);
    const rng = new Rng(seed);
    const t0 = Date.now();
    let inputs = 0;
    let accepted = 0;
    let onlyOpenssl = 0;
    while (inputs < 100_000 && Date.now() - t0 < 8_000) {
      const base = seeds[rng.below(seeds.length)];
      const der = rng.below(2) ? mutate(rng, base, seeds) : mutateBytes(rng, base, seeds);
      inputs++;
      const theirs = opensslSummary(der);
      let ours: TlsCertificate | null = null;
      let used: Readonly<TlsCertificate> | undefined;
      expect(() => { ours = readerSummary(der); used = summarizeCertificate(der, 0, der.length); }, `seed ${seed} input ${inputs}`).not.toThrow();
      if (ours !== null) accepted++;
      else if (theirs.parsed) onlyOpenssl++;
      if (JSON.stringify(used) !== JSON.stringify(theirs)) {
        expect.fail(`seed ${seed} input ${inputs}: ${Buffer.from(der).toString('base64')}\n ours ${JSON.stringify(used)}\n OpenSSL ${JSON.stringify(theirs)}`);
      }
    }
    console.log(`x509 fuzz (seed ${seed}): ${inputs} inputs, ${accepted} taken by our reader, ${onlyOpenssl} left to OpenSSL that it parsed, all equal`);
    expect(inputs).toBeGreaterThan(1000);
    expect(accepted).toBeGreaterThan(inputs / 10);
  }, 30_000);
});

describe('certificate summary memo', () => {
  it('certificates sharing a memo key each get their own summary; a hit survives the bytes being overwritten', () => {
    // b: a with one letter of the subject changed to 'q' at a byte the key does not sample.
    const a = cert({ subject: cn('leaf.example') });
    const at = Buffer.from(a).indexOf('leaf.example');
    let b = a;
    for (let pos = at; b === a || certificateKey(b, 0, b.length) !== certificateKey(a, 0, a.length); pos++) {
      b = Uint8Array.from(a);
      b[pos] = 0x71;
    }
    expect(Buffer.compare(a, b)).not.toBe(0);
    const ring = Buffer.alloc(a.length + 100); // a Buffer, as the capture ring and the hs stream can be
    ring.set(a, 100);
    const first = summarizeCertificate(ring, 100, a.length);
    ring.set(b, 100); // the ring slot is reused for the other certificate
    const second = summarizeCertificate(ring, 100, b.length);
    expect(first.subject).toBe('CN=leaf.example');
    expect(second.subject).toMatch(/^CN=.*q.*$/);
    expect(second.sha256).toBe(createHash('sha256').update(b).digest('hex'));
    // Seen again, from other bytes in another place: the memo's summary, unchanged.
    const again = new Uint8Array(b.length + 7);
    again.set(b, 7);
    expect(summarizeCertificate(again, 7, b.length)).toBe(second);
    again.fill(0);
    expect(summarizeCertificate(b, 0, b.length)).toEqual(opensslSummary(b));
  });
});
