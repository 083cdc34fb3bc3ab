// `npm run bench`: our agent against softflowd and nfpcapd on a multi-million-packet trace
// built from real captures, plus resident memory per active flow at 1 M concurrent flows.
// Prints plain tables on stdout, progress on stderr, and writes bench/out/results.json.
//
// Options (after `npm run bench --`):
//   --runs N        timed runs per tool (default 3, after 1 warm-up)
//   --packets N     minimum packets in the big trace (default 3000000)
//   --flows N       concurrent flows for the memory test (default 1000000)
//   --skip-speed    skip the big-trace timing
//   --skip-memory   skip the memory test
//   --export-flows N  flows for the export throughput (default 2000000; 0 = skip)

import { spawnSync } from 'node:child_process';
import { cpus } from 'node:os';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { agentMissing } from './agent.js';
import { buildTrace, DEFAULT_BUILD, type TraceInfo } from './build-trace.js';
import { genFlowsTrace, type FlowsTraceInfo } from './gen-flows.js';
import { measureMemory, type MemoryResult } from './memory.js';
import { OUT_DIR } from './paths.js';
import { renderMemory, renderTools, renderTrace, softflowdRatio } from './report.js';
import { haveGnuTime, timeTools, type ToolResult } from './timing.js';
import { TOOLS } from './tools.js';
import { measureSpool, renderSpool } from './spool.js';
import { measureExport, renderExport, type ExportThroughput } from './export.js';

function packageVersions(): Record<string, string> {
  const r = spawnSync('dpkg-query', ['-W', '-f', '${Package} ${Version}\n', 'softflowd', 'nfdump', 'tcpdump', 'wireshark-common', 'time'], {
    encoding: 'utf8',
    timeout: 10_000,
  });
  const out: Record<string, string> = { node: process.version };
  for (const line of (r.stdout ?? '').split('\n')) {
    const [name, version] = line.split(' ');
    if (name && version) out[name] = version;
  }
  return out;
}

function loadAvg(): string {
  try {
    return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  } catch {
    return '?';
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '3' },
      packets: { type: 'string', default: String(DEFAULT_BUILD.targetPackets) },
      flows: { type: 'string', default: '1000000' },
      'skip-speed': { type: 'boolean', default: false },
      'skip-memory': { type: 'boolean', default: false },
      // Two million: a sustained rate. With half a million the run lasts about a second, and a quarter
      // of it is fixed latency (the first flows fsync group commit, 200 ms; the last ack, ≤ 50 ms).
      'export-flows': { type: 'string', default: '2000000' },
    },
  });
  const runs = Number(values.runs);
  const started = new Date();
  const t0 = performance.now();
  mkdirSync(OUT_DIR, { recursive: true });

  const machine = { cpus: cpus().length, model: cpus()[0]?.model ?? '?', loadAvgAtStart: loadAvg() };
  console.log(`probe-agent bench, ${started.toISOString()}; ${machine.cpus} × ${machine.model}; load average at start ${machine.loadAvgAtStart}`);
  if (!haveGnuTime()) console.log('GNU time (/usr/bin/time, Debian package `time`) not found: wall time only, no CPU or peak RSS');
  const agentGap = agentMissing();
  if (agentGap) console.log(`probe-agent: ${agentGap}; its rows are skipped`);

  let trace: TraceInfo | null = null;
  let tools: ToolResult[] = [];
  if (!values['skip-speed']) {
    trace = buildTrace({ ...DEFAULT_BUILD, targetPackets: Number(values.packets) });
    if (!trace) {
      console.log(`\nBig trace: ${DEFAULT_BUILD.corporaDir} absent or trace tools missing; speed comparison skipped`);
    } else {
      console.log(`\n${renderTrace(trace)}\n`);
      const selected = TOOLS.map((t) => (t.timedRuns > 1 ? { ...t, timedRuns: runs } : t));
      tools = await timeTools(selected, trace.path, trace.packets, 'big');
      console.log(renderTools(tools));
    }
  }

  let flowsTrace: FlowsTraceInfo | null = null;
  let memory: MemoryResult | null = null;
  if (!values['skip-memory']) {
    flowsTrace = genFlowsTrace({ flows: Number(values.flows), tailPackets: Number(values.flows) });
    const tiny = genFlowsTrace({ flows: 100, tailPackets: 100 });
    memory = await measureMemory(flowsTrace, tiny);
    console.log(`\n${renderMemory(memory, flowsTrace)}`);
  }

  const spool = await measureSpool();
  console.log(`\n${renderSpool(spool)}`);

  let exportThroughput: ExportThroughput | null = null;
  if (Number(values['export-flows']) > 0) {
    exportThroughput = await measureExport(Number(values['export-flows']));
    console.log(`\n${renderExport(exportThroughput)}`);
  }

  const durationS = (performance.now() - t0) / 1000;
  const results = {
    startedAt: started.toISOString(),
    durationS,
    machine: { ...machine, loadAvgAtEnd: loadAvg() },
    versions: packageVersions(),
    bigTrace: trace,
    tools,
    ratioToSoftflowd: {
      oursPb: softflowdRatio(tools, 'ours-pb'),
      oursPbNoL7: softflowdRatio(tools, 'ours-pb-no-l7'),
      oursJson: softflowdRatio(tools, 'ours-json'),
      nfpcapd: softflowdRatio(tools, 'nfpcapd'),
    },
    memoryTrace: flowsTrace,
    memory,
    spool,
    export: exportThroughput,
  };
  const resultsPath = join(OUT_DIR, 'results.json');
  writeFileSync(resultsPath, JSON.stringify(results, null, 2));
  console.log(`\nbench took ${durationS.toFixed(0)} s; load average at end ${results.machine.loadAvgAtEnd}; results: ${resultsPath}`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
