// Resident memory per active flow. The agent reads the 1 M-flow trace (gen-flows.ts) with
// timeouts long enough that no flow ends before end of file, while the bench samples
// /proc/PID/status every 20 ms. The same command on a tiny trace (100 flows) gives the
// baseline: Node runtime, worker threads, addon, code, and whatever tables get touched.
//
// Which numbers are reported, and why:
// - 1 M run: the largest VmRSS sampled before the agent wrote its first byte of flow output
//   (less a 40 ms guard). No flow ends before end of file here, so the first output byte
//   marks the start of the end-of-file flush; the samples before it show the table with
//   every flow active, which is what "memory per active flow" means. The trace's tail
//   (gen-flows.ts) makes that state last long enough to be sampled many times.
// - tiny run: VmHWM, its peak. With 100 flows the flush costs nothing, and the process is
//   still starting up (worker threads growing) when its first output appears, so a
//   pre-output sample would understate the fixed footprint and charge it to the flows.
// - VmHWM of the 1 M run (also what GNU time's %M reports) includes the flush itself
//   (1 M records encoded and written at once); it is given as an upper bound, not as the
//   figure to hold against the target.
// Output is --pb, the format that gets exported; the bench reads it from a pipe (to see the
// first byte) and throws it away.

import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { agentCommand, agentMissing, readHumanCounts } from './agent.js';
import type { FlowsTraceInfo } from './gen-flows.js';
import { LOG_DIR } from './paths.js';
import { childPids, GNU_TIME_FORMAT, readTimeFile, run, sleep, tailOf } from './proc.js';
import { waitForQuiet } from './load.js';
import { RssSampler } from './rss.js';

export const MEMORY_ARGS = ['--pb', '--max-flows', '2000000', '--idle-timeout', '600'];
const SAMPLE_INTERVAL_MS = 20;
/** Samples this close to the first output byte may already include the flush. */
const GUARD_MS = 2 * SAMPLE_INTERVAL_MS;

export interface MemoryRun {
  trace: string;
  flowsInTrace: number;
  ok: boolean;
  error: string | null;
  flowsCreated: number | null; // from the agent's end-of-run summary
  records: number | null;
  evicted: number | null;
  wallMs: number;
  firstOutputMs: number | null; // since the sampler started
  outputBytes: number;
  flushRecordsPerSecond: number | null; // records / (exit − first output byte): the end-of-file export
  samples: number;
  activeRssKiB: number; // max VmRSS sampled ≥ GUARD_MS before the first output byte
  maxSampledRssKiB: number; // max VmRSS over the whole run
  hwmKiB: number; // VmHWM (from GNU time %M when available, else the last sample)
  curve: { tMs: number; rssKiB: number }[]; // ≤ 60 points, for results.json
}

async function findAgentPid(wrapperPid: number, wrapped: boolean): Promise<number | null> {
  if (!wrapped) return wrapperPid;
  for (let i = 0; i < 2000; i++) {
    const kids = childPids(wrapperPid);
    if (kids.length) return kids[0];
    await sleep(1);
  }
  return null;
}

