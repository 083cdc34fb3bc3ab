// Long fuzz run of the L7 analyzers (DNS, HTTP, SSH, DHCP), on demand:
//
//   npm run build:ts && node dist/bench/fuzz-l7.js [N per analyzer, default 1000000] [seed]
//
// Seeds are the analyzers' flows in the reference corpora (../shared/corpora, when present)
// plus a few crafted ones; every input is one seed flow mutated (bit flips, truncation, length
// fields overwritten with lies, bytes inserted or deleted, splices of two real payloads,
// segments split and merged) and fed to a fresh state. A run fails on the first exception,
// on fields that grow past a fixed size, or on a reassembly budget that does not come back.
// The vitest suite runs a short bounded version (test/l7-fuzz.test.ts). The trace reader, flow
// splitter and fuzz loop are bench/l7-corpus.ts, shared with the tests and bench/fuzz-tls.ts.

import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Analyzer } from '../agent/l7/analyzer.js';
import { DnsAnalyzer } from '../agent/l7/dns.js';
import { HttpAnalyzer } from '../agent/l7/http.js';
import { SshAnalyzer } from '../agent/l7/ssh.js';
import { DhcpAnalyzer } from '../agent/l7/dhcp.js';
import { corporaRoot, flowContext, fuzzAnalyzer, readTraceFile, traceFlows, type FuzzSeed, type TraceFlow } from './l7-corpus.js';

// ---- seeds ----------------------------------------------------------------------------------

export type L7Name = 'dns' | 'http' | 'ssh' | 'dhcp';

export function analyzerFor(name: L7Name): Analyzer<unknown, unknown> {
  switch (name) {
    case 'dns':
      return new DnsAnalyzer() as Analyzer<unknown, unknown>;
    case 'http':
      return new HttpAnalyzer() as Analyzer<unknown, unknown>;
    case 'ssh':
      return new SshAnalyzer() as Analyzer<unknown, unknown>;
    case 'dhcp':
      return new DhcpAnalyzer() as Analyzer<unknown, unknown>;
  }
}

/** Traces under the corpora with flows for each analyzer (small ones, to load fast). */
const SEED_DIRS: Record<L7Name, string[]> = {
  dns: ['zeek/Traces/dns', 'zeek/Traces/dnssec', 'zeek/Traces/dns53.pcap', 'zeek/Traces/dns-zero-RRs.pcap', 'ndpi/pcap/malformed_dns.pcap', 'ndpi/pcap/dns_long_domainname.pcap', 'ndpi/pcap/tk.pcap', 'ndpi/pcap/dns-exf.pcap'],
  http: ['zeek/Traces/http', 'ndpi/pcap/http.pcapng', 'ndpi/pcap/http_auth.pcap'],
  ssh: ['zeek/Traces/ssh', 'ndpi/pcap/ssh_unidirectional.pcap'],
  dhcp: ['zeek/Traces/dhcp', 'ndpi/pcap/dhcp-fuzz.pcapng'],
};

/** At most this many bytes of traces are read per analyzer. */
const SEED_BYTES = 24 * 1024 * 1024;

export function corpusSeeds(name: L7Name, root: string | null = corporaRoot(), maxSeeds = 400): FuzzSeed[] {
  const out: FuzzSeed[] = [];
  if (root) {
    const a = analyzerFor(name);
    let bytes = 0;
    const files: string[] = [];
    for (const rel of SEED_DIRS[name]) {
      const p = join(root, rel);
      if (!existsSync(p)) continue;
      if (statSync(p).isDirectory()) {
        for (const f of readdirSync(p).sort()) if (/\.pcap(ng)?$/.test(f)) files.push(join(p, f));
      } else files.push(p);
    }
    for (const file of files) {
      const size = statSync(file).size;
      if (bytes + size > SEED_BYTES) continue;
      bytes += size;
      let flows: TraceFlow[];
      try {
        flows = traceFlows(readTraceFile(file));
      } catch {
        continue;
      }
      for (const f of flows) {
        const first = f.segments[0];
        if (!first || !a.detect(first.payload, 0, first.payload.length, first.dir, flowContext(f))) continue;
        out.push({
          protocol: f.protocol,
          srcPort: f.srcPort,
          dstPort: f.dstPort,
          segments: f.segments.slice(0, 24).map((g) => ({ dir: g.dir, payload: g.payload })),
        });
        if (out.length >= maxSeeds) return out;
      }
    }
  }
  out.push(...craftedSeeds(name));
  return out;
}

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

