// HTTP/1.x (RFC 7230): the first transaction's request line, a few headers and the status,
// body lengths, and how many requests the connection carried.
//
// Each direction runs a small state machine over the byte stream: a header block, then a
// body framed by Content-Length, chunked coding, or the end of the connection (RFC 7230
// §3.3.3), then the next message. Header blocks are parsed in place from the packet; only a
// block cut by a segment boundary is copied into a Reassembly, which is dropped (its bytes
// freed) as soon as the block is complete. Bodies are never copied: Content-Length bodies are
// skipped by sequence number, chunked bodies are walked byte by byte through the chunk-size
// lines only.
//
// Privacy (DESIGN.md §5.1): only the named fields are kept. Cookies, Authorization and every
// other header are never looked at beyond their name; the query string is dropped from the
// path unless `keepQuery` is set; user:password in an absolute URI is dropped always.

import type { Analyzer, Direction, FlowContext } from './analyzer.js';
import { newBudget, Reassembly, type ReassemblyBudget } from './reassembly.js';
import { ESCAPE_PRINTABLE, escapeBytes } from './text.js';

/** Characters kept per text field; longer values are cut (and `truncatedFields` counts it). */
export const HTTP_MAX_METHOD = 32;
export const HTTP_MAX_HOST = 255;
export const HTTP_MAX_PATH = 1024;
export const HTTP_MAX_HEADER_TEXT = 512;

export interface HttpOptions {
  /** Keep the query string of the request target (privacy policy: off unless configured). */
  keepQuery?: boolean;
}

/** The first transaction of the connection, and counts of the rest. */
export interface HttpFields {
  /** Request method ("GET"), as sent. */
  method?: string;
  /** Host header value (port included when sent). */
  host?: string;
  /** Request target without the query string (with it when keepQuery is set); for CONNECT
   *  the authority ("host:port"); for an absolute URI the URI without user info. */
  path?: string;
  /** Protocol version ("1.1", "1.0") of the first final response, as Zeek logs it; of the
   *  request before a response is seen ("0.9" for a request line without a version). */
  version?: string;
  /** Final status code of the first response (1xx interim responses skipped). */
  statusCode?: number;
  /** User-Agent request header. */
  userAgent?: string;
  /** Content-Type of the first response. */
  contentType?: string;
  /** Server response header. */
  server?: string;
  /** Body bytes of the first request and of the first final response: the Content-Length
   *  when given, else the bytes counted (decoded chunk data, or everything up to the end of
   *  the connection as seen so far). */
  requestBodyBytes: number;
  responseBodyBytes: number;
  /** Request headers parsed / final responses parsed on the connection. */
  requestCount: number;
  responseCount: number;
  /** Requests sent while an earlier one still awaited its response (pipelining). */
  pipelinedCount: number;
  /** Messages that broke the framing (bad start line, bad chunk size, header block over the
   *  reassembly budget); parsing of that direction stops there. */
  malformedCount: number;
  /** Text fields cut to their maximum length. */
  truncatedFields: number;
}

// Parser modes of one direction.
const M_HEADERS = 0;
const M_BODY_LENGTH = 1;
const M_CHUNKED = 2;
const M_CLOSE = 3;
const M_DONE = 4;

// Chunked-body sub-states (RFC 7230 §4.1).
const C_SIZE = 0;
const C_EXT = 1;
const C_SIZE_LF = 2;
const C_DATA = 3;
const C_DATA_CR = 4;
const C_DATA_LF = 5;
const C_TRAILER_START = 6;
const C_TRAILER_LINE = 7;
const C_TRAILER_END_LF = 8;

// What a pending request means for its response's framing.
const P_NORMAL = 0;
const P_HEAD = 1;
const P_CONNECT = 2;
const P_HTTP09 = 3;
/** Outstanding requests remembered for response framing; more are assumed ordinary. */
const PENDING_MAX = 16;

