// `probe-agent run`: the main job. Capture (live or trace files) → flow records → spool →
// MQTT 5 over mutual TLS → the collector, which acknowledges.
//
// Without an "export" section in the config it runs the embedded default on this one machine:
// a private PKI and a local mosquitto (agent/export/embedded.ts), and a collector in this
// process that prints each flow as it arrives. That is the README's first command.

import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Pipeline } from '../capture/pipeline.js';
import type { CaptureSource } from '../capture/native.js';
import { loadConfig, type AgentConfig } from '../config.js';
import { ProbeError } from '../errors.js';
import { startCollector, type Collector } from '../export/collector.js';
import { streamOutput } from '../export/collector-output.js';
import { startEmbedded, type ClientEndpoint, type Embedded } from '../export/embedded.js';
import { Exporter, type BrokerEndpoint } from '../export/exporter.js';
import { delimitedBody } from '../export/messages.js';
import { readTlsFiles } from '../export/mqtt-options.js';
import { certificateCn, ensureClientCert, isProbeId } from '../export/pki.js';
import { agentVersion } from '../version.js';
import { FLOW_OPTION_HELP, LIVE_OPTION_HELP, LIVE_OPTIONS, liveSettings, parseCommand } from './args.js';
import { writeSummary } from './summary.js';

export const RUN_HELP = `usage: probe-agent run [--config FILE] [-i IFACE | FILE...] [options]

The main job: captures a live interface (or reads trace files) into flow records and exports
them as protobuf over MQTT 5 with mutual TLS, through a disk spool that keeps every record until
a collector acknowledges it. With no "export" section in the config, runs the embedded default:
a local mosquitto with a freshly generated private PKI and a collector in this process that
prints flows as they arrive. With no source, reads the bundled trace fixtures/demo.pcap.

  --config FILE          JSON config (agent/config.ts documents the keys)
  --state-dir DIR        spool, export state, embedded broker (default: $STATE_DIRECTORY, else ./.probe-agent)
  --drain-timeout SEC    trace files: wait this long for the acknowledgements at the end (default 60)
${LIVE_OPTION_HELP}
${FLOW_OPTION_HELP}
`;

const DEMO_TRACE = new URL('../../../fixtures/demo.pcap', import.meta.url).pathname;
const CHECKPOINT_MS = 1000;
const LIVE_DRAIN_MS = 5000;
const VIEWER_CN = 'viewer';

