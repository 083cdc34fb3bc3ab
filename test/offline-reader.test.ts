// The capture thread reads classic pcap files itself (native/pcap_file.h) and leaves pcapng and
// the rare classic variants to libpcap. What reaches the shard workers must be exactly what
// libpcap gives: every classic pcap of the corpora (../shared/corpora; that part is skipped
// without them) and crafted edge cases are read both ways, and the ring records compared
// (timestamp, caplen, wire length, link type, bytes), with the warnings and the progress.

import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, openSync, readdirSync, readSync, closeSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addon, type CaptureStats } from '../agent/capture/native.js';
import { createRing, RECORD_HEADER, RING_DATA, RING_EOF, RING_HEAD, RING_TAIL } from '../agent/capture/ring.js';
import { encodePcap, encodePcapng, type PcapRecord } from './lib/pcap-file.js';
import { bsdLoopback, ethernet, ip, linuxSll, LINKTYPE, tcp, udp } from './lib/craft.js';
import { root } from './lib/cli.js';

const corpora = join(root, '../shared/corpora');
const tmp = mkdtempSync(join(tmpdir(), 'probe-reader-'));

interface Packet {
  tsSec: number;
  tsUsec: number;
  capLen: number;
  wireLen: number;
  linkType: number;
  bytes: string; // hex
}

interface ReadResult {
  packets: number;
  /** SHA-256 over every record's header fields and bytes, in ring order. */
  digest: string;
  /** The records themselves (only when asked for). */
  list: Packet[];
  stats: CaptureStats;
}

interface ReadOptions {
  filter?: string;
  /** Keep the records in ReadResult.list. */
  keep?: boolean;
  ringBytes?: number;
}

/** Reads `files` as `probe-agent read` does, into one ring drained here. */
function readAll(files: string[], o: ReadOptions & { libpcap?: boolean } = {}): ReadResult {
  // 4 MiB: a record is cut at a quarter of the ring, and no packet reaches 1 MiB.
  const sab = createRing(o.ringBytes ?? 4 << 20);
  const u8 = new Uint8Array(sab);
  const u32 = new Uint32Array(sab);
  const mask = sab.byteLength - RING_DATA - 1;
  const capture = new addon.Capture({ mode: 'offline', files, rings: [u8], filter: o.filter, ...(o.libpcap ? { reader: 'libpcap' as const } : {}) });
  capture.start();
  const hash = createHash('sha256');
  const list: Packet[] = [];
  let packets = 0;
  let tail = 0;
  for (;;) {
    const head = Atomics.load(u32, RING_HEAD >> 2) >>> 0;
    while (tail !== head) {
      const at = RING_DATA + (tail & mask);
      const recLen = u32[at >> 2];
      if (recLen === 0) {
        tail = (tail + (mask + 1 - (tail & mask))) >>> 0; // wrap marker
        continue;
      }
      const w = at >> 2;
      const capLen = u32[w + 1];
      // capLen, wireLen, linkType, tsSec, tsUsec, then the bytes (native/ring.h)
      hash.update(u8.subarray(at + 4, at + RECORD_HEADER + capLen));
      if (o.keep) {
        const bytes = Buffer.from(u8.subarray(at + RECORD_HEADER, at + RECORD_HEADER + capLen)).toString('hex');
        list.push({ tsSec: u32[w + 4], tsUsec: u32[w + 5], capLen, wireLen: u32[w + 2], linkType: u32[w + 3] & 0xffff, bytes });
      }
      packets++;
      tail = (tail + recLen) >>> 0;
    }
    Atomics.store(u32, RING_TAIL >> 2, tail | 0);
    if (Atomics.load(u32, RING_EOF >> 2) === 1 && Atomics.load(u32, RING_HEAD >> 2) >>> 0 === tail) break;
    addon.waitForData(u8, 100);
  }
  const stats = capture.stats();
  capture.close();
  return { packets, digest: hash.digest('hex'), list, stats };
}

