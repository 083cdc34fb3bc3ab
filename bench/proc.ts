// Running external tools from the bench: every child gets a hard time limit, its own
// process group (so a timeout also ends anything it started, e.g. the process under
// /usr/bin/time) and is killed by that group id if the bench itself is interrupted.

import { spawn, spawnSync, type StdioOptions } from 'node:child_process';
import { accessSync, closeSync, constants, openSync, readFileSync, rmSync } from 'node:fs';
import { delimiter, join } from 'node:path';

export const DEFAULT_TIMEOUT_MS = 10 * 60 * 1000;

/** Full path of an executable found on PATH (plus the sbin dirs softflowd lives in), or null. */
export function which(name: string): string | null {
  const dirs = (process.env.PATH ?? '').split(delimiter).concat(['/usr/sbin', '/sbin', '/usr/local/sbin']);
  for (const dir of dirs) {
    if (!dir) continue;
    const p = join(dir, name);
    try {
      accessSync(p, constants.X_OK);
      return p;
    } catch {
      // not here
    }
  }
  return null;
}

const live = new Set<number>(); // process group ids of children still running

function killGroup(pgid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pgid, signal);
  } catch {
    // already gone
  }
}

let handlersInstalled = false;
function installInterruptHandlers(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  for (const sig of ['SIGINT', 'SIGTERM'] as const) {
    process.on(sig, () => {
      for (const pgid of live) killGroup(pgid, 'SIGKILL');
      process.exit(130);
    });
  }
}

export interface RunOptions {
  timeoutMs?: number;
  stdoutFile?: string; // default /dev/null
  stderrFile?: string; // default /dev/null
  /** Pipe stdout to the parent instead, and call this with every chunk. */
  onStdout?: (chunk: Buffer) => void;
  /** Called once the child is running, with its pid. */
  onSpawn?: (pid: number) => void;
  env?: NodeJS.ProcessEnv;
}

export interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  wallMs: number; // spawn to exit as seen by the bench (µs resolution; GNU time's %e has 10 ms)
  pid: number;
}

/** Spawns `cmd args`, waits for it (bounded by timeoutMs) and reports how it ended. */
export function run(cmd: string, args: string[], opts: RunOptions = {}): Promise<RunResult> {
  installInterruptHandlers();
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const outFd = opts.onStdout ? null : openSync(opts.stdoutFile ?? '/dev/null', 'w');
  const errFd = openSync(opts.stderrFile ?? '/dev/null', 'w');
  const stdio: StdioOptions = ['ignore', outFd ?? 'pipe', errFd];
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    const child = spawn(cmd, args, { stdio, detached: true, env: opts.env ?? process.env });
    let timedOut = false;
    let timer: NodeJS.Timeout | undefined;
    let cleaned = false;
    const cleanup = (): void => {
      if (cleaned) return; // 'error' and 'close' can both fire
      cleaned = true;
      if (timer) clearTimeout(timer);
      if (child.pid !== undefined) live.delete(child.pid);
      if (outFd !== null) closeSync(outFd);
      closeSync(errFd);
    };
    child.once('error', (err) => {
      cleanup();
      reject(err);
    });
    child.once('spawn', () => {
      const pid = child.pid as number;
      live.add(pid);
      timer = setTimeout(() => {
        timedOut = true;
        killGroup(pid, 'SIGKILL');
      }, timeoutMs);
      if (opts.onStdout && child.stdout) child.stdout.on('data', opts.onStdout);
      opts.onSpawn?.(pid);
    });
    child.once('close', (code, signal) => {
      const wallMs = Number(process.hrtime.bigint() - t0) / 1e6;
      cleanup();
      resolve({ code, signal, timedOut, wallMs, pid: child.pid ?? -1 });
    });
  });
}

/** Short synchronous helper for quick tools (editcap, capinfos, nfdump): stdout as text. */
export function runQuick(cmd: string, args: string[], timeoutMs = 120_000): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(cmd, args, { encoding: 'utf8', timeout: timeoutMs, maxBuffer: 64 << 20, killSignal: 'SIGKILL' });
  return { code: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}

/** What GNU time wrote with `-f '%e %U %S %M'`: wall s, user s, sys s, max RSS KiB. */
export interface TimeFigures {
  wallS: number;
  userS: number;
  sysS: number;
  maxRssKiB: number;
}

export const GNU_TIME_FORMAT = '%e %U %S %M';

/** Reads the last line of a GNU time `-o` file; null when it is missing or malformed. */
export function readTimeFile(path: string): TimeFigures | null {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return null;
  }
  // When the command fails, GNU time writes "Command exited with non-zero status N" first.
  const lines = text.trim().split('\n');
  const parts = (lines[lines.length - 1] ?? '').trim().split(/\s+/).map(Number);
  if (parts.length !== 4 || parts.some((n) => !Number.isFinite(n))) return null;
  rmSync(path, { force: true });
  const [wallS, userS, sysS, maxRssKiB] = parts as [number, number, number, number];
  return { wallS, userS, sysS, maxRssKiB };
}

/** Pids of the direct children of `pid` (Linux /proc/PID/task/PID/children). */
export function childPids(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8')
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .map(Number);
  } catch {
    return [];
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/** The last few lines of a log file, for error reports ('' when unreadable). */
export function tailOf(file: string, lines = 5): string {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

export interface Background {
  pid: number;
  /** SIGTERM, then SIGKILL after graceMs; resolves with the exit code (null if killed). */
  stop(graceMs?: number): Promise<number | null>;
  exited: Promise<number | null>;
}

/**
 * Starts a long-running helper (e.g. a NetFlow collector) outside any timed process. It is
 * killed by its process group id on timeout, on bench interrupt, or by stop().
 */
export function startBackground(cmd: string, args: string[], logFile: string, timeoutMs = DEFAULT_TIMEOUT_MS): Background {
  installInterruptHandlers();
  const fd = openSync(logFile, 'w');
  const child = spawn(cmd, args, { stdio: ['ignore', fd, fd], detached: true });
  closeSync(fd);
  const pid = child.pid ?? -1;
  if (pid > 0) live.add(pid);
  const timer = setTimeout(() => killGroup(pid, 'SIGKILL'), timeoutMs);
  const exited = new Promise<number | null>((resolve) => {
    child.once('error', () => resolve(null));
    child.once('close', (code) => {
      clearTimeout(timer);
      live.delete(pid);
      resolve(code);
    });
  });
  return {
    pid,
    exited,
    async stop(graceMs = 5000): Promise<number | null> {
      killGroup(pid, 'SIGTERM');
      const hard = setTimeout(() => killGroup(pid, 'SIGKILL'), graceMs);
      const code = await exited;
      clearTimeout(hard);
      return code;
    },
  };
}
