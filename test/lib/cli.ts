// Runs the built CLI (dist/agent/cli/main.js) as a user would, and collects what it wrote.

import { execFile } from 'node:child_process';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
export const root = resolve(import.meta.dirname, '../..');
export const cli = join(root, 'dist/agent/cli/main.js');

export interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

/** `probe-agent ARGS…`, optionally as another user (setpriv). Never rejects: the exit code is in the result. */
export async function probeAgent(args: string[], opts: { uid?: number } = {}): Promise<Result> {
  const [cmd, argv] = opts.uid === undefined ? [process.execPath, [cli, ...args]] : ['setpriv', [`--reuid=${opts.uid}`, `--regid=${opts.uid}`, '--clear-groups', process.execPath, cli, ...args]];
  try {
    const { stdout, stderr } = await run(cmd, argv, { maxBuffer: 64 << 20, encoding: 'utf8' });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const x = e as { code: number; stdout: string; stderr: string };
    return { code: x.code, stdout: x.stdout, stderr: x.stderr };
  }
}
