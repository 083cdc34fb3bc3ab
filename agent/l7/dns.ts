// DNS (RFC 1035) over UDP and TCP: per transaction the question, the response code and
// flags, and the answer section as text.
//
// A UDP datagram is one message. Over TCP every message has a 2-byte length prefix
// (RFC 1035 §4.2.2) and may span segments, so TCP goes through a Reassembly; a flow carries
// many transactions (a resolver pair, a zone transfer), of which the first MAX_TRANSACTIONS
// are kept whole and the rest only counted. Queries and responses pair up by transaction id.
//
// Everything is parsed in place from the packet. Names are decoded into a per-flow scratch
// array only when they are kept (a stored question or answer); a compression pointer must
// point strictly backwards, which makes a pointer loop impossible, and the hop count is
// bounded besides. Bad messages (loops, names over 255 octets, counts that promise more
// records than the message holds, cut messages) are counted and what was parsed before the
// fault is kept.

import type { Analyzer, Direction, FlowContext } from './analyzer.js';
import { newBudget, Reassembly, type ReassemblyBudget } from './reassembly.js';
import { ESCAPE_GRAPHIC, HEX_DIGITS, escapeBytes, escapeInto, latin1 } from './text.js';
import { bytesText, ipv4Text, ipv6TextMemo } from './text-memo.js';

/** Transactions kept per flow; later ones are only counted. */
export const DNS_MAX_TRANSACTIONS = 8;
/** Answer records kept per transaction. */
export const DNS_MAX_ANSWERS = 16;
/** Longest answer data text kept, in characters (longer text is cut). */
export const DNS_MAX_DATA_CHARS = 255;
/** A domain name is at most 255 octets on the wire (RFC 1035 §2.3.4). */
const MAX_NAME_OCTETS = 255;
/** More pointers than labels a name can have means something is wrong. */
const MAX_POINTER_HOPS = 128;
const HEADER_BYTES = 12;

/** One resource record of an answer section. */
export interface DnsAnswer {
  /** RR type (1 A, 28 AAAA, 5 CNAME, …). */
  type: number;
  /** Time to live, seconds. */
  ttl: number;
  /**
   * The RDATA as presentation text: an address for A/AAAA, a name for CNAME/NS/PTR/DNAME,
   * "pref name" for MX, "prio weight port target" for SRV, the strings for TXT, "mname rname
   * serial refresh retry expire minimum" for SOA, and RFC 3597 "\# len hex" for other
   * types. At most DNS_MAX_DATA_CHARS characters.
   */
  data: string;
}

/** One query and its response, as far as seen. */
export interface DnsTransaction {
  /** DNS message id. */
  id: number;
  /** Query name, labels joined by '.', no trailing dot ("" for the root); bytes outside
   *  printable ASCII, and '\', as \xNN. */
  query: string;
  /** Question type and class (1 A, 28 AAAA…; class 1 IN). */
  qtype: number;
  qclass: number;
  /** OPCODE (0 query, 4 notify, 5 update). */
  opcode: number;
  /** A query was seen. */
  querySeen: boolean;
  /** A response was seen. */
  responseSeen: boolean;
  /** RCODE of the response (0 NOERROR, 3 NXDOMAIN…); meaningful when responseSeen (0 before). */
  rcode: number;
  /** Header flags: RD of the query (else of the response); AA, TC, RA, AD, CD of the response
   *  (of the query before one arrives). */
  authoritative: boolean;
  truncated: boolean;
  recursionDesired: boolean;
  recursionAvailable: boolean;
  authenticData: boolean;
  checkingDisabled: boolean;
  /** ANCOUNT of the response as sent. */
  answerCount: number;
  /** The first DNS_MAX_ANSWERS records of the answer section that could be parsed. */
  answers: DnsAnswer[];
}

