// How the bench invokes our agent (`probe-agent read`) and reads its end-of-run summary.

import { existsSync, readFileSync } from 'node:fs';
import type { RunSummary } from '../agent/flow/json.js';
import { AGENT_MAIN } from './paths.js';

/** null when the CLI is runnable, else why not. */
export function agentMissing(): string | null {
  if (!existsSync(AGENT_MAIN)) return `${AGENT_MAIN} not built (npm run build)`;
  return null;
}

/**
 * argv for `node dist/agent/cli/main.js read TRACE …extra`, without NODE_EXTRA_CA_CERTS: where
 * that is set (this workplace sets it for every process), Node parses the whole CA bundle at
 * start, 0.14 s of a ~2.3 s run here. `read` makes no TLS connection and a probe appliance
 * has no such variable, so it is not part of what we measure.
 */
export function agentCommand(trace: string, extra: string[]): { cmd: string; args: string[] } {
  return { cmd: 'env', args: ['-u', 'NODE_EXTRA_CA_CERTS', process.execPath, AGENT_MAIN, 'read', trace, ...extra] };
}

/** The `{"summary": …}` line the agent writes last on stderr with --json; null if absent. */
export function readSummary(stderrFile: string): RunSummary | null {
  let text: string;
  try {
    text = readFileSync(stderrFile, 'utf8');
  } catch {
    return null;
  }
  const lines = text.trimEnd().split('\n');
  for (let i = lines.length - 1; i >= 0 && i >= lines.length - 20; i--) {
    const line = lines[i].trim();
    if (!line.startsWith('{"summary"')) continue;
    try {
      return (JSON.parse(line) as { summary: RunSummary }).summary;
    } catch {
      return null;
    }
  }
  return null;
}

/**
 * Flow and record counts from the human summary on stderr (what --pb runs print):
 * "flows N, records N, …". Used only when there is no JSON summary line.
 */
export function readHumanCounts(stderrFile: string): { flows: number; records: number; evicted: number | null } | null {
  let text: string;
  try {
    text = readFileSync(stderrFile, 'utf8');
  } catch {
    return null;
  }
  const m = /^flows (\d+), records (\d+)(?:, evicted[^\d]*(\d+))?/m.exec(text);
  return m ? { flows: Number(m[1]), records: Number(m[2]), evicted: m[3] === undefined ? null : Number(m[3]) } : null;
}

/** One line on what the agent skipped or could not attribute, from its summary. */
export function describeSummary(s: RunSummary): string {
  const malformed = Object.entries(s.malformed ?? {})
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
  return (
    `packets ${s.packets}, flows ${s.flows}, records ${s.records}, evicted ${s.evicted}, non-IP ${s.nonIp}, ` +
    `malformed {${malformed}}, fragments without first ${s.fragmentsWithoutFirst ?? '?'}` +
    (s.warnings?.length ? `, warnings: ${s.warnings.join('; ')}` : '') +
    `; agent's own rate ${Math.round(s.packetsPerSecond)} packets/s over ${s.elapsedMs} ms`
  );
}