class HttpDirection {
  mode = M_HEADERS;
  /** Next expected TCP sequence number. */
  nextSeq = 0;
  seqKnown = false;
  /** Body bytes still to come (M_BODY_LENGTH) or of the current chunk (C_DATA). */
  remaining = 0;
  chunkState = C_SIZE;
  chunkDigits = 0;
  /** Index of the message being parsed (0 = the first transaction's). */
  message = 0;
  /** A header block cut by a segment boundary; null otherwise. */
  reasm: Reassembly | null = null;
}

export class HttpState {
  readonly keepQuery: boolean;
  method: string | undefined = undefined;
  host: string | undefined = undefined;
  path: string | undefined = undefined;
  version: string | undefined = undefined;
  statusCode: number | undefined = undefined;
  userAgent: string | undefined = undefined;
  contentType: string | undefined = undefined;
  server: string | undefined = undefined;
  requestBodyBytes = 0;
  responseBodyBytes = 0;
  requestCount = 0;
  responseCount = 0;
  pipelinedCount = 0;
  malformedCount = 0;
  truncatedFields = 0;
  /** Segments lost in a direction where the framing could not skip them. */
  gaps = 0;
  /**
   * 1 when the flow's responder is the HTTP client: the capture began with the server's reply
   * (a probe started mid-connection), so the flow's initiator is the server. Decided on the
   * first payload; -1 before it.
   */
  swapped = -1;
  readonly dirs: [HttpDirection, HttpDirection] = [new HttpDirection(), new HttpDirection()];
  budget: ReassemblyBudget | null = null;
  /** Ring of framing kinds of requests awaiting a response (P_*). */
  readonly pending = new Uint8Array(PENDING_MAX);
  pendingHead = 0;
  pendingCount = 0;
  // Per-header-block scratch, set while parsing one block.
  hdrContentLength = -1;
  hdrChunked = false;
  hdrTransferEncoding = false;
  hdrBadLength = false;

  constructor(keepQuery: boolean) {
    this.keepQuery = keepQuery;
  }
}

export class HttpAnalyzer implements Analyzer<HttpState, HttpFields> {
  readonly name = 'http';
  private readonly keepQuery: boolean;

  constructor(opts: HttpOptions = {}) {
    this.keepQuery = opts.keepQuery ?? false;
  }

  detect(buf: Uint8Array, off: number, len: number, dir: Direction, ctx: FlowContext): boolean {
    if (ctx.protocol !== 6) return false;
    if (startsWithHttpVersion(buf, off, len)) return true;
    const m = tokenLength(buf, off, off + len);
    if (m === 0 || m > HTTP_MAX_METHOD || off + m >= off + len || buf[off + m] !== 0x20) return false;
    // The request line, as far as it is in this segment, must end in " HTTP/" + version or be
    // an HTTP/0.9 "METHOD /target".
    const end = off + len;
    const nl = indexOf(buf, off, end, 0x0a);
    // Cut in the target: only from the initiator, where requests come from (a server's text
    // greeting or listing, e.g. Munin's, would otherwise pass for one).
    if (nl < 0) return dir === 0 && (buf[off + m + 1] === 0x2f || len - m > 8);
    const lineEnd = nl > off && buf[nl - 1] === 0x0d ? nl - 1 : nl;
    // The last word is the version ("OPTIONS HTTP/1.1" has no target at all) …
    const sp = lastIndexOf(buf, off + m, lineEnd, 0x20);
    if (startsWithHttpVersion(buf, sp + 1, lineEnd - sp - 1)) return true;
    // … or there is none: HTTP/0.9 "GET /path".
    return sp === off + m && buf[off + m + 1] === 0x2f;
  }

  create(): HttpState {
    return new HttpState(this.keepQuery);
  }

