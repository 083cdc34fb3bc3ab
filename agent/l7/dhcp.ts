// DHCP (RFC 2131) over BOOTP (RFC 951), options per RFC 2132: message types, the client's
// identity (chaddr, host name, FQDN, vendor class, parameter request list) and the addresses
// asked for and handed out.
//
// One UDP datagram is one message. A DHCP exchange usually spans several of our flows (the
// client broadcasts from 0.0.0.0:68, the server answers from its own address), so each flow
// reports what its own messages said and a collector joins them by transaction id (`xid`)
// and client MAC, as Zeek does. Options are read in place; only values kept are copied.

import type { Analyzer, Direction, FlowContext } from './analyzer.js';

/** Message types kept per flow, in order; later ones are only counted. */
export const DHCP_MAX_MESSAGE_TYPES = 16;
/** Characters kept of a text option. */
export const DHCP_MAX_TEXT = 255;
/** Messages parsed per flow; the analyzer stops after that. */
const MAX_MESSAGES = 64;
const FIXED_BYTES = 236; // op … file (RFC 2131 §2, Figure 1)
const COOKIE = 0x63825363; // 99.130.83.99

export interface DhcpFields {
  /** DHCP message types (option 53: 1 DISCOVER, 2 OFFER, 3 REQUEST, 4 DECLINE, 5 ACK, 6 NAK,
   *  7 RELEASE, 8 INFORM, …) in order, at most DHCP_MAX_MESSAGE_TYPES; 0 for a BOOTP message
   *  without option 53. */
  messageTypes: number[];
  /** Messages parsed. */
  messageCount: number;
  /** Transaction id of the first message. */
  xid: number;
  /** Client hardware address (chaddr) as lower-case "aa:bb:…" (hlen bytes, at most 16). */
  clientMac: string;
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
  /** Messages that were cut, lacked the magic cookie, or had an option running past the end. */
  malformedCount: number;
}

export class DhcpState {
  messageTypes: number[] = [];
  messageCount = 0;
  xid = 0;
  clientMac = '';
  hostname: string | undefined = undefined;
  clientFqdn: string | undefined = undefined;
  vendorClass: string | undefined = undefined;
  paramRequestList: number[] | undefined = undefined;
  requestedAddress: string | undefined = undefined;
  assignedAddress: string | undefined = undefined;
  assignedFromAck = false;
  clientAddress: string | undefined = undefined;
  serverId: string | undefined = undefined;
  leaseTimeS: number | undefined = undefined;
  malformedCount = 0;
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
    parseMessage(s, buf, off, len);
    return s.messageCount < MAX_MESSAGES;
  }

  fields(s: DhcpState): DhcpFields | undefined {
    if (s.messageCount === 0) return undefined;
    const f: DhcpFields = {
      messageTypes: s.messageTypes,
      messageCount: s.messageCount,
      xid: s.xid,
      clientMac: s.clientMac,
      malformedCount: s.malformedCount,
    };
    if (s.hostname !== undefined) f.hostname = s.hostname;
    if (s.clientFqdn !== undefined) f.clientFqdn = s.clientFqdn;
    if (s.vendorClass !== undefined) f.vendorClass = s.vendorClass;
    if (s.paramRequestList !== undefined) f.paramRequestList = s.paramRequestList;
    if (s.requestedAddress !== undefined) f.requestedAddress = s.requestedAddress;
    if (s.assignedAddress !== undefined) f.assignedAddress = s.assignedAddress;
    if (s.clientAddress !== undefined) f.clientAddress = s.clientAddress;
    if (s.serverId !== undefined) f.serverId = s.serverId;
    if (s.leaseTimeS !== undefined) f.leaseTimeS = s.leaseTimeS;
    return f;
  }

  confirmed(s: DhcpState): boolean {
    return s.messageCount > s.malformedCount;
  }
}

function parseMessage(s: DhcpState, buf: Uint8Array, off: number, len: number): void {
  if (len < FIXED_BYTES) {
    s.malformedCount++;
    return;
  }
  const op = buf[off];
  const first = s.messageCount === 0;
  s.messageCount++;
  if (first) {
    s.xid = u32(buf, off + 4);
    s.clientMac = macText(buf, off + 28, Math.min(buf[off + 2], 16));
  }
  if (op === 1 && s.clientAddress === undefined && u32(buf, off + 12) !== 0) s.clientAddress = ipv4(buf, off + 12);

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
          if (s.hostname === undefined) s.hostname = text(buf, v, v + n);
          break;
        case 60:
          if (s.vendorClass === undefined) s.vendorClass = text(buf, v, v + n);
          break;
        case 55:
          if (s.paramRequestList === undefined) s.paramRequestList = Array.from(buf.subarray(v, v + n));
          break;
        case 50:
          if (n === 4 && s.requestedAddress === undefined) s.requestedAddress = ipv4(buf, v);
          break;
        case 54:
          if (n === 4 && s.serverId === undefined) s.serverId = ipv4(buf, v);
          break;
        case 51:
          if (n === 4) s.leaseTimeS = u32(buf, v);
          break;
        case 81:
          if (n >= 3 && s.clientFqdn === undefined) s.clientFqdn = fqdn(buf, v, v + n);
          break;
      }
      p = v + n;
    }
  } else if (len >= FIXED_BYTES + 4) {
    s.malformedCount++; // options area without the cookie
  }
  if (s.messageTypes.length < DHCP_MAX_MESSAGE_TYPES) s.messageTypes.push(type);
  // The assigned address: yiaddr of an ACK wins over one of an OFFER.
  if (op === 2 && (type === 5 || (type === 2 && !s.assignedFromAck)) && u32(buf, off + 16) !== 0) {
    s.assignedAddress = ipv4(buf, off + 16);
    if (type === 5) s.assignedFromAck = true;
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
  return `${buf[p]}.${buf[p + 1]}.${buf[p + 2]}.${buf[p + 3]}`;
}

const HEX: string[] = [];
for (let i = 0; i < 256; i++) HEX.push(i.toString(16).padStart(2, '0'));

function macText(buf: Uint8Array, p: number, n: number): string {
  let out = '';
  for (let i = 0; i < n; i++) out += (i > 0 ? ':' : '') + HEX[buf[p + i]];
  return out;
}

/** Printable ASCII as is, other bytes as \xNN; a trailing NUL (common in option 12) dropped. */
function text(buf: Uint8Array, p: number, end: number): string {
  while (end > p && buf[end - 1] === 0) end--;
  let out = '';
  for (let i = p; i < end && out.length < DHCP_MAX_TEXT; i++) {
    const c = buf[i];
    out += c >= 0x20 && c < 0x7f && c !== 0x5c ? String.fromCharCode(c) : '\\x' + HEX[c];
  }
  return out;
}
