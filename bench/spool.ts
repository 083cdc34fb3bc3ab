// Spool append throughput: how fast the main thread can hand encoded batches to disk with the
// flows stream's default fsync policy (1 s group commit). Figures, not a pass mark.

import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Spool } from '../agent/export/spool.js';

export interface SpoolThroughput {
  recordBytes: number;
  records: number;
  appendRecordsPerS: number;
  appendMiBPerS: number;
  durableRecordsPerS: number;
}

/** 1 KiB records (per-record cost) and 64 KiB records (the size of a real flow batch). */
export async function measureSpool(): Promise<SpoolThroughput[]> {
  const dir = mkdtempSync(join(tmpdir(), 'probe-bench-spool-'));
  const spool = Spool.open({ dir });
  const out: SpoolThroughput[] = [];
  try {
    for (const [recordBytes, records] of [
      [1024, 100_000],
      [64 * 1024, 1600],
    ] as const) {
      const payload = new Uint8Array(randomBytes(recordBytes));
      const t0 = performance.now();
      for (let i = 0; i < records; i++) spool.append('flows', payload);
      const t1 = performance.now();
      await spool.flush();
      const t2 = performance.now();
      const appendS = (t1 - t0) / 1000;
      out.push({
        recordBytes,
        records,
        appendRecordsPerS: Math.round(records / appendS),
        appendMiBPerS: (records * recordBytes) / appendS / 1048576,
        durableRecordsPerS: Math.round(records / ((t2 - t0) / 1000)),
      });
    }
  } finally {
    await spool.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return out;
}

export function renderSpool(rows: SpoolThroughput[]): string {
  return [
    'Spool append (flows stream, 1 s group-commit fsync):',
    ...rows.map(
      (r) =>
        `  ${r.recordBytes / 1024} KiB records: ${r.appendRecordsPerS.toLocaleString('en')} records/s ` +
        `(${r.appendMiBPerS.toFixed(1)} MiB/s) appended; ${r.durableRecordsPerS.toLocaleString('en')} records/s including the final fsync`,
    ),
  ].join('\n');
}
