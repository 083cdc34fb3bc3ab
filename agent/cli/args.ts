// Command-line options shared by `read` and `capture`.

import { parseArgs } from 'node:util';
import { ProbeError } from '../errors.js';
import type { FlowOptions } from '../capture/pipeline.js';
import type { OutputFormat } from '../flow/output.js';

export const FLOW_OPTION_HELP = `  --json                 one JSON object per flow (proto field names in lowerCamelCase)
  --pb                   length-delimited protobuf FlowBatch messages (proto/flow.proto)
  --workers N            shard worker threads (default: one per CPU but one)
  --idle-timeout SEC     end a flow after SEC s without packets (default 30; 0 = never)
  --active-timeout SEC   interim record after SEC s of activity (default 300; 0 = never)
  --close-delay SEC      after FIN both ways or RST, wait SEC s for late packets (default 5)
  --max-flows N          flows held at most; beyond, the least recently seen is evicted (default 2000000)
  --filter BPF           only packets matching this BPF expression
  --no-l7                no application layer (no DNS/HTTP/TLS/… fields, no app protocol)
  --keep-http-query      keep query strings of HTTP request targets (privacy: off by default)`;

const flowOptions = {
  json: { type: 'boolean' },
  pb: { type: 'boolean' },
  workers: { type: 'string' },
  'idle-timeout': { type: 'string' },
  'active-timeout': { type: 'string' },
  'close-delay': { type: 'string' },
  'max-flows': { type: 'string' },
  filter: { type: 'string' },
  'no-l7': { type: 'boolean' },
  'keep-http-query': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

function number(name: string, v: string | undefined, min: number, max: number): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isFinite(n) || n < min || n > max) {
    throw new ProbeError('PROBE_E_USAGE', `--${name} must be a number from ${min} to ${max}, got "${v}"`);
  }
  return n;
}

export interface ParsedCommand {
  positionals: string[];
  format: OutputFormat;
  flow: FlowOptions;
  help: boolean;
  values: Record<string, string | boolean | undefined>;
}

type ExtraOptions = Record<string, { type: 'string' | 'boolean'; short?: string }>;

export function parseCommand(argv: string[], extra: ExtraOptions = {}): ParsedCommand {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: { ...flowOptions, ...extra }, allowPositionals: true, strict: true });
  } catch (e) {
    throw new ProbeError('PROBE_E_USAGE', (e as Error).message);
  }
  const v = parsed.values as Record<string, string | boolean | undefined>;
  if (v.json && v.pb) throw new ProbeError('PROBE_E_USAGE', 'choose one of --json and --pb');
  const seconds = (name: string) => {
    const s = number(name, v[name] as string | undefined, 0, 86400 * 365);
    return s === undefined ? undefined : Math.round(s * 1000);
  };
  return {
    positionals: parsed.positionals,
    format: v.json ? 'json' : v.pb ? 'pb' : 'text',
    help: v.help === true,
    values: v,
    flow: {
      workers: number('workers', v.workers as string | undefined, 1, 64),
      idleTimeoutMs: seconds('idle-timeout'),
      activeTimeoutMs: seconds('active-timeout'),
      closeDelayMs: seconds('close-delay'),
      maxFlows: number('max-flows', v['max-flows'] as string | undefined, 16, 100_000_000),
      filter: v.filter as string | undefined,
      l7: { enabled: !v['no-l7'], privacy: { httpQueryString: v['keep-http-query'] === true } },
    },
  };
}

// Live capture settings, shared by `capture` and `run`.
export const LIVE_OPTION_HELP = `  -i, --interface IFACE  the interface to capture on
  --snaplen BYTES        bytes kept of each packet (default 65535)
  --buffer-mb MB         kernel ring size (default 64)
  --no-promisc           do not put the interface in promiscuous mode`;

export const LIVE_OPTIONS = {
  interface: { type: 'string', short: 'i' },
  snaplen: { type: 'string' },
  'buffer-mb': { type: 'string' },
  'no-promisc': { type: 'boolean' },
} as const;

export interface LiveSettings {
  device: string;
  snaplen: number;
  bufferBytes: number;
  promisc: boolean;
}

/** The live source from LIVE_OPTIONS values; undefined without -i. */
export function liveSettings(values: ParsedCommand['values']): LiveSettings | undefined {
  const device = values.interface as string | undefined;
  if (!device) return undefined;
  const snaplen = number('snaplen', values.snaplen as string | undefined, 64, 262144) ?? 65535;
  const bufferMb = number('buffer-mb', values['buffer-mb'] as string | undefined, 1, 4096) ?? 64;
  return { device, snaplen, bufferBytes: Math.round(bufferMb * 1048576), promisc: !values['no-promisc'] };
}
