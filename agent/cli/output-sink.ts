// Writes record batches to stdout, waiting for 'drain' when the reader is slower than we are.

import { once } from 'node:events';

/** `onClosed` runs once when the reader goes away (`| head`): there is no point reading on. */
export function stdoutSink(onClosed: () => void): (data: Uint8Array | string) => void | Promise<void> {
  let broken = false;
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    if (!broken) onClosed();
    broken = true;
  });
  return (data) => {
    if (broken) return;
    if (!process.stdout.write(data)) return once(process.stdout, 'drain').then(() => undefined);
  };
}
