// Builds the multi-million-packet benchmark trace from the real captures in the shared
// corpora (nDPI, Zeek and suricata-verify test traces):
//
//  1. every Ethernet capture (classic pcap read directly, pcapng converted by
//     `editcap -F pcap`) is time-shifted to start at a deterministic pseudo-random offset
//     in [2024-01-01T00:00:00Z, +60 s), so all of them run concurrently;
//  2. the shifted files are merged chronologically by mergecap into the base trace
//     (reordercap fixes the order if some input was not sorted);
//  3. the base is written K times back to back, copy k shifted by k × the base duration and
//     with its addresses remapped by a per-copy XOR (remap.ts), so every copy is a new
//     set of flows, until the trace holds at least the target packet count.
//
// Only timestamps and addresses change: every packet is a real captured packet.
// The result is cached in bench/out/traces/ under a hash of the inputs and parameters.

import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, openSync, readFileSync, readSync, closeSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LINKTYPE_ETHERNET, PcapFormatError, PcapWriter, parsePcapHeader, pcapRecords } from './pcap.js';
import { census, type Census } from './census.js';
import { CORPORA_DIR, OUT_DIR, TRACE_DIR } from './paths.js';
import { runQuick, which } from './proc.js';
import { ipOffsetInEthernet, maskForCopy, remapEthernetFrame } from './remap.js';

const BUILDER_VERSION = 2; // bump when the output of the same inputs changes

export interface BuildOptions {
  corporaDir: string;
  sourceDirs: string[]; // relative to corporaDir
  targetPackets: number;
  startWindowS: number; // each capture starts at a pseudo-random offset in [0, this)
  maxSpanS: number; // captures spanning more than this (merged test fixtures spanning days) are left out
  seed: string;
}

export const DEFAULT_BUILD: BuildOptions = {
  corporaDir: CORPORA_DIR,
  sourceDirs: ['ndpi/pcap', 'zeek/Traces', 'suricata-verify'],
  targetPackets: 3_000_000,
  startWindowS: 60,
  maxSpanS: 600,
  seed: 'probe-agent-bench',
};

export interface TraceInfo {
  path: string;
  packets: number;
  bytes: number;
  durationS: number;
  copies: number;
  cached: boolean;
  base: {
    packets: number;
    durationS: number;
    ipv4: number;
    ipv6: number;
    nonIp: number;
    census: Census; // flows per copy (census.ts); the trace holds `copies` times as many
  };
  inputs: {
    found: number;
    used: number;
    truncatedKept: number; // cut-short captures whose complete packets were kept
    skipped: Record<string, number>; // reason -> files
  };
}

const T0_US = Date.UTC(2024, 0, 1) * 1000;
const PCAPNG_MAGIC = 0x0a0d0d0a;
const PCAP_MAGICS = new Set([0xa1b2c3d4, 0xd4c3b2a1, 0xa1b23c4d, 0x4d3cb2a1]);

type CaptureKind = 'pcap' | 'pcapng';

function sniff(path: string): CaptureKind | null {
  const fd = openSync(path, 'r');
  try {
    const b = Buffer.alloc(4);
    if (readSync(fd, b, 0, 4, 0) < 4) return null;
    const m = b.readUInt32BE(0);
    if (m === PCAPNG_MAGIC) return 'pcapng';
    if (PCAP_MAGICS.has(m)) return 'pcap';
    return null;
  } finally {
    closeSync(fd);
  }
}

function listCaptures(root: string, dirs: string[]): { path: string; rel: string; kind: CaptureKind }[] {
  const out: { path: string; rel: string; kind: CaptureKind }[] = [];
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile() && statSync(p).size >= 24) {
        const kind = sniff(p);
        if (kind) out.push({ path: p, rel: relative(root, p), kind });
      }
    }
  };
  for (const d of dirs) if (existsSync(join(root, d))) walk(join(root, d));
  out.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
  return out;
}

/** Deterministic start offset in [0, windowUs) for one capture, from its path. */
function startOffsetUs(rel: string, seed: string, windowUs: number): number {
  const h = createHash('sha256').update(`${seed}/offset/${rel}`).digest();
  return h.readUIntBE(0, 6) % windowUs;
}

function bump(m: Record<string, number>, k: string): void {
  m[k] = (m[k] ?? 0) + 1;
}

function log(msg: string): void {
  process.stderr.write(`[build-trace] ${msg}\n`);
}

