// Privacy canary (DESIGN.md §5.1: no payload leaves a shard worker). Real clients talk to real
// servers across a veth pair: curl to a node HTTP server, openssl s_client to s_server (TLS 1.3
// and 1.2), dig to dnsmasq (UDP and TCP), ssh to sshd. Unique random markers ride where the
// bytes are payload but not a schema field: query string, Cookie, Authorization (Bearer and
// Basic), a custom header, request and response bodies, Set-Cookie, TLS application data, an
// EDNS option, an ssh remote command. `probe-agent run` (the embedded default: its own broker,
// PKI and viewer) and `probe-agent capture` both capture the server end at the same time.
//
// 1. No marker (raw, hex, or base64 at any alignment) is in their stdout, stderr or any file
//    they leave in their working directories (run's state dir: spool segments, which hold the
//    encoded records uncompressed, the broker's config, log and database, the PKI); a control
//    checks that the encoded records really are among the files read.
// 2. The output is not vacuous: the flows carry the L7 fields (app protocol, HTTP host and path
//    without the query, TLS SNI, DNS query name, SSH client banner).
//
// Capture point: the server end of the pair, from inside the server namespace. Every packet of
// every conversation crosses it, and it needs no third namespace or bridge.
//
// Addresses 10.203.0.1 (client) and 10.203.0.2 (server) exist only inside the test's own
// namespaces; nothing is routed anywhere. Needs root, iproute2, curl, openssl, dig, dnsmasq,
// sshd, ssh, ssh-keygen, mosquitto (scripts/system-packages.txt) and the build; skips with the
// reason printed otherwise.
//
//   sudo npx vitest run test/privacy-canary.test.ts
//   PROBE_CANARY_KEEP=1 …   keep the temp dir (outputs, state dir, server logs; path printed)

import { spawn, execFile, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FlowJson } from '../agent/flow/json.js';
import { brokerSkipReason } from './lib/broker-env.js';
import {
  createAddressedVethPair,
  destroyVethPair,
  inNetns,
  netnsUnavailableReason,
  removeStaleNetns,
  type AddressedVethPair,
} from './lib/netns.js';
import { cli as CLI, root as ROOT } from './lib/cli.js';

const ADDON = join(ROOT, 'build/Release/probe_capture.node');

const CLIENT_ADDR = '10.203.0.1';
const SERVER_ADDR = '10.203.0.2';
const HTTP_PORT = 8080;
const TLS_PORT = 4433;
const DNS_PORT = 53;
const SSH_PORT = 2222;
// Schema fields by design (host, path, SNI, query name, answers, certificate): marker-free.
const HTTP_HOST = 'www.canary.test';
const GET_PATH = '/canary/get-path';
const POST_PATH = '/canary/upload';
const TLS_SNI = 'tls.canary.test';
const DNS_NAME = 'dns.canary.test';
const DNS_ANSWER = '192.0.2.53';
/** A name for the server itself: resolved, then connected to without SNI (name enrichment). */
const SERVER_NAME = 'by-name.canary.test';

const STEP_TIMEOUT_MS = 10_000;
const READY_TIMEOUT_MS = 20_000;
const RUN_EXIT_TIMEOUT_MS = 30_000;

// ---------------------------------------------------------------------------------------------
// what is needed

/** Absolute path of a program on PATH (sshd insists on being started by one), or null. */
function which(name: string): string | null {
  const dirs = (process.env.PATH ?? '').split(delimiter).concat(['/usr/sbin', '/sbin']);
  for (const d of dirs) {
    const p = join(d, name);
    if (d && existsSync(p)) return p;
  }
  return null;
}

const PROGRAMS = ['curl', 'openssl', 'dig', 'dnsmasq', 'sshd', 'ssh', 'ssh-keygen', 'tcpdump'] as const;

