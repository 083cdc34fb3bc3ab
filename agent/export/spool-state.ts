// The small per-stream state file (`state.json`): the stream's epoch and the collector's
// acknowledgement watermark. Replaced atomically: the new content goes to a temp file that
// is fsynced, renamed over the old one, and the directory fsynced, so after a crash the file
// is either the old state or the new one, never a mix or an empty file.
//
// 64-bit values are stored as decimal strings: JSON numbers lose precision beyond 2^53.

import { closeSync, fsyncSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { open, rename } from 'node:fs/promises';
import { fsync } from 'node:fs';
import { promisify } from 'node:util';
import { join } from 'node:path';

export const STATE_FILE = 'state.json';
export const STATE_TEMP_FILE = 'state.json.tmp';
const STATE_FORMAT = 1;

export interface StreamState {
  epoch: bigint;
  ackedSeq: bigint;
}

const fsyncAsync = promisify(fsync);

function encode(stream: string, state: StreamState): string {
  return (
    JSON.stringify({
      format: STATE_FORMAT,
      stream,
      epoch: state.epoch.toString(),
      ackedSeq: state.ackedSeq.toString(),
    }) + '\n'
  );
}

const U64_DECIMAL = /^\d{1,20}$/;

/** The state in `dir`, 'missing' when there is no file, 'damaged' when it cannot be parsed. */
export function readStateFile(dir: string): StreamState | 'missing' | 'damaged' {
  let text: string;
  try {
    text = readFileSync(join(dir, STATE_FILE), 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return 'missing';
    throw e;
  }
  try {
    const v = JSON.parse(text) as { format?: unknown; epoch?: unknown; ackedSeq?: unknown };
    if (v.format !== STATE_FORMAT) return 'damaged';
    if (typeof v.epoch !== 'string' || !U64_DECIMAL.test(v.epoch)) return 'damaged';
    if (typeof v.ackedSeq !== 'string' || !U64_DECIMAL.test(v.ackedSeq)) return 'damaged';
    const epoch = BigInt(v.epoch);
    const ackedSeq = BigInt(v.ackedSeq);
    if (epoch === 0n || epoch >= 2n ** 64n || ackedSeq >= 2n ** 64n) return 'damaged';
    return { epoch, ackedSeq };
  } catch {
    return 'damaged';
  }
}

/** Writes the state atomically and durably; `dirFd` is an open descriptor of `dir`. */
export function writeStateFileSync(dir: string, dirFd: number, stream: string, state: StreamState): void {
  const temp = join(dir, STATE_TEMP_FILE);
  const fd = openSync(temp, 'w', 0o600);
  try {
    writeSync(fd, encode(stream, state));
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temp, join(dir, STATE_FILE));
  fsyncSync(dirFd);
}

/** The same, without blocking the event loop (used for acknowledgements while running). */
export async function writeStateFile(dir: string, dirFd: number, stream: string, state: StreamState): Promise<void> {
  const temp = join(dir, STATE_TEMP_FILE);
  const handle = await open(temp, 'w', 0o600);
  try {
    await handle.writeFile(encode(stream, state));
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(temp, join(dir, STATE_FILE));
  await fsyncAsync(dirFd);
}
