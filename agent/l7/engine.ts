// One shard's application layer: which analyzer sees which flow, per-flow state, and the
// record fields that come out of it (DESIGN.md §5.1). Lives in the shard worker next to the
// flow table; payload bytes are looked at in place in the ring and never leave this file's
// analyzers except as the schema fields encode() writes.
//
// Per packet the cost is one byte read in the flow's slot (B_L7) unless the flow is still in
// its first payload packets: a flow is offered to the analyzers on its first payload packet
// (either direction) and on the next ones, DETECT_PACKETS in all, if nothing recognised it; an analyzer
// then sees at most FEED_PACKETS payload packets of the flow, or fewer when it says it is done.
// Flows nobody recognised keep no state at all; the rest keep one FlowL7 each until their
// final record, at most maxFlows of them per shard (more are counted and left unanalysed).

import type { PacketInfo } from '../decode/packet-info.js';
import { B_APP, B_FLAGS, B_L7, F_LAST, B_PROTO, FL_INIT_B, H_PORT_A, H_PORT_B, SLOT_BYTES, U_ADDR_A, U_ADDR_B, type FlowTable } from '../flow/table.js';
import type { Analyzer, Direction, FlowContext } from './analyzer.js';
import { DetectFilter } from './detect-filter.js';
import { DhcpAnalyzer, type DhcpFields } from './dhcp.js';
import { DNS_PORTS, DnsAnalyzer, type DnsFields } from './dns.js';
import { HttpAnalyzer, type HttpFields } from './http.js';
import { L7_MAX_BYTES, L7_WANTS_PACKETS, type L7Options } from './options.js';
import { quicAnalyzer, type QuicInfo } from './quic.js';
import { APP_PROTOCOLS, appIndex, byteRange, chars, guessByPort, SIGNATURES, type Starts } from './signatures.js';
import { SshAnalyzer, type SshFields } from './ssh.js';
import { tlsAnalyzer, type TlsInfo } from './tls.js';
import { writeDhcp, writeDns, writeHttp, writeQuic, writeSsh, writeTls } from './write.js';

// B_L7 in the flow's slot: 0 … DETECT_PACKETS - 1 = payload packets offered so far without a
// match; then one of these.
const DETECT_PACKETS = 8;
const L7_FEEDING = 0x40;
const L7_DONE = L7_WANTS_PACKETS;

/** Payload packets an analyzer sees of one flow at most (counts in its fields cover these). */
export const FEED_PACKETS = 256;
/** Payload packets after a STARTTLS-capable greeting in which a ClientHello is looked for. */
const STARTTLS_PACKETS = 32;

type AnyAnalyzer = Analyzer<unknown, unknown>;

class FlowL7 {
  analyzer: AnyAnalyzer | null = null;
  /** The analyzer's app_protocol (index in APP_PROTOCOLS), when its bytes confirm it. */
  app = 0;
  /** The analyzer's state while it still wants packets; then null, and only its result stays. */
  state: unknown = null;
  fields: unknown = undefined;
  confirmed = false;
  fed = 0;
  /** The application spoke a STARTTLS-capable protocol first; TLS is being watched for or parsed. */
  starttls = false;
}

export interface L7Counters {
  /** Flows an analyzer took on. */
  analyzed: number;
  /** Flows left unanalysed because maxFlows were in analysis. */
  overBudget: number;
  /** Records whose analyzer fields were left out for size (see encode()). */
  oversize: number;
}

const ctx: FlowContext = { protocol: 0, srcPort: 0, dstPort: 0, tsUs: 0.5, tcpSeq: 0.5 };
const client = new Uint32Array(4);
const server = new Uint32Array(4);
const APP_BYTES = APP_PROTOCOLS.map((n) => Uint8Array.from(n, (c) => c.charCodeAt(0)));
const SIGNATURE_APPS = SIGNATURES.map((s) => appIndex(s.name));
// The signatures' functions and flags in arrays of their own: loading `match` from objects of
// several shapes at one call site is a megamorphic property load, which costs more than most
// signatures' own checks.
const SIGNATURE_MATCH = SIGNATURES.map((s) => s.match);
const SIGNATURE_STARTTLS = SIGNATURES.map((s) => s.starttls === true);

