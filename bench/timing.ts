// Times the tools on one trace: a warm-up round, then timed rounds. Rounds interleave the
// tools (A B C, A B C, …) so that a burst of unrelated load on this shared 2-vCPU machine
// hits every tool rather than all the runs of one. Each run is a child process with a
// 10-minute limit; CPU time and peak RSS come from GNU time when it is installed.

import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { busyBetween, cpuTicks, waitForQuiet } from './load.js';
import { LOG_DIR } from './paths.js';
import { GNU_TIME_FORMAT, readTimeFile, run, tailOf } from './proc.js';
import type { RunOutcome, Tool } from './tools.js';

export interface RunRecord {
  tag: string;
  warmup: boolean;
  ok: boolean;
  exitCode: number | null;
  signal: string | null;
  timedOut: boolean;
  wallS: number; // measured by the bench around the child (hrtime), µs resolution
  userS: number | null;
  sysS: number | null;
  maxRssKiB: number | null;
  busyCpusBefore: number; // CPUs busy machine-wide in the quiet window just before the run
  otherCpuS: number | null; // CPU-seconds used by everything else during the run (incl. a collector)
  outcome: RunOutcome;
  stderrLog: string;
}

export interface ToolResult {
  id: string;
  label: string;
  command: string;
  reference: boolean;
  skipped: string | null; // why the tool did not run
  error: string | null; // why its runs are not usable
  runs: RunRecord[];
  summary: {
    timedRuns: number;
    contendedRunsUsed: number; // > 0 when no uncontended run was left: figures are pessimistic
    contendedRunsDropped: number;
    wallS: { median: number; min: number; max: number };
    cpuS: number | null; // median user+sys
    userS: number | null;
    sysS: number | null;
    maxRssMiB: number | null; // median of per-run peaks
    otherCpuS: number | null; // median CPU-seconds the rest of the machine used during a run
    packetsPerSecond: number; // trace packets / median wall
    packetsPerCpuSecond: number | null;
    records: number | null;
    packetsInRecords: number | null;
    flows: number | null;
  } | null;
}

const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null; // GNU time (Debian package `time`)