export interface DnsFields {
  /** The first DNS_MAX_TRANSACTIONS transactions, in order of their first message. */
  transactions: DnsTransaction[];
  /** Transactions in the flow (a response without a query seen counts as one). */
  transactionCount: number;
  /** Messages with QR = 0 / QR = 1. */
  queryCount: number;
  responseCount: number;
  /** Messages that could not be parsed completely (see the counters in DnsState). */
  malformedCount: number;
}

/** Recent unanswered query ids of transactions past the stored ones, to pair responses. */
const ID_RING = 32;

/**
 * Told of each A/AAAA answer as it is parsed: the transaction's query name and the address
 * bytes buf[off, off + 4) or [off, off + 16) (valid during the call only).
 */
export type DnsAddressListener = (query: string, ipVersion: 4 | 6, buf: Uint8Array, off: number) => void;

export class DnsState {
  readonly onAddress: DnsAddressListener | null;
  transactions: DnsTransaction[] = [];
  transactionCount = 0;
  queryCount = 0;
  responseCount = 0;
  malformedCount = 0;
  /** Why messages were malformed (several may count for one message). */
  compressionLoops = 0;
  namesTooLong = 0;
  truncatedMessages = 0;
  badLabels = 0;
  /** Bytes of one DNS-over-TCP direction not parsed yet; null for UDP or until needed. */
  reasm: [Reassembly | null, Reassembly | null] = [null, null];
  /** The flow's reassembly budget, shared by both directions (TCP only). */
  budget: ReassemblyBudget | null = null;
  /** Unanswered query ids past the stored transactions (-1: free slot); null until needed. */
  idRing: Int32Array | null = null;
  idRingLen = 0;
  done = false;
  // Per-message parse status, reset for every message.
  fault = 0;

  constructor(onAddress: DnsAddressListener | null = null) {
    this.onAddress = onAddress;
  }
}

const F_LOOP = 1;
const F_LONG = 2;
const F_CUT = 4;
const F_LABEL = 8;

/** Ports DNS is served on: DNS, mDNS (RFC 6762), LLMNR (RFC 4795). */
export const DNS_PORTS: readonly number[] = [53, 5353, 5355];

/** p is one of DNS_PORTS. */
function dnsPort(p: number): boolean {
  return p === 53 || p === 5353 || p === 5355;
}

/** A plausible message header at buf[off..]: a sane opcode and counts. */
function plausibleHeader(buf: Uint8Array, off: number, len: number): boolean {
  if (len < HEADER_BYTES) return false;
  const opcode = (buf[off + 2] >> 3) & 0x0f;
  if (opcode === 3 || opcode > 6) return false;
  const qd = (buf[off + 4] << 8) | buf[off + 5];
  return qd <= 16;
}

export class DnsAnalyzer implements Analyzer<DnsState, DnsFields> {
  readonly name = 'dns';
  private readonly onAddress: DnsAddressListener | null;

  /** `onAddress`: told of every A/AAAA answer parsed (the probe's name cache). */
  constructor(opts: { onAddress?: DnsAddressListener } = {}) {
    this.onAddress = opts.onAddress ?? null;
  }

  detect(buf: Uint8Array, off: number, len: number, _dir: Direction, ctx: FlowContext): boolean {
    if (!dnsPort(ctx.srcPort) && !dnsPort(ctx.dstPort)) return false;
    if (ctx.protocol === 17) return plausibleHeader(buf, off, len);
    if (ctx.protocol !== 6) return false;
    // A TCP segment may hold the length prefix alone; then the port is all there is.
    if (len < 2 + HEADER_BYTES) return len >= 2 || len === 0;
    return plausibleHeader(buf, off + 2, len - 2);
  }

  create(): DnsState {
    return new DnsState(this.onAddress);
  }

