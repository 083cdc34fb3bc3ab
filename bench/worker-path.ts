// The shard worker's work alone, on one thread: frames of a classic pcap file → FlowAccounting
// (decode, flow table, application layer) → BatchEncoder, as shard-worker.ts does it, without
// the capture thread, the rings or the main thread. Prints the CPU time it took, so a change to
// the packet or L7 path can be measured apart from everything else competing for the cores.
//
//   node dist/bench/worker-path.js TRACE [--no-l7] [--packets N] [--warm] [--per-analyzer]
//
// --warm: the trace is run twice, each time through a new flow table and L7 engine, and the
// second run is measured: JIT-compiled code and the module-level memos as a long-running probe
// has them (the first run of a process costs ~0.3 s more in the interpreter and baseline code).
// --per-analyzer: the L7 engine's detect, feed and sub-message writing are timed per analyzer
// (performance.now() around each call, ~40 ns added per call) and printed as ms, calls, µs.

import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { FlowAccounting } from '../agent/flow/accounting.js';
import { BatchEncoder } from '../agent/flow/encode.js';
import { END_FORCED } from '../agent/flow/table.js';
import { L7Engine } from '../agent/l7/engine.js';
import { NameCache } from '../agent/l7/name-cache.js';
import { L7_DEFAULTS, PRIVACY_DEFAULTS } from '../agent/l7/options.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    'no-l7': { type: 'boolean', default: false },
    packets: { type: 'string', default: '0' },
    warm: { type: 'boolean', default: false },
    'per-analyzer': { type: 'boolean', default: false },
  },
});
const trace = positionals[0];
if (!trace) {
  console.error('usage: node dist/bench/worker-path.js TRACE [--no-l7] [--packets N] [--warm] [--per-analyzer]');
  process.exit(2);
}
const limit = Number(values.packets) || Infinity;

const BATCH_RECORDS = 2048;
const timings = values['per-analyzer'] ? timeAnalyzers() : null;

interface Run {
  packets: number;
  records: number;
  bytesOut: number;
  engine: L7Engine | null;
}

/** One pass over the trace through a new flow table (and engine), as one shard worker runs it. */
function run(): Run {
  const r: Run = { packets: 0, records: 0, bytesOut: 0, engine: null };
  let pending = 0;
  let enc: BatchEncoder | null = null;
  const engine = values['no-l7']
    ? null
    : new L7Engine({ maxFlows: L7_DEFAULTS.maxFlows, privacy: PRIVACY_DEFAULTS, names: new NameCache(L7_DEFAULTS.nameCacheEntries) });
  r.engine = engine;
  const acc = new FlowAccounting(
    { capacity: 2_000_000, idleTimeoutUs: 30e6, activeTimeoutUs: 300e6, closeDelayUs: 5e6, shard: 0, shards: 1, idGeneration: 1 },
    {
      emit(t, slot, reason) {
        enc!.add(t, slot, reason);
        if (++pending >= BATCH_RECORDS) flush();
      },
    },
    engine,
  );
  enc = new BatchEncoder(acc.l7);
  function flush(): void {
    if (pending === 0) return;
    r.bytesOut += enc!.finish().length;
    r.records += pending;
    pending = 0;
  }

  // Frames are read in chunks into one buffer and accounted in place, as from the ring (a plain
  // Uint8Array, as the shard worker's view of its ring is: a Buffer's subarray() costs more).
  const fd = openSync(trace, 'r');
  const CHUNK = 16 << 20;
  const buf = new Uint8Array(CHUNK + 65536 + 16);
  let have = readSync(fd, buf, 0, buf.length, null);
  if (have < 24 || u32le(buf, 0) !== 0xa1b2c3d4) throw new Error(`${trace}: not a little-endian µs classic pcap`);
  const linkType = u32le(buf, 20) & 0xffff;
  let at = 24;
  const table = acc.table;
  outer: for (;;) {
    while (at + 16 <= have) {
      const capLen = u32le(buf, at + 8);
      if (at + 16 + capLen > have) break;
      acc.pkt.ts = u32le(buf, at) * 1e6 + u32le(buf, at + 4);
      acc.packet(buf, at + 16, capLen, u32le(buf, at + 12), linkType);
      at += 16 + capLen;
      if (++r.packets >= limit) break outer;
      if ((r.packets & 1023) === 0) table.expire(table.clock);
    }
    buf.copyWithin(0, at, have);
    have -= at;
    at = 0;
    const n = readSync(fd, buf, have, buf.length - have, null);
    if (n === 0) break;
    have += n;
  }
  closeSync(fd);
  table.flushAll(END_FORCED);
  flush();
  return r;
}

