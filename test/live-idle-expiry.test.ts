// On a live link that goes quiet, packet time stands still; flows must still end on time. A
// few UDP conversations are replayed into a veth pair, then nothing more is sent: the probe,
// still capturing, must report them with reason "idle" within seconds of the idle timeout,
// well before it is stopped.
//
// Needs root, iproute2 and tcpreplay (skips with the reason otherwise). Frames carry
// documentation addresses and travel only on the test's own veth pair.

import { spawn, execFile, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, expect, it } from 'vitest';
import type { FlowJson } from '../agent/flow/json.js';
import { ethernet, ip, udp, type Frame } from './lib/craft.js';
import { writePcap } from './lib/pcap-file.js';
import { createVethPair, destroyVethPair, hasProgram, inNetns, netnsUnavailableReason, type VethPair } from './lib/netns.js';
import { cli as CLI } from './lib/cli.js';

const IDLE_S = 2;

const skip = !existsSync(CLI) ? 'probe not built' : netnsUnavailableReason() ?? (hasProgram('tcpreplay', ['-V']) ? null : 'tcpreplay not found');
if (skip) console.log(`live-idle-expiry: skipped: ${skip}`);

const dir = mkdtempSync(join(tmpdir(), 'probe-idle-'));
let pair: VethPair | undefined;
let capture: ChildProcess | undefined;

afterAll(() => {
  capture?.kill('SIGKILL');
  if (pair) destroyVethPair(pair);
  rmSync(dir, { recursive: true, force: true });
});

/** Resolves when `check` holds, polling; rejects after `ms`. */
async function until(check: () => boolean, ms: number, what: string): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

it.skipIf(skip !== null)('flows on a quiet link end by idle timeout while capture goes on', async () => {
  const frames: Frame[] = [];
  for (let i = 0; i < 5; i++) {
    const a = `192.0.2.${10 + i}`;
    const b = `198.51.100.${10 + i}`;
    frames.push({ tsUs: 1e15 + i * 10, bytes: ethernet({}, ip({ src: a, dst: b }, udp({ sport: 5000 + i, dport: 53 }, new Uint8Array(30)))) });
    frames.push({ tsUs: 1e15 + i * 10 + 5, bytes: ethernet({}, ip({ src: b, dst: a }, udp({ sport: 53, dport: 5000 + i }, new Uint8Array(90)))) });
  }
  const trace = join(dir, 'udp.pcap');
  writePcap(trace, frames, { linkType: 1 });

  pair = createVethPair('idle');
  const [cmd, args] = inNetns(pair.rxNs, [process.execPath, CLI, 'capture', '-i', pair.rxIf, '--json', '--idle-timeout', String(IDLE_S)]);
  capture = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  capture.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
  capture.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((r) => capture!.on('exit', (code) => r(code)));
  await until(() => stderr.includes('capturing on'), 20_000, 'the capture to start');

  const [rcmd, rargs] = inNetns(pair.txNs, ['tcpreplay', '-i', pair.txIf, '--topspeed', trace]);
  await promisify(execFile)(rcmd, rargs, { timeout: 60_000 });
  const sentAt = Date.now();

  // Nothing more is sent. The records must come out on their own.
  await until(() => stdout.trim().split('\n').filter(Boolean).length >= 5, 15_000, 'idle records');
  const waitedMs = Date.now() - sentAt;
  const flows = stdout.trim().split('\n').map((l) => JSON.parse(l) as FlowJson);
  expect(capture.exitCode).toBeNull(); // still capturing
  expect(flows).toHaveLength(5);
  for (const f of flows) {
    expect(f.endReason).toBe('END_REASON_IDLE');
    expect([f.fwd.packets, f.rev.packets, f.fwd.payloadBytes, f.rev.payloadBytes]).toEqual([1, 1, 30, 90]);
  }
  // idle timeout, plus at most a second of slack for packets in flight, plus batching
  expect(waitedMs).toBeLessThan((IDLE_S + 3) * 1000);
  console.log(`live-idle-expiry: idle records arrived ${waitedMs} ms after the last packet (idle timeout ${IDLE_S} s)`);

  capture.kill('SIGINT');
  expect(await exited).toBe(0);
  const summary = JSON.parse(stderr.trim().split('\n').pop()!).summary;
  expect(summary).toMatchObject({ packets: 10, records: 5, kernelDrops: 0, ringDrops: 0 });
}, 60_000);