  feed(s: HttpState, buf: Uint8Array, off: number, len: number, flowDir: Direction, ctx: FlowContext): boolean {
    // The roles come from what is said first: a reply from the initiator, or anything but a
    // reply from the responder, means the initiator is the server.
    if (s.swapped < 0 && len > 0) s.swapped = startsWithHttpVersion(buf, off, len) === (flowDir === 0) ? 1 : 0;
    const dir = (s.swapped === 1 ? flowDir ^ 1 : flowDir) as Direction; // 0: client → server
    const d = s.dirs[dir];
    if (d.mode === M_DONE) return s.dirs[dir ^ 1].mode !== M_DONE;
    if (len <= 0) return true;
    const seq = ctx.tcpSeq >>> 0;
    if (!d.seqKnown) {
      d.seqKnown = true;
      d.nextSeq = seq;
    }
    // Place the segment in the stream: drop what was seen (a retransmission); a hole can be
    // bridged only where the bytes missed are body bytes of known or unbounded length.
    const delta = (seq - d.nextSeq) | 0;
    let p = off;
    const end = off + len;
    if (delta < 0) {
      if (-delta >= len) return true;
      p -= delta;
    } else if (delta > 0 && !skipGap(s, d, dir, delta)) {
      s.gaps++;
      finish(d);
      return s.dirs[dir ^ 1].mode !== M_DONE;
    }
    d.nextSeq = (seq + len) >>> 0;

    if (d.reasm === null) {
      const stop = run(s, d, dir, buf, p, end);
      if (stop < end && d.mode === M_HEADERS) {
        s.budget ??= newBudget();
        d.reasm = new Reassembly(s.budget);
        if (!d.reasm.push(buf, stop, end - stop, (seq + (stop - off)) >>> 0)) overLimit(s, d);
      }
    } else {
      const r = d.reasm;
      if (!r.push(buf, p, end - p, (seq + (p - off)) >>> 0)) {
        overLimit(s, d);
      } else {
        const v = r.view();
        const stop = run(s, d, dir, v, 0, v.length);
        if (stop >= v.length || d.mode !== M_HEADERS) {
          r.stop('limit'); // done with it: frees the copied bytes at once
          d.reasm = null;
        } else {
          r.consume(stop);
        }
      }
    }
    return d.mode !== M_DONE || s.dirs[dir ^ 1].mode !== M_DONE;
  }

  fields(s: HttpState): HttpFields | undefined {
    if (s.requestCount === 0 && s.responseCount === 0 && s.statusCode === undefined) return undefined;
    const f: HttpFields = {
      requestBodyBytes: s.requestBodyBytes,
      responseBodyBytes: s.responseBodyBytes,
      requestCount: s.requestCount,
      responseCount: s.responseCount,
      pipelinedCount: s.pipelinedCount,
      malformedCount: s.malformedCount,
      truncatedFields: s.truncatedFields,
    };
    if (s.method !== undefined) f.method = s.method;
    if (s.host !== undefined) f.host = s.host;
    if (s.path !== undefined) f.path = s.path;
    if (s.version !== undefined) f.version = s.version;
    if (s.statusCode !== undefined) f.statusCode = s.statusCode;
    if (s.userAgent !== undefined) f.userAgent = s.userAgent;
    if (s.contentType !== undefined) f.contentType = s.contentType;
    if (s.server !== undefined) f.server = s.server;
    return f;
  }

  confirmed(s: HttpState): boolean {
    return s.requestCount > 0 || s.responseCount > 0;
  }
}

function finish(d: HttpDirection): void {
  d.mode = M_DONE;
  if (d.reasm) {
    d.reasm.stop('limit');
    d.reasm = null;
  }
}

function overLimit(s: HttpState, d: HttpDirection): void {
  s.malformedCount++;
  finish(d);
}

/** Bridges `gap` missing bytes when they lie inside a body; false when the framing is lost. */
function skipGap(s: HttpState, d: HttpDirection, dir: Direction, gap: number): boolean {
  if (d.reasm !== null) return false;
  if (d.mode === M_BODY_LENGTH && gap <= d.remaining) {
    d.remaining -= gap;
    if (d.remaining === 0) endMessage(d);
    return true;
  }
  if (d.mode === M_CLOSE) {
    if (d.message === 0 && dir === 1) s.responseBodyBytes += gap;
    return true;
  }
  return false;
}

/**
 * Runs direction d's state machine over buf[p, end). Returns `end` when everything was used,
 * or the start of a header block that is not complete yet.
 */
