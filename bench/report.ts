// Renders the bench results as plain-text tables for stdout.

import type { TraceInfo } from './build-trace.js';
import type { FlowsTraceInfo } from './gen-flows.js';
import { MEMORY_ARGS, type MemoryResult, type MemoryRun } from './memory.js';
import { CONTENDED_SHARE, MAX_EXTRA_RUNS, type ToolResult } from './timing.js';

export const PPS_TARGET_RATIO = 1.5;

const int = (n: number | null | undefined): string => (n === null || n === undefined ? '–' : Math.round(n).toLocaleString('en-US'));
const fix = (n: number | null | undefined, d: number): string => (n === null || n === undefined ? '–' : n.toFixed(d));
const mpps = (n: number | null | undefined): string => (n === null || n === undefined ? '–' : `${(n / 1e6).toFixed(2)} M`);
const mib = (kib: number): string => (kib / 1024).toFixed(1);

function table(header: string[], rows: string[][], rightAlign: boolean[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]): string =>
    cells.map((c, i) => (rightAlign[i] ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export function softflowdRatio(results: ToolResult[], id: string): { wall: number; cpu: number | null } | null {
  const sf = results.find((r) => r.id === 'softflowd')?.summary;
  const us = results.find((r) => r.id === id)?.summary;
  if (!sf || !us) return null;
  return {
    wall: us.packetsPerSecond / sf.packetsPerSecond,
    cpu: us.packetsPerCpuSecond && sf.packetsPerCpuSecond ? us.packetsPerCpuSecond / sf.packetsPerCpuSecond : null,
  };
}

export function renderTrace(t: TraceInfo): string {
  const skipped = Object.entries(t.inputs.skipped)
    .map(([k, v]) => `${v} ${k}`)
    .join(', ');
  return [
    `Big trace: ${t.path}${t.cached ? ' (cached)' : ''}`,
    `  ${int(t.packets)} packets, ${int(t.bytes / 2 ** 20)} MiB, ${int(t.durationS)} s of packet time: ${t.copies} copies of a base of ${int(t.base.packets)} packets / ${fix(t.base.durationS, 1)} s`,
    `  (IPv4 ${int(t.base.ipv4)}, IPv6 ${int(t.base.ipv6)}, non-IP ${int(t.base.nonIp)} per copy) merged from ${t.inputs.used} of ${t.inputs.found} real captures;`,
    `  reference census (census.ts, no timeouts, outer 5-tuple + VLAN): ${int(t.base.census.biflows * t.copies)} biflows, ${int(t.base.census.oneWay * t.copies)} one-way flows (${t.copies} × ${int(t.base.census.biflows)} / ${int(t.base.census.oneWay)})`,
    `  left out: ${skipped || 'none'}; cut-short captures kept up to their last complete packet: ${t.inputs.truncatedKept}`,
  ].join('\n');
}

export function renderTools(results: ToolResult[]): string {
  const header = ['tool', 'runs', 'wall s median (min–max)', 'user+sys s', 'peak RSS MiB', 'packets/s (wall)', 'packets/CPU-s', 'flow records', 'pkts in records', 'others\' CPU s', 'vs softflowd (wall)'];
  const rows: string[][] = [];
  const notes: string[] = [];
  for (const r of results) {
    const s = r.summary;
    if (!s) {
      rows.push([r.label, '0', r.skipped ? 'skipped' : 'failed', '–', '–', '–', '–', '–', '–', '–', '–']);
      notes.push(`${r.label}: ${r.skipped ?? r.error ?? 'no usable run'}`);
      continue;
    }
    if (r.error) notes.push(`${r.label}: ${r.error}`);
    if (s.contendedRunsUsed) {
      notes.push(`${r.label}: ! every run overlapped other work on the machine (> ${CONTENDED_SHARE * 100} % of a CPU); its wall figures are pessimistic, compare packets/CPU-s`);
    }
    const said = r.runs.filter((x) => !x.warmup).map((x) => x.outcome.note).find(Boolean);
    if (said) notes.push(`${r.label}: ${said}`);
    const ratio = softflowdRatio(results, r.id);
    rows.push([
      r.label,
      `${s.timedRuns}${s.contendedRunsUsed ? ' !' : ''}${s.contendedRunsDropped ? ` (+${s.contendedRunsDropped} dropped)` : ''}`,
      `${fix(s.wallS.median, 3)} (${fix(s.wallS.min, 3)}–${fix(s.wallS.max, 3)})`,
      s.cpuS === null ? '–' : `${fix(s.cpuS, 2)} (${fix(s.userS, 2)}/${fix(s.sysS, 2)})`,
      fix(s.maxRssMiB, 0),
      mpps(s.packetsPerSecond),
      mpps(s.packetsPerCpuSecond),
      int(s.records),
      int(s.packetsInRecords),
      fix(s.otherCpuS, 2),
      ratio ? `${ratio.wall.toFixed(2)}×` : '–',
    ]);
  }
  const out = [table(header, rows, [false, true, true, true, true, true, true, true, true, true, true])];
  // Two verdicts against the same target: capture to flows alone (the work softflowd and nfpcapd
  // do), and the product's default with every analyzer on.
  for (const [id, what] of [['ours-pb-no-l7', 'flows only (--no-l7), the work softflowd does'], ['ours-pb', 'every analyzer on (the default)']]) {
    const ours = softflowdRatio(results, id);
    if (!ours) {
      out.push(`\nprobe-agent ${what} vs softflowd: no ratio (one of them has no usable run)`);
      continue;
    }
    const verdict = ours.wall >= PPS_TARGET_RATIO ? 'PASS' : 'FAIL';
    out.push(
      `\nprobe-agent --pb, ${what}, vs softflowd: ${ours.wall.toFixed(2)}× packets/s (wall), ${ours.cpu === null ? '–' : `${ours.cpu.toFixed(2)}×`} packets per CPU-second. ` +
        `Target ≥ ${PPS_TARGET_RATIO}× (wall): ${verdict}`,
    );
  }
  out.push(
    `Runs: median of the timed runs after one warm-up; a run during which the rest of the machine used > ${CONTENDED_SHARE * 100} % of a CPU ` +
      `is dropped and repeated (at most ${MAX_EXTRA_RUNS} extra per tool). "others' CPU s": CPU the rest of the machine used during a median run ` +
      `(for softflowd this includes its nfcapd collector).`,
  );
  if (notes.length) out.push(`\nNotes:\n${notes.map((n) => `  - ${n}`).join('\n')}`);
  return out.join('\n');
}

function memRow(label: string, m: MemoryRun | null): string[] {
  if (!m) return [label, '–', '–', '–', '–', '–', '–', '–'];
  return [
    label,
    int(m.flowsCreated),
    int(m.evicted),
    m.ok ? mib(m.activeRssKiB) : 'failed',
    mib(m.hwmKiB),
    fix(m.wallMs / 1000, 2),
    m.firstOutputMs === null ? 'none' : fix(m.firstOutputMs / 1000, 2),
    // Only meaningful when there is something to flush; for the tiny run it measures exit.
    m.flushRecordsPerSecond === null || (m.records ?? 0) < 10_000 ? '–' : int(m.flushRecordsPerSecond),
  ];
}

export function renderMemory(mem: MemoryResult, trace: FlowsTraceInfo): string {
  const title = `Memory: ${int(trace.flows)} concurrent flows (${int(trace.packets)} packets, all flows active within ${fix(trace.spanS, 1)} s of packet time), agent args: read TRACE ${MEMORY_ARGS.join(' ')}`;
  if (mem.skipped) return `${title}\n  skipped: ${mem.skipped}`;
  const header = ['run', 'flows created', 'evicted', 'VmRSS before output (MiB)', 'VmHWM (MiB)', 'wall s', 'first output at s', 'records/s after it'];
  const rows = [memRow(`tiny (${mem.tiny?.flowsInTrace ?? '?'} flows)`, mem.tiny), memRow(`${int(mem.flows)} flows`, mem.big)];
  const out = [title, table(header, rows, [false, true, true, true, true, true, true, true])];
  const notes: string[] = [];
  for (const m of [mem.tiny, mem.big]) if (m?.error) notes.push(m.error);
  if (mem.big?.flowsCreated !== null && mem.big?.flowsCreated !== undefined && mem.big.flowsCreated !== mem.flows) {
    notes.push(`the agent reports ${int(mem.big.flowsCreated)} flows created; the trace holds ${int(mem.flows)}`);
  }
  if (mem.bytesPerActiveFlow !== null) {
    const verdict = mem.bytesPerActiveFlow <= mem.targetBytes ? 'PASS' : 'FAIL';
    out.push(
      `bytes per active flow: ${int(mem.bytesPerActiveFlow)} (target ≤ ${mem.targetBytes}): ${verdict}` +
        `\n  = (1 M run: largest VmRSS sampled every 20 ms before its first output byte, i.e. every flow active − tiny run: VmHWM) / ${int(mem.flows)}.` +
        `\n  Other readings: pre-output VmRSS for both runs ${int(mem.bytesPerFlowPreOutputBoth)} (the tiny run is still starting up then);` +
        ` VmHWM for both ${int(mem.bytesPerFlowFromHwm)} (includes the end-of-file flush of every record).`,
    );
  }
  if (notes.length) out.push(`Notes:\n${notes.map((n) => `  - ${n}`).join('\n')}`);
  return out.join('\n');
}
