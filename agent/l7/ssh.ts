// SSH (RFC 4253): the two identification strings and the HASSH fingerprints of the two
// KEXINIT messages.
//
// Each side first sends its identification line "SSH-protoversion-softwareversion …" (§4.2;
// a server may send other lines before it), then binary packets, the first of which is its
// SSH_MSG_KEXINIT (§7.1) in the clear. HASSH (Salesforce, github.com/salesforce/hassh) is the
// MD5 of "kex;encryption;mac;compression" taken from a KEXINIT's name-lists, client-to-server
// lists for the client's HASSH, server-to-client lists for the server's HASSH-server.
//
// The handshake is at most a few KiB, so every byte up to the end of the KEXINIT goes
// through a per-direction Reassembly; once a direction has given its KEXINIT the reassembly
// is dropped, and once both have (or gave up) the analyzer asks for no more packets.

import { hexDigest } from './digest.js';
import type { Analyzer, Direction, FlowContext } from './analyzer.js';
import { newBudget, Reassembly, type ReassemblyBudget } from './reassembly.js';
import { ESCAPE_PRINTABLE_KEEP_BACKSLASH, escapeBytes } from './text.js';

/** Characters kept of an identification string (RFC 4253 §4.2 allows 255 with CR LF). */
export const SSH_MAX_BANNER = 253;
/** Characters kept of a HASSH algorithms string (the hash covers the whole string). */
export const SSH_MAX_ALGORITHMS = 2048;
/** Bytes of other lines a server may send before its identification line (§4.2 sets no
 *  limit; real servers print a notice or ASCII art of a few KiB) that we read through. */
const MAX_PRE_BANNER_BYTES = 8192;
/** A KEXINIT packet larger than this is not believed (RFC 4253 §6.1: 35000 bytes). */
const MAX_PACKET = 35000;
const MSG_KEXINIT = 20;

export interface SshFields {
  /** Identification lines without CR LF ("SSH-2.0-OpenSSH_9.6p1 Ubuntu-3"). */
  clientBanner?: string;
  serverBanner?: string;
  /** HASSH of the client: MD5 hex of `hasshAlgorithms`. */
  hassh?: string;
  /** "kex;enc_c2s;mac_c2s;comp_c2s" from the client's KEXINIT (cut at SSH_MAX_ALGORITHMS). */
  hasshAlgorithms?: string;
  /** HASSH-server: MD5 hex of `hasshServerAlgorithms`. */
  hasshServer?: string;
  /** "kex;enc_s2c;mac_s2c;comp_s2c" from the server's KEXINIT (cut at SSH_MAX_ALGORITHMS). */
  hasshServerAlgorithms?: string;
  /** Directions whose handshake could not be parsed (no banner, bad packet, budget). */
  malformedCount: number;
}

// Per-direction phases.
const PH_BANNER = 0;
const PH_KEXINIT = 1;
const PH_DONE = 2;

export class SshState {
  clientBanner: string | undefined = undefined;
  serverBanner: string | undefined = undefined;
  hassh: string | undefined = undefined;
  hasshAlgorithms: string | undefined = undefined;
  hasshServer: string | undefined = undefined;
  hasshServerAlgorithms: string | undefined = undefined;
  malformedCount = 0;
  /** Per direction: the phase, bytes skipped before the banner, the stream so far. */
  phase: [number, number] = [PH_BANNER, PH_BANNER];
  preBytes: [number, number] = [0, 0];
  reasm: [Reassembly | null, Reassembly | null] = [null, null];
  budget: ReassemblyBudget | null = null;
}

export class SshAnalyzer implements Analyzer<SshState, SshFields> {
  readonly name = 'ssh';

  detect(buf: Uint8Array, off: number, len: number, _dir: Direction, ctx: FlowContext): boolean {
    if (ctx.protocol !== 6) return false;
    if (len >= 4 && buf[off] === 0x53 && buf[off + 1] === 0x53 && buf[off + 2] === 0x48 && buf[off + 3] === 0x2d) return true;
    // A server may speak other lines first (§4.2): on the SSH port, accept printable text.
    if (ctx.srcPort !== 22 && ctx.dstPort !== 22) return false;
    const n = Math.min(len, 64);
    for (let i = 0; i < n; i++) {
      const c = buf[off + i];
      if ((c < 0x20 || c > 0x7e) && c !== 0x0d && c !== 0x0a && c !== 0x09) return false;
    }
    return n > 0;
  }

  create(): SshState {
    return new SshState();
  }

  feed(s: SshState, buf: Uint8Array, off: number, len: number, dir: Direction, ctx: FlowContext): boolean {
    if (s.phase[dir] === PH_DONE) return s.phase[dir ^ 1] !== PH_DONE;
    if (len > 0) {
      let r = s.reasm[dir];
      if (r === null) {
        s.budget ??= newBudget();
        r = s.reasm[dir] = new Reassembly(s.budget);
      }
      if (!r.push(buf, off, len, ctx.tcpSeq)) giveUp(s, dir, r.gaveUp === 'limit');
      else parse(s, dir, r);
    }
    return s.phase[0] !== PH_DONE || s.phase[1] !== PH_DONE;
  }