if (values.warm) run();
timings?.clear();
const t0 = process.cpuUsage();
const th0 = threadCpuMs();
const w0 = performance.now();
const { packets, records, bytesOut, engine } = run();
const cpu = process.cpuUsage(t0);
const threadMs = threadCpuMs() - th0;
const wallMs = performance.now() - w0;
const cpuMs = (cpu.user + cpu.system) / 1000;
console.log(
  `${packets} packets, ${records} records, ${(bytesOut / 1e6).toFixed(1)} MB out, L7 ${engine ? 'on' : 'off'}: ` +
    `${threadMs.toFixed(0)} ms CPU on this thread, ${cpuMs.toFixed(0)} ms in all threads (JIT, GC helpers), ${wallMs.toFixed(0)} ms wall, ${((threadMs * 1e6) / packets).toFixed(0)} ns per packet on this thread` +
    (values.warm ? ' (second run: warm)' : ''),
);
if (timings) {
  const rows = [...timings].sort((a, b) => b[1].ms - a[1].ms);
  const total = rows.reduce((s, [, t]) => s + t.ms, 0);
  console.log(`L7 engine calls, ${total.toFixed(0)} ms in all:`);
  for (const [what, t] of rows) {
    console.log(`  ${what.padEnd(22)} ${t.ms.toFixed(0).padStart(6)} ms ${String(t.calls).padStart(8)} calls ${((t.ms * 1e3) / t.calls).toFixed(2).padStart(8)} µs each`);
  }
}

/**
 * Wraps the engine's per-packet steps (its private detect, feed and subMessage) to time each
 * call by analyzer. Bench only: the engine itself carries no timing code.
 */
function timeAnalyzers(): Map<string, { ms: number; calls: number }> {
  const t = new Map<string, { ms: number; calls: number }>();
  const add = (what: string, ms: number): void => {
    const e = t.get(what);
    if (e) {
      e.ms += ms;
      e.calls++;
    } else t.set(what, { ms, calls: 1 });
  };
  type Flow = { analyzer: { name: string } | null };
  const proto = L7Engine.prototype as unknown as Record<string, (...a: unknown[]) => unknown>;
  const { detect, feed, subMessage } = proto;
  proto.detect = function (this: unknown, ...a: unknown[]) {
    const s = performance.now();
    const f = detect.apply(this, a) as Flow | null | undefined;
    add(f ? `detect → ${f.analyzer?.name ?? 'starttls'}` : f === null ? 'detect (over budget)' : 'detect: nothing', performance.now() - s);
    return f;
  };
  proto.feed = function (this: unknown, f: unknown, ...a: unknown[]) {
    const was = (f as Flow).analyzer?.name ?? 'starttls watch';
    const s = performance.now();
    const more = feed.call(this, f, ...a);
    add(`feed ${was}`, performance.now() - s);
    return more;
  };
  proto.subMessage = function (this: unknown, f: unknown, ...a: unknown[]) {
    const s = performance.now();
    const end = subMessage.call(this, f, ...a);
    add(`write ${(f as Flow).analyzer!.name}`, performance.now() - s);
    return end;
  };
  return t;
}

function u32le(b: Uint8Array, o: number): number {
  return (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16) | (b[o + 3] << 24)) >>> 0;
}

/** CPU time of the calling thread (user + system), from /proc: 10 ms resolution. */
function threadCpuMs(): number {
  const stat = readFileSync('/proc/thread-self/stat', 'utf8');
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(f[11]) + Number(f[12])) * 10; // utime, stime in clock ticks of 10 ms
}
