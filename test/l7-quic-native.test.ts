// The QUIC Initial crypto of the native addon (native/quic_initial.cc: quicInitialKeys,
// quicOpenInitial), which agent/l7/quic.ts uses, held to node:crypto.
//
//   npx vitest run test/l7-quic-native.test.ts
//
// 1. Keys: the same key, iv and hp as HKDF with node:crypto for every salt we know, v1 and v2
//    labels, DCIDs of every length 0–20 and the DCIDs of the corpus QUIC traces.
// 2. Opening: the client Initials of the corpus traces (skipped without ../shared/corpora) open
//    to the same plaintext as with node:crypto, and so do crafted ones with every packet-number
//    length, v1 and v2; a wrong tag, a changed header byte, other keys or a truncated packet do
//    not open (-1, nothing thrown).
// 3. Bad arguments from JS throw PROBE_E_USAGE errors that say what is wrong; no crash.
// 4. Shard worker threads: each has its own OpenSSL contexts; two workers opening packets at the
//    same time get the same answers as the main thread.

import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { basename, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { addon } from '../agent/capture/native.js';
import { INITIAL_KEYS_BYTES, QUIC_V1, QUIC_V2, clientInitialKeys, versionSpec } from '../agent/l7/quic.js';
import { referenceInitialKeys, type InitialKeys } from '../bench/fuzz-tls.js';
import { corporaRoot, readTraceFile, traceFiles, traceFlows } from '../bench/l7-corpus.js';

const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');

/** Every salt and label prefix the analyzer can use. */
function allSpecs(): { salt: Buffer; labels: 'quic' | 'quicv2' }[] {
  const out: { salt: Buffer; labels: 'quic' | 'quicv2' }[] = [];
  for (const v of [QUIC_V1, QUIC_V2, 0xff00001d, 0xff000017, 0xff000016, 0xfaceb002]) {
    const spec = versionSpec(v)!;
    for (const salt of spec.salts) if (!out.some((o) => o.salt.equals(salt) && o.labels === spec.labels)) out.push({ salt, labels: spec.labels });
  }
  return out;
}

function nativeKeys(dcid: Uint8Array, salt: Uint8Array, labels: 'quic' | 'quicv2'): InitialKeys {
  const k = clientInitialKeys(dcid, salt, labels);
  return { key: Buffer.from(k.subarray(0, 16)), iv: Buffer.from(k.subarray(16, 28)), hp: Buffer.from(k.subarray(28, 44)) };
}

function packed(k: InitialKeys): Uint8Array {
  return Uint8Array.from(Buffer.concat([k.key, k.iv, k.hp]));
}

/** RFC 9001 §5.3–5.4 opening with node:crypto, the reference; null when it does not open. */
function referenceOpen(k: InitialKeys, b: Uint8Array, p: number, pnOff: number, pktEnd: number): Buffer | null {
  if (pnOff + 20 > pktEnd) return null;
  const mask = createCipheriv('aes-128-ecb', k.hp, null).update(b.subarray(pnOff + 4, pnOff + 20));
  const first = b[p] ^ (mask[0] & 0x0f);
  const pnLen = (first & 0x03) + 1;
  const header = Buffer.from(b.subarray(p, pnOff + pnLen));
  header[0] = first;
  const nonce = Buffer.from(k.iv);
  for (let i = 0; i < pnLen; i++) {
    header[pnOff - p + i] ^= mask[1 + i];
    nonce[12 - pnLen + i] ^= header[pnOff - p + i];
  }
  try {
    const gcm = createDecipheriv('aes-128-gcm', k.key, nonce);
    gcm.setAAD(header);
    gcm.setAuthTag(b.subarray(pktEnd - 16, pktEnd));
    return Buffer.concat([gcm.update(b.subarray(pnOff + pnLen, pktEnd - 16)), gcm.final()]);
  } catch {
    return null;
  }
}

const OUT = new Uint8Array(65536);

/** The native opening as the analyzer calls it: the plaintext, or null for -1. */
function nativeOpen(keys: Uint8Array, b: Uint8Array, p: number, pnOff: number, pktEnd: number): Buffer | null {
  const n = addon.quicOpenInitial(keys, b, p, pnOff, pktEnd, OUT);
  return n < 0 ? null : Buffer.from(OUT.subarray(0, n));
}

function varint(n: number): Buffer {
  return n < 64 ? Buffer.from([n]) : Buffer.from([0x40 | (n >> 8), n & 0xff]);
}

/** A protected client Initial with a packet number of pnLen bytes (1–4), as a sender builds it. */
function sealInitial(version: number, dcid: Buffer, pn: number, pnLen: number, payload: Buffer, k: InitialKeys): { pkt: Buffer; pnOff: number } {
  const v = Buffer.alloc(4);
  v.writeUInt32BE(version);
  const pnBytes = Buffer.alloc(4);
  pnBytes.writeUInt32BE(pn);
  const first = (version === QUIC_V2 ? 0xd0 : 0xc0) | (pnLen - 1);
  const before = Buffer.concat([Buffer.from([first]), v, Buffer.from([dcid.length]), dcid, Buffer.from([0, 0]), varint(pnLen + payload.length + 16)]);
  const header = Buffer.concat([before, pnBytes.subarray(4 - pnLen)]);
  const nonce = Buffer.from(k.iv);
  for (let i = 0; i < pnLen; i++) nonce[12 - pnLen + i] ^= header[before.length + i];
  const gcm = createCipheriv('aes-128-gcm', k.key, nonce);
  gcm.setAAD(header);
  const sealed = Buffer.concat([gcm.update(payload), gcm.final(), gcm.getAuthTag()]);
  const pkt = Buffer.concat([header, sealed]);
  const pnOff = before.length;
  const mask = createCipheriv('aes-128-ecb', k.hp, null).update(pkt.subarray(pnOff + 4, pnOff + 20));
  pkt[0] ^= mask[0] & 0x0f;
  for (let i = 0; i < pnLen; i++) pkt[pnOff + i] ^= mask[1 + i];
  return { pkt, pnOff };
}

/** The long-header packets of a datagram: [p, pnOff, pktEnd, version, dcid], parsed independently of the analyzer. */
function longPackets(b: Uint8Array): [number, number, number, number, Uint8Array][] {
  const out: [number, number, number, number, Uint8Array][] = [];
  const rd = (q: number): [number, number] => {
    const n = 1 << (b[q] >> 6);
    let v = b[q] & 0x3f;
    for (let i = 1; i < n; i++) v = v * 256 + b[q + i];
    return [v, q + n];
  };
  let p = 0;
  while (p + 7 <= b.length && (b[p] & 0x80) !== 0) {
    const version = Buffer.from(b.subarray(p + 1, p + 5)).readUInt32BE();
    const spec = versionSpec(version);
    if (!spec) break;
    let q = p + 5;
    const dcid = b.subarray(q + 1, q + 1 + b[q]);
    q += 1 + b[q];
    q += 1 + b[q];
    if (((b[p] >> 4) & 3) !== spec.initialType) break;
    const [tokenLen, t] = rd(q);
    const [len, pnOff] = rd(t + tokenLen);
    if (pnOff + len > b.length) break;
    out.push([p, pnOff, pnOff + len, version, dcid]);
    p = pnOff + len;
  }
  return out;
}

describe('native QUIC Initial keys', () => {
  it('match HKDF with node:crypto for every salt, v1 and v2 labels, DCIDs of 0–20 bytes', () => {
    for (const { salt, labels } of allSpecs()) {
      for (let n = 0; n <= 20; n++) {
        const dcid = randomBytes(n);
        expect(nativeKeys(dcid, salt, labels), `${labels} ${hex(salt)} ${hex(dcid)}`).toEqual(referenceInitialKeys(dcid, salt, labels));
      }
    }
  });
});

const corpora = corporaRoot();

describe.skipIf(corpora === null)('native QUIC Initial opening on the corpus traces', () => {
  it('opens every client Initial node:crypto opens, to the same plaintext, and no other', () => {
    // The nDPI traces named after QUIC (pcap and pcapng): every UDP datagram with a long header.
    const datagrams: Uint8Array[] = [];
    for (const file of traceFiles(join(corpora!, 'ndpi/pcap')).filter((f) => /quic/i.test(basename(f)))) {
      for (const f of traceFlows(readTraceFile(file))) {
        if (f.protocol === 17) for (const g of f.segments) if (g.payload.length > 0 && (g.payload[0] & 0x80) !== 0) datagrams.push(g.payload);
      }
    }
    let opened = 0;
    let notOpened = 0;
    const versions = new Set<number>();
    for (const b of datagrams) {
      for (const [p, pnOff, pktEnd, version, dcid] of longPackets(b)) {
        const spec = versionSpec(version)!;
        for (const salt of spec.salts) {
          const ref = referenceInitialKeys(dcid, salt, spec.labels);
          const keys = clientInitialKeys(dcid, salt, spec.labels);
          expect(hex(keys)).toBe(hex(packed(ref)));
          const before = hex(b);
          const want = referenceOpen(ref, b, p, pnOff, pktEnd);
          const got = nativeOpen(keys, b, p, pnOff, pktEnd);
          expect(got === null ? null : hex(got), `version ${version.toString(16)} dcid ${hex(dcid)}`).toBe(want === null ? null : hex(want));
          expect(hex(b)).toBe(before); // the packet is not written
          if (want) {
            opened++;
            versions.add(version);
          } else {
            notOpened++;
          }
        }
      }
    }
    console.log(`corpus long-header packets: ${opened} opened, ${notOpened} not (server packets, other salts), versions ${[...versions].map((v) => v.toString(16)).join(' ')}`);
    expect(opened).toBeGreaterThanOrEqual(16);
    expect(versions.has(QUIC_V1) && versions.has(QUIC_V2)).toBe(true);
  });
});

describe('native QUIC Initial opening on crafted packets', () => {
  const dcid = Buffer.from('8394c8f03e515708', 'hex');
  for (const version of [QUIC_V1, QUIC_V2]) {
    const spec = versionSpec(version)!;
    const ref = referenceInitialKeys(dcid, spec.salts[0], spec.labels);
    const keys = clientInitialKeys(dcid, spec.salts[0], spec.labels);
    const payload = randomBytes(1162);

    for (const pnLen of [1, 2, 3, 4]) {
      it(`v${version === QUIC_V1 ? 1 : 2}, ${pnLen}-byte packet number: the same plaintext as node:crypto`, () => {
        const { pkt, pnOff } = sealInitial(version, dcid, 0x0a0b0c0d, pnLen, payload, ref);
        expect(nativeOpen(keys, pkt, 0, pnOff, pkt.length)?.equals(payload)).toBe(true);
        expect(referenceOpen(ref, pkt, 0, pnOff, pkt.length)?.equals(payload)).toBe(true);
        // The same packet after another one in the datagram (a coalesced Initial).
        const two = Buffer.concat([randomBytes(50), pkt]);
        expect(nativeOpen(keys, two, 50, 50 + pnOff, two.length)?.equals(payload)).toBe(true);
      });
    }

    it(`v${version === QUIC_V1 ? 1 : 2}: a wrong tag, a changed header or payload byte, other keys or a truncated packet do not open`, () => {
      const { pkt, pnOff } = sealInitial(version, dcid, 7, 2, payload, ref);
      const flipped = (i: number) => {
        const c = Buffer.from(pkt);
        c[i] ^= 0x01;
        return c;
      };
      expect(nativeOpen(keys, flipped(pkt.length - 1), 0, pnOff, pkt.length)).toBeNull(); // tag
      expect(nativeOpen(keys, flipped(7), 0, pnOff, pkt.length)).toBeNull(); // a DCID byte (AAD)
      expect(nativeOpen(keys, flipped(pnOff + 600), 0, pnOff, pkt.length)).toBeNull(); // ciphertext
      expect(nativeOpen(clientInitialKeys(randomBytes(8), spec.salts[0], spec.labels), pkt, 0, pnOff, pkt.length)).toBeNull();
      for (const end of [pkt.length - 1, pkt.length - 17, pnOff + 20, pnOff + 19, pnOff + 1, pnOff]) {
        expect(nativeOpen(keys, pkt, 0, pnOff, end), `pktEnd ${end}`).toBeNull();
      }
    });
  }

  it('opens an empty payload (a 4-byte packet number and the tag are the 20 bytes the sample needs)', () => {
    const spec = versionSpec(QUIC_V1)!;
    const ref = referenceInitialKeys(dcid, spec.salts[0], spec.labels);
    const { pkt, pnOff } = sealInitial(QUIC_V1, dcid, 1, 4, Buffer.alloc(0), ref);
    expect(pkt.length - pnOff).toBe(20);
    expect(nativeOpen(packed(ref), pkt, 0, pnOff, pkt.length)?.length).toBe(0);
  });
});

describe('native QUIC Initial crypto: bad arguments', () => {
  const keys = new Uint8Array(INITIAL_KEYS_BYTES);
  const pkt = new Uint8Array(1200);
  const salt = versionSpec(QUIC_V1)!.salts[0];
  const bad: [string, () => unknown, RegExp][] = [
    ['no arguments', () => (addon.quicOpenInitial as unknown as () => number)(), /keys must be a Uint8Array/],
    ['keys a string', () => addon.quicOpenInitial('k' as unknown as Uint8Array, pkt, 0, 30, 1200, OUT), /keys must be a Uint8Array/],
    ['keys too short', () => addon.quicOpenInitial(new Uint8Array(43), pkt, 0, 30, 1200, OUT), /keys must hold 44 bytes/],
    ['b an array', () => addon.quicOpenInitial(keys, [1, 2, 3] as unknown as Uint8Array, 0, 30, 1200, OUT), /b must be a Uint8Array/],
    ['b a Uint16Array', () => addon.quicOpenInitial(keys, new Uint16Array(600) as unknown as Uint8Array, 0, 30, 1200, OUT), /b must be a Uint8Array/],
    ['p negative', () => addon.quicOpenInitial(keys, pkt, -1, 30, 1200, OUT), /p must be an integer offset/],
    ['pnOff a fraction', () => addon.quicOpenInitial(keys, pkt, 0, 30.5, 1200, OUT), /pnOff must be an integer offset/],
    ['pktEnd NaN', () => addon.quicOpenInitial(keys, pkt, 0, 30, NaN, OUT), /pktEnd must be an integer offset/],
    ['pktEnd a string', () => addon.quicOpenInitial(keys, pkt, 0, 30, '1200' as unknown as number, OUT), /pktEnd must be an integer offset/],
    ['pktEnd past the end', () => addon.quicOpenInitial(keys, pkt, 0, 30, 1201, OUT), /p < pnOff <= pktEnd <= b.length/],
    ['pnOff before p', () => addon.quicOpenInitial(keys, pkt, 40, 30, 1200, OUT), /p < pnOff <= pktEnd <= b.length/],
    ['pnOff past pktEnd', () => addon.quicOpenInitial(keys, pkt, 0, 1100, 1000, OUT), /p < pnOff <= pktEnd <= b.length/],
    ['out missing', () => (addon.quicOpenInitial as unknown as (...a: unknown[]) => number)(keys, pkt, 0, 30, 1200), /out must be a Uint8Array/],
    ['out too short', () => addon.quicOpenInitial(keys, pkt, 0, 30, 1200, new Uint8Array(100)), /out is shorter than the packet's payload/],
    ['dcid a number', () => addon.quicInitialKeys(8 as unknown as Uint8Array, salt, 'quic', keys), /dcid must be a Uint8Array/],
    ['salt missing', () => (addon.quicInitialKeys as unknown as (...a: unknown[]) => void)(pkt.subarray(0, 8)), /salt must be a Uint8Array/],
    ['salt longer than 64 bytes', () => addon.quicInitialKeys(pkt.subarray(0, 8), new Uint8Array(65), 'quic', keys), /salt must be at most 64 bytes/],
    ['labelPrefix not a string', () => addon.quicInitialKeys(pkt.subarray(0, 8), salt, 1 as unknown as string, keys), /labelPrefix must be a string/],
    ['labelPrefix too long', () => addon.quicInitialKeys(pkt.subarray(0, 8), salt, 'q'.repeat(201), keys), /labelPrefix is longer than 200 bytes/],
    ['keys out too short', () => addon.quicInitialKeys(pkt.subarray(0, 8), salt, 'quic', new Uint8Array(40)), /out must hold 44 bytes/],
  ];
  for (const [what, call, message] of bad) {
    it(`${what}: a PROBE_E_USAGE error`, () => {
      let err: (Error & { code?: string }) | undefined;
      try {
        call();
      } catch (e) {
        err = e as Error & { code?: string };
      }
      expect(err?.message).toMatch(message);
      expect(err?.code).toBe('PROBE_E_USAGE');
    });
  }

  it('a packet too short for the header-protection sample is not a usage error: -1', () => {
    expect(addon.quicOpenInitial(keys, pkt, 0, 30, 49, OUT)).toBe(-1);
  });
});

describe('native QUIC Initial crypto in worker threads', () => {
  it('two workers opening packets at the same time get what the main thread gets', async () => {
    const dcid = Buffer.from('0001020304050607', 'hex');
    const spec = versionSpec(QUIC_V1)!;
    const ref = referenceInitialKeys(dcid, spec.salts[0], spec.labels);
    const packets = [1, 2, 3, 4].map((pnLen) => sealInitial(QUIC_V1, dcid, pnLen, pnLen, randomBytes(1100), ref));
    const expected = packets.map(({ pkt, pnOff }) => hex(nativeOpen(clientInitialKeys(dcid, spec.salts[0], 'quic'), pkt, 0, pnOff, pkt.length)!));
    const addonPath = createRequire(import.meta.url).resolve('../build/Release/probe_capture.node');
    // Each worker derives the keys and opens every packet (and a tampered copy) 500 times.
    const code = `
      const { parentPort, workerData } = require('node:worker_threads');
      const a = require(workerData.addonPath);
      const keys = new Uint8Array(44), out = new Uint8Array(65536), seen = new Set();
      let tamperedOpened = 0;
      for (let i = 0; i < 500; i++) {
        a.quicInitialKeys(workerData.dcid, workerData.salt, 'quic', keys);
        for (const { pkt, pnOff } of workerData.packets) {
          const n = a.quicOpenInitial(keys, pkt, 0, pnOff, pkt.length, out);
          seen.add(n < 0 ? 'none' : Buffer.from(out.subarray(0, n)).toString('hex'));
          const bad = Uint8Array.from(pkt); bad[bad.length - 1] ^= 1;
          if (a.quicOpenInitial(keys, bad, 0, pnOff, bad.length, out) >= 0) tamperedOpened++;
        }
      }
      parentPort.postMessage({ seen: [...seen], tamperedOpened });`;
    const run = () =>
      new Promise<{ seen: string[]; tamperedOpened: number }>((resolve, reject) => {
        const w = new Worker(code, { eval: true, workerData: { addonPath, dcid, salt: spec.salts[0], packets } });
        w.once('message', (m) => {
          resolve(m);
          void w.terminate();
        });
        w.once('error', reject);
      });
    const results = await Promise.all([run(), run()]);
    for (const r of results) {
      expect(r.tamperedOpened).toBe(0);
      expect(r.seen.sort()).toEqual([...expected].sort());
    }
  }, 30_000);
});