function run(s: HttpState, d: HttpDirection, dir: Direction, buf: Uint8Array, p: number, end: number): number {
  while (p < end) {
    switch (d.mode) {
      case M_HEADERS: {
        if (dir === 1 && s.pendingCount > 0 && s.pending[s.pendingHead] === P_HTTP09 && !plausibleStart(buf, p, end, 1)) {
          // The answer to an HTTP/0.9 request is the body alone, up to the close.
          popPending(s);
          s.responseCount++;
          d.mode = M_CLOSE;
          continue;
        }
        const blockEnd = headerBlockEnd(buf, p, end, dir);
        if (blockEnd < 0) {
          // Not complete yet; a line that cannot start a message ends the direction.
          if (!plausibleStart(buf, p, end, dir)) {
            s.malformedCount++;
            finish(d);
            return end;
          }
          return p;
        }
        p = dir === 0 ? request(s, d, buf, p, blockEnd) : response(s, d, buf, p, blockEnd);
        break;
      }
      case M_BODY_LENGTH: {
        const n = Math.min(d.remaining, end - p);
        d.remaining -= n;
        p += n;
        if (d.remaining === 0) endMessage(d);
        break;
      }
      case M_CHUNKED:
        p = chunked(s, d, dir, buf, p, end);
        break;
      case M_CLOSE:
        if (d.message === 0 && dir === 1) s.responseBodyBytes += end - p;
        return end;
      default:
        return end;
    }
  }
  return end;
}

function endMessage(d: HttpDirection): void {
  d.mode = M_HEADERS;
  d.message++;
}

/** The position after the empty line ending the header block at p, or -1 when not in buf. */
function headerBlockEnd(buf: Uint8Array, p: number, end: number, dir: Direction): number {
  // A block is lines ending in LF (CR optional, RFC 7230 §3.5); an empty line ends it.
  let lineStart = p;
  for (let i = p; i < end; i++) {
    if (buf[i] !== 0x0a) continue;
    const len = i - lineStart;
    if (i > p && (len === 0 || (len === 1 && buf[lineStart] === 0x0d))) return i + 1;
    // An HTTP/0.9 request is a single line without a version: the line is the whole message.
    // (Only when nothing follows it: "GET /x\nHost: h\n\n" is a request with headers and a
    // missing version, as Zeek reads it too.)
    if (dir === 0 && lineStart === p && i + 1 === end && isHttp09Line(buf, p, i)) return i + 1;
    lineStart = i + 1;
  }
  return -1;
}

function endsWithEmptyLine(buf: Uint8Array, p: number, blockEnd: number): boolean {
  return blockEnd - p >= 2 && buf[blockEnd - 1] === 0x0a && (buf[blockEnd - 2] === 0x0a || (buf[blockEnd - 2] === 0x0d && blockEnd - p >= 3 && buf[blockEnd - 3] === 0x0a));
}

function isHttp09Line(buf: Uint8Array, p: number, nl: number): boolean {
  if (startsWithHttpVersion(buf, p, nl - p)) return false;
  const m = tokenLength(buf, p, nl);
  if (m === 0 || buf[p + m] !== 0x20) return false;
  const lineEnd = nl > p && buf[nl - 1] === 0x0d ? nl - 1 : nl;
  return lastIndexOf(buf, p + m + 1, lineEnd, 0x20) < 0;
}

/** Could buf[p, end) be the start of a request (dir 0) or response (dir 1) in progress? */
function plausibleStart(buf: Uint8Array, p: number, end: number, dir: Direction): boolean {
  if (dir === 1) {
    const n = Math.min(end - p, 5);
    for (let i = 0; i < n; i++) if (buf[p + i] !== HTTP_SLASH[i]) return false;
    return true;
  }
  const m = tokenLength(buf, p, end);
  if (m > HTTP_MAX_METHOD) return false;
  return m === end - p ? m > 0 : m > 0 && buf[p + m] === 0x20;
}

// ---- request ----------------------------------------------------------------------------------