/**
 * What each analyzer's detect() can accept (see Starts in signatures.ts), by analyzer name:
 * keep in step with the detect() functions. The engine refuses an analyzer without an entry.
 */
export const ANALYZER_STARTS: Readonly<Record<string, Starts>> = {
  // Any header, on its ports (dns.ts detect).
  dns: { tcpPorts: DNS_PORTS, udpPorts: DNS_PORTS },
  // op 1 BOOTREQUEST or 2 BOOTREPLY.
  dhcp: { udp: [1, 2] },
  // A long header: the high bit set.
  quic: { udp: byteRange(0x80, 0xff) },
  // A handshake record.
  tls: { tcp: [22] },
  // "SSH-" anywhere, any text on port 22.
  ssh: { tcp: chars('S'), tcpPorts: [22] },
  // "HTTP/" or a method token: letters, digits, '-', '_', '.'.
  http: { tcp: [...byteRange(0x41, 0x5a), ...byteRange(0x61, 0x7a), ...byteRange(0x30, 0x39), ...chars('-_.')] },
};

function analyzerStarts(name: string): Starts {
  const s = ANALYZER_STARTS[name];
  if (s === undefined) throw new Error(`L7Engine: analyzer ${name} has no entry in ANALYZER_STARTS`);
  return s;
}

export class L7Engine {
  private readonly flows = new Map<number, FlowL7>();
  private readonly analyzers: AnyAnalyzer[];
  private readonly analyzerApps: number[];
  /** The analyzers' detect functions, called with the analyzer as `this` (see SIGNATURE_MATCH). */
  private readonly analyzerDetects: AnyAnalyzer['detect'][];
  /** The detectors a packet could match: the analyzers (bits 0…) then the signatures. */
  private readonly filter: DetectFilter;
  private readonly dns: DnsAnalyzer;
  private readonly opts: L7Options;
  readonly counters: L7Counters = { analyzed: 0, overBudget: 0, oversize: 0 };

  /** True while a DNS response is fed with its client's address in `client`: its answers name servers. */
  private naming = false;

  constructor(opts: L7Options) {
    this.opts = opts;
    this.dns = new DnsAnalyzer({ onAddress: (query, ipVersion, buf, off) => this.remember(query, ipVersion, buf, off) });
    // Most specific first: the port-bound, cheap header checks, then TLS and QUIC, then text.
    this.analyzers = [
      this.dns,
      new DhcpAnalyzer(),
      quicAnalyzer,
      tlsAnalyzer,
      new SshAnalyzer(),
      new HttpAnalyzer({ keepQuery: opts.privacy.httpQueryString }),
    ] as AnyAnalyzer[];
    this.analyzerApps = this.analyzers.map((a) => appIndex(a.name));
    this.analyzerDetects = this.analyzers.map((a) => a.detect);
    this.filter = new DetectFilter([...this.analyzers.map((a) => analyzerStarts(a.name)), ...SIGNATURES.map((s) => s.starts)]);
  }

