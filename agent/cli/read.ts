// `probe-agent read FILE...`: trace files to flow records. Also the in-process API
// readTraces(), used by tests and tools that want the records as objects.

import { statSync } from 'node:fs';
import { Pipeline, type FlowOptions } from '../capture/pipeline.js';
import type { FlowJson, RunSummary } from '../flow/json.js';
import { ProbeError } from '../errors.js';
import { FLOW_OPTION_HELP, parseCommand } from './args.js';
import { stdoutSink } from './output-sink.js';
import { writeSummary } from './summary.js';
import { startProgress } from './progress.js';

export type ReadOptions = FlowOptions;

/** Reads trace files (one continuous stream, in the order given) into flow records. */
export async function readTraces(files: string[], opts: ReadOptions = {}): Promise<{ flows: FlowJson[]; summary: RunSummary }> {
  const flows: FlowJson[] = [];
  const pipeline = new Pipeline({
    ...opts,
    source: { mode: 'offline', files },
    format: 'json',
    onOutput: (data) => {
      for (const line of (data as string).split('\n')) if (line) flows.push(JSON.parse(line) as FlowJson);
    },
  });
  const summary = await pipeline.run();
  return { flows, summary };
}

export const READ_HELP = `usage: probe-agent read FILE... [options]

Reads pcap/pcapng trace files (Ethernet, Linux SLL/SLL2, raw IP, BSD loopback) as one stream,
in the order given, and writes one flow record per line to stdout; a summary goes to stderr.
Without --json or --pb the records are human-readable lines.

${FLOW_OPTION_HELP}
`;

export async function readCommand(argv: string[]): Promise<number> {
  const cmd = parseCommand(argv);
  if (cmd.help) {
    process.stdout.write(READ_HELP);
    return 0;
  }
  if (cmd.positionals.length === 0) throw new ProbeError('PROBE_E_USAGE', 'read needs at least one trace file\n\n' + READ_HELP);
  let pipeline: Pipeline | undefined;
  const write = stdoutSink(() => pipeline?.stop());
  pipeline = new Pipeline({
    ...cmd.flow,
    source: { mode: 'offline', files: cmd.positionals },
    format: cmd.format,
    onOutput: (data) => write(data),
  });
  const sizes = cmd.positionals.map((f) => statSync(f).size);
  const progress = startProgress(pipeline, sizes);
  try {
    const summary = await pipeline.run();
    progress.stop();
    writeSummary(summary, false, cmd.format === 'json');
  } finally {
    progress.stop();
  }
  return 0;
}
