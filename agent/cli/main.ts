#!/usr/bin/env node
// probe-agent: the command line.

// Each command's module is loaded when it runs: `read` has no use for the MQTT client that
// `run` and `collect` load, and loading it costs a tenth of a second at every start.

import { errorCode } from '../errors.js';
import { agentVersion } from '../version.js';

async function usage(): Promise<string> {
  const [{ RUN_HELP }, { READ_HELP }, { CAPTURE_HELP }, { COLLECT_HELP }] = await Promise.all([
    import('./run.js'), import('./read.js'), import('./capture.js'), import('./collect.js'),
  ]);
  return `usage: probe-agent <command> [options]

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
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'run':
      return (await import('./run.js')).runCommand(rest);
    case 'read':
      return (await import('./read.js')).readCommand(rest);
    case 'capture':
      return (await import('./capture.js')).captureCommand(rest);
    case 'collect':
      return (await import('./collect.js')).collectCommand(rest);
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
      process.stdout.write(await usage());
      return command === undefined ? 2 : 0;
    default:
      process.stderr.write(`probe-agent: PROBE_E_USAGE: unknown command "${command}"\n\n${await usage()}`);
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
