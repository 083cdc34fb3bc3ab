// The end-of-run report on stderr: human text, plus `{"summary": …}` as the last line with --json.

import type { RunSummary } from '../flow/json.js';

function si(n: number): string {
  if (n >= 1e9) return `${(n / 1e9).toFixed(2)} G`;
  if (n >= 1e6) return `${(n / 1e6).toFixed(2)} M`;
  if (n >= 1e3) return `${(n / 1e3).toFixed(1)} k`;
  return `${n} `;
}

export function formatSummary(s: RunSummary, live: boolean): string {
  const malformed = Object.entries(s.malformed);
  const bad = malformed.reduce((a, [, v]) => a + v, 0);
  const lines = [
    `${si(s.packets)}packets, ${si(s.frameBytes)}B in ${(s.elapsedMs / 1000).toFixed(2)} s (${si(s.packetsPerSecond)}packets/s)`,
    `flows ${s.flows}, records ${s.records}, evicted (table full) ${s.evicted}, non-IP frames ${s.nonIp}`,
    `malformed/skipped ${bad}${bad ? ` (${malformed.map(([k, v]) => `${k} ${v}`).join(', ')})` : ''}` +
      (s.fragmentsWithoutFirst ? `, fragments without their first fragment ${s.fragmentsWithoutFirst}` : ''),
  ];
  if (s.l7OverBudget) lines.push(`application layer: ${s.l7OverBudget} flows left unanalysed (limit of flows in analysis reached)`);
  if (s.l7Oversize) lines.push(`application layer: ${s.l7Oversize} records without their analyzer fields (too large to write)`);
  if (live) lines.push(`drops: kernel ${s.kernelDrops}, interface ${s.ifDrops}, shard rings ${s.ringDrops}`);
  if (s.workerRestarts) lines.push(`shard workers restarted ${s.workerRestarts}, open flows lost with them ${s.flowsLostInRestarts}`);
  for (const w of s.warnings) lines.push(`warning: ${w}`);
  return lines.join('\n') + '\n';
}

export function writeSummary(s: RunSummary, live: boolean, json: boolean): void {
  process.stderr.write(formatSummary(s, live));
  if (json) process.stderr.write(JSON.stringify({ summary: s }) + '\n');
}