  feed(s: DnsState, buf: Uint8Array, off: number, len: number, dir: Direction, ctx: FlowContext): boolean {
    if (s.done) return false;
    if (ctx.protocol !== 6) {
      parseMessage(s, buf, off, len);
      return true;
    }
    if (len <= 0) return true;
    let r = s.reasm[dir];
    if (r === null) {
      s.budget ??= newBudget();
      r = new Reassembly(s.budget);
      s.reasm[dir] = r;
    }
    if (!r.push(buf, off, len, ctx.tcpSeq)) {
      // A hole or the budget: DNS over TCP cannot resynchronise to a length prefix.
      if (r.gaveUp === 'limit') s.malformedCount++;
      stopAll(s);
      return false;
    }
    for (;;) {
      const v = r.view();
      if (v.length < 2) break;
      const n = (v[0] << 8) | v[1];
      if (v.length < 2 + n) break;
      parseMessage(s, v, 2, n);
      r.consume(2 + n);
    }
    return true;
  }

  fields(s: DnsState): DnsFields | undefined {
    if (s.queryCount + s.responseCount + s.malformedCount === 0) return undefined;
    return {
      transactions: s.transactions,
      transactionCount: s.transactionCount,
      queryCount: s.queryCount,
      responseCount: s.responseCount,
      malformedCount: s.malformedCount,
    };
  }

  confirmed(s: DnsState): boolean {
    return s.transactions.length > 0;
  }
}

function stopAll(s: DnsState): void {
  s.done = true;
  for (const r of s.reasm) r?.stop('limit');
}

// ---- message parsing ------------------------------------------------------------------------

function parseMessage(s: DnsState, buf: Uint8Array, off: number, len: number): void {
  s.fault = 0;
  if (len < HEADER_BYTES) {
    s.malformedCount++;
    s.truncatedMessages++;
    return;
  }
  const end = off + len;
  const id = (buf[off] << 8) | buf[off + 1];
  const f1 = buf[off + 2];
  const f2 = buf[off + 3];
  const isResponse = (f1 & 0x80) !== 0;
  const qd = (buf[off + 4] << 8) | buf[off + 5];
  const an = (buf[off + 6] << 8) | buf[off + 7];
  if (isResponse) s.responseCount++;
  else s.queryCount++;

  // The first question names the transaction. A response without one (mDNS answers carry
  // none) is named by its first answer's owner, so that it pairs only with a query for that
  // name, as Zeek does (base/protocols/dns: a reply for another name is its own row).
  let pos = off + HEADER_BYTES;
  let qname = '';
  let qtype = 0;
  let qclass = 0;
  const wantName = s.transactions.length < DNS_MAX_TRANSACTIONS || hasPending(s, id);
  for (let i = 0; i < qd; i++) {
    if (i === 0 && wantName) {
      qname = readName(s, buf, off, end, pos);
      pos = nameEnd;
    } else {
      pos = skipName(s, buf, end, pos);
    }
    if (pos < 0 || pos + 4 > end) {
      pos = -1;
      break;
    }
    if (i === 0) {
      qtype = (buf[pos] << 8) | buf[pos + 1];
      qclass = (buf[pos + 2] << 8) | buf[pos + 3];
    }
    pos += 4;
  }
  if (qd === 0 && an > 0 && wantName && pos < end) {
    qname = readName(s, buf, off, end, pos);
    if (nameEnd < 0) qname = '';
  }

  let t = findTransaction(s, id, isResponse, qname);
  if (t === null) {
    if (countBeyondStored(s, id, isResponse) && s.transactions.length < DNS_MAX_TRANSACTIONS) {
      t = newTransaction(id);
      t.query = qname;
      t.qtype = qtype;
      t.qclass = qclass;
      s.transactions.push(t);
    }
  } else if (t.qtype === 0 && qtype !== 0) {
    t.qtype = qtype;
    t.qclass = qclass;
  }
  if (t === null) {
    if (pos < 0) s.fault |= F_CUT;
    finishMessage(s);
    return;
  }
  // Header fields: valid even when the body turns out to be cut.
  t.opcode = (f1 >> 3) & 0x0f;
  if (isResponse) {
    t.responseSeen = true;
    t.rcode = f2 & 0x0f;
    t.answerCount = an;
    t.authoritative = (f1 & 0x04) !== 0;
    t.truncated = (f1 & 0x02) !== 0;
    if (!t.querySeen) t.recursionDesired = (f1 & 0x01) !== 0;
    t.recursionAvailable = (f2 & 0x80) !== 0;
    t.authenticData = (f2 & 0x20) !== 0;
    t.checkingDisabled = (f2 & 0x10) !== 0;
  } else {
    t.querySeen = true;
    t.recursionDesired = (f1 & 0x01) !== 0;
    if (!t.responseSeen) {
      t.truncated = (f1 & 0x02) !== 0;
      t.authenticData = (f2 & 0x20) !== 0;
      t.checkingDisabled = (f2 & 0x10) !== 0;
    }
  }
  if (pos < 0) {
    s.fault |= F_CUT;
    finishMessage(s);
    return;
  }

  // Answer section, responses only: records go into the transaction until it holds
  // DNS_MAX_ANSWERS; the walk stops there (authority and additional sections are not kept).
  if (isResponse && t.answers.length === 0) {
    for (let i = 0; i < an; i++) {
      pos = skipName(s, buf, end, pos);
      if (pos < 0 || pos + 10 > end) {
        s.fault |= F_CUT;
        break;
      }
      const type = (buf[pos] << 8) | buf[pos + 1];
      const ttl = ((buf[pos + 4] << 24) | (buf[pos + 5] << 16) | (buf[pos + 6] << 8) | buf[pos + 7]) >>> 0;
      const rdlen = (buf[pos + 8] << 8) | buf[pos + 9];
      const rd = pos + 10;
      if (rd + rdlen > end) {
        s.fault |= F_CUT; // the record's length lies
        break;
      }
      if (t.answers.length < DNS_MAX_ANSWERS) {
        t.answers.push({ type, ttl, data: rdataText(s, buf, off, end, rd, rdlen, type) });
        if (s.onAddress !== null && ((type === 1 && rdlen === 4) || (type === 28 && rdlen === 16))) s.onAddress(t.query, type === 1 ? 4 : 6, buf, rd);
      } else {
        break;
      }
      pos = rd + rdlen;
    }
  }
  finishMessage(s);
}

