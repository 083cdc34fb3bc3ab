// Real capture: a crafted trace is replayed with tcpreplay into one end of a veth pair (in a
// namespace of its own) while `probe-agent capture` listens on the other end (in a second
// namespace). The flows it reports must be exactly the flows `probe-agent read` reports for
// the same trace file, with no kernel or ring drops.
//
// Needs root, iproute2 and tcpreplay, and a built probe (`npm run build`); skips with the reason
// printed otherwise. The frames carry documentation addresses (192.0.2.0/24, 198.51.100.0/24,
// 2001:db8::/32) and travel only on the test's own veth pair; nothing is routed anywhere.
//
//   sudo npx vitest run test/live-capture.test.ts
//   PROBE_LIVE_PPS=50000 …   replay at a fixed rate instead of --topspeed
//   PROBE_LIVE_KEEP=1 …      keep the trace and the outputs (path printed)

import { spawn, execFile, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DirectionJson, FlowJson, RunSummary } from '../agent/flow/json.js';
import {
  canonicalIp,
  ethernetLink,
  icmpEcho,
  ipv4Fragments,
  ip,
  mergeByTime,
  prng,
  tcpConversation,
  udp,
  udpExchange,
  filler,
  type Frame,
  type LinkWrap,
  type VlanTag,
} from './lib/craft.js';
import { writePcap } from './lib/pcap-file.js';
import {
  createVethPair,
  destroyVethPair,
  hasProgram,
  inNetns,
  linkCounters,
  netnsUnavailableReason,
  removeStaleNetns,
  type LinkCounters,
  type VethPair,
} from './lib/netns.js';
import { cli as CLI, root as ROOT } from './lib/cli.js';

const ADDON = join(ROOT, 'build/Release/probe_capture.node');

const READY_TIMEOUT_MS = 20_000;
const REPLAY_TIMEOUT_MS = 120_000;
const SETTLE_MS = 2_000;
const EXIT_TIMEOUT_MS = 60_000;
const READ_TIMEOUT_MS = 120_000;

function skipReason(): string | null {
  if (!existsSync(CLI)) return `${CLI} not built (npm run build:ts)`;
  if (!existsSync(ADDON)) return `${ADDON} not built (npx node-gyp rebuild)`;
  const ns = netnsUnavailableReason();
  if (ns) return ns;
  if (!hasProgram('tcpreplay', ['-V'])) return 'tcpreplay not found';
  return null;
}

const SKIP = skipReason();
if (SKIP) console.log(`live-capture: skipped: ${SKIP}`);

// ---------------------------------------------------------------------------------------------
// the trace

interface Trace {
  frames: Frame[];
  /** Number of distinct flows (conversations) in it. */
  flows: number;
}

const T0 = 1_700_000_000_000_000; // µs

// Client and server addresses together are unique per flow index (< 62 500): ICMP flows are
// keyed by addresses and type only (not the echo id), so pairs must not repeat.
function v4(net: 'c' | 's', i: number): string {
  return net === 'c' ? `192.0.2.${1 + (i % 250)}` : `198.51.100.${1 + (Math.floor(i / 250) % 250)}`;
}

function v6(net: 'c' | 's', i: number): string {
  return `2001:db8:${net === 'c' ? 'c' : '5'}::${(i + 1).toString(16)}`;
}

function mac(kind: number, i: number): string {
  const h = (x: number) => x.toString(16).padStart(2, '0');
  return `02:${h(kind)}:00:${h((i >> 16) & 0xff)}:${h((i >> 8) & 0xff)}:${h(i & 0xff)}`;
}

/**
 * A few thousand flows: TCP conversations (handshake, request/response, FIN close) over IPv4,
 * IPv6, 802.1Q and QinQ; UDP request/response; ICMP and ICMPv6 echo; fragmented UDP. Flow i
 * starts at T0 + i·400 µs, so the whole trace spans under two seconds of trace time.
 */
