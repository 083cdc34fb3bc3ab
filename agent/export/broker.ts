// A local mosquitto run as a child process: the embedded default broker and the broker the
// export tests talk to. One TLS listener on loopback, mutual TLS mandatory, the client
// certificate CN as the MQTT identity.
//
// The config is generated (never a system file) so the broker we test is the broker we ship.

import { spawn, type ChildProcess } from 'node:child_process';
import { accessSync, constants as fsConstants } from 'node:fs';
import { appendFile, mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { connect as netConnect, createServer, isIPv6 } from 'node:net';
import { userInfo } from 'node:os';
import { delimiter, join } from 'node:path';
import { ProbeError } from '../errors.js';

export interface BrokerTls {
  /** CA that issued the client certificates the broker accepts. */
  ca: string;
  cert: string;
  key: string;
}

export interface BrokerOptions {
  /** Working directory: config, log and (with persistence) the database live here. */
  dir: string;
  /** Broker TLS material; a PkiPaths-like `{ca, broker: {cert, key}}` is accepted too. */
  pki: BrokerTls | { ca: string; broker: { cert: string; key: string } };
  /** Loopback address to listen on; default 127.0.0.1. */
  host?: string;
  /** Fixed port; default a free one, chosen once and kept across restart(). */
  port?: number;
  /** Keep sessions, subscriptions and queued messages on disk across restarts. */
  persistence?: boolean;
  /** With persistence: seconds between background saves (mosquitto default 1800). A SIGTERM
   *  stop always saves; this bounds what a SIGKILL loses. Default 5. */
  autosaveIntervalS?: number;
  /** Replace the client id with the certificate CN (management.md §5.1): one certificate, one
   *  session, so nobody can kick a probe off by reusing its client id. Default true. */
  usernameAsClientId?: boolean;
  /** Extra global mosquitto.conf lines (e.g. `max_queued_messages 100000`), written before the
   *  listener block. */
  extraConfig?: string[];
  /** Bound on waiting for the port to accept connections; default 10 s. */
  startTimeoutMs?: number;
  /** stop(): time between SIGTERM and SIGKILL; default 5 s. */
  stopTimeoutMs?: number;
  /** mosquitto binary; default mosquittoPath(). */
  mosquitto?: string;
}

export interface Broker {
  readonly host: string;
  readonly port: number;
  /** `mqtts://host:port` (IPv6 hosts bracketed). */
  readonly url: string;
  readonly confPath: string;
  readonly logPath: string;
  /** Pid of the running mosquitto, undefined while stopped. */
  readonly pid: number | undefined;
  readonly running: boolean;
  /** SIGTERM (mosquitto saves its database), SIGKILL after stopTimeoutMs. Idempotent. */
  stop(): Promise<void>;
  /** stop() (a no-op when already stopped or killed) then start again on the same port with
   *  the same config; with persistence the saved sessions and queues come back. */
  restart(): Promise<void>;
  /** Send a signal and wait (bounded) for the process to exit; SIGKILL by default, i.e. a
   *  crash that loses what was not autosaved. SIGHUP/SIGUSR1/SIGUSR2 are delivered without
   *  waiting: mosquitto reloads / saves on them and keeps running. */
  kill(signal?: NodeJS.Signals): Promise<void>;
}

const START_TIMEOUT_MS = 10_000;
const STOP_TIMEOUT_MS = 5_000;
const PORT_ATTEMPTS = 5;
const RUNNING_RE = /mosquitto version \S+ running/;
const NON_FATAL_SIGNALS = new Set<NodeJS.Signals>(['SIGHUP', 'SIGUSR1', 'SIGUSR2']);

// mosquitto must not outlive the agent or a crashed test run: kill what is still ours on exit.
const liveChildren = new Set<ChildProcess>();
let exitHookInstalled = false;
function track(child: ChildProcess): void {
  liveChildren.add(child);
  child.once('exit', () => liveChildren.delete(child));
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.once('exit', () => {
      for (const c of liveChildren) c.kill('SIGKILL');
    });
  }
}

/**
 * The mosquitto binary. Debian installs it in /usr/sbin, which is not on every user's PATH, so
 * the sbin directories are searched too. Throws PROBE_E_BROKER when it is not installed.
 */
export function mosquittoPath(searchPath: string = process.env.PATH ?? ''): string {
  const dirs = [...searchPath.split(delimiter).filter(Boolean), '/usr/sbin', '/usr/local/sbin', '/sbin'];
  for (const d of dirs) {
    const candidate = join(d, 'mosquitto');
    try {
      accessSync(candidate, fsConstants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  throw new ProbeError('PROBE_E_BROKER', 'mosquitto is not installed (looked in PATH and /usr/sbin, /usr/local/sbin); install it (Debian: apt install mosquitto) or point the probe at an external broker');
}

/** A port that was free a moment ago on `host`. Racy by nature; startBroker retries. */
export function findFreePort(host = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.once('error', reject);
    srv.listen(0, host, () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => (port ? resolve(port) : reject(new Error('no port assigned'))));
    });
  });
}