export async function runCommand(argv: string[]): Promise<number> {
  const cmd = parseCommand(argv, {
    ...LIVE_OPTIONS,
    config: { type: 'string' },
    'state-dir': { type: 'string' },
    'drain-timeout': { type: 'string' },
  });
  if (cmd.help) {
    process.stdout.write(RUN_HELP);
    return 0;
  }
  const config: AgentConfig = cmd.values.config ? loadConfig(cmd.values.config as string) : {};
  const source = sourceOf(cmd.values, cmd.positionals, config);
  const drainMs = source.mode === 'live' ? LIVE_DRAIN_MS : Math.round(Number(cmd.values['drain-timeout'] ?? 60) * 1000);
  if (!Number.isFinite(drainMs) || drainMs < 0) throw new ProbeError('PROBE_E_USAGE', '--drain-timeout must be a number of seconds');
  const stateDir = resolve((cmd.values['state-dir'] as string | undefined) ?? config.stateDir ?? process.env.STATE_DIRECTORY ?? '.probe-agent');
  mkdirSync(stateDir, { recursive: true, mode: 0o700 });
  const log = (line: string) => process.stderr.write(`probe-agent: ${line}\n`);

  // Where to export: the configured collector side, or the embedded one.
  let embedded: Embedded | undefined;
  let viewer: Collector | undefined;
  let probeId: string;
  let brokers: BrokerEndpoint[];
  let tls: ReturnType<typeof readTlsFiles>;
  const x = config.export;
  if (x) {
    tls = readTlsFiles(x);
    brokers = x.brokers;
    // The probe id is the certificate's CN: the broker knows the probe by it.
    probeId = certificateCn(tls.cert, x.cert);
    if (!isProbeId(probeId)) {
      throw new ProbeError('PROBE_E_CONFIG', `the client certificate ${x.cert} needs a CN usable as probe id (letters, digits, . _ -), got ${JSON.stringify(probeId)}`);
    }
  } else {
    embedded = await startEmbedded(join(stateDir, 'embedded'));
    log(`embedded broker ${embedded.broker.url} (PKI in ${embedded.pki.dir}); probe id ${embedded.probe.id}`);
    // The viewer has its own certificate: the broker takes the client id from it, and a
    // `probe-agent collect --embedded` started next to us must not push the viewer off.
    const viewerCert = await ensureClientCert(embedded.pki.dir, VIEWER_CN);
    viewer = await startViewer({ ...embedded.collector, id: VIEWER_CN, ...viewerCert }, cmd.format === 'json' ? 'json' : 'text', log);
    tls = readTlsFiles(embedded.probe);
    brokers = [{ url: embedded.probe.url }];
    probeId = embedded.probe.id;
  }

  let pipeline: Pipeline | undefined;
  const exporter = Exporter.start({
    probeId,
    brokers,
    tls,
    spool: {
      dir: join(stateDir, 'spool'),
      quotaBytes: x?.spool?.quotaMb ? Math.round(x.spool.quotaMb * 1048576) : undefined,
      detectionsReserveBytes: x?.spool?.detectionsReserveMb !== undefined ? Math.round(x.spool.detectionsReserveMb * 1048576) : undefined,
      segmentBytes: x?.spool?.segmentMb ? Math.round(x.spool.segmentMb * 1048576) : undefined,
    },
    agentVersion: agentVersion(),
    ackTimeoutMs: x?.ackTimeoutS && x.ackTimeoutS * 1000,
    statusIntervalMs: x?.statusIntervalS && x.statusIntervalS * 1000,
    maxInflight: x?.maxInflight,
    maxUnacked: x?.maxUnacked,
    capture: () => captureFigures(pipeline),
    log: (line) => log(`export: ${line}`),
  });

  let summary;
  let drained = false;
  try {
    pipeline = new Pipeline({
      ...flowOptions(config),
      ...definedOnly(cmd.flow),
      source,
      format: 'pb',
      onOutput: (data, records) => exporter.addFlows(delimitedBody(data as Uint8Array), records),
    });
    const running = pipeline;
    let signals = 0;
    const onSignal = (sig: NodeJS.Signals) => {
      if (++signals > 1) process.exit(130);
      log(`${sig}: stopping capture, flushing open flows`);
      running.stop();
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    const checkpoint = setInterval(() => exporter.checkpoint(running.openFlows()), CHECKPOINT_MS);
    try {
      const done = running.run();
      log(source.mode === 'live' ? `capturing on ${source.device}` : `reading ${source.files.join(', ')}`);
      summary = await done;
    } finally {
      clearInterval(checkpoint);
    }
    exporter.checkpoint(0); // every flow is in the spool now
    drained = await exporter.drain(drainMs);
  } finally {
    const st = exporter.stats();
    await exporter.stop();
    await viewer?.stop();
    await embedded?.stop();
    if (summary) {
      writeSummary(summary, source.mode === 'live', false);
      const f = st.streams.flows;
      log(
        `export: ${f.lastSeq} flow batches spooled, acknowledged up to ${f.ackedSeq}` +
          (f.droppedItems ? `, ${f.droppedItems} flow records dropped (spool quota or disk errors)` : '') +
          (drained ? '' : `; the unacknowledged stay in ${join(stateDir, 'spool')} and go out at the next start`),
      );
    }
  }
  return drained ? 0 : 1;
}

function sourceOf(values: Record<string, string | boolean | undefined>, files: string[], config: AgentConfig): CaptureSource {
  const live = liveSettings(values);
  if (live && files.length) throw new ProbeError('PROBE_E_USAGE', 'give -i IFACE or trace files, not both');
  if (live) return { mode: 'live', ...live };
  if (files.length) return { mode: 'offline', files };
  const c = config.capture;
  if (c?.interface) {
    return { mode: 'live', device: c.interface, snaplen: c.snaplen, bufferBytes: c.bufferMb && Math.round(c.bufferMb * 1048576), promisc: c.promisc ?? true };
  }
  return { mode: 'offline', files: c?.files ?? [DEMO_TRACE] };
}

function flowOptions(config: AgentConfig) {
  const f = config.flow ?? {};
  const ms = (s: number | undefined) => (s === undefined ? undefined : Math.round(s * 1000));
  return definedOnly({
    workers: f.workers,
    idleTimeoutMs: ms(f.idleTimeoutS),
    activeTimeoutMs: ms(f.activeTimeoutS),
    closeDelayMs: ms(f.closeDelayS),
    maxFlows: f.maxFlows,
    filter: config.capture?.filter,
    l7: config.l7,
  });
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function captureFigures(p: Pipeline | undefined) {
  if (!p) return { packets: 0, kernelDrops: 0, ringDrops: 0, malformed: 0, activeFlows: 0, flowRecords: 0 };
  const s = p.summary();
  return {
    packets: s.packets,
    kernelDrops: s.kernelDrops,
    ringDrops: s.ringDrops,
    malformed: Object.values(s.malformed).reduce((a, v) => a + v, 0),
    activeFlows: p.openFlows(),
    flowRecords: s.records,
  };
}

/** The embedded default's collector: prints flows on stdout as they arrive, and acknowledges. */
async function startViewer(endpoint: ClientEndpoint, format: 'json' | 'text', log: (line: string) => void): Promise<Collector> {
  return startCollector({
    url: endpoint.url,
    tls: readTlsFiles(endpoint),
    clientId: endpoint.id,
    output: streamOutput(process.stdout),
    format,
    log: (line) => log(`collect: ${line}`),
  });
}