function request(s: HttpState, d: HttpDirection, buf: Uint8Array, p: number, blockEnd: number): number {
  const lineEnd = lineEndOf(buf, p, blockEnd);
  const m = tokenLength(buf, p, lineEnd);
  if (m === 0 || m > HTTP_MAX_METHOD || buf[p + m] !== 0x20) {
    s.malformedCount++;
    finish(d);
    return blockEnd;
  }
  const tStart = p + m + 1;
  let vStart = lastIndexOf(buf, tStart - 1, lineEnd, 0x20);
  let kind = P_NORMAL;
  let noVersion = false;
  if (!startsWithHttpVersion(buf, vStart + 1, lineEnd - vStart - 1)) {
    if (vStart >= tStart) {
      // Three words or more and the last is no version ("T / HTTP"): not a request line.
      s.malformedCount++;
      finish(d);
      return blockEnd;
    }
    // No version: the rest of the line is the target. Alone in its block that is an HTTP/0.9
    // request (answered by a bare body); followed by headers, a request missing its version.
    noVersion = true;
    if (nextLine(buf, lineEnd, blockEnd) >= blockEnd && !endsWithEmptyLine(buf, p, blockEnd)) kind = P_HTTP09;
    vStart = lineEnd;
  }
  const first = s.requestCount === 0;
  s.requestCount++;
  // Pipelined: sent before the response to an earlier request (as far as responses are parsed).
  if (s.pendingCount > 0 && s.dirs[1].mode !== M_DONE) s.pipelinedCount++;
  if (m === 4 && buf[p] === 0x48 && buf[p + 1] === 0x45 && buf[p + 2] === 0x41 && buf[p + 3] === 0x44) kind = P_HEAD;
  else if (m === 7 && matchLower(buf, p, 'connect', true)) kind = P_CONNECT;
  if (s.pendingCount < PENDING_MAX) {
    s.pending[(s.pendingHead + s.pendingCount) % PENDING_MAX] = kind;
    s.pendingCount++;
  }
  if (first) {
    s.method = text(s, buf, p, p + m, HTTP_MAX_METHOD);
    s.path = tStart < vStart ? targetText(s, buf, tStart, vStart) : '';
    s.version = noVersion ? '0.9' : versionText(buf, vStart + 1 + 5, lineEnd);
  }
  if (kind === P_HTTP09) {
    // A 0.9 request has no headers and no body.
    endMessage(d);
    return blockEnd;
  }
  headers(s, buf, nextLine(buf, lineEnd, blockEnd), blockEnd, first, 0);
  if (s.hdrChunked) {
    d.mode = M_CHUNKED;
    d.chunkState = C_SIZE;
    d.chunkDigits = 0;
  } else if (s.hdrContentLength > 0) {
    d.mode = M_BODY_LENGTH;
    d.remaining = s.hdrContentLength;
    if (first) s.requestBodyBytes = s.hdrContentLength;
  } else {
    endMessage(d);
  }
  return blockEnd;
}

// ---- response ---------------------------------------------------------------------------------

