#!/usr/bin/env node
// probe-agent: the command line.

import { readFileSync } from 'node:fs';
import { errorCode } from '../errors.js';
import { readCommand, READ_HELP } from './read.js';
import { captureCommand, CAPTURE_HELP } from './capture.js';

const USAGE = `usage: probe-agent <command> [options]

commands:
  read FILE...        trace files to flow records
  capture -i IFACE    live capture to flow records
  version             print versions

${READ_HELP}
${CAPTURE_HELP}`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'read':
      return readCommand(rest);
    case 'capture':
      return captureCommand(rest);
    case 'version':
    case '--version': {
      const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string };
      const { addon } = await import('../capture/native.js');
      process.stdout.write(`probe-agent ${pkg.version}\nnode ${process.versions.node}\n${addon.libpcapVersion}\n`);
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
