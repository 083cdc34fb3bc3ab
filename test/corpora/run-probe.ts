// Runs trace files through the compiled probe (dist/agent/cli/read.js) in process, a few at a
// time, one trace per run, and keeps the flow records (parts of one flow merged).

import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { FlowJson, RunSummary } from '../../agent/flow/json.js';
import type { ReadOptions } from '../../agent/cli/read.js';
import { mergeParts } from './join.js';

type ReadTraces = (files: string[], opts?: ReadOptions) => Promise<{ flows: FlowJson[]; summary: RunSummary }>;

export type ProbeRun =
  | { ok: true; file: string; flows: FlowJson[]; records: number; summary: RunSummary; ms: number }
  | { ok: false; file: string; code: string; message: string; ms: number };

/** Error codes for traces the probe cannot read by design: "not comparable", not a failure. */
export const NOT_COMPARABLE_CODES = new Set(['PROBE_E_NOT_A_TRACE', 'PROBE_E_LINKTYPE']);

export function readJsPath(repoRoot: string): string {
  return resolve(repoRoot, 'dist/agent/cli/read.js');
}

export async function loadReadTraces(repoRoot: string): Promise<ReadTraces> {
  const path = readJsPath(repoRoot);
  if (!existsSync(path)) throw new Error(`${path} is missing: build first (npx node-gyp rebuild && npx tsc -p .)`);
  // A file URL import keeps vitest from transforming the compiled module.
  const mod = (await import(/* @vite-ignore */ pathToFileURL(path).href)) as { readTraces: ReadTraces };
  return mod.readTraces;
}

/**
 * The options every reference is compared under: one trace per run, no idle or active
 * timeout (per-5-tuple sums do not depend on splitting, and nDPI never expires flows when
 * reading a pcap), one shard worker per run.
 */
export const COMPARISON_OPTIONS: ReadOptions = { workers: 1, idleTimeoutMs: 0, activeTimeoutMs: 0 };

export async function runTraces(
  readTraces: ReadTraces,
  files: string[],
  concurrency: number,
  opts: ReadOptions = COMPARISON_OPTIONS,
): Promise<Map<string, ProbeRun>> {
  const out = new Map<string, ProbeRun>();
  const queue = [...new Set(files)];
  const worker = async () => {
    for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
      const t0 = Date.now();
      try {
        const r = await readTraces([file], opts);
        out.set(file, { ok: true, file, flows: mergeParts(r.flows), records: r.flows.length, summary: r.summary, ms: Date.now() - t0 });
      } catch (e) {
        const err = e as { code?: unknown; message?: unknown };
        out.set(file, {
          ok: false,
          file,
          code: typeof err.code === 'string' ? err.code : 'EXCEPTION',
          message: String(err.message ?? e),
          ms: Date.now() - t0,
        });
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return out;
}