  /** A packet with payload of the flow in `slot` (whose B_L7 is below L7_WANTS_PACKETS). */
  packet(t: FlowTable, slot: number, p: PacketInfo, buf: Uint8Array, canonicalDir: number): void {
    const base = slot * SLOT_BYTES;
    const u8 = t.u8;
    const stage = u8[base + B_L7];
    if (p.protocol !== 6 && p.protocol !== 17) {
      u8[base + B_L7] = L7_DONE;
      return;
    }
    const initB = (u8[base + B_FLAGS] & FL_INIT_B) !== 0;
    const dir = (canonicalDir ^ (initB ? 1 : 0)) as Direction;
    const portA = t.u16[(base + H_PORT_A) >> 1];
    const portB = t.u16[(base + H_PORT_B) >> 1];
    ctx.protocol = p.protocol;
    ctx.srcPort = initB ? portB : portA;
    ctx.dstPort = initB ? portA : portB;
    ctx.tsUs = p.ts;
    ctx.tcpSeq = p.payloadSeq();
    const off = p.payloadOff;
    const len = p.payloadCapLen;

    let f: FlowL7 | undefined | null;
    if (stage < DETECT_PACKETS) {
      f = this.detect(u8, base, slot, buf, off, len, dir);
      if (f === undefined) {
        u8[base + B_L7] = u8[base + B_APP] !== 0 || stage + 1 >= DETECT_PACKETS ? L7_DONE : stage + 1;
        return;
      }
      if (f === null) {
        u8[base + B_L7] = L7_DONE; // recognised, but the shard has its maximum in analysis: counted once
        return;
      }
      u8[base + B_L7] = L7_FEEDING;
    } else {
      f = this.flows.get(slot);
      if (f === undefined) {
        u8[base + B_L7] = L7_DONE;
        return;
      }
    }
    if (f.analyzer === this.dns && dir === 1 && this.opts.names !== null) {
      const c = (base + (initB ? U_ADDR_B : U_ADDR_A)) >> 2;
      for (let i = 0; i < 4; i++) client[i] = t.u32[c + i];
      this.naming = true;
    }
    const more = this.feed(f, buf, off, len, dir);
    this.naming = false;
    if (!more) {
      u8[base + B_L7] = L7_DONE;
      // Keep the result, let the state (reassembly buffers and all) go now, not at the flow's end.
      if (f.analyzer !== null) {
        f.fields = f.analyzer.fields(f.state);
        f.confirmed = f.analyzer.confirmed(f.state);
      }
      f.state = null;
    }
  }

  /** The flow's first payload packets: an analyzer or a signature, nothing (yet), or null: over the limit of flows in analysis. */
  private detect(u8: Uint8Array, base: number, slot: number, buf: Uint8Array, off: number, len: number, dir: Direction): FlowL7 | undefined | null {
    let analyzer: AnyAnalyzer | null = null;
    let app = 0;
    let starttls = false;
    // Only the detectors that could accept the packet, in order: the first that does is the
    // one trying all of them would find (detect-filter.ts).
    const analyzers = this.analyzers;
    let mask = this.filter.candidates(ctx.protocol, buf, off, len, ctx.srcPort, ctx.dstPort);
    while (mask !== 0) {
      const i = 31 - Math.clz32(mask & -mask);
      mask &= mask - 1;
      if (i < analyzers.length) {
        if (this.analyzerDetects[i].call(analyzers[i], buf, off, len, dir, ctx)) {
          analyzer = analyzers[i];
          app = this.analyzerApps[i];
          break;
        }
        continue;
      }
      const k = i - analyzers.length;
      if (SIGNATURE_MATCH[k](buf, off, len, dir, ctx)) {
        u8[base + B_APP] = SIGNATURE_APPS[k];
        starttls = SIGNATURE_STARTTLS[k];
        break;
      }
    }
    if (analyzer === null && !starttls) return undefined;
    if (this.flows.size >= this.opts.maxFlows) {
      this.counters.overBudget++;
      return null;
    }
    const f = new FlowL7();
    if (analyzer !== null) {
      f.analyzer = analyzer;
      f.app = app;
      f.state = analyzer.create();
    }
    f.starttls = starttls;
    this.flows.set(slot, f);
    this.counters.analyzed++;
    return f;
  }

  /** Returns false once the flow needs no more packets. */
  private feed(f: FlowL7, buf: Uint8Array, off: number, len: number, dir: Direction): boolean {
    if (++f.fed > FEED_PACKETS) return false;
    if (f.analyzer === null) {
      // A STARTTLS-capable protocol: the handshake starts in-band after the upgrade command.
      if (!tlsAnalyzer.detect(buf, off, len, dir, ctx)) return f.fed < STARTTLS_PACKETS;
      f.analyzer = tlsAnalyzer as AnyAnalyzer;
      f.state = tlsAnalyzer.create();
    }
    return f.analyzer.feed(f.state, buf, off, len, dir, ctx);
  }

  /** A DNS answer: the client (in `client`) resolved `query` to the address at buf[off]. */
  private remember(query: string, ipVersion: 4 | 6, buf: Uint8Array, off: number): void {
    if (!this.naming || query === '') return;
    server.fill(0);
    for (let i = 0; i < (ipVersion === 4 ? 1 : 4); i++, off += 4) {
      server[i] = ((buf[off] << 24) | (buf[off + 1] << 16) | (buf[off + 2] << 8) | buf[off + 3]) >>> 0;
    }
    this.opts.names!.put(ipVersion, client, server, query, Math.floor(ctx.tsUs / 1e6));
  }

