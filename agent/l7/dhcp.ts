// DHCP (RFC 2131) over BOOTP (RFC 951), options per RFC 2132: message types, the client's
// identity (chaddr, host name, FQDN, vendor class, parameter request list) and the addresses
// asked for and handed out.
//
// One UDP datagram is one message. Messages group into transactions by transaction id (xid)
// and client hardware address. An exchange usually spans several of our flows (the client
// broadcasts from 0.0.0.0:68, the server answers from its own address), and one broadcast flow
// carries the exchanges of every client on the segment; so each flow reports the transactions
// of its own messages (the first DHCP_MAX_TRANSACTIONS) and a collector joins them across
// flows by xid and MAC, as Zeek does. Options are read in place; only values kept are copied.

import type { Analyzer, Direction, FlowContext } from './analyzer.js';
import { ESCAPE_PRINTABLE, HEX, HEX_DIGITS, escapeInto } from './text.js';
import { bytesText, ipv4Text } from './text-memo.js';

/** Transactions kept per flow (broadcast flows such as 0.0.0.0:68 → 255.255.255.255:67 carry
 *  every client of the segment); later ones are only counted. */
export const DHCP_MAX_TRANSACTIONS = 8;
/** Message types kept per transaction, in order; later ones are only counted. */
export const DHCP_MAX_MESSAGE_TYPES = 16;
/** Characters kept of a text option. */
export const DHCP_MAX_TEXT = 255;
const FIXED_BYTES = 236; // op … file (RFC 2131 §2, Figure 1)
const COOKIE = 0x63825363; // 99.130.83.99

/** The messages of one exchange: same transaction id and client hardware address. */
export interface DhcpTransaction {
  /** Transaction id (xid). */
  xid: number;
  /** Client hardware address (chaddr) as lower-case "aa:bb:…" (hlen bytes, at most 16). */
  clientMac: string;
  /** DHCP message types (option 53: 1 DISCOVER, 2 OFFER, 3 REQUEST, 4 DECLINE, 5 ACK, 6 NAK,
   *  7 RELEASE, 8 INFORM, …) in order, at most DHCP_MAX_MESSAGE_TYPES; 0 for a BOOTP message
   *  without option 53. */
  messageTypes: number[];
  /** Messages of this transaction in the flow. */
  messageCount: number;
  /** Option 12, host name. */
  hostname?: string;
  /** Option 81 (RFC 4702), the client's FQDN (wire-format names decoded to dotted text). */
  clientFqdn?: string;
  /** Option 60, vendor class identifier. */
  vendorClass?: string;
  /** Option 55, the option codes the client asked for, in its order. */
  paramRequestList?: number[];
  /** Option 50, the address the client asked for (dotted quad). */
  requestedAddress?: string;
  /** yiaddr of the last ACK, else of the last OFFER: the address the server assigned. */
  assignedAddress?: string;
  /** ciaddr of a client message when not 0.0.0.0 (a client that has its address). */
  clientAddress?: string;
  /** Option 54, server identifier. */
  serverId?: string;
  /** Option 51, lease time in seconds (of the last OFFER/ACK carrying it). */
  leaseTimeS?: number;
}

export interface DhcpFields {
  /** The first DHCP_MAX_TRANSACTIONS transactions, in order of their first message. */
  transactions: DhcpTransaction[];
  /** Transactions in the flow (distinct xid + chaddr; past the kept ones, a new xid counts). */
  transactionCount: number;
  /** Messages parsed. */
  messageCount: number;
  /** Messages that were cut, lacked the magic cookie, or had an option running past the end. */
  malformedCount: number;
}

export class DhcpState {
  transactions: DhcpTransaction[] = [];
  transactionCount = 0;
  messageCount = 0;
  malformedCount = 0;
  /** xid of the last message past the kept transactions, to count a new one once. */
  lastOtherXid = -1;
}

function dhcpPort(p: number): boolean {
  return p === 67 || p === 68;
}

export class DhcpAnalyzer implements Analyzer<DhcpState, DhcpFields> {
  readonly name = 'dhcp';

  detect(buf: Uint8Array, off: number, len: number, _dir: Direction, ctx: FlowContext): boolean {
    if (ctx.protocol !== 17 || !dhcpPort(ctx.srcPort) || !dhcpPort(ctx.dstPort)) return false;
    if (len < FIXED_BYTES) return false;
    const op = buf[off];
    // A plain BOOTP message (no cookie) is accepted too; its fixed fields still parse.
    return (op === 1 || op === 2) && buf[off + 2] <= 16;
  }

  create(): DhcpState {
    return new DhcpState();
  }

  feed(s: DhcpState, buf: Uint8Array, off: number, len: number, _dir: Direction, _ctx: FlowContext): boolean {
    // Every message is read: past the kept transactions that is the fixed header only.
    parseMessage(s, buf, off, len);
    return true;
  }

  fields(s: DhcpState): DhcpFields | undefined {
    if (s.messageCount === 0 && s.malformedCount === 0) return undefined;
    return {
      transactions: s.transactions,
      transactionCount: s.transactionCount,
      messageCount: s.messageCount,
      malformedCount: s.malformedCount,
    };
  }

  confirmed(s: DhcpState): boolean {
    return s.messageCount > s.malformedCount;
  }
}

/** The kept transaction with this xid and chaddr, a new one while there is room, or null. */
function transactionFor(s: DhcpState, buf: Uint8Array, off: number): DhcpTransaction | null {
  const xid = u32(buf, off + 4);
  const hlen = Math.min(buf[off + 2], 16);
  const ts = s.transactions;
  for (let i = 0; i < ts.length; i++) {
    if (ts[i].xid === xid && sameMac(ts[i].clientMac, buf, off + 28, hlen)) return ts[i];
  }
  if (ts.length >= DHCP_MAX_TRANSACTIONS) {
    if (xid !== s.lastOtherXid) s.transactionCount++;
    s.lastOtherXid = xid;
    return null;
  }
  s.transactionCount++;
  const t: DhcpTransaction = { xid, clientMac: macText(buf, off + 28, hlen), messageTypes: [], messageCount: 0 };
  ts.push(t);
  return t;
}