/** Merges pcaps chronologically with mergecap, in batches to stay well below the fd limit. */
function mergeAll(files: string[], out: string, tmp: string): void {
  const BATCH = 200;
  let level = files;
  let round = 0;
  while (level.length > 1) {
    const next: string[] = [];
    for (let i = 0; i < level.length; i += BATCH) {
      const dst = level.length <= BATCH ? out : join(tmp, `merge-${round}-${i / BATCH}.pcap`);
      const r = runQuick('mergecap', ['-F', 'pcap', '-w', dst, ...level.slice(i, i + BATCH)], 600_000);
      if (r.code !== 0) throw new Error(`mergecap failed (${r.code}): ${r.stderr.trim()}`);
      next.push(dst);
    }
    level = next;
    round++;
  }
  if (level.length === 1 && level[0] !== out) renameSync(level[0], out);
}

function isSorted(buf: Buffer): boolean {
  let last = -Infinity;
  for (const r of pcapRecords(buf)) {
    if (r.tsUs < last) return false;
    last = r.tsUs;
  }
  return true;
}

/** Builds (or finds in the cache) the big trace. Returns null when the corpora are absent. */
export function buildTrace(opts: BuildOptions = DEFAULT_BUILD): TraceInfo | null {
  if (!existsSync(opts.corporaDir)) {
    log(`${opts.corporaDir} is absent: no real traces to build the big trace from, skipping it`);
    return null;
  }
  for (const tool of ['editcap', 'mergecap', 'reordercap']) {
    if (!which(tool)) {
      log(`${tool} not found (Debian package wireshark-common): cannot build the big trace, skipping it`);
      return null;
    }
  }
  const captures = listCaptures(opts.corporaDir, opts.sourceDirs);

  // Cache key: builder version, parameters and the content of every candidate input.
  const key = createHash('sha256').update(JSON.stringify({ v: BUILDER_VERSION, ...opts, corporaDir: undefined }));
  const contentHashes = new Map<string, string>();
  for (const c of captures) {
    const h = createHash('sha256').update(readFileSync(c.path)).digest('hex');
    contentHashes.set(c.rel, h);
    key.update(`${c.rel}\0${h}\n`);
  }
  const id = key.digest('hex').slice(0, 16);
  mkdirSync(TRACE_DIR, { recursive: true });
  const tracePath = join(TRACE_DIR, `big-${id}.pcap`);
  const metaPath = join(TRACE_DIR, `big-${id}.json`);
  if (existsSync(tracePath) && existsSync(metaPath)) {
    const info = JSON.parse(readFileSync(metaPath, 'utf8')) as TraceInfo;
    return { ...info, cached: true };
  }

  const tmp = join(OUT_DIR, 'tmp', `build-${id}`);
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  try {
    return build(id, opts, captures, contentHashes, tmp, tracePath, metaPath);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

function build(
  id: string,
  opts: BuildOptions,
  captures: { path: string; rel: string; kind: CaptureKind }[],
  contentHashes: Map<string, string>,
  tmp: string,
  tracePath: string,
  metaPath: string,
): TraceInfo {
  const t0 = Date.now();
  const skipped: Record<string, number> = {};
  let truncatedKept = 0;
  const seen = new Set<string>();
  const shifted: string[] = [];
  const windowUs = opts.startWindowS * 1e6;

  // 1. Convert, filter and time-shift every capture.
  for (const [i, c] of captures.entries()) {
    const hash = contentHashes.get(c.rel) as string;
    if (seen.has(hash)) {
      bump(skipped, 'duplicate content');
      continue;
    }
    seen.add(hash);
    let src = c.path;
    if (c.kind === 'pcapng') {
      src = join(tmp, `conv-${i}.pcap`);
      const r = runQuick('editcap', ['-F', 'pcap', c.path, src]);
      // editcap exits 1 on a capture "cut short in the middle of a packet" but still
      // writes every complete packet; keep those. Other failures (several link types in
      // one pcapng, unreadable files) leave no usable output.
      if (r.code !== 0) {
        if (!existsSync(src) || !/cut short|truncated/i.test(r.stderr)) {
          bump(skipped, 'editcap could not convert');
          continue;
        }
        truncatedKept++;
      }
    }
    let buf: Buffer;
    let header;
    try {
      buf = readFileSync(src);
      header = parsePcapHeader(buf);
    } catch (e) {
      if (e instanceof PcapFormatError) {
        bump(skipped, 'unreadable');
        continue;
      }
      throw e;
    }
    if (header.linktype !== LINKTYPE_ETHERNET) {
      bump(skipped, `link type ${header.linktype} (not Ethernet)`);
      continue;
    }
    let first = Infinity;
    let last = -Infinity;
    let n = 0;
    let end = 24;
    for (const r of pcapRecords(buf, header)) {
      if (r.tsUs < first) first = r.tsUs;
      if (r.tsUs > last) last = r.tsUs;
      n++;
      end = r.dataOffset + r.capLen;
    }
    if (n === 0) {
      bump(skipped, 'no complete packet');
      continue;
    }
    if (c.kind === 'pcap' && end < buf.length) truncatedKept++;
    if (last - first > opts.maxSpanS * 1e6) {
      bump(skipped, `spans more than ${opts.maxSpanS} s`);
      continue;
    }
    const shiftUs = T0_US + startOffsetUs(c.rel, opts.seed, windowUs) - first;
    const out = join(tmp, `shift-${i}.pcap`);
    const w = new PcapWriter(out, LINKTYPE_ETHERNET, Math.max(header.snaplen, 65535), 1 << 20);
    for (const r of pcapRecords(buf, header)) w.write(r.tsUs + shiftUs, r.origLen, buf, r.dataOffset, r.dataOffset + r.capLen);
    w.close();
    shifted.push(out);
  }
  if (shifted.length === 0) throw new Error('no usable Ethernet capture in the corpora');
  log(`${shifted.length} of ${captures.length} captures usable; merging`);

  // 2. Merge chronologically.
  const basePath = join(tmp, 'base.pcap');
  mergeAll(shifted, basePath, tmp);
  let base = readFileSync(basePath);
  if (!isSorted(base)) {
    const sorted = join(tmp, 'base-sorted.pcap');
    const r = runQuick('reordercap', [basePath, sorted], 600_000);
    if (r.code !== 0) throw new Error(`reordercap failed (${r.code}): ${r.stderr.trim()}`);
    base = readFileSync(sorted);
  }

  // 3. Loop the base with shifted time and remapped addresses.
  const hdr = parsePcapHeader(base);
  const recs = [...pcapRecords(base, hdr)];
  const baseFirst = recs[0].tsUs;
  const baseLast = recs[recs.length - 1].tsUs;
  const periodUs = baseLast - baseFirst + 1000; // 1 ms gap so copies never share a timestamp
  const copies = Math.max(1, Math.ceil(opts.targetPackets / recs.length));
  let ipv4 = 0;
  let ipv6 = 0;
  let nonIp = 0;
  for (const r of recs) {
    const ip = ipOffsetInEthernet(base, r.dataOffset, r.capLen);
    const v = ip >= 0 && ip < r.capLen ? base[r.dataOffset + ip] >> 4 : 0;
    if (v === 4) ipv4++;
    else if (v === 6) ipv6++;
    else nonIp++;
  }
  log(`base: ${recs.length} packets over ${(periodUs / 1e6).toFixed(1)} s; writing ${copies} copies`);

  const partial = `${tracePath}.partial`;
  const w = new PcapWriter(partial, LINKTYPE_ETHERNET, Math.max(hdr.snaplen, 65535));
  for (let k = 0; k < copies; k++) {
    const mask = maskForCopy(k, opts.seed);
    const shift = k * periodUs;
    for (const r of recs) {
      const at = w.write(r.tsUs + shift, r.origLen, base, r.dataOffset, r.dataOffset + r.capLen);
      if (k > 0) remapEthernetFrame(w.buf, at, r.capLen, mask);
    }
  }
  w.close();

  // Independent check of what we wrote: capinfos must see the same packet count.
  const ci = runQuick('capinfos', ['-M', '-c', '-T', '-r', partial], 600_000);
  const seenCount = Number(ci.stdout.trim().split('\t')[1]);
  if (ci.code !== 0 || seenCount !== w.packets) {
    throw new Error(`capinfos disagrees with the writer on ${partial}: ${ci.stdout.trim()} ${ci.stderr.trim()} (wrote ${w.packets})`);
  }
  renameSync(partial, tracePath);
  // Traces built from older inputs or parameters are 1+ GB each: keep only this one.
  for (const f of readdirSync(TRACE_DIR)) {
    if (/^big-[0-9a-f]{16}\.(pcap|json|pcap\.partial)$/.test(f) && !f.startsWith(`big-${id}.`)) rmSync(join(TRACE_DIR, f), { force: true });
  }

  const info: TraceInfo = {
    path: tracePath,
    packets: w.packets,
    bytes: statSync(tracePath).size,
    durationS: (copies * periodUs - 1000) / 1e6,
    copies,
    cached: false,
    base: { packets: recs.length, durationS: (baseLast - baseFirst) / 1e6, ipv4, ipv6, nonIp, census: census(base, recs) },
    inputs: { found: captures.length, used: shifted.length, truncatedKept, skipped },
  };
  writeFileSync(metaPath, JSON.stringify(info, null, 2));
  log(`wrote ${tracePath}: ${info.packets} packets, ${(info.bytes / 2 ** 20).toFixed(0)} MiB in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  return info;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const info = buildTrace();
  console.log(JSON.stringify(info, null, 2));
}
