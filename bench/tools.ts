// The programs the bench times on the big trace, each with the exact command line, what it
// needs around a run (outside the timed process) and how its flow-record count is read.

import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { agentCommand, agentMissing, describeSummary, readHumanCounts, readSummary } from './agent.js';
import { countFlows, freeUdpPort, startCollector } from './nfdump.js';
import { RUN_DIR, LOG_DIR } from './paths.js';
import { sleep, which, type RunResult } from './proc.js';

export interface RunOutcome {
  records?: number; // flow records written by the tool
  packetsInRecords?: number; // packets those records account for
  flows?: number; // distinct flows, where the tool says
  collectorExit?: number | null;
  note?: string; // what the tool said about its run, for the report
}

export interface PreparedRun {
  cmd: string;
  args: string[];
  stdoutFile?: string; // default /dev/null
  /** Collects the outcome after the timed process has exited (not timed). */
  finish(result: RunResult, stderrFile: string): Promise<RunOutcome>;
}

export interface Tool {
  id: string;
  label: string;
  /** How the command is run, for the report. */
  describe(trace: string): string;
  /** null when the tool can run, else why not. */
  missing(): string | null;
  warmupRuns: number;
  timedRuns: number;
  reference?: boolean; // a ceiling, not a competitor
  prepare(trace: string, tag: string): Promise<PreparedRun>;
}

function freshDir(name: string): string {
  const dir = join(RUN_DIR, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return dir;
}

function agentTool(id: string, label: string, options: string[], warmupRuns: number, timedRuns: number): Tool {
  return {
    id,
    label,
    describe: (t) => `node dist/agent/cli/main.js read ${t} ${options.join(' ')} > /dev/null`,
    missing: agentMissing,
    warmupRuns,
    timedRuns,
    async prepare(trace) {
      const { cmd, args } = agentCommand(trace, options);
      return {
        cmd,
        args,
        async finish(_r, stderrFile) {
          // Only --json prints the machine-readable summary; --pb prints human text.
          const s = readSummary(stderrFile);
          if (s) return { records: s.records, flows: s.flows, note: describeSummary(s) };
          const h = readHumanCounts(stderrFile);
          return h ? { records: h.records, flows: h.flows } : {};
        },
      };
    },
  };
}

const COLLECTOR_PORT = 9995;

/**
 * softflowd exports NetFlow v9 over UDP to an nfcapd collector on 127.0.0.1, started
 * before and stopped after the timed process (its CPU is not counted), so the records
 * can be counted. `-p` keeps the pid file out of /var/run. No `-c`: with `-r` it makes
 * softflowd 1.1.0 hang in accept() (peers-bench.md §6).
 */
const softflowd: Tool = {
  id: 'softflowd',
  label: 'softflowd',
  describe: (t) => `softflowd -d -r ${t} -n 127.0.0.1:${COLLECTOR_PORT} -v 9 -6 -p PIDFILE (collector: nfcapd on 127.0.0.1)`,
  missing: () => (which('softflowd') ? null : 'softflowd not installed (Debian package softflowd)'),
  warmupRuns: 1,
  timedRuns: 3,
  async prepare(trace, tag) {
    const dir = freshDir('softflowd');
    const port = freeUdpPort(COLLECTOR_PORT);
    const collector = which('nfcapd') ? await startCollector(dir, port, join(LOG_DIR, `nfcapd-${tag}.log`)) : null;
    return {
      cmd: which('softflowd') as string,
      args: ['-d', '-r', trace, '-n', `127.0.0.1:${port}`, '-v', '9', '-6', '-p', join(dir, 'softflowd.pid')],
      async finish() {
        if (!collector) return {};
        await sleep(500); // let the last datagrams reach the collector
        const code = await collector.stop();
        const c = countFlows(dir);
        return { collectorExit: code, records: c?.flows, packetsInRecords: c?.packets };
      },
    };
  },
};

const nfpcapd: Tool = {
  id: 'nfpcapd',
  label: 'nfpcapd',
  describe: (t) => `nfpcapd -r ${t} -w DIR`,
  missing: () => (which('nfpcapd') ? null : 'nfpcapd not installed (Debian package nfdump)'),
  warmupRuns: 1,
  timedRuns: 3,
  async prepare(trace) {
    const dir = freshDir('nfpcapd');
    return {
      cmd: which('nfpcapd') as string,
      args: ['-r', trace, '-w', dir],
      async finish() {
        const c = countFlows(dir);
        return { records: c?.flows, packetsInRecords: c?.packets };
      },
    };
  },
};

/** Reading and rewriting the trace with libpcap and no flow work: an upper bound, not a peer. */
const tcpdumpCeiling: Tool = {
  id: 'tcpdump',
  label: 'ceiling: tcpdump -r -w /dev/null',
  describe: (t) => `tcpdump -n -r ${t} -w /dev/null`,
  missing: () => (which('tcpdump') ? null : 'tcpdump not installed'),
  warmupRuns: 1,
  timedRuns: 3,
  reference: true,
  async prepare(trace) {
    return { cmd: which('tcpdump') as string, args: ['-n', '-r', trace, '-w', '/dev/null'], finish: async () => ({}) };
  },
};

export const OURS_PB = agentTool('ours-pb', 'probe-agent read --pb (every analyzer on)', ['--pb'], 1, 3);
/** Capture to flows alone: the work softflowd and nfpcapd do, no application layer. */
export const OURS_PB_NO_L7 = agentTool('ours-pb-no-l7', 'probe-agent read --pb --no-l7 (flows only, as softflowd)', ['--pb', '--no-l7'], 1, 3);
export const OURS_JSON = agentTool('ours-json', 'probe-agent read --json (secondary)', ['--json'], 0, 1);

export const TOOLS: Tool[] = [OURS_PB, softflowd, nfpcapd, OURS_PB_NO_L7, OURS_JSON, tcpdumpCeiling];