  fields(s: SshState): SshFields | undefined {
    if (s.clientBanner === undefined && s.serverBanner === undefined) return undefined;
    const f: SshFields = { malformedCount: s.malformedCount };
    if (s.clientBanner !== undefined) f.clientBanner = s.clientBanner;
    if (s.serverBanner !== undefined) f.serverBanner = s.serverBanner;
    if (s.hassh !== undefined) f.hassh = s.hassh;
    if (s.hasshAlgorithms !== undefined) f.hasshAlgorithms = s.hasshAlgorithms;
    if (s.hasshServer !== undefined) f.hasshServer = s.hasshServer;
    if (s.hasshServerAlgorithms !== undefined) f.hasshServerAlgorithms = s.hasshServerAlgorithms;
    return f;
  }

  confirmed(s: SshState): boolean {
    return s.clientBanner !== undefined || s.serverBanner !== undefined;
  }
}

function giveUp(s: SshState, dir: Direction, malformed: boolean): void {
  if (malformed) s.malformedCount++;
  done(s, dir);
}

function done(s: SshState, dir: Direction): void {
  s.phase[dir] = PH_DONE;
  s.reasm[dir]?.stop('limit');
  s.reasm[dir] = null;
}

function parse(s: SshState, dir: Direction, r: Reassembly): void {
  for (;;) {
    const v = r.view();
    if (s.phase[dir] === PH_BANNER) {
      const nl = v.indexOf(0x0a);
      if (nl < 0) {
        if (v.length > 255 + 2) giveUp(s, dir, true); // no line is that long (§4.2)
        return;
      }
      const isBanner = nl >= 4 && v[0] === 0x53 && v[1] === 0x53 && v[2] === 0x48 && v[3] === 0x2d;
      if (isBanner) {
        const lineEnd = nl > 0 && v[nl - 1] === 0x0d ? nl - 1 : nl;
        const banner = printable(v, 0, lineEnd, SSH_MAX_BANNER);
        if (dir === 0) s.clientBanner = banner;
        else s.serverBanner = banner;
        r.consume(nl + 1);
        // SSH-1.x has no KEXINIT; "SSH-1.99" is a 2.0 server that also speaks 1.x.
        if (v[4] === 0x31 && !(v[5] === 0x2e && v[6] === 0x39 && v[7] === 0x39)) {
          done(s, dir);
          return;
        }
        s.phase[dir] = PH_KEXINIT;
        continue;
      }
      s.preBytes[dir] += nl + 1;
      if (s.preBytes[dir] > MAX_PRE_BANNER_BYTES) {
        giveUp(s, dir, true);
        return;
      }
      r.consume(nl + 1);
      continue;
    }
    // A binary packet (§6): uint32 packet_length, byte padding_length, payload, padding.
    if (v.length < 6) return;
    const plen = ((v[0] << 24) | (v[1] << 16) | (v[2] << 8) | v[3]) >>> 0;
    if (plen < 2 || plen > MAX_PACKET) {
      giveUp(s, dir, true);
      return;
    }
    if (v.length < 4 + plen) return;
    const pad = v[4];
    const payloadEnd = 4 + plen - pad;
    if (payloadEnd <= 5 || v[5] !== MSG_KEXINIT) {
      giveUp(s, dir, true);
      return;
    }
    if (!kexinit(s, dir, v, 6, payloadEnd)) s.malformedCount++;
    done(s, dir);
    return;
  }
}

/** Parses a KEXINIT payload after the message byte: 16-byte cookie, then ten name-lists. */
function kexinit(s: SshState, dir: Direction, v: Uint8Array, p: number, end: number): boolean {
  p += 16;
  // name-lists 0 kex, 1 host key, 2/3 encryption c2s/s2c, 4/5 mac, 6/7 compression.
  const starts = [0, 0, 0, 0, 0, 0, 0, 0];
  const ends = [0, 0, 0, 0, 0, 0, 0, 0];
  for (let i = 0; i < 8; i++) {
    if (p + 4 > end) return false;
    const n = ((v[p] << 24) | (v[p + 1] << 16) | (v[p + 2] << 8) | v[p + 3]) >>> 0;
    p += 4;
    if (n > end - p) return false; // a length lie
    starts[i] = p;
    ends[i] = p + n;
    p += n;
  }
  const pick = dir === 0 ? [0, 2, 4, 6] : [0, 3, 5, 7];
  let full = '';
  for (let k = 0; k < 4; k++) {
    if (k > 0) full += ';';
    full += printable(v, starts[pick[k]], ends[pick[k]], Number.MAX_SAFE_INTEGER);
  }
  const md5 = hexDigest('md5', full); // ASCII: other bytes are written as \xNN
  const kept = full.length > SSH_MAX_ALGORITHMS ? full.slice(0, SSH_MAX_ALGORITHMS) : full;
  if (dir === 0) {
    s.hassh = md5;
    s.hasshAlgorithms = kept;
  } else {
    s.hasshServer = md5;
    s.hasshServerAlgorithms = kept;
  }
  return true;
}

/** Bytes as text; outside printable ASCII as \xNN. Name-lists are US-ASCII (RFC 4251 §5). */
function printable(v: Uint8Array, p: number, end: number, max: number): string {
  return escapeBytes(v, p, end, max, ESCAPE_PRINTABLE_KEEP_BACKSLASH);
}