function skipReason(): string | null {
  if (!existsSync(CLI)) return `${CLI} not built (npm run build:ts)`;
  if (!existsSync(ADDON)) return `${ADDON} not built (npx node-gyp rebuild)`;
  const ns = netnsUnavailableReason();
  if (ns) return ns;
  const missing = PROGRAMS.filter((p) => !which(p));
  if (missing.length) return `not installed: ${missing.join(', ')} (scripts/system-packages.txt)`;
  return brokerSkipReason(CLI);
}

const SKIP = skipReason();
if (SKIP) console.log(`privacy-canary: skipped: ${SKIP}`);

// ---------------------------------------------------------------------------------------------
// markers

function marker(): string {
  return `CANARY-${randomBytes(12).toString('hex')}`;
}

/** One fresh marker per place it travels, so a leak says which place leaked. */
const MARKERS = {
  httpQuery: marker(),
  httpCookie: marker(),
  httpBearer: marker(),
  httpBasicPassword: marker(),
  httpCustomHeader: marker(),
  httpRequestBody: marker(),
  httpResponseBody: marker(),
  httpSetCookie: marker(),
  tls13AppData: marker(),
  tls12AppData: marker(),
  dnsUdpEdnsOption: marker(),
  dnsTcpEdnsOption: marker(),
  sshCommand: marker(),
};
type MarkerName = keyof typeof MARKERS;
/** The markers that cross the wire encrypted (TLS, SSH); all others are in the clear. */
const ENCRYPTED: MarkerName[] = ['tls13AppData', 'tls12AppData', 'sshCommand'];

interface Needle {
  name: MarkerName;
  encoding: string;
  bytes: Buffer;
}

/**
 * Byte strings that betray a marker: the marker itself, its hex (both cases), and the part of
 * its base64 (standard and URL alphabets) that does not depend on the bytes around it, for each
 * of the three alignments it can have inside a longer base64 text (Basic auth is base64 of
 * "user:password").
 */
function needles(): Needle[] {
  const out: Needle[] = [];
  for (const [name, m] of Object.entries(MARKERS) as [MarkerName, string][]) {
    const raw = Buffer.from(m);
    out.push({ name, encoding: 'raw', bytes: raw });
    out.push({ name, encoding: 'hex', bytes: Buffer.from(raw.toString('hex')) });
    out.push({ name, encoding: 'HEX', bytes: Buffer.from(raw.toString('hex').toUpperCase()) });
    for (let shift = 0; shift < 3; shift++) {
      const b64 = Buffer.concat([Buffer.alloc(shift), raw]).toString('base64');
      // drop the quad holding the padding bytes and the last quad (it mixes with what follows)
      const core = b64.slice(shift ? 4 : 0, b64.length - 4);
      out.push({ name, encoding: `base64/${shift}`, bytes: Buffer.from(core) });
      const url = core.replace(/\+/g, '-').replace(/\//g, '_');
      if (url !== core) out.push({ name, encoding: `base64url/${shift}`, bytes: Buffer.from(url) });
    }
  }
  return out;
}

function leaks(data: Buffer | string, where: string, list: Needle[]): string[] {
  const buf = typeof data === 'string' ? Buffer.from(data) : data;
  return list.filter((n) => buf.includes(n.bytes)).map((n) => `${n.name} (${n.encoding}) in ${where}`);
}

interface ScannedFile {
  path: string;
  bytes: Buffer;
}

/** Every regular file under dir, recursively (symlinks not followed). */
function readTree(dir: string): ScannedFile[] {
  const out: ScannedFile[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      const st = lstatSync(p);
      if (st.isDirectory()) walk(p);
      else if (st.isFile()) out.push({ path: p, bytes: readFileSync(p) });
    }
  };
  if (existsSync(dir)) walk(dir);
  return out;
}

// ---------------------------------------------------------------------------------------------
// processes

const children = new Set<ChildProcess>();