export function brokerConfig(o: {
  host: string; port: number; dir: string; tls: BrokerTls; persistence: boolean;
  autosaveIntervalS: number; usernameAsClientId: boolean; extraConfig: string[]; logPath: string;
}): string {
  const lines = [
    '# generated by probe-agent; edits are overwritten on every start',
    // One listener with its own settings; nothing listens on the default 1883.
    'per_listener_settings false',
    // Running as root, mosquitto would drop to the "mosquitto" user, which cannot read our
    // 0600 keys or write the database in our 0700 directory. Stay the user that started us:
    // the broker never gets more rights than the agent has.
    `user ${userInfo().username}`,
    `log_dest file ${o.logPath}`,
    'log_type error',
    'log_type warning',
    'log_type notice',
    'log_type information',
    'connection_messages true',
    'log_timestamp true',
    'log_timestamp_format %Y-%m-%dT%H:%M:%S',
    // Identity comes from the certificate: a client without a username (no certificate) is
    // anonymous and refused; with use_identity_as_username the CN is the username, so certified
    // clients pass.
    'allow_anonymous false',
  ];
  if (o.persistence) {
    lines.push(
      'persistence true',
      `persistence_location ${o.dir}/`,
      'persistence_file mosquitto.db',
      `autosave_interval ${o.autosaveIntervalS}`,
    );
  } else {
    lines.push('persistence false');
  }
  lines.push(...o.extraConfig);
  lines.push(
    '',
    `listener ${o.port} ${o.host}`,
    'protocol mqtt',
    `cafile ${o.tls.ca}`,
    `certfile ${o.tls.cert}`,
    `keyfile ${o.tls.key}`,
    // Minimum version since mosquitto 2.0: 1.2 and 1.3 are both offered.
    'tls_version tlsv1.2',
    'require_certificate true',
    'use_identity_as_username true',
  );
  if (o.usernameAsClientId) lines.push('use_username_as_clientid true');
  lines.push('');
  return lines.join('\n');
}

function normaliseTls(pki: BrokerOptions['pki']): BrokerTls {
  if ('broker' in pki) return { ca: pki.ca, cert: pki.broker.cert, key: pki.broker.key };
  return pki;
}

function brokerError(message: string): ProbeError {
  return new ProbeError('PROBE_E_BROKER', message);
}

