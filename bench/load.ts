// Other work on the machine, from /proc/stat: this VM is shared with builds and test runs,
// and a timed run that overlaps them is slower for reasons that have nothing to do with the
// tool. The bench waits (bounded) for a quiet moment before each run and records how much
// CPU everything else used while the run went on.

import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { sleep } from './proc.js';

const USER_HZ = 100; // clock ticks per second in /proc/stat on Linux

export interface CpuTicks {
  busy: number; // user + nice + system + irq + softirq + steal, all CPUs, in seconds
  total: number; // busy + idle + iowait, in seconds
}

export function cpuTicks(): CpuTicks | null {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n')[0];
    const f = line.trim().split(/\s+/).slice(1).map(Number);
    const [user, nice, system, idle, iowait, irq, softirq, steal] = f;
    const busy = user + nice + system + irq + softirq + (steal ?? 0);
    return { busy: busy / USER_HZ, total: (busy + idle + iowait) / USER_HZ };
  } catch {
    return null;
  }
}

/** CPU-seconds used by everything between two readings. */
export function busyBetween(a: CpuTicks | null, b: CpuTicks | null): number | null {
  return a && b ? b.busy - a.busy : null;
}

/**
 * Waits until the whole machine used at most `maxBusyCpus` CPUs over a `windowMs` window,
 * for at most `maxWaitMs`. Returns the busy CPUs of the last window (NaN without /proc).
 */
export async function waitForQuiet(maxBusyCpus = 0.25, windowMs = 500, maxWaitMs = 30_000): Promise<number> {
  const deadline = Date.now() + maxWaitMs;
  let busyCpus = NaN;
  do {
    const a = cpuTicks();
    await sleep(windowMs);
    const b = cpuTicks();
    if (!a || !b) return NaN;
    busyCpus = (b.busy - a.busy) / (windowMs / 1000);
    if (busyCpus <= maxBusyCpus) break;
  } while (Date.now() < deadline);
  return busyCpus;
}

export const CPU_COUNT = cpus().length;