export function haveGnuTime(): boolean {
  return Boolean(TIME);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

async function runOnce(tool: Tool, trace: string, tag: string, warmup: boolean): Promise<RunRecord> {
  mkdirSync(LOG_DIR, { recursive: true });
  const stderrLog = join(LOG_DIR, `${tag}.stderr.log`);
  const timeFile = join(LOG_DIR, `${tag}.time`);
  const prepared = await tool.prepare(trace, tag);
  const [cmd, args] = TIME
    ? [TIME, ['-o', timeFile, '-f', GNU_TIME_FORMAT, prepared.cmd, ...prepared.args]]
    : [prepared.cmd, prepared.args];
  const busyCpusBefore = await waitForQuiet();
  const before = cpuTicks();
  const res = await run(cmd, args, { stdoutFile: prepared.stdoutFile, stderrFile: stderrLog });
  const busy = busyBetween(before, cpuTicks());
  const t = TIME ? readTimeFile(timeFile) : null;
  const outcome = await prepared.finish(res, stderrLog);
  return {
    tag,
    warmup,
    ok: res.code === 0 && !res.timedOut,
    exitCode: res.code,
    signal: res.signal,
    timedOut: res.timedOut,
    wallS: res.wallMs / 1000,
    userS: t?.userS ?? null,
    sysS: t?.sysS ?? null,
    maxRssKiB: t?.maxRssKiB ?? null,
    busyCpusBefore,
    otherCpuS: busy !== null && t ? Math.max(0, busy - t.userS - t.sysS) : null,
    outcome,
    stderrLog,
  };
}

/**
 * A run is "contended" when everything else on the machine used more than this share of one
 * CPU, on average, while it ran. Such a run measures the neighbours as much as the tool.
 */
export const CONTENDED_SHARE = 0.25;
/** Extra timed attempts per tool, used only to replace contended runs. */
export const MAX_EXTRA_RUNS = 3;

function contended(r: RunRecord): boolean {
  return r.otherCpuS !== null && r.otherCpuS > CONTENDED_SHARE * r.wallS;
}

function summarize(runs: RunRecord[], packets: number): ToolResult['summary'] {
  const ok = runs.filter((r) => !r.warmup && r.ok);
  // Uncontended runs when there are any; else every run, and the report says so.
  const clean = ok.filter((r) => !contended(r));
  const timed = clean.length ? clean : ok;
  if (timed.length === 0) return null;
  const walls = timed.map((r) => r.wallS);
  const cpu = timed.every((r) => r.userS !== null && r.sysS !== null)
    ? median(timed.map((r) => (r.userS as number) + (r.sysS as number)))
    : null;
  const pick = (f: (o: RunOutcome) => number | undefined): number | null => {
    const v = timed.map((r) => f(r.outcome)).filter((x): x is number => x !== undefined);
    return v.length ? median(v) : null;
  };
  const wallMedian = median(walls);
  return {
    timedRuns: timed.length,
    contendedRunsUsed: clean.length ? 0 : timed.filter(contended).length,
    contendedRunsDropped: clean.length ? ok.length - clean.length : 0,
    wallS: { median: wallMedian, min: Math.min(...walls), max: Math.max(...walls) },
    cpuS: cpu,
    userS: cpu === null ? null : median(timed.map((r) => r.userS as number)),
    sysS: cpu === null ? null : median(timed.map((r) => r.sysS as number)),
    maxRssMiB: timed.every((r) => r.maxRssKiB !== null) ? median(timed.map((r) => (r.maxRssKiB as number) / 1024)) : null,
    otherCpuS: timed.every((r) => r.otherCpuS !== null) ? median(timed.map((r) => r.otherCpuS as number)) : null,
    packetsPerSecond: packets / wallMedian,
    packetsPerCpuSecond: cpu ? packets / cpu : null,
    records: pick((o) => o.records),
    packetsInRecords: pick((o) => o.packetsInRecords),
    flows: pick((o) => o.flows),
  };
}

function describeFailure(r: RunRecord): string {
  const how = r.timedOut ? 'timed out' : r.signal ? `killed by ${r.signal}` : `exit code ${r.exitCode}`;
  const tail = tailOf(r.stderrLog, 3);
  return `${r.warmup ? 'warm-up' : 'timed'} run ${how}${tail ? `; stderr tail: ${tail}` : ''} (log ${r.stderrLog})`;
}

/**
 * Runs every available tool on `trace`; `packets` is the trace's packet count. Round 0 is
 * the warm-up; then rounds continue until each tool has its timed runs free of contention,
 * or has used MAX_EXTRA_RUNS extra attempts.
 */
export async function timeTools(tools: Tool[], trace: string, packets: number, traceLabel: string): Promise<ToolResult[]> {
  const results = tools.map<ToolResult>((t) => ({
    id: t.id,
    label: t.label,
    command: t.describe(trace),
    reference: Boolean(t.reference),
    skipped: t.missing(),
    error: null,
    runs: [],
    summary: null,
  }));
  for (const r of results) if (r.skipped) process.stderr.write(`[bench] ${r.label}: skipped (${r.skipped})\n`);

  const wants = (i: number): boolean => {
    const res = results[i];
    if (res.skipped || res.error) return false;
    const timed = res.runs.filter((r) => !r.warmup);
    const clean = timed.filter((r) => !contended(r)).length;
    return clean < tools[i].timedRuns && timed.length < tools[i].timedRuns + MAX_EXTRA_RUNS;
  };
  for (let round = 0; round === 0 || tools.some((_, i) => wants(i)); round++) {
    for (const [i, tool] of tools.entries()) {
      const res = results[i];
      const warmup = round === 0;
      if (warmup ? res.skipped || tool.warmupRuns === 0 : !wants(i)) continue;
      const tag = `${traceLabel}-${tool.id}-${warmup ? 'warmup' : `run${round}`}`;
      process.stderr.write(`[bench] ${tag} …`);
      const rec = await runOnce(tool, trace, tag, warmup);
      res.runs.push(rec);
      const flag = !rec.ok ? ' FAILED' : contended(rec) ? ` (contended: others used ${rec.otherCpuS?.toFixed(2)} CPU-s)` : '';
      process.stderr.write(` ${rec.wallS.toFixed(3)} s${flag}\n`);
      if (!rec.ok) res.error = describeFailure(rec);
    }
  }
  for (const r of results) r.summary = summarize(r.runs, packets);
  return results;
}