/** Seeds that need no corpus: one small valid exchange per analyzer. */
export function craftedSeeds(name: L7Name): FuzzSeed[] {
  switch (name) {
    case 'dns': {
      const q = Uint8Array.from([0x12, 0x34, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 3, 119, 119, 119, 7, 101, 120, 97, 109, 112, 108, 101, 3, 99, 111, 109, 0, 0, 1, 0, 1]);
      const r = new Uint8Array(q.length + 16 + 28);
      r.set(q);
      r[2] = 0x81;
      r[3] = 0x80;
      r[7] = 2;
      r.set([0xc0, 12, 0, 1, 0, 1, 0, 0, 0x0e, 0x10, 0, 4, 93, 184, 216, 34], q.length);
      r.set([0xc0, 12, 0, 28, 0, 1, 0, 0, 0x0e, 0x10, 0, 16, 0x26, 0x06, 0x28, 0, 0x02, 0x20, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1], q.length + 16);
      const tcp = (m: Uint8Array): Uint8Array => {
        const o = new Uint8Array(m.length + 2);
        o[0] = m.length >> 8;
        o[1] = m.length & 255;
        o.set(m, 2);
        return o;
      };
      return [
        { protocol: 17, srcPort: 40000, dstPort: 53, segments: [{ dir: 0, payload: q }, { dir: 1, payload: r }] },
        { protocol: 6, srcPort: 40001, dstPort: 53, segments: [{ dir: 0, payload: tcp(q) }, { dir: 1, payload: tcp(r) }] },
      ];
    }
    case 'http':
      return [
        {
          protocol: 6,
          srcPort: 40000,
          dstPort: 80,
          segments: [
            { dir: 0, payload: enc('GET /a?q=1 HTTP/1.1\r\nHost: example.com\r\nUser-Agent: fuzz\r\n\r\nPOST /b HTTP/1.1\r\nHost: example.com\r\nContent-Length: 5\r\n\r\nhello') },
            { dir: 1, payload: enc('HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\nHTTP/1.1 204 No Content\r\nServer: x\r\n\r\n') },
          ],
        },
      ];
    case 'ssh': {
      const lists = ['curve25519-sha256', 'ssh-ed25519', 'aes128-ctr', 'aes128-ctr', 'hmac-sha2-256', 'hmac-sha2-256', 'none', 'none', '', ''];
      return [
        {
          protocol: 6,
          srcPort: 40000,
          dstPort: 22,
          segments: [
            { dir: 0, payload: enc('SSH-2.0-OpenSSH_9.6\r\n') },
            { dir: 1, payload: enc('SSH-2.0-OpenSSH_8.9\r\n') },
            { dir: 0, payload: sshKexinit(lists) },
            { dir: 1, payload: sshKexinit(lists) },
          ],
        },
      ];
    }
    case 'dhcp':
      return [{ protocol: 17, srcPort: 68, dstPort: 67, segments: [{ dir: 0, payload: dhcpMessage(1, [[53, [1]], [12, [...enc('host')]], [55, [1, 3, 6, 15]], [60, [...enc('MSFT 5.0')]]]) }] }];
  }
}

/** An SSH binary packet holding a KEXINIT with these ten name-lists (RFC 4253 §7.1). */
export function sshKexinit(lists: readonly string[]): Uint8Array {
  const body: number[] = [20];
  for (let i = 0; i < 16; i++) body.push(i);
  for (const l of lists) {
    const b = enc(l);
    body.push((b.length >>> 24) & 255, (b.length >>> 16) & 255, (b.length >>> 8) & 255, b.length & 255, ...b);
  }
  body.push(0, 0, 0, 0, 0);
  let pad = 8 - ((body.length + 5) % 8);
  if (pad < 4) pad += 8;
  const plen = 1 + body.length + pad;
  return Uint8Array.from([(plen >>> 24) & 255, (plen >>> 16) & 255, (plen >>> 8) & 255, plen & 255, pad, ...body, ...new Array(pad).fill(0)]);
}

/** A BOOTP/DHCP message (RFC 2131 §2) from a client with MAC 02:00:00:00:00:01. */
export function dhcpMessage(op: 1 | 2, options: [number, number[]][], yiaddr = [0, 0, 0, 0]): Uint8Array {
  const m = new Uint8Array(240);
  m[0] = op;
  m[1] = 1;
  m[2] = 6;
  m.set([0xde, 0xad, 0xbe, 0xef], 4);
  m.set(yiaddr, 16);
  m.set([2, 0, 0, 0, 0, 1], 28);
  m.set([99, 130, 83, 99], 236);
  const opts: number[] = [];
  for (const [code, data] of options) opts.push(code, data.length, ...data);
  opts.push(255);
  const out = new Uint8Array(240 + opts.length);
  out.set(m);
  out.set(opts, 240);
  return out;
}

// ---- main -----------------------------------------------------------------------------------

function main(): void {
  const n = Number(process.argv[2] ?? 1_000_000);
  const seed = Number(process.argv[3] ?? 1);
  const root = corporaRoot();
  console.log(`fuzz-l7: ${n} inputs per analyzer, PRNG seed ${seed}, corpora ${root ?? '(none: crafted seeds only)'}`);
  console.log('analyzer  seeds  inputs      seconds  inputs/s   max fields JSON  heap MiB');
  for (const name of ['dns', 'http', 'ssh', 'dhcp'] as const) {
    const seeds = corpusSeeds(name, root);
    const r = fuzzAnalyzer(analyzerFor(name), seeds, n, Number.POSITIVE_INFINITY, seed);
    const heap = process.memoryUsage().heapUsed / 2 ** 20;
    console.log(
      `${name.padEnd(9)} ${String(seeds.length).padStart(5)}  ${String(r.inputs).padStart(10)}  ${(r.ms / 1000).toFixed(1).padStart(7)}  ` +
        `${Math.round(r.inputs / (r.ms / 1000)).toString().padStart(8)}   ${String(r.maxFieldsChars).padStart(15)}  ${heap.toFixed(0).padStart(8)}`,
    );
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