function response(s: HttpState, d: HttpDirection, buf: Uint8Array, p: number, blockEnd: number): number {
  const kind = s.pendingCount > 0 ? s.pending[s.pendingHead] : P_NORMAL;
  const lineEnd = lineEndOf(buf, p, blockEnd);
  if (!startsWithHttpVersion(buf, p, lineEnd - p)) {
    s.malformedCount++;
    finish(d);
    return blockEnd;
  }
  // "HTTP/x.y SP 3DIGIT ..."
  const sp = indexOf(buf, p, lineEnd, 0x20);
  let status = -1;
  if (sp >= 0 && sp + 4 <= lineEnd) {
    const a = buf[sp + 1] - 0x30;
    const b = buf[sp + 2] - 0x30;
    const c = buf[sp + 3] - 0x30;
    if (a >= 0 && a <= 9 && b >= 0 && b <= 9 && c >= 0 && c <= 9 && (sp + 4 === lineEnd || buf[sp + 4] === 0x20)) {
      status = a * 100 + b * 10 + c;
    }
  }
  if (status < 0) {
    s.malformedCount++;
    finish(d);
    return blockEnd;
  }
  const interim = status >= 100 && status < 200 && status !== 101;
  const first = !interim && s.responseCount === 0;
  if (!interim) {
    s.responseCount++;
    popPending(s);
  }
  if (first) {
    s.statusCode = status;
    s.version = versionText(buf, p + 5, sp >= 0 ? sp : lineEnd);
  }
  headers(s, buf, nextLine(buf, lineEnd, blockEnd), blockEnd, first, 1);
  if (interim) {
    // A 1xx is followed by the real response to the same request (RFC 7231 §6.2).
    d.mode = M_HEADERS;
    return blockEnd;
  }
  if (status === 101 || (kind === P_CONNECT && status >= 200 && status < 300)) {
    // Another protocol follows in both directions (an upgrade, a tunnel).
    finish(d);
    finish(s.dirs[0]);
    return blockEnd;
  }
  if (kind === P_HEAD || status === 204 || status === 304) {
    endMessage(d);
  } else if (s.hdrChunked) {
    d.mode = M_CHUNKED;
    d.chunkState = C_SIZE;
    d.chunkDigits = 0;
  } else if (s.hdrContentLength >= 0 && !s.hdrTransferEncoding) {
    if (first) s.responseBodyBytes = s.hdrContentLength;
    if (s.hdrContentLength === 0) endMessage(d);
    else {
      d.mode = M_BODY_LENGTH;
      d.remaining = s.hdrContentLength;
    }
  } else {
    d.mode = M_CLOSE;
  }
  return blockEnd;
}

function popPending(s: HttpState): void {
  if (s.pendingCount === 0) return;
  s.pendingHead = (s.pendingHead + 1) % PENDING_MAX;
  s.pendingCount--;
}

// ---- headers ----------------------------------------------------------------------------------

/**
 * Reads the header lines in buf[p, end): framing headers always, the kept ones for the first
 * message of the direction. Every other header (Cookie, Authorization, …) is skipped by name.
 */
function headers(s: HttpState, buf: Uint8Array, p: number, end: number, keep: boolean, dir: Direction): void {
  s.hdrContentLength = -1;
  s.hdrChunked = false;
  s.hdrTransferEncoding = false;
  s.hdrBadLength = false;
  while (p < end) {
    const lineEnd = lineEndOf(buf, p, end);
    const colon = indexOf(buf, p, lineEnd, 0x3a);
    if (colon > p && buf[p] !== 0x20 && buf[p] !== 0x09) {
      let v = colon + 1;
      while (v < lineEnd && (buf[v] === 0x20 || buf[v] === 0x09)) v++;
      let ve = lineEnd;
      while (ve > v && (buf[ve - 1] === 0x20 || buf[ve - 1] === 0x09)) ve--;
      header(s, buf, p, colon - p, v, ve, keep, dir);
    }
    p = nextLine(buf, lineEnd, end);
  }
  if (s.hdrBadLength) s.malformedCount++;
}

function header(s: HttpState, buf: Uint8Array, n: number, nlen: number, v: number, ve: number, keep: boolean, dir: Direction): void {
  switch (nlen) {
    case 4:
      if (keep && dir === 0 && s.host === undefined && matchLower(buf, n, 'host', false)) s.host = text(s, buf, v, ve, HTTP_MAX_HOST);
      return;
    case 6:
      if (keep && dir === 1 && s.server === undefined && matchLower(buf, n, 'server', false)) s.server = text(s, buf, v, ve, HTTP_MAX_HEADER_TEXT);
      return;
    case 10:
      if (keep && dir === 0 && s.userAgent === undefined && matchLower(buf, n, 'user-agent', false)) {
        s.userAgent = text(s, buf, v, ve, HTTP_MAX_HEADER_TEXT);
      }
      return;
    case 12:
      if (keep && dir === 1 && s.contentType === undefined && matchLower(buf, n, 'content-type', false)) {
        s.contentType = text(s, buf, v, ve, HTTP_MAX_HEADER_TEXT);
      }
      return;
    case 14:
      if (matchLower(buf, n, 'content-length', false)) contentLength(s, buf, v, ve);
      return;
    case 17:
      if (matchLower(buf, n, 'transfer-encoding', false)) {
        s.hdrTransferEncoding = true;
        // Chunked only when it is the final coding (RFC 7230 §3.3.3 rule 3).
        s.hdrChunked = ve - v >= 7 && matchLower(buf, ve - 7, 'chunked', false);
      }
      return;
  }
}