export async function startBroker(opts: BrokerOptions): Promise<Broker> {
  const bin = opts.mosquitto ?? mosquittoPath();
  const host = opts.host ?? '127.0.0.1';
  const tls = normaliseTls(opts.pki);
  const startTimeoutMs = opts.startTimeoutMs ?? START_TIMEOUT_MS;
  const stopTimeoutMs = opts.stopTimeoutMs ?? STOP_TIMEOUT_MS;
  // mosquitto.conf has no quoting: a path with whitespace would be cut at the first blank.
  for (const p of [opts.dir, tls.ca, tls.cert, tls.key]) {
    if (/\s/.test(p)) throw brokerError(`path ${JSON.stringify(p)} contains whitespace, which mosquitto.conf cannot express`);
  }
  await mkdir(opts.dir, { recursive: true, mode: 0o700 });
  const confPath = join(opts.dir, 'mosquitto.conf');
  const logPath = join(opts.dir, 'mosquitto.log');

  await rotateLog(logPath);

  let port = opts.port ?? 0;
  let child: ChildProcess | undefined;
  let exited: Promise<void> = Promise.resolve();

  const writeConf = () => writeFile(confPath, brokerConfig({
    host, port, dir: opts.dir, tls, logPath,
    persistence: opts.persistence ?? false,
    autosaveIntervalS: opts.autosaveIntervalS ?? 5,
    usernameAsClientId: opts.usernameAsClientId ?? true,
    extraConfig: opts.extraConfig ?? [],
  }), { mode: 0o600 });

  // One attempt: spawn, then wait until mosquitto reports itself running and the port accepts
  // TCP, or the process dies, or the bound passes.
  const launch = async (): Promise<'ok' | 'addr-in-use'> => {
    await writeConf();
    // The readiness check opens a bare TCP connection, which mosquitto logs as one failed
    // client ("unexpected eof while reading"); say so, so nobody hunts for a phantom client.
    await appendFile(logPath, `--- probe-agent: starting mosquitto on ${host}:${port}; one failed connection from the readiness check follows\n`);
    const logStart = await fileSize(logPath);
    const p = spawn(bin, ['-c', confPath], { stdio: ['ignore', 'pipe', 'pipe'] });
    track(p);
    let output = '';
    const keep = (b: Buffer) => { output = (output + b.toString('utf8')).slice(-4096); };
    p.stdout?.on('data', keep);
    p.stderr?.on('data', keep);
    let exitInfo: string | undefined;
    exited = new Promise<void>((resolve) => {
      p.once('exit', (code, signal) => {
        exitInfo = signal ? `signal ${signal}` : `code ${code}`;
        resolve();
      });
    });
    let spawnError: Error | undefined;
    p.once('error', (e) => { spawnError = e; });
    child = p;

    const deadline = Date.now() + startTimeoutMs;
    for (;;) {
      if (exitInfo !== undefined) {
        // Only this start's part of the log: an old "address in use" must not mislead us.
        const why = `${output}\n${await readFrom(logPath, logStart)}`;
        child = undefined;
        if (/address already in use/i.test(why)) return 'addr-in-use';
        throw brokerError(`mosquitto exited during start (${exitInfo}): ${lastLines(why, 5)}`);
      }
      if (spawnError) {
        child = undefined;
        throw brokerError(`cannot run ${bin}: ${spawnError.message}`);
      }
      // An open port alone could be somebody else's listener (the race findFreePort cannot
      // close). mosquitto logs "... running" only once all its listeners are bound, so wait
      // for that line in this start's part of the log, then for the port itself.
      if (RUNNING_RE.test(await readFrom(logPath, logStart)) && (await acceptsTcp(host, port))) return 'ok';
      if (Date.now() > deadline) {
        p.kill('SIGKILL');
        await exited;
        child = undefined;
        throw brokerError(`mosquitto did not accept connections on ${host}:${port} within ${startTimeoutMs} ms: ${lastLines(output + '\n' + (await readFrom(logPath, logStart)), 5)}`);
      }
      await delay(50);
    }
  };

  const start = async (fixedPort: boolean) => {
    for (let attempt = 1; ; attempt++) {
      if (!fixedPort) port = await findFreePort(host);
      const r = await launch();
      if (r === 'ok') return;
      if (attempt >= PORT_ATTEMPTS) throw brokerError(`port ${host}:${port} is in use by another process (tried ${attempt} times)`);
      // A chosen port that was taken in the meantime: pick another. A fixed port (restart):
      // the old socket may linger briefly, so wait and try the same one again.
      await delay(fixedPort ? 200 * attempt : 0);
    }
  };

  // Every wait is bounded: a process that ignores the signal gets SIGKILL after escalateAfterMs.
  const signalAndWait = async (signal: NodeJS.Signals, escalateAfterMs: number) => {
    const p = child;
    if (!p || p.exitCode !== null || p.signalCode !== null) {
      child = undefined;
      return;
    }
    p.kill(signal);
    const timer = setTimeout(() => p.kill('SIGKILL'), escalateAfterMs);
    await exited;
    clearTimeout(timer);
    child = undefined;
  };

  await start(opts.port !== undefined);

  const broker: Broker = {
    host,
    get port() { return port; },
    get url() { return `mqtts://${isIPv6(host) ? `[${host}]` : host}:${port}`; },
    confPath,
    logPath,
    get pid() { return child?.pid; },
    get running() { return child !== undefined && child.exitCode === null && child.signalCode === null; },
    stop: () => signalAndWait('SIGTERM', stopTimeoutMs),
    restart: async () => {
      await signalAndWait('SIGTERM', stopTimeoutMs);
      await start(true);
    },
    kill: async (signal: NodeJS.Signals = 'SIGKILL') => {
      // SIGHUP (reload config and certificates) and SIGUSR1 (save the database now) do not end
      // mosquitto; deliver them without waiting for an exit that will not come.
      if (NON_FATAL_SIGNALS.has(signal)) {
        child?.kill(signal);
        return;
      }
      await signalAndWait(signal, stopTimeoutMs);
    },
  };
  return broker;
}

// mosquitto appends forever and logs every connection; keep the disk use of a long-lived
// embedded broker bounded by rotating once per start when the log has grown large.
const LOG_ROTATE_BYTES = 8 * 1024 * 1024;
async function rotateLog(path: string): Promise<void> {
  try {
    if ((await stat(path)).size > LOG_ROTATE_BYTES) await rename(path, `${path}.1`);
  } catch {
    // no log yet
  }
}

function acceptsTcp(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = netConnect({ host, port });
    const done = (ok: boolean) => {
      s.destroy();
      resolve(ok);
    };
    s.setTimeout(1000, () => done(false));
    s.once('connect', () => done(true));
    s.once('error', () => done(false));
  });
}

async function fileSize(path: string): Promise<number> {
  try {
    return (await stat(path)).size;
  } catch {
    return 0;
  }
}

async function readFrom(path: string, offset: number): Promise<string> {
  try {
    return (await readFile(path)).subarray(offset).toString('utf8');
  } catch {
    return '';
  }
}

function lastLines(text: string, n: number): string {
  return text.split('\n').map((l) => l.trim()).filter(Boolean).slice(-n).join(' | ');
}

function delay(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
