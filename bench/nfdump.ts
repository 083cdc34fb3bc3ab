// nfdump helpers: a loopback NetFlow collector (nfcapd) for softflowd's export, and flow
// counts from the files nfcapd/nfpcapd write (`nfdump -R DIR -I`).

import { readFileSync } from 'node:fs';
import { runQuick, sleep, startBackground, which, type Background } from './proc.js';

export interface FlowCount {
  flows: number;
  packets: number;
}

/** Totals over every nfcapd file in `dir`; null if nfdump is missing or read nothing. */
export function countFlows(dir: string): FlowCount | null {
  if (!which('nfdump')) return null;
  const r = runQuick('nfdump', ['-R', dir, '-I']);
  const flows = /^Flows:\s*(\d+)/m.exec(r.stdout);
  const packets = /^Packets:\s*(\d+)/m.exec(r.stdout);
  if (r.code !== 0 || !flows || !packets) return null;
  return { flows: Number(flows[1]), packets: Number(packets[1]) };
}

/** True when some socket is bound to UDP 127.0.0.1:port (or the wildcard address). */
export function udpPortBound(port: number): boolean {
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
  let text = '';
  try {
    text = readFileSync('/proc/net/udp', 'utf8');
  } catch {
    return false;
  }
  return text.split('\n').some((l) => {
    const local = l.trim().split(/\s+/)[1] ?? '';
    return local === `0100007F:${hexPort}` || local === `00000000:${hexPort}`;
  });
}

/** First port from `from` that nothing has bound on loopback. */
export function freeUdpPort(from: number): number {
  for (let p = from; p < from + 100; p++) if (!udpPortBound(p)) return p;
  throw new Error(`no free UDP port in [${from}, ${from + 100})`);
}

/**
 * Starts nfcapd on 127.0.0.1:port writing into dir, and waits until its socket is bound.
 * The 32 MiB receive buffer request (the kernel caps it at rmem_max) keeps bursts from
 * being dropped while the exporter runs flat out.
 */
export async function startCollector(dir: string, port: number, logFile: string): Promise<Background> {
  const bg = startBackground('nfcapd', ['-b', '127.0.0.1', '-p', String(port), '-w', dir, '-t', '3600', '-B', '33554432'], logFile);
  for (let i = 0; i < 250 && !udpPortBound(port); i++) await sleep(20);
  if (!udpPortBound(port)) {
    await bg.stop();
    throw new Error(`nfcapd did not bind 127.0.0.1:${port} within 5 s (log: ${logFile})`);
  }
  return bg;
}