interface Proc {
  child: ChildProcess;
  stdout: string;
  stderr: string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

function start(ns: string, argv: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv; stdin?: string } = {}): Proc {
  const [cmd, args] = inNetns(ns, argv);
  const child = spawn(cmd, args, { cwd: opts.cwd ?? ROOT, env: opts.env ?? process.env, stdio: ['pipe', 'pipe', 'pipe'] });
  children.add(child);
  const p: Proc = {
    child,
    stdout: '',
    stderr: '',
    exited: new Promise((res) =>
      child.once('close', (code, signal) => {
        children.delete(child);
        res({ code, signal });
      }),
    ),
  };
  child.stdout!.setEncoding('utf8').on('data', (d: string) => (p.stdout += d));
  child.stderr!.setEncoding('utf8').on('data', (d: string) => (p.stderr += d));
  child.stdin!.on('error', () => {}); // a server that never reads its stdin
  if (opts.stdin !== undefined) child.stdin!.end(opts.stdin);
  return p;
}

function kill(c: ChildProcess, sig: NodeJS.Signals): void {
  if (c.pid !== undefined && c.exitCode === null && c.signalCode === null) {
    try {
      process.kill(c.pid, sig);
    } catch {
      /* gone */
    }
  }
}

function killAll(): void {
  for (const c of children) kill(c, 'SIGKILL');
  children.clear();
}