function finishMessage(s: DnsState): void {
  if (s.fault === 0) return;
  s.malformedCount++;
  if (s.fault & F_LOOP) s.compressionLoops++;
  if (s.fault & F_LONG) s.namesTooLong++;
  if (s.fault & F_CUT) s.truncatedMessages++;
  if (s.fault & F_LABEL) s.badLabels++;
}

/**
 * The stored transaction a response belongs to, or null: the oldest one with the same id and
 * name still awaiting a response. Every query starts a transaction of its own (a retransmitted
 * query too, as in Zeek's per-id queue), and a second response to an answered query (mDNS
 * sends several) is a transaction of its own.
 */
function findTransaction(s: DnsState, id: number, isResponse: boolean, qname: string): DnsTransaction | null {
  if (!isResponse) return null;
  const ts = s.transactions;
  for (let i = 0; i < ts.length; i++) {
    const t = ts[i];
    if (t.id === id && !t.responseSeen && t.query === qname) return t;
  }
  return null;
}

function hasPending(s: DnsState, id: number): boolean {
  const ts = s.transactions;
  for (let i = 0; i < ts.length; i++) if (ts[i].id === id && !ts[i].responseSeen) return true;
  return false;
}

/**
 * Counts a message that matched no stored transaction; returns true when it starts a new
 * transaction (a query, or a response whose query we did not see).
 */
function countBeyondStored(s: DnsState, id: number, isResponse: boolean): boolean {
  if (s.transactions.length < DNS_MAX_TRANSACTIONS) {
    s.transactionCount++;
    return true;
  }
  // Past the stored transactions only ids are remembered, in a small ring.
  if (s.idRing === null) s.idRing = new Int32Array(ID_RING).fill(-1);
  const ring = s.idRing;
  if (isResponse) {
    for (let i = 0; i < ID_RING; i++) {
      if (ring[i] === id) {
        ring[i] = -1; // answered: a later response with this id is new
        return false;
      }
    }
  }
  s.transactionCount++;
  if (!isResponse) ring[s.idRingLen++ % ID_RING] = id;
  return true;
}

