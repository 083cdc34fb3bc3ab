// The agent's local configuration file (JSON), as `probe-agent run --config FILE` reads it.
//
// Strict on purpose: an unknown key or a value of the wrong type is an error that names the key,
// never silently ignored (a misspelt "quotaMb" would otherwise leave a 1 GiB default in place
// on a small disk). Units are in the key names. The remotely managed, signed config (later
// work) will carry the same document.

import { readFileSync } from 'node:fs';
import { ProbeError } from './errors.js';
import { PRIVACY_DEFAULTS, type PrivacyPolicy } from './l7/options.js';

export interface AgentConfig {
  /** Where the agent keeps its spool, export state and the embedded broker. */
  stateDir?: string;
  capture?: {
    interface?: string;
    files?: string[];
    filter?: string;
    snaplen?: number;
    bufferMb?: number;
    promisc?: boolean;
  };
  flow?: {
    workers?: number;
    idleTimeoutS?: number;
    activeTimeoutS?: number;
    closeDelayS?: number;
    maxFlows?: number;
  };
  /** The application layer (agent/l7/). */
  l7?: {
    enabled?: boolean;
    /** Flows in analysis at once (all shards). */
    maxFlows?: number;
    nameCacheEntries?: number;
    /** Which optional fields leave the probe (defaults: everything but HTTP query strings). */
    privacy?: Partial<PrivacyPolicy>;
  };
  /** Without it the agent runs the embedded default (a local broker and collector). */
  export?: {
    brokers: { url: string; servername?: string }[];
    ca: string;
    cert: string;
    key: string;
    spool?: { quotaMb?: number; detectionsReserveMb?: number; segmentMb?: number };
    ackTimeoutS?: number;
    statusIntervalS?: number;
    maxInflight?: number;
    maxUnacked?: number;
  };
}

type Check = (v: unknown, at: string) => void;

const str: Check = (v, at) => {
  if (typeof v !== 'string' || v === '') fail(at, 'a non-empty string');
};
const bool: Check = (v, at) => {
  if (typeof v !== 'boolean') fail(at, 'true or false');
};
const num = (min: number, max: number): Check => (v, at) => {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max) fail(at, `a number from ${min} to ${max}`);
};
const list = (item: Check, min = 0): Check => (v, at) => {
  if (!Array.isArray(v) || v.length < min) fail(at, `a list${min ? ` of at least ${min}` : ''}`);
  (v as unknown[]).forEach((x, i) => item(x, `${at}[${i}]`));
};
const obj = (fields: Record<string, Check>, required: string[] = []): Check => (v, at) => {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) fail(at, 'an object');
  const o = v as Record<string, unknown>;
  for (const k of Object.keys(o)) {
    if (!(k in fields)) throw new ProbeError('PROBE_E_CONFIG', `${at ? `${at}.` : ''}${k}: unknown setting (known: ${Object.keys(fields).join(', ')})`);
    fields[k](o[k], at ? `${at}.${k}` : k);
  }
  for (const k of required) if (!(k in o)) throw new ProbeError('PROBE_E_CONFIG', `${at ? `${at}.` : ''}${k}: missing`);
};

function fail(at: string, what: string): never {
  throw new ProbeError('PROBE_E_CONFIG', `${at || 'the config'}: must be ${what}`);
}

const schema = obj({
  stateDir: str,
  capture: obj({ interface: str, files: list(str, 1), filter: str, snaplen: num(64, 262144), bufferMb: num(1, 4096), promisc: bool }),
  flow: obj({ workers: num(1, 64), idleTimeoutS: num(0, 31_536_000), activeTimeoutS: num(0, 31_536_000), closeDelayS: num(0, 3600), maxFlows: num(16, 100_000_000) }),
  l7: obj({
    enabled: bool,
    maxFlows: num(16, 10_000_000),
    nameCacheEntries: num(16, 16_777_216),
    privacy: obj(Object.fromEntries(Object.keys(PRIVACY_DEFAULTS).map((k) => [k, bool]))),
  }),
  export: obj(
    {
      brokers: list(obj({ url: str, servername: str }, ['url']), 1),
      ca: str,
      cert: str,
      key: str,
      spool: obj({ quotaMb: num(1, 16 << 20), detectionsReserveMb: num(0, 16 << 20), segmentMb: num(1, 1024) }),
      ackTimeoutS: num(1, 86_400),
      statusIntervalS: num(1, 86_400),
      maxInflight: num(1, 65_535),
      maxUnacked: num(1, 1_000_000),
    },
    ['brokers', 'ca', 'cert', 'key'],
  ),
});

/** Parses and checks a config document; throws PROBE_E_CONFIG naming the bad key. */
export function parseConfig(text: string, source = 'config'): AgentConfig {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new ProbeError('PROBE_E_CONFIG', `${source}: not valid JSON: ${(e as Error).message}`);
  }
  try {
    schema(doc, '');
  } catch (e) {
    if (e instanceof ProbeError) throw new ProbeError(e.code, `${source}: ${e.message}`);
    throw e;
  }
  const c = doc as AgentConfig;
  if (c.capture?.interface && c.capture.files) throw new ProbeError('PROBE_E_CONFIG', `${source}: capture: give interface or files, not both`);
  return c;
}

export function loadConfig(path: string): AgentConfig {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new ProbeError('PROBE_E_CONFIG', `cannot read the config file ${path}: ${(e as Error).message}`);
  }
  return parseConfig(text, path);
}
