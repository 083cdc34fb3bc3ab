// Where the bench finds the repository, writes its output and looks for the agent.

import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// This file runs as dist/bench/paths.js, two levels below the repository root.
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const OUT_DIR = join(REPO_ROOT, 'bench', 'out'); // gitignored
export const TRACE_DIR = join(OUT_DIR, 'traces');
export const LOG_DIR = join(OUT_DIR, 'logs');
export const RUN_DIR = join(OUT_DIR, 'run'); // scratch output of the tools (nfpcapd files …)
export const AGENT_MAIN = join(REPO_ROOT, 'dist', 'agent', 'cli', 'main.js');
export const CORPORA_DIR = process.env.BENCH_CORPORA ?? '/work/shared/corpora';