function newTransaction(id: number): DnsTransaction {
  return {
    id,
    query: '',
    qtype: 0,
    qclass: 0,
    opcode: 0,
    querySeen: false,
    responseSeen: false,
    rcode: 0,
    authoritative: false,
    truncated: false,
    recursionDesired: false,
    recursionAvailable: false,
    authenticData: false,
    checkingDisabled: false,
    answerCount: 0,
    answers: [],
  };
}

// ---- names ------------------------------------------------------------------------------------

/** Set by readName/skipName: the position after the name in the record, or -1. */
let nameEnd = -1;

/**
 * Skips the name at pos (its labels up to the root or the first pointer). Returns the
 * position after it, or -1 when cut or malformed.
 */
function skipName(s: DnsState, buf: Uint8Array, end: number, pos: number): number {
  let octets = 1;
  while (pos < end) {
    const b = buf[pos];
    if (b === 0) return pos + 1;
    if ((b & 0xc0) === 0xc0) return pos + 2 <= end ? pos + 2 : -1;
    if ((b & 0xc0) !== 0) {
      s.fault |= F_LABEL;
      return -1;
    }
    octets += b + 1;
    if (octets > MAX_NAME_OCTETS) {
      s.fault |= F_LONG;
      return -1;
    }
    pos += b + 1;
  }
  return -1;
}

/**
 * The name readName decodes, as text: labels joined by '.', bytes as ESCAPE_GRAPHIC has them
 * (\xNN for all but graphic ASCII: at most 4 characters per octet of the name).
 */
const nameChars = new Uint8Array(4 * MAX_NAME_OCTETS);

/**
 * Decodes the name at pos in the message that starts at msg; sets nameEnd to the position
 * after it in the record (-1 on a fault). Returns the text ('' on a fault), one string per
 * distinct name (text-memo.ts).
 */
function readName(s: DnsState, buf: Uint8Array, msg: number, end: number, pos: number): string {
  let n = 0; // characters in nameChars
  let after = -1;
  let octets = 1;
  let hops = 0;
  // A pointer must point before the lowest position read so far, so every hop moves strictly
  // backwards and a loop cannot form; the hop limit is a second guard.
  let floor = pos;
  while (pos < end) {
    const b = buf[pos];
    if (b === 0) {
      nameEnd = after >= 0 ? after : pos + 1;
      return bytesText(nameChars, n);
    }
    if ((b & 0xc0) === 0xc0) {
      if (pos + 1 >= end) break;
      const target = msg + (((b & 0x3f) << 8) | buf[pos + 1]);
      if (after < 0) after = pos + 2;
      if (target >= floor || ++hops > MAX_POINTER_HOPS) {
        s.fault |= F_LOOP;
        nameEnd = -1;
        return '';
      }
      floor = target;
      pos = target;
      continue;
    }
    if ((b & 0xc0) !== 0) {
      s.fault |= F_LABEL;
      nameEnd = -1;
      return '';
    }
    octets += b + 1;
    if (octets > MAX_NAME_OCTETS) {
      s.fault |= F_LONG;
      nameEnd = -1;
      return '';
    }
    if (pos + 1 + b > end) break;
    if (n > 0) nameChars[n++] = 0x2e; // '.'
    n = escapeInto(nameChars, n, buf, pos + 1, pos + 1 + b, ESCAPE_GRAPHIC);
    pos += b + 1;
  }
  s.fault |= F_CUT;
  nameEnd = -1;
  return '';
}

/** A TXT character-string as text (escaped as name labels are). */
function labelText(buf: Uint8Array, start: number, stop: number): string {
  return escapeBytes(buf, start, stop, undefined, ESCAPE_GRAPHIC);
}

// ---- RDATA ----------------------------------------------------------------------------------