  /**
   * Appends the flow's application-layer fields (FlowRecord fields 25…) to b[p…]; returns the
   * new end. `src`/`dst`: the record's initiator and responder addresses.
   * Never more than L7_MAX_BYTES bytes: the analyzers' limits keep their fields far below that (the
   * largest seen in fuzzing is a few KiB); a sub-message that would not fit is left out and counted.
   */
  encode(t: FlowTable, slot: number, b: Uint8Array, p: number, ipVersion: number, src: Uint32Array, dst: Uint32Array, srcPort: number, dstPort: number): number {
    const base = slot * SLOT_BYTES;
    const f = t.u8[base + B_L7] >= L7_FEEDING ? this.flows.get(slot) : undefined;
    let app = t.u8[base + B_APP];
    let guessed = false;
    let fields: unknown = undefined;
    if (f !== undefined && f.analyzer !== null) {
      const live = f.state !== null;
      fields = live ? f.analyzer.fields(f.state) : f.fields;
      if (app === 0 && (live ? f.analyzer.confirmed(f.state) : f.confirmed)) app = f.app;
    }
    if (app === 0) {
      app = guessByPort(t.u8[base + B_PROTO], srcPort, dstPort);
      guessed = app !== 0;
    }
    const start = p;
    if (app !== 0) {
      const name = APP_BYTES[app];
      b[p++] = 0xca; // 25 app_protocol
      b[p++] = 0x01;
      b[p++] = name.length;
      for (let i = 0; i < name.length; i++) b[p++] = name[i];
      if (guessed) {
        b[p++] = 0xd0; // 26 app_protocol_guessed
        b[p++] = 0x01;
        b[p++] = 1;
      }
    }
    const names = this.opts.names;
    if (names !== null && this.opts.privacy.serverName) {
      // 27 server_name: tag, then a one- or two-byte length; written in place, moved if short.
      // Resolved before the flow's last packet: a name the client looked up later is not this flow's.
      const n = names.get(ipVersion, src, dst, Math.ceil(t.f64[(base + F_LAST) >> 3] / 1e6), b, p + 4);
      if (n > 0) {
        b[p++] = 0xda;
        b[p++] = 0x01;
        if (n < 128) {
          b[p++] = n;
          b.copyWithin(p, p + 1, p + 1 + n);
        } else {
          b[p++] = (n & 0x7f) | 0x80;
          b[p++] = n >>> 7;
        }
        p += n;
      }
    }
    if (fields !== undefined) {
      const end = this.subMessage(f!, fields, b, p, start + L7_MAX_BYTES);
      if (end >= 0) p = end;
      else this.counters.oversize++;
    }
    return p;
  }

  /**
   * The analyzer's fields as its FlowRecord sub-message at b[p], with the privacy policy applied
   * (agent/l7/write.ts); returns its end, or -1 when it would not end by `end`.
   */
  private subMessage(f: FlowL7, fields: unknown, b: Uint8Array, p: number, end: number): number {
    const pv = this.opts.privacy;
    switch (f.analyzer!.name) {
      case 'dns':
        return writeDns(b, p, end, fields as DnsFields, pv.dnsAnswers);
      case 'http':
        return writeHttp(b, p, end, fields as HttpFields, pv.httpUserAgent);
      case 'tls':
        return writeTls(b, p, end, fields as TlsInfo, pv.tlsCertificate, f.starttls);
      case 'dhcp':
        return writeDhcp(b, p, end, fields as DhcpFields, pv.dhcpClientIdentity);
      case 'quic':
        return writeQuic(b, p, end, fields as QuicInfo);
      case 'ssh':
        return writeSsh(b, p, end, fields as SshFields);
      default:
        return p;
    }
  }

  /** The flow in `slot` has had its final record: its state goes. */
  release(slot: number): void {
    this.flows.delete(slot);
  }

  /** Flows with analyzer state right now. */
  get size(): number {
    return this.flows.size;
  }
}