function buildTrace(): Trace {
  const rnd = prng(20240611);
  const size = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo));
  const lists: Frame[][] = [];
  let flow = 0;
  const start = () => T0 + flow * 400;
  const link = (tags?: VlanTag[]): LinkWrap =>
    ethernetLink({ clientMac: mac(0xc0, flow), serverMac: mac(0x5e, flow % 97), tags });

  const tcpFlows = (n: number, family: 4 | 6, tags?: VlanTag[]) => {
    for (let k = 0; k < n; k++, flow++) {
      const addr = family === 4 ? v4 : v6;
      const exchanges = Array.from({ length: 1 + (k % 3) }, () => ({ request: size(20, 600), response: size(0, 5000) }));
      lists.push(
        tcpConversation({
          client: { ip: addr('c', flow), port: 10_000 + flow },
          server: { ip: addr('s', flow), port: [80, 443, 8080, 8443][k % 4] },
          startUs: start(),
          rttUs: size(200, 3000),
          exchanges,
          close: k % 25 === 0 ? 'rst' : 'fin',
          link: link(tags),
        }),
      );
    }
  };
  const udpFlows = (n: number, family: 4 | 6, tags?: VlanTag[]) => {
    for (let k = 0; k < n; k++, flow++) {
      const addr = family === 4 ? v4 : v6;
      lists.push(
        udpExchange({
          client: { ip: addr('c', flow), port: 10_000 + flow },
          server: { ip: addr('s', flow), port: [40001, 40002, 40003][k % 3] },
          startUs: start(),
          exchanges: Array.from({ length: 1 + (k % 2) }, () => ({ request: size(32, 300), response: k % 10 === 0 ? 0 : size(32, 1200) })),
          link: link(tags),
        }),
      );
    }
  };
  const pingFlows = (n: number, family: 4 | 6) => {
    for (let k = 0; k < n; k++, flow++) {
      lists.push(
        icmpEcho({
          client: family === 4 ? v4('c', flow) : v6('c', flow),
          server: family === 4 ? v4('s', flow) : v6('s', flow),
          id: flow & 0xffff,
          count: 1 + (k % 3),
          size: size(8, 1000),
          startUs: start(),
          noReply: k % 20 === 0,
          link: link(),
        }),
      );
    }
  };
  const fragFlows = (n: number) => {
    for (let k = 0; k < n; k++, flow++) {
      const c = { ip: v4('c', flow), port: 10_000 + flow };
      const s = { ip: v4('s', flow), port: 40004 };
      const l = link();
      const t = start();
      const frags = ipv4Fragments({ src: c.ip, dst: s.ip, id: flow & 0xffff, ttl: 64 }, udp({ sport: c.port, dport: s.port }, filler(size(1500, 3500))), 1400);
      const reply = ip({ src: s.ip, dst: c.ip, id: 1 }, udp({ sport: s.port, dport: c.port }, filler(64)));
      lists.push([...frags.map((f, i) => ({ tsUs: t + i * 10, bytes: l(f, true) })), { tsUs: t + 1000, bytes: l(reply, false) }]);
    }
  };

  tcpFlows(1200, 4);
  udpFlows(800, 4);
  pingFlows(300, 4);
  tcpFlows(300, 6);
  udpFlows(200, 6);
  pingFlows(100, 6);
  tcpFlows(200, 4, [{ vid: 100 }]);
  udpFlows(100, 6, [{ vid: 200, pcp: 5 }]);
  tcpFlows(50, 4, [{ vid: 300 }, { vid: 301 }]);
  fragFlows(50);
  return { frames: mergeByTime(...lists), flows: flow };
}

// ---------------------------------------------------------------------------------------------
// child processes

const children = new Set<ChildProcess>();

function track(c: ChildProcess): ChildProcess {
  children.add(c);
  c.once('exit', () => children.delete(c));
  return c;
}

function killAll(): void {
  for (const c of children) {
    if (c.pid !== undefined && c.exitCode === null && c.signalCode === null) {
      try {
        process.kill(c.pid, 'SIGKILL');
      } catch {
        /* gone */
      }
    }
  }
  children.clear();
}