/** What must be equal between the two readers. */
function observable(r: ReadResult) {
  const s = r.stats;
  return { packets: r.packets, digest: r.digest, list: r.list, statsPackets: s.packets, bytes: s.bytes, warnings: s.warnings, error: s.error, fileIndex: s.fileIndex, fileOffset: s.fileOffset };
}

/** Reads both ways, expects the same, and returns our reader's result. */
function bothWays(files: string[], o: ReadOptions = {}): ReadResult {
  const direct = readAll(files, o);
  const libpcap = readAll(files, { ...o, libpcap: true });
  expect(libpcap.stats.directFiles).toBe(0);
  expect(observable(direct)).toEqual(observable(libpcap));
  return direct;
}

function write(name: string, bytes: Uint8Array): string {
  const f = join(tmp, name);
  writeFileSync(f, bytes);
  return f;
}

const frames: PcapRecord[] = Array.from({ length: 10 }, (_, i) => ({
  tsUs: 1_700_000_000_000_000 + i * 1_234_567,
  bytes: ethernet({}, ip({ src: '192.0.2.1', dst: `198.51.100.${i + 1}` }, udp({ sport: 1000 + i, dport: i % 2 ? 53 : 5353 }, new Uint8Array(100 + i)))),
}));

/** Offsets of the record headers in a classic pcap file. */
function recordOffsets(file: Uint8Array, le = true): number[] {
  const dv = new DataView(file.buffer, file.byteOffset, file.byteLength);
  const out: number[] = [];
  for (let pos = 24; pos + 16 <= file.length; pos += 16 + dv.getUint32(pos + 8, le)) out.push(pos);
  return out;
}

