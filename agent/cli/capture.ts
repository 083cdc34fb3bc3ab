// `probe-agent capture -i IFACE`: live capture to flow records until SIGINT/SIGTERM; then
// every flow still open is flushed with reason "forced".

import { Pipeline } from '../capture/pipeline.js';
import { ProbeError } from '../errors.js';
import { FLOW_OPTION_HELP, parseCommand } from './args.js';
import { stdoutSink } from './output-sink.js';
import { writeSummary } from './summary.js';

export const CAPTURE_HELP = `usage: probe-agent capture -i IFACE [options]

Captures on IFACE (promiscuous, TPACKET_V3) and writes one flow record per line to stdout until
SIGINT or SIGTERM; flows still open are then flushed with reason forced. Needs CAP_NET_RAW
(and CAP_NET_ADMIN for promiscuous mode).

  -i, --interface IFACE  the interface to capture on
  --snaplen BYTES        bytes kept of each packet (default 65535)
  --buffer-mb MB         kernel ring size (default 64)
  --no-promisc           do not put the interface in promiscuous mode
${FLOW_OPTION_HELP}
`;

export async function captureCommand(argv: string[]): Promise<number> {
  const cmd = parseCommand(argv, {
    interface: { type: 'string', short: 'i' },
    snaplen: { type: 'string' },
    'buffer-mb': { type: 'string' },
    'no-promisc': { type: 'boolean' },
  });
  if (cmd.help) {
    process.stdout.write(CAPTURE_HELP);
    return 0;
  }
  const device = cmd.values.interface as string | undefined;
  if (!device) throw new ProbeError('PROBE_E_USAGE', 'capture needs -i IFACE\n\n' + CAPTURE_HELP);
  const snaplen = cmd.values.snaplen ? Number(cmd.values.snaplen) : 65535;
  const bufferMb = cmd.values['buffer-mb'] ? Number(cmd.values['buffer-mb']) : 64;
  if (!Number.isInteger(snaplen) || snaplen < 64 || snaplen > 262144) throw new ProbeError('PROBE_E_USAGE', '--snaplen must be 64 to 262144');
  if (!Number.isFinite(bufferMb) || bufferMb < 1 || bufferMb > 4096) throw new ProbeError('PROBE_E_USAGE', '--buffer-mb must be 1 to 4096');
  let pipeline: Pipeline | undefined;
  const write = stdoutSink(() => pipeline?.stop());
  pipeline = new Pipeline({
    ...cmd.flow,
    source: { mode: 'live', device, snaplen, bufferBytes: Math.round(bufferMb * 1048576), promisc: !cmd.values['no-promisc'] },
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