function contentLength(s: HttpState, buf: Uint8Array, v: number, ve: number): void {
  let n = 0;
  if (v === ve) s.hdrBadLength = true;
  for (let i = v; i < ve; i++) {
    const c = buf[i] - 0x30;
    if (c < 0 || c > 9) {
      s.hdrBadLength = true; // "-1", "12, 12", garbage: unusable for framing
      return;
    }
    n = n * 10 + c;
    if (n > Number.MAX_SAFE_INTEGER / 10) {
      s.hdrBadLength = true;
      return;
    }
  }
  if (!s.hdrBadLength) s.hdrContentLength = n;
}

// ---- chunked body ---------------------------------------------------------------------------

function chunked(s: HttpState, d: HttpDirection, dir: Direction, buf: Uint8Array, p: number, end: number): number {
  const count = d.message === 0;
  while (p < end) {
    const c = buf[p];
    switch (d.chunkState) {
      case C_SIZE: {
        const h = hexValue(c);
        if (h >= 0) {
          if (++d.chunkDigits > 13) return badChunk(s, d, end); // beyond 2^52: a lie
          d.remaining = d.remaining * 16 + h;
          p++;
          continue;
        }
        if (d.chunkDigits === 0) return badChunk(s, d, end);
        if (c === 0x3b || c === 0x20 || c === 0x09) d.chunkState = C_EXT;
        else if (c === 0x0d) d.chunkState = C_SIZE_LF;
        else if (c === 0x0a) sizeLineDone(d);
        else return badChunk(s, d, end);
        p++;
        continue;
      }
      case C_EXT: {
        const nl = indexOf(buf, p, end, 0x0a);
        if (nl < 0) return end;
        p = nl + 1;
        sizeLineDone(d);
        continue;
      }
      case C_SIZE_LF:
        if (c !== 0x0a) return badChunk(s, d, end);
        p++;
        sizeLineDone(d);
        continue;
      case C_DATA: {
        const n = Math.min(d.remaining, end - p);
        d.remaining -= n;
        p += n;
        if (count) {
          if (dir === 0) s.requestBodyBytes += n;
          else s.responseBodyBytes += n;
        }
        if (d.remaining === 0) d.chunkState = C_DATA_CR;
        continue;
      }
      case C_DATA_CR:
        if (c === 0x0d) d.chunkState = C_DATA_LF;
        else if (c === 0x0a) newChunk(d);
        else return badChunk(s, d, end);
        p++;
        continue;
      case C_DATA_LF:
        if (c !== 0x0a) return badChunk(s, d, end);
        newChunk(d);
        p++;
        continue;
      case C_TRAILER_START:
        p++;
        if (c === 0x0d) d.chunkState = C_TRAILER_END_LF;
        else if (c === 0x0a) {
          endMessage(d);
          return p;
        } else d.chunkState = C_TRAILER_LINE;
        continue;
      case C_TRAILER_END_LF:
        p++;
        if (c === 0x0a) {
          endMessage(d);
          return p;
        }
        d.chunkState = C_TRAILER_LINE;
        continue;
      default: {
        // C_TRAILER_LINE: skip to its end.
        const nl = indexOf(buf, p, end, 0x0a);
        if (nl < 0) return end;
        p = nl + 1;
        d.chunkState = C_TRAILER_START;
      }
    }
  }
  return end;
}

function sizeLineDone(d: HttpDirection): void {
  d.chunkState = d.remaining === 0 ? C_TRAILER_START : C_DATA;
}

function newChunk(d: HttpDirection): void {
  d.chunkState = C_SIZE;
  d.chunkDigits = 0;
  d.remaining = 0;
}

function badChunk(s: HttpState, d: HttpDirection, end: number): number {
  s.malformedCount++;
  finish(d);
  return end;
}

function hexValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  const l = c | 0x20;
  if (l >= 0x61 && l <= 0x66) return l - 0x61 + 10;
  return -1;
}

// ---- bytes and text ---------------------------------------------------------------------------

const HTTP_SLASH = [0x48, 0x54, 0x54, 0x50, 0x2f]; // "HTTP/"

function startsWithHttpVersion(buf: Uint8Array, p: number, len: number): boolean {
  if (len < 6) return false;
  for (let i = 0; i < 5; i++) if (buf[p + i] !== HTTP_SLASH[i]) return false;
  const c = buf[p + 5];
  return c >= 0x30 && c <= 0x39;
}

/** Length of the method-like token at p: letters, digits, '-', '_', '.' (RFC 7230 tchar subset). */
function tokenLength(buf: Uint8Array, p: number, end: number): number {
  let i = p;
  while (i < end && i - p <= HTTP_MAX_METHOD) {
    const c = buf[i];
    const ok = (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x5f || c === 0x2e;
    if (!ok) break;
    i++;
  }
  return i - p;
}

function indexOf(buf: Uint8Array, p: number, end: number, c: number): number {
  for (let i = p; i < end; i++) if (buf[i] === c) return i;
  return -1;
}

function lastIndexOf(buf: Uint8Array, p: number, end: number, c: number): number {
  for (let i = end - 1; i >= p; i--) if (buf[i] === c) return i;
  return -1;
}

/** End of the line at p, without its CR LF (or LF). */
function lineEndOf(buf: Uint8Array, p: number, end: number): number {
  const nl = indexOf(buf, p, end, 0x0a);
  if (nl < 0) return end;
  return nl > p && buf[nl - 1] === 0x0d ? nl - 1 : nl;
}

function nextLine(buf: Uint8Array, lineEnd: number, end: number): number {
  const nl = indexOf(buf, lineEnd, end, 0x0a);
  return nl < 0 ? end : nl + 1;
}

/** ASCII case-insensitive comparison with a lower-case literal (or exact when `upper`, for methods). */
function matchLower(buf: Uint8Array, p: number, lit: string, upper: boolean): boolean {
  for (let i = 0; i < lit.length; i++) {
    const c = buf[p + i];
    const l = lit.charCodeAt(i);
    if (upper ? c !== l - 0x20 : (c | 0x20) !== l) return false;
  }
  return true;
}

/** Printable ASCII as is; other bytes and '\' as \xNN; cut at max characters (counted in s.truncatedFields). */
function text(s: HttpState, buf: Uint8Array, p: number, end: number, max: number): string {
  return escapeBytes(buf, p, end, max, ESCAPE_PRINTABLE, s);
}

function targetText(s: HttpState, buf: Uint8Array, p: number, end: number): string {
  let stop = end;
  if (!s.keepQuery) {
    const q = indexOf(buf, p, end, 0x3f);
    if (q >= 0) stop = q;
  }
  // An absolute URI may carry user:password@ in its authority (RFC 3986 §3.2.1): never kept.
  const colon = indexOf(buf, p, Math.min(stop, p + 16), 0x3a);
  if (colon > p && colon + 2 < stop && buf[colon + 1] === 0x2f && buf[colon + 2] === 0x2f) {
    const auth = colon + 3;
    let authEnd = indexOf(buf, auth, stop, 0x2f);
    if (authEnd < 0) authEnd = stop;
    const at = lastIndexOf(buf, auth, authEnd, 0x40);
    if (at >= 0) return text(s, buf, p, auth, HTTP_MAX_PATH) + text(s, buf, at + 1, stop, HTTP_MAX_PATH);
  }
  return text(s, buf, p, stop, HTTP_MAX_PATH);
}

/** "1.1" from the digits after "HTTP/", up to `end`. */
function versionText(buf: Uint8Array, p: number, end: number): string {
  let out = '';
  for (let i = p; i < end && out.length < 8; i++) {
    const c = buf[i];
    if ((c < 0x30 || c > 0x39) && c !== 0x2e) break;
    out += String.fromCharCode(c);
  }
  return out;
}
