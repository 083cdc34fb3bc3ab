// `probe-agent collect`: the reference collector as a command (agent/export/collector.ts).
// Runs until SIGINT/SIGTERM, then writes and acknowledges what it holds, disconnects cleanly
// (its broker session stays, so nothing published meanwhile is lost to it) and prints a summary.

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ProbeError } from '../errors.js';
import { startCollector, type Collector, type CollectorStats } from '../export/collector.js';
import { openFileOutput, streamOutput, type CollectFormat, type CollectorOutput } from '../export/collector-output.js';
import { readTlsFiles } from '../export/mqtt-options.js';
import { certificateCn, ensureClientCert } from '../export/pki.js';

export const COLLECT_HELP = `usage: probe-agent collect (--embedded DIR | --broker URL --ca FILE --cert FILE --key FILE) [options]

The reference collector: takes the probes' flow and detection batches from an MQTT 5 shared
subscription ($share/GROUP/probe/v1/+/data/#) in a persistent session, writes each record once
as a JSON line (de-duplicated on probe, stream, epoch and seq), acknowledges what is durably
written so the probes free their spool, and reports gaps in the sequence on stderr. Several
collectors with the same --group (each with its own certificate) split the load.

  --embedded DIR         use the embedded broker of 'probe-agent run' (DIR/embedded.json,
                         e.g. .probe-agent/embedded) and its collector certificate
  --identity NAME        with --embedded: a certificate with CN NAME from the embedded CA instead,
                         issued on first use (one per collector process of a group)
  --broker URL           mqtts://host:port
  --ca FILE              PEM: the CA that issued the broker certificate
  --cert FILE, --key FILE  PEM: this collector's client certificate and key
  --servername NAME      name the broker certificate must carry, if not the URL's host
  --client-id ID         MQTT client id and collector id in acks (default: the certificate CN)
  --group NAME           shared subscription group (default ingest)
  --out FILE|-           append to FILE, fsync'ed before every ack (default -: stdout)
  --format json|text     JSON lines (default) or one readable line per record
  --state FILE           what was written, kept for de-duplication across restarts
                         (default FILE.state next to --out FILE; none with stdout)
  --ack-interval-ms MS   group commit: write, fsync, acknowledge every MS (default 100)
  --gap-timeout-ms MS    report a hole in a sequence still open after MS (default 10000)
  --json-summary         the final summary as one JSON line {"summary": …} on stderr
`;

const OPTIONS = {
  embedded: { type: 'string' },
  identity: { type: 'string' },
  broker: { type: 'string' },
  ca: { type: 'string' },
  cert: { type: 'string' },
  key: { type: 'string' },
  servername: { type: 'string' },
  'client-id': { type: 'string' },
  group: { type: 'string' },
  out: { type: 'string' },
  format: { type: 'string' },
  state: { type: 'string' },
  'ack-interval-ms': { type: 'string' },
  'gap-timeout-ms': { type: 'string' },
  'json-summary': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

function usage(message: string): ProbeError {
  return new ProbeError('PROBE_E_USAGE', message);
}

function integer(name: string, v: string | undefined, min: number, max: number): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < min || n > max) throw usage(`--${name} must be an integer from ${min} to ${max}, got "${v}"`);
  return n;
}

interface Endpoint {
  url: string;
  servername?: string;
  ca: string;
  cert: string;
  key: string;
  clientId?: string;
}

/** Where to connect, from --embedded or from --broker/--ca/--cert/--key. */
async function endpointOf(v: Record<string, string | boolean | undefined>): Promise<Endpoint> {
  const explicit = ['broker', 'ca', 'cert', 'key'].filter((k) => v[k] !== undefined);
  if (v.embedded !== undefined) {
    if (explicit.length) throw usage(`--embedded and --${explicit[0]} exclude each other`);
    return embeddedEndpoint(v.embedded as string, v.identity as string | undefined);
  }
  if (v.identity !== undefined) throw usage('--identity needs --embedded (otherwise give --cert and --key)');
  const missing = ['broker', 'ca', 'cert', 'key'].filter((k) => v[k] === undefined);
  if (missing.length === 4) throw usage('say where to collect from: --embedded DIR, or --broker URL --ca FILE --cert FILE --key FILE');
  if (missing.length) throw usage(`missing ${missing.map((k) => `--${k}`).join(', ')}`);
  return { url: v.broker as string, servername: v.servername as string | undefined, ca: v.ca as string, cert: v.cert as string, key: v.key as string };
}