describe('crafted files: our reader, and the same as libpcap', () => {
  it('little- and big-endian files with microseconds', () => {
    for (const bigEndian of [false, true]) {
      const f = write(`us-${bigEndian}.pcap`, encodePcap(frames, { linkType: LINKTYPE.ETHERNET, bigEndian }));
      const r = bothWays([f], { keep: true });
      expect(r.stats.directFiles).toBe(1);
      expect(r.list.map((p) => p.tsSec * 1e6 + p.tsUsec)).toEqual(frames.map((p) => p.tsUs));
      expect(r.list.map((p) => p.bytes)).toEqual(frames.map((p) => Buffer.from(p.bytes).toString('hex')));
      expect(r.list.every((p) => p.linkType === 1 && p.capLen === p.wireLen)).toBe(true);
      expect(r.stats.fileOffset).toBe(statSync(f).size);
    }
  });

  it('nanosecond files: the fraction divided by 1000 as libpcap does, odd values included', () => {
    // 0xffffffff and 0x80000000: libpcap 1.10 divides the field as a signed 32-bit number in a
    // file of the host's byte order, as an unsigned one in a file it byte-swaps.
    const fractions = [0, 999, 1_000, 999_999_999, 1_999_999_999, 0xffffffff, 0x80000000, 123_456_789, 5, 1_500];
    for (const bigEndian of [false, true]) {
      const file = encodePcap(frames, { linkType: LINKTYPE.ETHERNET, nanos: true, bigEndian });
      const dv = new DataView(file.buffer);
      recordOffsets(file, !bigEndian).forEach((pos, i) => dv.setUint32(pos + 4, fractions[i], !bigEndian));
      const r = bothWays([write(`ns-${bigEndian}.pcap`, file)], { keep: true });
      expect(r.stats.directFiles).toBe(1);
      const odd = bigEndian ? [4_294_967, 2_147_483] : [0, 0xffdf3b65]; // -1 / 1000 and -2^31 / 1000 as uint32
      expect(r.list.map((p) => p.tsUsec)).toEqual([0, 0, 1, 999_999, 1_999_999, ...odd, 123_456, 0, 1]);
    }
  });

  it('a file without packets', () => {
    const r = bothWays([write('empty.pcap', encodePcap([], { linkType: LINKTYPE.ETHERNET }))]);
    expect(r.stats.directFiles).toBe(1);
    expect(r.packets).toBe(0);
    expect(r.stats.warnings).toEqual([]);
  });

  it('a file cut short in a record header or in packet data: the packets before it, and libpcap\'s warning', () => {
    const whole = encodePcap(frames, { linkType: LINKTYPE.ETHERNET });
    const last = recordOffsets(whole).at(-1)!;
    const cuts = [
      { at: last + 8, warning: 'truncated dump file; tried to read 16 header bytes, only got 8' },
      { at: whole.length - 50, warning: `truncated dump file; tried to read ${frames[9].bytes.length} captured bytes, only got ${frames[9].bytes.length - 50}` },
    ];
    for (const { at, warning } of cuts) {
      const f = write(`cut-${at}.pcap`, whole.subarray(0, at));
      const r = bothWays([f]);
      expect(r.stats.directFiles).toBe(1);
      expect(r.packets).toBe(9);
      expect(r.stats.warnings).toEqual([`${f}: ${warning} (packets before it were read)`]);
      expect(r.stats.fileOffset).toBe(at);
    }
  });

  it('a record with an absurd caplen ends the file with libpcap\'s error', () => {
    const file = encodePcap(frames, { linkType: LINKTYPE.ETHERNET });
    const at = recordOffsets(file)[3];
    new DataView(file.buffer).setUint32(at + 8, 0x7fffffff, true);
    const f = write('absurd.pcap', file);
    const r = bothWays([f]);
    expect(r.stats.directFiles).toBe(1);
    expect(r.packets).toBe(3);
    expect(r.stats.warnings).toEqual([`${f}: invalid packet capture length 2147483647, bigger than snaplen of 262144 (packets before it were read)`]);
    expect(r.stats.fileOffset).toBe(at + 16);
  });

  it('records longer than the file\'s snaplen are cut to it, as libpcap does; cut short there too', () => {
    // Written with snaplen 262144, then the header says 64: every record is above it.
    const file = encodePcap(frames, { linkType: LINKTYPE.ETHERNET });
    new DataView(file.buffer).setUint32(16, 64, true);
    const r = bothWays([write('over-snaplen.pcap', file)], { keep: true });
    expect(r.stats.directFiles).toBe(1);
    expect(r.list.map((p) => [p.capLen, p.wireLen])).toEqual(frames.map((p) => [64, p.bytes.length]));
    expect(r.list.map((p) => p.bytes)).toEqual(frames.map((p) => Buffer.from(p.bytes.subarray(0, 64)).toString('hex')));
    // Cut inside the first 64 bytes of the last record, and after them.
    const last = recordOffsets(file).at(-1)!;
    for (const keep of [30, 100]) {
      const f = write(`over-snaplen-cut-${keep}.pcap`, file.subarray(0, last + 16 + keep));
      const c = bothWays([f]);
      expect(c.packets).toBe(9);
      const wanted = keep < 64 ? 64 : frames[9].bytes.length;
      expect(c.stats.warnings).toEqual([`${f}: truncated dump file; tried to read ${wanted} captured bytes, only got ${keep} (packets before it were read)`]);
    }
  });

  it('snaplen 0 in the header means the maximum', () => {
    const file = encodePcap(frames, { linkType: LINKTYPE.ETHERNET });
    new DataView(file.buffer).setUint32(16, 0, true);
    const r = bothWays([write('snaplen0.pcap', file)], { keep: true });
    expect(r.stats.directFiles).toBe(1);
    expect(r.list.map((p) => p.capLen)).toEqual(frames.map((p) => p.bytes.length));
  });

  it('link types as libpcap maps them: LINKTYPE_RAW is DLT_RAW, FCS bits are dropped', () => {
    const rawFrames = frames.map((f) => ({ ...f, bytes: f.bytes.subarray(14) }));
    const raw = bothWays([write('raw.pcap', encodePcap(rawFrames, { linkType: LINKTYPE.RAW }))], { keep: true });
    expect(raw.stats.directFiles).toBe(1);
    expect(new Set(raw.list.map((p) => p.linkType))).toEqual(new Set([LINKTYPE.DLT_RAW]));
    // Ethernet with a 4-byte FCS: the F bit (26) and the FCS length in 16-bit words (28-31).
    const fcs = encodePcap(frames, { linkType: LINKTYPE.ETHERNET });
    new DataView(fcs.buffer).setUint32(20, (2 << 28) | (1 << 26) | LINKTYPE.ETHERNET, true);
    const r = bothWays([write('fcs.pcap', fcs)], { keep: true });
    expect(r.stats.directFiles).toBe(1);
    expect(new Set(r.list.map((p) => p.linkType))).toEqual(new Set([LINKTYPE.ETHERNET]));
    const loop = frames.map((f) => ({ ...f, bytes: bsdLoopback({}, f.bytes.subarray(14)) }));
    expect(bothWays([write('null.pcap', encodePcap(loop, { linkType: LINKTYPE.NULL, bigEndian: true }))]).stats.directFiles).toBe(1);
  });

  it('left to libpcap: version 2.3 (caplen and len may be swapped), a big-endian Linux SLL file (SocketCAN ids swapped), pcapng', () => {
    const v23 = encodePcap(frames, { linkType: LINKTYPE.ETHERNET });
    new DataView(v23.buffer).setUint16(6, 3, true);
    const at = recordOffsets(v23)[2];
    const dv = new DataView(v23.buffer);
    const cap = dv.getUint32(at + 8, true);
    dv.setUint32(at + 8, cap + 20, true); // len < caplen: libpcap swaps the two
    dv.setUint32(at + 12, cap, true);
    expect(bothWays([write('v23.pcap', v23)]).stats.directFiles).toBe(0);

    // A SocketCAN frame behind SLL (protocol 0x000c): libpcap byte-swaps its CAN id in a
    // file from a host of the other byte order.
    const can = new Uint8Array([0x12, 0x34, 0x56, 0x78, 8, 0, 0, 0, 1, 2, 3, 4, 5, 6, 7, 8]);
    const sll = [...frames.slice(0, 3).map((f) => ({ ...f, bytes: linuxSll({}, f.bytes.subarray(14)) })), { tsUs: 1e15, bytes: linuxSll({ protocol: 0x000c, arphrd: 280 }, can) }];
    expect(bothWays([write('sll-be.pcap', encodePcap(sll, { linkType: LINKTYPE.LINUX_SLL, bigEndian: true }))]).stats.directFiles).toBe(0);
    expect(bothWays([write('sll-le.pcap', encodePcap(sll, { linkType: LINKTYPE.LINUX_SLL }))]).stats.directFiles).toBe(1);

    expect(bothWays([write('trace.pcapng', encodePcapng(frames, { linkType: LINKTYPE.ETHERNET }))]).stats.directFiles).toBe(0);
  });

  it('several files in one read, pcap and pcapng mixed, and a filter', () => {
    const files = [
      write('multi-1.pcap', encodePcap(frames, { linkType: LINKTYPE.ETHERNET })),
      write('multi-2.pcapng', encodePcapng(frames, { linkType: LINKTYPE.ETHERNET })),
      write('multi-3.pcap', encodePcap(frames, { linkType: LINKTYPE.ETHERNET, bigEndian: true, nanos: true })),
    ];
    const r = bothWays(files);
    expect(r.packets).toBe(30);
    expect(r.stats.fileIndex).toBe(2);
    expect(r.stats.directFiles).toBe(2);
    const filtered = bothWays(files, { filter: 'udp port 53' });
    expect(filtered.packets).toBe(15);
    // BPF sees the wire length too (libpcap filters on it, not on caplen)
    const mixed = frames.map((f, i) => ({ ...f, bytes: ethernet({}, ip({ src: '192.0.2.1', dst: '192.0.2.2' }, tcp({ sport: 80, dport: 40000 + i }, new Uint8Array(i * 200)))) }));
    const cut = write('snap128.pcap', encodePcap(mixed, { linkType: LINKTYPE.ETHERNET, snaplen: 128 }));
    expect(bothWays([cut], { filter: 'greater 1000' }).packets).toBe(5);
  });
});