export async function measureRun(trace: FlowsTraceInfo, tag: string): Promise<MemoryRun> {
  mkdirSync(LOG_DIR, { recursive: true });
  await waitForQuiet();
  const stderrLog = join(LOG_DIR, `${tag}.stderr.log`);
  const timeFile = join(LOG_DIR, `${tag}.time`);
  const { cmd, args } = agentCommand(trace.path, MEMORY_ARGS);
  const wrapped = existsSync('/usr/bin/time');
  const [c, a] = wrapped ? ['/usr/bin/time', ['-o', timeFile, '-f', GNU_TIME_FORMAT, cmd, ...args]] : [cmd, args];

  let sampler: RssSampler | null = null;
  let firstOutputMs: number | null = null;
  let outputBytes = 0;
  let pending: Promise<void> = Promise.resolve();
  const res = await run(c, a, {
    stderrFile: stderrLog,
    onSpawn: (pid) => {
      pending = findAgentPid(pid, wrapped).then((p) => {
        if (p) sampler = new RssSampler(p, SAMPLE_INTERVAL_MS);
      });
    },
    onStdout: (chunk) => {
      if (firstOutputMs === null && sampler) firstOutputMs = (sampler as RssSampler).now();
      outputBytes += chunk.length;
    },
  });
  await pending;
  const s = sampler as RssSampler | null;
  s?.stop();
  const samples = s?.samples ?? [];
  const t = wrapped ? readTimeFile(timeFile) : null;
  const counts = readHumanCounts(stderrLog);
  const cutoff = firstOutputMs === null ? Infinity : firstOutputMs - GUARD_MS;
  const step = Math.max(1, Math.ceil(samples.length / 60));
  const ok = res.code === 0 && !res.timedOut;
  return {
    trace: trace.path,
    flowsInTrace: trace.flows,
    ok,
    error: ok ? null : `${res.timedOut ? 'timed out' : `exit ${res.code} ${res.signal ?? ''}`}: ${tailOf(stderrLog, 3)} (log ${stderrLog})`,
    flowsCreated: counts?.flows ?? null,
    records: counts?.records ?? null,
    evicted: counts?.evicted ?? null,
    wallMs: res.wallMs,
    firstOutputMs,
    outputBytes,
    flushRecordsPerSecond:
      counts && firstOutputMs !== null && s ? counts.records / ((s.now() - firstOutputMs) / 1000) : null,
    samples: samples.length,
    activeRssKiB: s?.maxRssKiB(cutoff) ?? 0,
    maxSampledRssKiB: s?.maxRssKiB() ?? 0,
    hwmKiB: t?.maxRssKiB ?? s?.lastHwmKiB() ?? 0,
    curve: samples.filter((_, i) => i % step === 0).map((x) => ({ tMs: Math.round(x.tMs), rssKiB: x.rssKiB })),
  };
}

export interface MemoryResult {
  skipped: string | null;
  flows: number;
  big: MemoryRun | null;
  tiny: MemoryRun | null;
  bytesPerActiveFlow: number | null; // (active RSS big − VmHWM tiny) / flows: the reported figure
  bytesPerFlowPreOutputBoth: number | null; // (active RSS big − active RSS tiny) / flows: tiny still starting up
  bytesPerFlowFromHwm: number | null; // (VmHWM big − VmHWM tiny) / flows: includes the flush
  targetBytes: number;
}

export async function measureMemory(big: FlowsTraceInfo, tiny: FlowsTraceInfo): Promise<MemoryResult> {
  const base: MemoryResult = {
    skipped: agentMissing(),
    flows: big.flows,
    big: null,
    tiny: null,
    bytesPerActiveFlow: null,
    bytesPerFlowPreOutputBoth: null,
    bytesPerFlowFromHwm: null,
    targetBytes: 250,
  };
  if (base.skipped) return base;
  // The tiny run twice: the first one warms the page cache for node and the addon.
  await measureRun(tiny, 'mem-tiny-warmup');
  const tinyRun = await measureRun(tiny, 'mem-tiny');
  const bigRun = await measureRun(big, 'mem-1M');
  const flows = big.flows; // the tiny trace's 100 flows are inside its baseline: 0.01 % off, ignored
  const perFlow = (a: number, b: number): number => ((a - b) * 1024) / flows;
  return {
    ...base,
    tiny: tinyRun,
    big: bigRun,
    bytesPerActiveFlow: bigRun.ok && tinyRun.ok ? perFlow(bigRun.activeRssKiB, tinyRun.hwmKiB) : null,
    bytesPerFlowPreOutputBoth: bigRun.ok && tinyRun.ok ? perFlow(bigRun.activeRssKiB, tinyRun.activeRssKiB) : null,
    bytesPerFlowFromHwm: bigRun.ok && tinyRun.ok ? perFlow(bigRun.hwmKiB, tinyRun.hwmKiB) : null,
  };
}