async function embeddedEndpoint(dir: string, identity: string | undefined): Promise<Endpoint> {
  // Accept the state directory of `run` as well as its embedded/ subdirectory.
  const candidates = [join(dir, 'embedded.json'), join(dir, 'embedded', 'embedded.json')];
  const infoPath = candidates.find((p) => existsSync(p));
  if (!infoPath) {
    throw new ProbeError('PROBE_E_CONFIG', `no embedded.json in ${dir} (nor in ${join(dir, 'embedded')}); start 'probe-agent run' without an export config first, it creates the embedded broker there`);
  }
  let info: { collector?: { url?: unknown; id?: unknown; ca?: unknown; cert?: unknown; key?: unknown } };
  try {
    info = JSON.parse(readFileSync(infoPath, 'utf8'));
  } catch (e) {
    throw new ProbeError('PROBE_E_CONFIG', `cannot read ${infoPath}: ${(e as Error).message}`);
  }
  const c = info.collector;
  if (!c || typeof c.url !== 'string' || typeof c.ca !== 'string' || typeof c.cert !== 'string' || typeof c.key !== 'string') {
    throw new ProbeError('PROBE_E_CONFIG', `${infoPath} has no usable "collector" entry (url, ca, cert, key)`);
  }
  if (identity === undefined || identity === c.id) return { url: c.url, ca: c.ca, cert: c.cert, key: c.key };
  // The CA key lives next to the CA certificate in the embedded PKI directory.
  const leaf = await ensureClientCert(dirname(c.ca), identity);
  return { url: c.url, ca: c.ca, cert: leaf.cert, key: leaf.key };
}

/** The certificate's CN: the identity brokers like ours give the client. */
export async function collectCommand(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: false, strict: true });
  } catch (e) {
    throw usage((e as Error).message);
  }
  const v = parsed.values as Record<string, string | boolean | undefined>;
  if (v.help) {
    process.stdout.write(COLLECT_HELP);
    return 0;
  }
  const format = (v.format ?? 'json') as CollectFormat;
  if (format !== 'json' && format !== 'text') throw usage(`--format must be json or text, got "${v.format}"`);
  const ackIntervalMs = integer('ack-interval-ms', v['ack-interval-ms'] as string | undefined, 1, 60_000);
  const gapTimeoutMs = integer('gap-timeout-ms', v['gap-timeout-ms'] as string | undefined, 0, 86_400_000);
  const out = (v.out as string | undefined) ?? '-';
  const statePath = v.state !== undefined ? resolve(v.state as string) : out !== '-' ? resolve(`${out}.state`) : undefined;

  const ep = await endpointOf(v);
  const tls = readTlsFiles(ep);
  const clientId = (v['client-id'] as string | undefined) ?? certificateCn(tls.cert, ep.cert);
  const log = (line: string) => process.stderr.write(`probe-agent: collect: ${line}\n`);

  const output: CollectorOutput = out === '-' ? streamOutput(process.stdout) : await openFileOutput(resolve(out));
  let collector: Collector;
  try {
    collector = await startCollector({
      url: ep.url,
      servername: ep.servername,
      tls,
      clientId,
      group: v.group as string | undefined,
      output,
      format,
      statePath,
      ackIntervalMs,
      gapTimeoutMs,
      log,
    });
  } catch (e) {
    await output.close();
    throw e;
  }
  log(`writing ${format === 'json' ? 'JSON lines' : 'text'} to ${output.name}${statePath ? `, state in ${statePath}` : ''}`);

  // Runs until a signal (clean stop, exit 0) or a failure of the output (exit non-zero).
  const signalled = new Promise<NodeJS.Signals>((resolveSignal) => {
    let signals = 0;
    const onSignal = (sig: NodeJS.Signals) => {
      if (++signals > 1) process.exit(130);
      resolveSignal(sig);
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  });
  const sig = await Promise.race([signalled, collector.failed()]);
  log(`${sig}: writing and acknowledging what is buffered, then disconnecting`);
  await collector.stop();
  writeCollectSummary(collector.stats(), v['json-summary'] === true, log);
  return 0;
}

function writeCollectSummary(s: CollectorStats, json: boolean, log: (line: string) => void): void {
  const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
  log(
    `summary: ${plural(s.batches, 'batch', 'batches')} and ${plural(s.records, 'record')} written, ` +
      `${plural(s.duplicates, 'duplicate')}, ${s.malformed} malformed; ` +
      `gaps ${s.gapsOpen} open, ${s.gapsRecovered} recovered (${s.gapsReported} reported); ${plural(s.acksPublished, 'ack')} published`,
  );
  if (json) process.stderr.write(`${JSON.stringify({ summary: s })}\n`);
}