it('a ring far smaller than the trace: the reader waits for the consumer and loses nothing', () => {
  // 4,000 packets of 60 to 1,500 bytes (~3 MB) through a 64 KiB ring: it wraps ~50 times and
  // the reader stops for the consumer (this test's loop) again and again.
  const big: PcapRecord[] = Array.from({ length: 4000 }, (_, i) => ({
    tsUs: 1_700_000_000_000_000 + i,
    bytes: ethernet({}, ip({ src: '192.0.2.1', dst: '192.0.2.2' }, udp({ sport: 1, dport: i & 0xffff }, new Uint8Array((i * 7919) % 1440)))),
  }));
  const f = write('big.pcap', encodePcap(big, { linkType: LINKTYPE.ETHERNET }));
  const r = bothWays([f], { ringBytes: 64 << 10 });
  expect(r.stats.directFiles).toBe(1);
  expect(r.packets).toBe(4000);
  expect(r.digest).toBe(readAll([f]).digest); // and as through a ring that never fills
});

/** Classic pcap files of the corpora, with what our reader should do with each. */
function classicFiles(dir: string, out: { path: string; direct: boolean }[] = []): { path: string; direct: boolean }[] {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) classicFiles(p, out);
    else if (e.isFile()) {
      const h = Buffer.alloc(24);
      const fd = openSync(p, 'r');
      const n = readSync(fd, h, 0, 24, 0);
      closeSync(fd);
      if (n < 24) continue;
      const magic = h.readUInt32LE(0);
      const le = magic === 0xa1b2c3d4 || magic === 0xa1b23c4d;
      const be = magic === 0xd4c3b2a1 || magic === 0x4d3cb2a1;
      if (!le && !be) continue;
      const version = le ? [h.readUInt16LE(4), h.readUInt16LE(6)] : [h.readUInt16BE(4), h.readUInt16BE(6)];
      const linkType = (le ? h.readUInt32LE(20) : h.readUInt32BE(20)) & 0x03ffffff;
      const sll = linkType === LINKTYPE.LINUX_SLL || linkType === LINKTYPE.LINUX_SLL2;
      out.push({ path: p, direct: version[0] === 2 && version[1] === 4 && !(be && sll) });
    }
  }
  return out;
}