/** Waits for the process to end; SIGKILL and reject after ms. */
async function finish(p: Proc, ms: number, what: string): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, rej) => {
    timer = setTimeout(() => {
      kill(p.child, 'SIGKILL');
      rej(new Error(`${what} did not finish within ${ms} ms\nstdout:\n${p.stdout.slice(-1500)}\nstderr:\n${p.stderr.slice(-1500)}`));
    }, ms);
  });
  try {
    return await Promise.race([p.exited, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Runs a client to completion inside a namespace; throws with its output when it fails. */
async function client(ns: string, argv: string[], what: string, stdin?: string): Promise<string> {
  const p = start(ns, argv, { stdin: stdin ?? '' });
  const r = await finish(p, STEP_TIMEOUT_MS, what);
  if (r.code !== 0) throw new Error(`${what} failed (code ${r.code}, signal ${r.signal})\nstdout:\n${p.stdout.slice(-1500)}\nstderr:\n${p.stderr.slice(-1500)}`);
  return p.stdout;
}

async function waitFor(cond: () => boolean, what: string, ms = READY_TIMEOUT_MS, watch: Proc[] = []): Promise<void> {
  const deadline = Date.now() + ms;
  while (!cond()) {
    const dead = watch.find((p) => p.child.exitCode !== null || p.child.signalCode !== null);
    if (dead) throw new Error(`${dead.child.spawnargs.slice(3, 5).join(' ')} exited while waiting for ${what}\nstderr:\n${dead.stderr.slice(-2000)}`);
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function execText(cmd: string, args: string[]): Promise<string> {
  return new Promise((res, rej) =>
    execFile(cmd, args, { timeout: STEP_TIMEOUT_MS, encoding: 'utf8' }, (err, stdout, stderr) =>
      err ? rej(new Error(`${cmd} ${args.join(' ')}: ${err.message}\n${stderr}`)) : res(stdout),
    ),
  );
}

/** Local "addr:port" of the sockets listening in a namespace (TCP and UDP). */
async function listening(ns: string): Promise<string> {
  return execText('ip', ['netns', 'exec', ns, 'ss', '-Hlntu']);
}

// ---------------------------------------------------------------------------------------------
// the servers

const HTTP_SERVER_JS = `
import { createServer } from 'node:http';
const [host, port, bodyMarker, cookieMarker] = process.argv.slice(2);
createServer((req, res) => {
  let n = 0;
  req.on('data', (d) => (n += d.length));
  req.on('end', () => {
    res.writeHead(200, {
      'Content-Type': 'text/plain',
      'Set-Cookie': 'sid=' + cookieMarker + '; HttpOnly',
      'Server': 'canary-test',
    });
    res.end('hello ' + bodyMarker + ' got ' + n + ' bytes\\n');
  });
}).listen(Number(port), host, () => console.log('listening'));
`;

function sshdConfig(dir: string): string {
  return [
    `Port ${SSH_PORT}`,
    `ListenAddress ${SERVER_ADDR}`,
    `HostKey ${join(dir, 'ssh_host_ed25519_key')}`,
    `PidFile ${join(dir, 'sshd.pid')}`,
    `AuthorizedKeysFile ${join(dir, 'authorized_keys')}`,
    'PermitRootLogin prohibit-password',
    'PubkeyAuthentication yes',
    'PasswordAuthentication no',
    'KbdInteractiveAuthentication no',
    'UsePAM no',
    'StrictModes no',
    'LogLevel ERROR',
    '',
  ].join('\n');
}

// ---------------------------------------------------------------------------------------------
// flows

// The L7 part of a flow record's JSON (proto/flow.proto fields 25–33), as far as this test reads it.
interface L7Json {
  appProtocol?: string;
  appProtocolGuessed?: boolean;
  http?: { host?: string; path?: string; method?: string };
  tls?: { sni?: string };
  dns?: { transactions?: { query?: string }[] };
  ssh?: { clientBanner?: string };
}
type Flow = Omit<FlowJson, keyof L7Json> & L7Json;

function parseLines(stdout: string, what: string): unknown[] {
  return stdout
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => {
      try {
        return JSON.parse(l) as unknown;
      } catch {
        throw new Error(`${what}: stdout line is not JSON: ${l.slice(0, 200)}`);
      }
    });
}

/** The flows of the conversation with the server's port (either orientation). */
function toServer(flows: Flow[], protocol: number, port: number): Flow[] {
  const srv = (addr: string, p: number) => addr === SERVER_ADDR && p === port;
  return flows.filter((f) => f.protocol === protocol && (srv(f.dstAddr, f.dstPort) || srv(f.srcAddr, f.srcPort)));
}

function brief(f: Flow): string {
  const l7 = { appProtocol: f.appProtocol, http: f.http, tls: f.tls, dns: f.dns, ssh: f.ssh };
  return `${f.srcAddr}:${f.srcPort} -> ${f.dstAddr}:${f.dstPort}/${f.protocol} ${JSON.stringify(l7)}`;
}

// ---------------------------------------------------------------------------------------------
// the test

interface Outcome {
  runOut: { stdout: string; stderr: string; code: number | null };
  capOut: { stdout: string; stderr: string; code: number | null };
  runDir: string;
  capDir: string;
  /** What tcpdump saw on the capture point. */
  wire: Buffer;
  runFlows: Flow[];
  capFlows: Flow[];
}

describe.skipIf(SKIP !== null)('privacy canary: real traffic with markers, no marker in what the agent writes', () => {
  let dir = '';
  let pair: AddressedVethPair | null = null;
  let madeRunSshd = false;
  let outcome: Outcome | undefined;
  let setupError: unknown;
  const t0 = Date.now();

  afterAll(() => {
    killAll();
    if (pair) destroyVethPair(pair);
    pair = null;
    if (madeRunSshd) {
      try {
        rmdirSync('/run/sshd');
      } catch {
        /* not empty or gone */
      }
    }
    if (dir && !process.env.PROBE_CANARY_KEEP) rmSync(dir, { recursive: true, force: true });
    else if (dir) console.log(`privacy-canary: kept ${dir}`);
  });

  beforeAll(async () => {
    try {
      outcome = await exercise();
    } catch (e) {
      setupError = e;
    } finally {
      killAll();
    }
    console.log(`privacy-canary: traffic and agents done in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }, 90_000);

  async function exercise(): Promise<Outcome> {
    const stale = removeStaleNetns();
    if (stale.length) console.log(`privacy-canary: removed stale namespaces ${stale.join(', ')}`);
    dir = mkdtempSync(join(tmpdir(), 'probe-canary-'));
    const srvDir = join(dir, 'servers');
    const runDir = join(dir, 'run'); // cwd of `run`: its default state dir ./.probe-agent lands here
    const capDir = join(dir, 'capture');
    for (const d of [srvDir, runDir, capDir, join(runDir, 'tmp'), join(capDir, 'tmp')]) mkdirSync(d, { recursive: true });

    // 1. keys and certificates (marker-free: certificate fields are schema fields)
    await execText('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-days', '2',
      '-subj', `/CN=${TLS_SNI}`, '-keyout', join(srvDir, 'tls.key'), '-out', join(srvDir, 'tls.crt')]);
    await execText('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', 'canary-host', '-f', join(srvDir, 'ssh_host_ed25519_key')]);
    await execText('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', 'canary-client', '-f', join(srvDir, 'client_key')]);
    writeFileSync(join(srvDir, 'authorized_keys'), readFileSync(join(srvDir, 'client_key.pub')));
    chmodSync(join(srvDir, 'client_key'), 0o600);
    writeFileSync(join(srvDir, 'sshd_config'), sshdConfig(srvDir));
    writeFileSync(join(srvDir, 'http-server.mjs'), HTTP_SERVER_JS);
    if (!existsSync('/run/sshd')) {
      mkdirSync('/run/sshd', { mode: 0o755 }); // sshd's privilege separation directory
      madeRunSshd = true;
    }

    // 2. namespaces
    pair = createAddressedVethPair('canary', CLIENT_ADDR, SERVER_ADDR);
    const cli = pair.txNs;
    const srv = pair.rxNs;

    // 3. servers in the server namespace
    const servers = [
      start(srv, [process.execPath, join(srvDir, 'http-server.mjs'), SERVER_ADDR, String(HTTP_PORT), MARKERS.httpResponseBody, MARKERS.httpSetCookie]),
      start(srv, ['openssl', 's_server', '-accept', `${SERVER_ADDR}:${TLS_PORT}`, '-cert', join(srvDir, 'tls.crt'), '-key', join(srvDir, 'tls.key'), '-www', '-quiet']),
      start(srv, [which('dnsmasq')!, '--keep-in-foreground', '--conf-file=/dev/null', '--no-resolv', '--no-hosts', '--no-poll',
        `--listen-address=${SERVER_ADDR}`, '--bind-interfaces', `--port=${DNS_PORT}`, `--host-record=${DNS_NAME},${DNS_ANSWER}`, `--host-record=${SERVER_NAME},${SERVER_ADDR}`,
        `--pid-file=${join(srvDir, 'dnsmasq.pid')}`, '--user=root', '--group=root', '--log-facility=-']),
      start(srv, [which('sshd')!, '-D', '-e', '-f', join(srvDir, 'sshd_config')]),
    ];
    const want = [`${SERVER_ADDR}:${HTTP_PORT}`, `${SERVER_ADDR}:${TLS_PORT}`, `${SERVER_ADDR}:${DNS_PORT}`, `${SERVER_ADDR}:${SSH_PORT}`];
    const deadline = Date.now() + READY_TIMEOUT_MS;
    for (let ss = ''; !want.every((w) => ss.includes(w)); ss = await listening(srv)) {
      const dead = servers.find((p) => p.child.exitCode !== null || p.child.signalCode !== null);
      if (dead || Date.now() > deadline) {
        const logs = servers.map((p) => `${p.child.spawnargs.slice(3, 5).join(' ')}: ${p.stderr.slice(-800)}`).join('\n');
        throw new Error(`servers not listening on ${want.join(', ')}${dead ? ' (one exited)' : ''}\nss:\n${ss}\n${logs}`);
      }
      await new Promise((r) => setTimeout(r, 100));
    }

    // 4. the agents, capturing the server end; and tcpdump, for the control that the markers
    //    really were on the wire as payload
    const wire = start(srv, ['tcpdump', '-i', pair.rxIf, '-s', '0', '-U', '-n', '-w', join(dir, 'wire.pcap')]);
    const agentEnv = (cwd: string): NodeJS.ProcessEnv => {
      const env: NodeJS.ProcessEnv = { ...process.env, TMPDIR: join(cwd, 'tmp') };
      delete env.STATE_DIRECTORY;
      return env;
    };
    const run = start(srv, [process.execPath, CLI, 'run', '-i', pair.rxIf, '--json'], { cwd: runDir, env: agentEnv(runDir) });
    const cap = start(srv, [process.execPath, CLI, 'capture', '-i', pair.rxIf, '--json'], { cwd: capDir, env: agentEnv(capDir) });
    await waitFor(() => run.stderr.includes('capturing on') && cap.stderr.includes('capturing on') && wire.stderr.includes('listening on'),
      'both agents and tcpdump capturing', 30_000, [run, cap, wire]);
    await new Promise((r) => setTimeout(r, 300));

    // 5. traffic from the client namespace
    const base = `http://${SERVER_ADDR}:${HTTP_PORT}`;
    const got = await client(cli, ['curl', '-sS', '--max-time', '5', '-H', `Host: ${HTTP_HOST}`,
      '-H', `Cookie: session=${MARKERS.httpCookie}`, '-H', `Authorization: Bearer ${MARKERS.httpBearer}`,
      '-H', `X-Canary: ${MARKERS.httpCustomHeader}`, `${base}${GET_PATH}?token=${MARKERS.httpQuery}&x=1`], 'curl GET');
    expect(got, 'the HTTP server answered with its marker').toContain(MARKERS.httpResponseBody);
    const posted = await client(cli, ['curl', '-sS', '--max-time', '5', '-H', `Host: ${HTTP_HOST}`,
      '-u', `canary:${MARKERS.httpBasicPassword}`, '--data-binary', `secret=${MARKERS.httpRequestBody}`, `${base}${POST_PATH}`], 'curl POST');
    expect(posted).toContain(`got ${`secret=${MARKERS.httpRequestBody}`.length} bytes`);

    for (const [version, m] of [['-tls1_3', MARKERS.tls13AppData], ['-tls1_2', MARKERS.tls12AppData]] as const) {
      const out = await client(cli, ['openssl', 's_client', version, '-connect', `${SERVER_ADDR}:${TLS_PORT}`, '-servername', TLS_SNI, '-ign_eof'],
        `openssl s_client ${version}`, `GET / HTTP/1.0\r\nX-Canary: ${m}\r\n\r\n`);
      expect(out, `s_server answered over ${version}`).toContain('Ciphers supported in s_server binary');
    }

    for (const [transport, m] of [['+notcp', MARKERS.dnsUdpEdnsOption], ['+tcp', MARKERS.dnsTcpEdnsOption]] as const) {
      const out = await client(cli, ['dig', `@${SERVER_ADDR}`, '-p', String(DNS_PORT), DNS_NAME, 'A', transport, '+time=2', '+tries=1',
        `+ednsopt=65001:${Buffer.from(m).toString('hex')}`], `dig ${transport}`);
      expect(out, `dnsmasq answered (${transport})`).toMatch(new RegExp(`${DNS_NAME.replace(/\./g, '\\.')}\\.\\s+\\d+\\s+IN\\s+A\\s+${DNS_ANSWER.replace(/\./g, '\\.')}`));
    }

    // Name enrichment: the client resolves the server's name, then speaks TLS to its address
    // without SNI; the probe names that flow from the DNS answer it saw.
    await client(cli, ['dig', `@${SERVER_ADDR}`, '-p', String(DNS_PORT), SERVER_NAME, 'A', '+time=2', '+tries=1'], 'dig server name');
    const noSni = await client(cli, ['openssl', 's_client', '-tls1_3', '-connect', `${SERVER_ADDR}:${TLS_PORT}`, '-noservername', '-ign_eof'],
      'openssl s_client -noservername', `GET / HTTP/1.0\r\nX-Canary: ${MARKERS.tls13AppData}\r\n\r\n`);
    expect(noSni, 's_server answered the connection without SNI').toContain('Ciphers supported in s_server binary');

    const sshOut = await client(cli, ['ssh', '-F', '/dev/null', '-i', join(srvDir, 'client_key'), '-p', String(SSH_PORT),
      '-o', 'StrictHostKeyChecking=no', '-o', 'UserKnownHostsFile=/dev/null', '-o', 'BatchMode=yes', '-o', 'ConnectTimeout=5',
      '-o', 'LogLevel=ERROR', `root@${SERVER_ADDR}`, 'echo', MARKERS.sshCommand], 'ssh');
    expect(sshOut.trim(), 'the remote command ran').toBe(MARKERS.sshCommand);

    // 6. stop the agents: open flows are flushed (reason forced), run drains its spool
    await new Promise((r) => setTimeout(r, 500));
    kill(run.child, 'SIGINT');
    kill(cap.child, 'SIGINT');
    kill(wire.child, 'SIGINT');
    await finish(wire, STEP_TIMEOUT_MS, 'tcpdump');
    const [runExit, capExit] = await Promise.all([finish(run, RUN_EXIT_TIMEOUT_MS, 'probe-agent run'), finish(cap, RUN_EXIT_TIMEOUT_MS, 'probe-agent capture')]);
    for (const s of servers) kill(s.child, 'SIGTERM');

    const runLines = parseLines(run.stdout, 'run') as { stream?: string; flow?: Flow }[];
    return {
      runOut: { stdout: run.stdout, stderr: run.stderr, code: runExit.code },
      capOut: { stdout: cap.stdout, stderr: cap.stderr, code: capExit.code },
      runDir,
      capDir,
      wire: readFileSync(join(dir, 'wire.pcap')),
      runFlows: runLines.filter((l) => l.stream === 'flows' && l.flow).map((l) => l.flow!),
      capFlows: parseLines(cap.stdout, 'capture') as Flow[],
    };
  }

  function done(): Outcome {
    if (setupError) throw setupError;
    if (!outcome) throw new Error('no outcome');
    return outcome;
  }

  it('the agents ran, saw the conversations and exited cleanly', () => {
    const o = done();
    expect(o.runOut.code, o.runOut.stderr).toBe(0);
    expect(o.capOut.code, o.capOut.stderr).toBe(0);
    for (const [what, flows] of [['run', o.runFlows], ['capture', o.capFlows]] as const) {
      const seen = {
        http: toServer(flows, 6, HTTP_PORT).length,
        tls: toServer(flows, 6, TLS_PORT).length,
        dnsUdp: toServer(flows, 17, DNS_PORT).length,
        dnsTcp: toServer(flows, 6, DNS_PORT).length,
        ssh: toServer(flows, 6, SSH_PORT).length,
      };
      expect(seen, `${what}: flows per conversation`).toEqual({ http: 2, tls: 3, dnsUdp: 2, dnsTcp: 1, ssh: 1 });
    }
  });

  it('control: the markers crossed the capture point, in the clear where not encrypted', () => {
    const o = done();
    const seen = new Set(leaks(o.wire, 'wire', needles()).map((l) => l.split(' ')[0]));
    const clear = (Object.keys(MARKERS) as MarkerName[]).filter((m) => !ENCRYPTED.includes(m));
    expect(clear.filter((m) => !seen.has(m)), 'cleartext markers missing from the wire').toEqual([]);
    expect(ENCRYPTED.filter((m) => seen.has(m)), 'encrypted markers visible on the wire').toEqual([]);
    // Basic auth carries its marker only as base64: the needles find it that way.
    expect(o.wire.includes(Buffer.from(MARKERS.httpBasicPassword))).toBe(false);
  });

  it('no marker in run\'s stdout, stderr or any file under its working and state directories', () => {
    const o = done();
    const list = needles();
    const files = readTree(o.runDir);
    const found = [
      ...leaks(o.runOut.stdout, 'run stdout', list),
      ...leaks(o.runOut.stderr, 'run stderr', list),
      ...files.flatMap((f) => leaks(f.bytes, f.path, list)),
    ];
    expect(found).toEqual([]);
    // The scan is real: spool segments are among the files, and the encoded records are in
    // them (each flow's Community ID is a string field of its record, stored as is).
    const segments = files.filter((f) => f.path.endsWith('.seg'));
    expect(segments.length, `spool segments under ${o.runDir}: ${files.map((f) => f.path).join(', ')}`).toBeGreaterThan(0);
    const ids = o.runFlows.map((f) => f.communityId).filter(Boolean);
    expect(ids.length).toBeGreaterThan(0);
    const onDisk = ids.filter((id) => files.some((f) => f.bytes.includes(Buffer.from(id))));
    expect(onDisk.length, 'flow records found in the state directory').toBeGreaterThan(0);
    console.log(`privacy-canary: run: scanned ${o.runOut.stdout.length + o.runOut.stderr.length} bytes of output and ${files.length} files ` +
      `(${files.reduce((s, f) => s + f.bytes.length, 0)} bytes; ${onDisk.length}/${ids.length} flow records found on disk) for ${list.length} needles`);
  });

  it('no marker in capture\'s stdout, stderr or any file under its working directory', () => {
    const o = done();
    const list = needles();
    const files = readTree(o.capDir);
    const found = [
      ...leaks(o.capOut.stdout, 'capture stdout', list),
      ...leaks(o.capOut.stderr, 'capture stderr', list),
      ...files.flatMap((f) => leaks(f.bytes, f.path, list)),
    ];
    expect(found).toEqual([]);
    console.log(`privacy-canary: capture: scanned ${o.capOut.stdout.length + o.capOut.stderr.length} bytes of output and ${files.length} files`);
  });

  describe.each(['run', 'capture'] as const)('%s: the flows carry the L7 fields (the canary is not vacuous)', (what) => {
    const flows = () => (what === 'run' ? done().runFlows : done().capFlows);

    it('HTTP: host, and the path without its query string', () => {
      const http = toServer(flows(), 6, HTTP_PORT);
      expect(http.length).toBe(2);
      for (const f of http) {
        expect(f.appProtocol, brief(f)).toBe('http');
        expect(f.appProtocolGuessed ?? false, brief(f)).toBe(false);
        expect(f.http?.host, brief(f)).toBe(HTTP_HOST);
      }
      expect(http.map((f) => f.http?.path).sort()).toEqual([GET_PATH, POST_PATH]);
    });

    it('TLS 1.3 and 1.2: SNI; without SNI, the name the client resolved for the server', () => {
      const tls = toServer(flows(), 6, TLS_PORT);
      expect(tls.length).toBe(3);
      for (const f of tls) expect(f.appProtocol, brief(f)).toBe('tls');
      expect(tls.filter((f) => f.tls?.sni === TLS_SNI).length).toBe(2);
      const noSni = tls.filter((f) => f.tls?.sni === undefined);
      expect(noSni.length).toBe(1);
      expect(noSni[0].serverName, brief(noSni[0])).toBe(SERVER_NAME);
    });

    it('DNS over UDP and TCP: the query name', () => {
      const dns = [...toServer(flows(), 17, DNS_PORT), ...toServer(flows(), 6, DNS_PORT)];
      expect(dns.length).toBe(3);
      for (const f of dns) expect(f.appProtocol, brief(f)).toBe('dns');
      expect(dns.map((f) => f.dns?.transactions?.[0]?.query).sort()).toEqual([DNS_NAME, DNS_NAME, SERVER_NAME].sort());
    });

    it('SSH: the client banner', () => {
      const ssh = toServer(flows(), 6, SSH_PORT);
      expect(ssh.length).toBe(1);
      expect(ssh[0].appProtocol, brief(ssh[0])).toBe('ssh');
      expect(ssh[0].ssh?.clientBanner ?? '', brief(ssh[0])).toMatch(/^SSH-2\.0-/);
    });
  });

  it('run: the L7 fields are in the encoded records on disk too (the file scan reads them)', () => {
    const o = done();
    const files = readTree(o.runDir).filter((f) => f.path.endsWith('.seg'));
    for (const s of [TLS_SNI, HTTP_HOST, DNS_NAME]) {
      expect(files.some((f) => f.bytes.includes(Buffer.from(s))), `${s} in a spool segment`).toBe(true);
    }
  });
});