function sameMac(text: string, buf: Uint8Array, p: number, n: number): boolean {
  if (text.length !== (n === 0 ? 0 : n * 3 - 1)) return false;
  for (let i = 0; i < n; i++) {
    if (text.charCodeAt(3 * i) !== HEX[buf[p + i]].charCodeAt(0) || text.charCodeAt(3 * i + 1) !== HEX[buf[p + i]].charCodeAt(1)) return false;
  }
  return true;
}

function parseMessage(s: DhcpState, buf: Uint8Array, off: number, len: number): void {
  if (len < FIXED_BYTES) {
    s.malformedCount++;
    return;
  }
  s.messageCount++;
  const t = transactionFor(s, buf, off);
  if (t === null) return;
  t.messageCount++;
  const op = buf[off];
  if (op === 1 && t.clientAddress === undefined && u32(buf, off + 12) !== 0) t.clientAddress = ipv4(buf, off + 12);

  // Options follow the magic cookie (RFC 2131 §3); a BOOTP reply may have none.
  let type = 0;
  const end = off + len;
  if (len >= FIXED_BYTES + 4 && u32(buf, off + FIXED_BYTES) === COOKIE) {
    let p = off + FIXED_BYTES + 4;
    while (p < end) {
      const code = buf[p];
      if (code === 255) break; // end
      if (code === 0) {
        p++; // pad
        continue;
      }
      if (p + 2 > end || p + 2 + buf[p + 1] > end) {
        s.malformedCount++; // an option length that runs past the datagram
        break;
      }
      const n = buf[p + 1];
      const v = p + 2;
      switch (code) {
        case 53:
          if (n >= 1) type = buf[v];
          break;
        case 12:
          if (t.hostname === undefined) t.hostname = text(buf, v, v + n);
          break;
        case 60:
          if (t.vendorClass === undefined) t.vendorClass = text(buf, v, v + n);
          break;
        case 55:
          if (t.paramRequestList === undefined) {
            const l: number[] = [];
            for (let i = v; i < v + n; i++) l.push(buf[i]);
            t.paramRequestList = l;
          }
          break;
        case 50:
          if (n === 4 && t.requestedAddress === undefined) t.requestedAddress = ipv4(buf, v);
          break;
        case 54:
          if (n === 4 && t.serverId === undefined) t.serverId = ipv4(buf, v);
          break;
        case 51:
          if (n === 4) t.leaseTimeS = u32(buf, v);
          break;
        case 81:
          if (n >= 3 && t.clientFqdn === undefined) t.clientFqdn = fqdn(buf, v, v + n);
          break;
      }
      p = v + n;
    }
  } else if (len >= FIXED_BYTES + 4) {
    s.malformedCount++; // options area without the cookie
  }
  if (t.messageTypes.length < DHCP_MAX_MESSAGE_TYPES) t.messageTypes.push(type);
  // The assigned address: yiaddr of an ACK wins over one of an OFFER.
  if (op === 2 && (type === 5 || (type === 2 && !t.messageTypes.includes(5))) && u32(buf, off + 16) !== 0) {
    t.assignedAddress = ipv4(buf, off + 16);
  }
}

/** Option 81: flags, two obsolete rcodes, then the name, ASCII or (flag E) DNS wire format. */
function fqdn(buf: Uint8Array, p: number, end: number): string {
  const wire = (buf[p] & 0x04) !== 0;
  p += 3;
  if (!wire) return text(buf, p, end);
  let out = '';
  while (p < end) {
    const n = buf[p];
    if (n === 0 || n > 63 || p + 1 + n > end) break; // no compression in this option
    if (out.length > 0) out += '.';
    out += text(buf, p + 1, p + 1 + n);
    p += 1 + n;
    if (out.length >= DHCP_MAX_TEXT) break;
  }
  return out.length > DHCP_MAX_TEXT ? out.slice(0, DHCP_MAX_TEXT) : out;
}

function u32(buf: Uint8Array, p: number): number {
  return ((buf[p] << 24) | (buf[p + 1] << 16) | (buf[p + 2] << 8) | buf[p + 3]) >>> 0;
}

function ipv4(buf: Uint8Array, p: number): string {
  return ipv4Text(buf, p);
}

/** Text being built (a MAC, an option), then made a string once (text-memo.ts). */
const chars = new Uint8Array(DHCP_MAX_TEXT + 4);

function macText(buf: Uint8Array, p: number, n: number): string {
  let k = 0;
  for (let i = 0; i < n; i++) {
    if (i > 0) chars[k++] = 0x3a; // ':'
    chars[k++] = HEX_DIGITS[buf[p + i] >> 4];
    chars[k++] = HEX_DIGITS[buf[p + i] & 15];
  }
  return bytesText(chars, k);
}

/**
 * Printable ASCII as is, other bytes (and '\\') as \xNN (text.ts ESCAPE_PRINTABLE); a trailing NUL
 * (common in option 12) dropped. Stops once the text has DHCP_MAX_TEXT characters (an escape
 * is not cut: up to 3 more).
 */
function text(buf: Uint8Array, p: number, end: number): string {
  while (end > p && buf[end - 1] === 0) end--;
  return bytesText(chars, escapeInto(chars, 0, buf, p, end, ESCAPE_PRINTABLE, DHCP_MAX_TEXT));
}
