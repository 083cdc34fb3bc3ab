// Samples a process's resident memory from /proc/PID/status: VmRSS (resident now) and
// VmHWM (the kernel's high-water mark of VmRSS). Both cover every thread of the process,
// so worker threads are included.

import { readFileSync } from 'node:fs';

export interface RssSample {
  tMs: number; // since the sampler started
  rssKiB: number;
  hwmKiB: number;
}

function readStatus(pid: number): { rssKiB: number; hwmKiB: number } | null {
  let text: string;
  try {
    text = readFileSync(`/proc/${pid}/status`, 'utf8');
  } catch {
    return null; // exited
  }
  const rss = /^VmRSS:\s+(\d+) kB/m.exec(text);
  const hwm = /^VmHWM:\s+(\d+) kB/m.exec(text);
  if (!rss || !hwm) return null; // a zombie has no memory lines
  return { rssKiB: Number(rss[1]), hwmKiB: Number(hwm[1]) };
}

export class RssSampler {
  readonly samples: RssSample[] = [];
  private timer: NodeJS.Timeout | undefined;
  private readonly t0 = performance.now();
  private readonly pid: number;

  constructor(pid: number, intervalMs = 20) {
    this.pid = pid;
    this.sample();
    this.timer = setInterval(() => this.sample(), intervalMs);
  }

  /** Takes one sample now; returns false once the process is gone. */
  sample(): boolean {
    const s = readStatus(this.pid);
    if (!s) {
      this.stop();
      return false;
    }
    this.samples.push({ tMs: performance.now() - this.t0, ...s });
    return true;
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }

  now(): number {
    return performance.now() - this.t0;
  }

  maxRssKiB(untilMs = Infinity): number {
    let m = 0;
    for (const s of this.samples) if (s.tMs <= untilMs && s.rssKiB > m) m = s.rssKiB;
    return m;
  }

  lastHwmKiB(): number {
    return this.samples.length ? this.samples[this.samples.length - 1].hwmKiB : 0;
  }
}