describe.skipIf(!existsSync(corpora))('every classic pcap of the corpora', () => {
  it.each([
    ['as they are', undefined],
    ['through a filter', 'udp or tcp[tcpflags] & tcp-syn != 0 or vlan'],
  ])('%s: the same packets as libpcap gives', (_, filter) => {
    const files = classicFiles(corpora);
    const differ: string[] = [];
    let direct = 0;
    let packets = 0;
    for (const { path, direct: expectDirect } of files) {
      let a: ReadResult;
      try {
        a = readAll([path], { filter });
      } catch (e) {
        // refused before reading (an unsupported link type, a filter that does not apply to
        // it): not a reader's matter
        expect((e as { code: string }).code).toMatch(/^PROBE_E_(LINKTYPE|FILTER)$/);
        continue;
      }
      const b = readAll([path], { filter, libpcap: true });
      const name = relative(corpora, path);
      if (JSON.stringify(observable(a)) !== JSON.stringify(observable(b))) differ.push(name);
      if (a.stats.directFiles !== (expectDirect ? 1 : 0)) differ.push(`${name}: directFiles ${a.stats.directFiles}`);
      direct += a.stats.directFiles;
      packets += a.packets;
    }
    expect(differ).toEqual([]);
    expect(direct).toBeGreaterThan(500);
    expect(packets).toBeGreaterThan(filter ? 5_000 : 50_000);
  });
});