interface Collected {
  stdout: string;
  stderr: string;
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** Resolves when the child exits (or rejects after ms, killing it). */
function waitExit(c: ChildProcess, out: { stdout: string; stderr: string }, ms: number, what: string): Promise<Collected> {
  return new Promise((res, rej) => {
    if (c.exitCode !== null || c.signalCode !== null) {
      res({ ...out, code: c.exitCode, signal: c.signalCode });
      return;
    }
    const timer = setTimeout(() => {
      if (c.pid !== undefined) {
        try {
          process.kill(c.pid, 'SIGKILL');
        } catch {
          /* gone */
        }
      }
      rej(new Error(`${what} did not exit within ${ms} ms; stderr:\n${out.stderr.slice(-2000)}`));
    }, ms);
    c.once('exit', (code, signal) => {
      clearTimeout(timer);
      // let the pipes drain
      setImmediate(() => res({ ...out, code, signal }));
    });
  });
}

function runTo(cmd: string, args: string[], ms: number): Promise<Collected> {
  return new Promise((res) => {
    const c = track(
      execFile(cmd, args, { timeout: ms, maxBuffer: 512 * 1024 * 1024, killSignal: 'SIGKILL' }, (err, stdout, stderr) => {
        const e = err as (Error & { code?: number | string; signal?: NodeJS.Signals }) | null;
        res({ stdout: String(stdout), stderr: String(stderr), code: e ? (typeof e.code === 'number' ? e.code : -1) : 0, signal: e?.signal ?? null });
      }),
    );
    void c;
  });
}

// ---------------------------------------------------------------------------------------------
// flows

function parseFlows(stdout: string, what: string): FlowJson[] {
  const out: FlowJson[] = [];
  for (const line of stdout.split('\n')) {
    if (!line.trim()) continue;
    try {
      out.push(JSON.parse(line) as FlowJson);
    } catch {
      throw new Error(`${what}: stdout line is not JSON: ${line.slice(0, 200)}`);
    }
  }
  return out;
}

function parseSummary(stderr: string, what: string): RunSummary {
  const lines = stderr.trim().split('\n');
  const last = lines[lines.length - 1] ?? '';
  try {
    const j = JSON.parse(last) as { summary?: RunSummary };
    if (j.summary) return j.summary;
  } catch {
    /* reported below */
  }
  throw new Error(`${what}: last stderr line is not {"summary": …}:\n${stderr.slice(-2000)}`);
}

interface Dir {
  packets: number;
  frameBytes: number;
  ipBytes: number;
}

interface Agg {
  key: string;
  records: number;
  /** Orientation as reported (src endpoint first) of the first record. */
  orientation: string;
  fwd: Dir;
  rev: Dir;
  endReasons: string[];
}

const zero = (): Dir => ({ packets: 0, frameBytes: 0, ipBytes: 0 });
const add = (a: Dir, d: DirectionJson) => {
  a.packets += d.packets;
  a.frameBytes += d.frameBytes;
  a.ipBytes += d.ipBytes;
};

/** Joins records by protocol + addresses + ports + VLANs (either direction), summing parts. */
function aggregate(flows: FlowJson[]): Map<string, Agg> {
  const m = new Map<string, Agg>();
  for (const f of flows) {
    const a = `${canonicalIp(f.srcAddr)}#${f.srcPort}`;
    const b = `${canonicalIp(f.dstAddr)}#${f.dstPort}`;
    const swapped = b < a;
    const key = `p${f.protocol} ${swapped ? b : a} ${swapped ? a : b} vlan ${f.vlanId}/${f.innerVlanId}`;
    let g = m.get(key);
    if (!g) {
      g = { key, records: 0, orientation: `${a} -> ${b}`, fwd: zero(), rev: zero(), endReasons: [] };
      m.set(key, g);
    }
    g.records++;
    g.endReasons.push(f.endReason);
    // fwd/rev relative to the canonical orientation
    add(swapped ? g.rev : g.fwd, f.fwd);
    add(swapped ? g.fwd : g.rev, f.rev);
  }
  return m;
}

function sumPackets(flows: FlowJson[]): number {
  return flows.reduce((s, f) => s + f.fwd.packets + f.rev.packets, 0);
}

// ---------------------------------------------------------------------------------------------
// the test

describe.skipIf(SKIP !== null)('live capture on a veth pair', () => {
  let dir = '';
  let pair: VethPair | null = null;

  beforeAll(() => {
    const stale = removeStaleNetns();
    if (stale.length) console.log(`live-capture: removed stale namespaces ${stale.join(', ')}`);
    dir = mkdtempSync(join(tmpdir(), 'probe-live-'));
  });

  afterAll(() => {
    killAll();
    if (pair) destroyVethPair(pair);
    pair = null;
    if (dir && !process.env.PROBE_LIVE_KEEP) rmSync(dir, { recursive: true, force: true });
    else if (dir) console.log(`live-capture: kept ${dir}`);
  });

  it('capture on veth reports the same flows as reading the trace', async () => {
    // 1. the trace
    const trace = buildTrace();
    const file = join(dir, 'trace.pcap');
    writePcap(file, trace.frames, { linkType: 1 });
    const wireBytes = trace.frames.reduce((s, f) => s + f.bytes.length, 0);
    console.log(`live-capture: trace ${file}: ${trace.frames.length} frames, ${wireBytes} bytes, ${trace.flows} flows`);

    // 2. namespaces and the veth pair
    pair = createVethPair('live');
    const before: LinkCounters = linkCounters(pair.rxNs, pair.rxIf);

    // 3. the probe, listening
    const [cmd, args] = inNetns(pair.rxNs, [process.execPath, CLI, 'capture', '-i', pair.rxIf, '--json']);
    const cap = track(spawn(cmd, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] }));
    const capOut = { stdout: '', stderr: '' };
    cap.stdout!.setEncoding('utf8').on('data', (d: string) => (capOut.stdout += d));
    cap.stderr!.setEncoding('utf8').on('data', (d: string) => (capOut.stderr += d));
    await new Promise<void>((res, rej) => {
      const timer = setTimeout(() => rej(new Error(`capture not ready within ${READY_TIMEOUT_MS} ms; stderr:\n${capOut.stderr}`)), READY_TIMEOUT_MS);
      const check = () => {
        if (capOut.stderr.includes('capturing on')) {
          clearTimeout(timer);
          cap.stderr!.off('data', check);
          cap.off('exit', onExit);
          res();
        }
      };
      const onExit = (code: number | null, sig: string | null) => {
        clearTimeout(timer);
        rej(new Error(`capture exited before it was ready (code ${code}, signal ${sig}); stderr:\n${capOut.stderr}`));
      };
      cap.stderr!.on('data', check);
      cap.once('exit', onExit);
      check();
    });

    // 4. replay
    const pps = process.env.PROBE_LIVE_PPS;
    const rate = pps ? [`--pps=${Number(pps)}`] : ['--topspeed'];
    const [rcmd, rargs] = inNetns(pair.txNs, ['tcpreplay', '-i', pair.txIf, ...rate, file]);
    const replay = await runTo(rcmd, rargs, REPLAY_TIMEOUT_MS);
    const replayText = `${replay.stdout}\n${replay.stderr}`;
    const rated = /Rated:.*$/m.exec(replayText)?.[0] ?? '(no "Rated:" line)';
    const actual = /Actual:.*$/m.exec(replayText)?.[0] ?? '(no "Actual:" line)';
    console.log(`live-capture: tcpreplay ${rate.join(' ')}: ${actual.trim()}; ${rated.trim()}`);
    expect(replay.code, `tcpreplay failed:\n${replayText}`).toBe(0);
    const sent = Number(/Actual:\s*(\d+)\s+packets/.exec(replayText)?.[1] ?? NaN);
    expect(sent, `tcpreplay sent count:\n${replayText}`).toBe(trace.frames.length);
    const failed = Number(/Failed packets:\s*(\d+)/.exec(replayText)?.[1] ?? 0);
    expect(failed, 'tcpreplay failed packets').toBe(0);

    // 5. let the probe drain, then stop it
    await new Promise((r) => setTimeout(r, SETTLE_MS));
    const after = linkCounters(pair.rxNs, pair.rxIf);
    const delivered = after.rxPackets - before.rxPackets;
    // rx dropped: frames the stack discards after the packet taps have seen them (here the
    // 802.1ad double-tagged ones: no VLAN device takes them).
    console.log(`live-capture: ${pair.rxIf} rx packets +${delivered} (rx dropped by the stack after the taps +${after.rxDropped - before.rxDropped})`);
    cap.kill('SIGINT');
    const capRes = await waitExit(cap, capOut, EXIT_TIMEOUT_MS, 'capture');
    if (process.env.PROBE_LIVE_KEEP) {
      writeFileSync(join(dir, 'capture.stdout'), capRes.stdout);
      writeFileSync(join(dir, 'capture.stderr'), capRes.stderr);
    }
    expect(capRes.code, `capture exit; stderr:\n${capRes.stderr.slice(-3000)}`).toBe(0);
    const capSummary = parseSummary(capRes.stderr, 'capture');
    const liveFlows = parseFlows(capRes.stdout, 'capture');
    console.log(`live-capture: capture summary ${JSON.stringify(capSummary)}`);

    // 6. the same trace read from the file
    const read = await runTo(process.execPath, [CLI, 'read', file, '--json'], READ_TIMEOUT_MS);
    if (process.env.PROBE_LIVE_KEEP) {
      writeFileSync(join(dir, 'read.stdout'), read.stdout);
      writeFileSync(join(dir, 'read.stderr'), read.stderr);
    }
    expect(read.code, `read exit; stderr:\n${read.stderr.slice(-3000)}`).toBe(0);
    const readSummary = parseSummary(read.stderr, 'read');
    const readFlows = parseFlows(read.stdout, 'read');
    console.log(`live-capture: read summary ${JSON.stringify(readSummary)}`);

    // 7. compare
    expect(delivered, 'the veth delivered exactly the trace (nothing of the kernel\'s own)').toBe(trace.frames.length);
    expect({ kernelDrops: capSummary.kernelDrops, ringDrops: capSummary.ringDrops }).toEqual({ kernelDrops: 0, ringDrops: 0 });
    expect(readSummary.packets, 'read: packets').toBe(trace.frames.length);
    expect(sumPackets(readFlows), 'read: packets in flows').toBe(trace.frames.length);
    expect(capSummary.packets, 'capture: packets').toBe(trace.frames.length);
    expect(sumPackets(liveFlows), 'capture: packets in flows').toBe(trace.frames.length);

    const live = aggregate(liveFlows);
    const offline = aggregate(readFlows);
    expect(offline.size, 'read: distinct flows').toBe(trace.flows);

    const missing = [...offline.keys()].filter((k) => !live.has(k));
    const extra = [...live.keys()].filter((k) => !offline.has(k));
    const differ: string[] = [];
    for (const [k, o] of offline) {
      const l = live.get(k);
      if (!l) continue;
      const a = { fwd: o.fwd, rev: o.rev, orientation: o.orientation };
      const b = { fwd: l.fwd, rev: l.rev, orientation: l.orientation };
      if (JSON.stringify(a) !== JSON.stringify(b)) differ.push(`${k}\n    read:    ${JSON.stringify(a)}\n    capture: ${JSON.stringify(b)}`);
    }
    const recordCounts = (m: Map<string, Agg>) => [...m.values()].reduce((s, g) => s + g.records, 0);
    console.log(
      `live-capture: flows read ${offline.size} (${recordCounts(offline)} records), capture ${live.size} (${recordCounts(live)} records); ` +
        `missing ${missing.length}, extra ${extra.length}, differing ${differ.length}`,
    );
    const show = (xs: string[]) => xs.slice(0, 10).join('\n  ') + (xs.length > 10 ? `\n  … ${xs.length - 10} more` : '');
    expect(missing, `flows read but not captured:\n  ${show(missing)}`).toEqual([]);
    expect(extra, `flows captured but not read:\n  ${show(extra)}`).toEqual([]);
    expect(differ, `flows whose counts differ:\n  ${show(differ)}`).toEqual([]);
    expect(live.size).toBe(offline.size);
  }, 300_000);
});
