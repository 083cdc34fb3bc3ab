// A progress bar on stderr while reading trace files, only when stderr is a terminal.

import type { Pipeline } from '../capture/pipeline.js';

export function startProgress(pipeline: Pipeline, sizes: number[]): { stop(): void } {
  if (!process.stderr.isTTY) return { stop() {} };
  const total = sizes.reduce((a, b) => a + b, 0) || 1;
  const started = Date.now();
  const draw = () => {
    const s = pipeline.stats();
    const done = sizes.slice(0, s.fileIndex).reduce((a, b) => a + b, 0) + s.fileOffset;
    const frac = Math.min(1, done / total);
    const width = 30;
    const bar = '#'.repeat(Math.round(frac * width)).padEnd(width, '.');
    const secs = (Date.now() - started) / 1000;
    const rate = secs > 0 ? s.packets / secs / 1e6 : 0;
    process.stderr.write(`\r[${bar}] ${(frac * 100).toFixed(0).padStart(3)}%  ${(s.packets / 1e6).toFixed(2)} M packets  ${rate.toFixed(2)} Mpps `);
  };
  const timer = setInterval(draw, 250);
  let stopped = false;
  return {
    stop() {
      if (stopped) return;
      stopped = true;
      clearInterval(timer);
      process.stderr.write('\r\x1b[K');
    },
  };
}
