#!/usr/bin/env node
// probe-agent: the command line.

import { errorCode } from '../errors.js';
import { agentVersion } from '../version.js';
import { readCommand, READ_HELP } from './read.js';
import { captureCommand, CAPTURE_HELP } from './capture.js';
import { runCommand, RUN_HELP } from './run.js';
import { collectCommand, COLLECT_HELP } from './collect.js';

const USAGE = `usage: probe-agent <command> [options]

commands:
  run                 the main job: capture, flows, export over MQTT (embedded default without a config)
  read FILE...        trace files to flow records
  capture -i IFACE    live capture to flow records
  collect             the reference collector: batches from MQTT to JSON lines, acknowledged
  version             print versions

${RUN_HELP}
${READ_HELP}
${CAPTURE_HELP}
${COLLECT_HELP}`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'run':
      return runCommand(rest);
    case 'read':
      return readCommand(rest);
    case 'capture':
      return captureCommand(rest);
    case 'collect':
      return collectCommand(rest);
    case 'version':
    case '--version': {
      const { addon } = await import('../capture/native.js');
      process.stdout.write(`probe-agent ${agentVersion()}\nnode ${process.versions.node}\n${addon.libpcapVersion}\n`);
      return 0;
    }
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      process.stdout.write(USAGE);
      return command === undefined ? 2 : 0;
    default:
      process.stderr.write(`probe-agent: PROBE_E_USAGE: unknown command "${command}"\n\n${USAGE}`);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    const code = errorCode(e);
    process.stderr.write(`probe-agent: ${code ?? 'PROBE_E_INTERNAL'}: ${(e as Error).message}\n`);
    if (!code) process.stderr.write(`${(e as Error).stack ?? ''}\n`);
    process.exitCode = code === 'PROBE_E_USAGE' ? 2 : 1;
  },
);
