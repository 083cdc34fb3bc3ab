// Writes record batches to stdout, waiting for 'drain' when the reader is slower than we are.

import { once } from 'node:events';

export function stdoutSink(): (data: Uint8Array | string) => void | Promise<void> {
  let broken = false;
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    // The reader went away (`| head`): stop writing, finish quietly.
    if (e.code === 'EPIPE') broken = true;
    else throw e;
  });
  return (data) => {
    if (broken) return;
    if (!process.stdout.write(data)) return once(process.stdout, 'drain').then(() => undefined);
  };
}