function rdataText(s: DnsState, buf: Uint8Array, msg: number, end: number, rd: number, n: number, type: number): string {
  const stop = rd + n;
  let out: string;
  switch (type) {
    case 1: // A
      out = n === 4 ? ipv4Text(buf, rd) : generic(buf, rd, n);
      break;
    case 28: // AAAA
      out = n === 16 ? ipv6TextMemo(buf, rd) : generic(buf, rd, n);
      break;
    case 2: // NS
    case 5: // CNAME
    case 12: // PTR
    case 39: // DNAME
      out = nameIn(s, buf, msg, end, rd, stop) ?? generic(buf, rd, n);
      break;
    case 15: // MX
      out = n >= 3 ? `${u16(buf, rd)} ${nameIn(s, buf, msg, end, rd + 2, stop) ?? '?'}` : generic(buf, rd, n);
      break;
    case 33: // SRV
      out = n >= 7
        ? `${u16(buf, rd)} ${u16(buf, rd + 2)} ${u16(buf, rd + 4)} ${nameIn(s, buf, msg, end, rd + 6, stop) ?? '?'}`
        : generic(buf, rd, n);
      break;
    case 6: { // SOA
      const m = nameIn(s, buf, msg, end, rd, stop);
      const p1 = nameEnd;
      const r = m !== null ? nameIn(s, buf, msg, end, p1, stop) : null;
      const p2 = nameEnd;
      if (m === null || r === null || p2 + 20 > stop) {
        out = generic(buf, rd, n);
        break;
      }
      out = `${m} ${r} ${u32(buf, p2)} ${u32(buf, p2 + 4)} ${u32(buf, p2 + 8)} ${u32(buf, p2 + 12)} ${u32(buf, p2 + 16)}`;
      break;
    }
    case 16: // TXT: character-strings, each a length byte and text
    {
      let p = rd;
      out = '';
      while (p < stop && out.length < DNS_MAX_DATA_CHARS) {
        const l = buf[p];
        if (p + 1 + l > stop) break;
        if (p > rd) out += ' ';
        out += labelText(buf, p + 1, Math.min(p + 1 + l, p + 1 + DNS_MAX_DATA_CHARS));
        p += 1 + l;
      }
      break;
    }
    default:
      out = generic(buf, rd, n);
  }
  return out.length > DNS_MAX_DATA_CHARS ? out.slice(0, DNS_MAX_DATA_CHARS) : out;
}

/** A name inside RDATA; it must end within the record. Sets nameEnd. */
function nameIn(s: DnsState, buf: Uint8Array, msg: number, end: number, pos: number, stop: number): string | null {
  const name = readName(s, buf, msg, end, pos);
  if (nameEnd < 0 || nameEnd > stop) {
    s.fault |= F_CUT;
    return null;
  }
  return name;
}

/** RFC 3597 §5 unknown-type text, cut to what fits DNS_MAX_DATA_CHARS. */
function generic(buf: Uint8Array, rd: number, n: number): string {
  // Written into nameChars (free here: no name is being decoded) and made a string once.
  let k = 0;
  nameChars[k++] = 0x5c; // '\\'
  nameChars[k++] = 0x23; // '#'
  nameChars[k++] = 0x20;
  const digits = String(n);
  for (let i = 0; i < digits.length; i++) nameChars[k++] = digits.charCodeAt(i);
  if (n > 0) nameChars[k++] = 0x20;
  const take = Math.min(n, (DNS_MAX_DATA_CHARS - k) >> 1);
  for (let i = 0; i < take; i++) {
    nameChars[k++] = HEX_DIGITS[buf[rd + i] >> 4];
    nameChars[k++] = HEX_DIGITS[buf[rd + i] & 15];
  }
  return latin1(nameChars, 0, k);
}

function u16(buf: Uint8Array, p: number): number {
  return (buf[p] << 8) | buf[p + 1];
}

function u32(buf: Uint8Array, p: number): number {
  return ((buf[p] << 24) | (buf[p + 1] << 16) | (buf[p + 2] << 8) | buf[p + 3]) >>> 0;
}

