// `probe-agent capture -i IFACE`: live capture to flow records until SIGINT/SIGTERM; then
// every flow still open is flushed with reason "forced".

import { Pipeline } from '../capture/pipeline.js';
import { ProbeError } from '../errors.js';
import { FLOW_OPTION_HELP, LIVE_OPTION_HELP, LIVE_OPTIONS, liveSettings, parseCommand } from './args.js';
import { stdoutSink } from './output-sink.js';
import { writeSummary } from './summary.js';

export const CAPTURE_HELP = `usage: probe-agent capture -i IFACE [options]

Captures on IFACE (promiscuous, TPACKET_V3) and writes one flow record per line to stdout until
SIGINT or SIGTERM; flows still open are then flushed with reason forced. Needs CAP_NET_RAW
(and CAP_NET_ADMIN for promiscuous mode).

${LIVE_OPTION_HELP}
${FLOW_OPTION_HELP}
`;

export async function captureCommand(argv: string[]): Promise<number> {
  const cmd = parseCommand(argv, LIVE_OPTIONS);
  if (cmd.help) {
    process.stdout.write(CAPTURE_HELP);
    return 0;
  }
  const live = liveSettings(cmd.values);
  if (!live) throw new ProbeError('PROBE_E_USAGE', 'capture needs -i IFACE\n\n' + CAPTURE_HELP);
  const device = live.device;
  let pipeline: Pipeline | undefined;
  const write = stdoutSink(() => pipeline?.stop());
  pipeline = new Pipeline({
    ...cmd.flow,
    source: { mode: 'live', ...live },
    format: cmd.format,
    onOutput: (data) => write(data),
  });
  let signals = 0;
  const onSignal = (sig: NodeJS.Signals) => {
    if (++signals > 1) process.exit(130); // a second signal: give up on flushing
    process.stderr.write(`${sig}: stopping capture, flushing open flows\n`);
    pipeline.stop();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  const running = pipeline.run();
  process.stderr.write(`capturing on ${device} (link type ${pipeline.capture.linkType})\n`);
  const summary = await running;
  writeSummary(summary, true, cmd.format === 'json');
  return 0;
}
