// Synthetic trace for the memory-per-flow measurement: N distinct UDP flows that are all
// alive at the same time. These are only bytes in a pcap file; nothing is ever sent.
//
// Flow i is client 10.0.0.0 + i + 1 : (1024 + i mod 64000) → server 172.16.0.0 + (i mod
// 65536) + 1 : (4000 + i mod 1000). Packet time (from T0):
//   [0, 5 s)   one request per flow, client → server, flows in order;
//   [5, 9 s)   one reply per flow, server → client, so every flow is bidirectional and
//              was touched within the last 4 s;
//   [9, 9.9 s) a tail of packets of flow 0 only. It creates no flow, but keeps the agent
//              busy with all N flows in its table for a while before end of file, so the
//              memory sampler sees a plateau rather than a peak it might miss.
// Every frame is 60 bytes: Ethernet + IPv4 (valid header checksum) + UDP (checksum 0 =
// "none", legal on IPv4) + 18 zero bytes.

import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LINKTYPE_ETHERNET, PcapWriter } from './pcap.js';
import { TRACE_DIR } from './paths.js';

const GENERATOR_VERSION = 1;
export const FRAME_LEN = 60;
const T0_US = Date.UTC(2024, 0, 1) * 1000;
const REQUEST_WINDOW_US = 5_000_000;
const REPLY_WINDOW_US = 4_000_000;
const TAIL_START_US = 9_000_000;
const TAIL_WINDOW_US = 900_000;

export interface FlowsTraceOptions {
  flows: number;
  tailPackets: number;
}

export interface FlowsTraceInfo extends FlowsTraceOptions {
  path: string;
  packets: number;
  bytes: number;
  spanS: number;
  cached: boolean;
}

function ipv4Checksum(b: Buffer, ip: number): number {
  let s = 0;
  for (let i = 0; i < 20; i += 2) if (i !== 10) s += (b[ip + i] << 8) | b[ip + i + 1];
  while (s > 0xffff) s = (s & 0xffff) + (s >>> 16);
  return ~s & 0xffff;
}

/** Fills `frame` (60 bytes) with one UDP packet from src:sport to dst:dport. */
export function udpFrame(frame: Buffer, src: number, sport: number, dst: number, dport: number, fromClient: boolean): void {
  frame.fill(0);
  // Locally administered MACs: 02:00:00:00:00:01 is the client side, …:02 the server side.
  frame[0] = 0x02;
  frame[5] = fromClient ? 2 : 1;
  frame[6] = 0x02;
  frame[11] = fromClient ? 1 : 2;
  frame.writeUInt16BE(0x0800, 12);
  const ip = 14;
  frame[ip] = 0x45;
  frame.writeUInt16BE(FRAME_LEN - ip, ip + 2); // total length 46
  frame.writeUInt16BE(0x4000, ip + 6); // DF
  frame[ip + 8] = 64; // TTL
  frame[ip + 9] = 17; // UDP
  frame.writeUInt32BE(src >>> 0, ip + 12);
  frame.writeUInt32BE(dst >>> 0, ip + 16);
  frame.writeUInt16BE(ipv4Checksum(frame, ip), ip + 10);
  const udp = ip + 20;
  frame.writeUInt16BE(sport, udp);
  frame.writeUInt16BE(dport, udp + 2);
  frame.writeUInt16BE(FRAME_LEN - udp, udp + 4); // 26: header + 18 bytes
}

export function flowEndpoints(i: number): { client: number; sport: number; server: number; dport: number } {
  return {
    client: 0x0a000000 + i + 1,
    sport: 1024 + (i % 64000),
    server: 0xac100000 + (i % 65536) + 1,
    dport: 4000 + (i % 1000),
  };
}

/** Writes (or finds in the cache) the trace for `opts`. */
export function genFlowsTrace(opts: FlowsTraceOptions): FlowsTraceInfo {
  if (opts.flows < 1 || opts.flows > 0xffffff - 1) throw new RangeError(`flows must be in [1, 2^24 - 2], got ${opts.flows}`);
  const id = createHash('sha256').update(JSON.stringify({ v: GENERATOR_VERSION, ...opts })).digest('hex').slice(0, 12);
  mkdirSync(TRACE_DIR, { recursive: true });
  const path = join(TRACE_DIR, `flows-${opts.flows}-${id}.pcap`);
  const metaPath = `${path}.json`;
  if (existsSync(path) && existsSync(metaPath)) {
    return { ...(JSON.parse(readFileSync(metaPath, 'utf8')) as FlowsTraceInfo), cached: true };
  }

  const partial = `${path}.partial`;
  const w = new PcapWriter(partial, LINKTYPE_ETHERNET, 65535);
  const frame = Buffer.alloc(FRAME_LEN);
  const n = opts.flows;
  let lastTs = T0_US;
  for (let i = 0; i < n; i++) {
    const f = flowEndpoints(i);
    udpFrame(frame, f.client, f.sport, f.server, f.dport, true);
    lastTs = T0_US + Math.floor((i * REQUEST_WINDOW_US) / n);
    w.write(lastTs, FRAME_LEN, frame, 0, FRAME_LEN);
  }
  for (let i = 0; i < n; i++) {
    const f = flowEndpoints(i);
    udpFrame(frame, f.server, f.dport, f.client, f.sport, false);
    lastTs = T0_US + REQUEST_WINDOW_US + Math.floor((i * REPLY_WINDOW_US) / n);
    w.write(lastTs, FRAME_LEN, frame, 0, FRAME_LEN);
  }
  const f0 = flowEndpoints(0);
  udpFrame(frame, f0.client, f0.sport, f0.server, f0.dport, true);
  for (let j = 0; j < opts.tailPackets; j++) {
    lastTs = T0_US + TAIL_START_US + Math.floor((j * TAIL_WINDOW_US) / opts.tailPackets);
    w.write(lastTs, FRAME_LEN, frame, 0, FRAME_LEN);
  }
  w.close();
  renameSync(partial, path);

  const info: FlowsTraceInfo = {
    ...opts,
    path,
    packets: w.packets,
    bytes: statSync(path).size,
    spanS: (lastTs - T0_US) / 1e6,
    cached: false,
  };
  writeFileSync(metaPath, JSON.stringify(info, null, 2));
  return info;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const flows = Number(process.argv[2] ?? 1_000_000);
  console.log(JSON.stringify(genFlowsTrace({ flows, tailPackets: Number(process.argv[3] ?? flows) }), null, 2));
}
