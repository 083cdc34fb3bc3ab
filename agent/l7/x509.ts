// The few facts of a server's leaf certificate that go into the TLS record.
//
// OpenSSL (node:crypto X509Certificate) does the DER parsing: it is the parser the rest of the
// system trusts, and a certificate is parsed once per TLS ≤ 1.2 flow, not per packet. The
// fingerprints are hashed over the DER ourselves, so a certificate OpenSSL refuses still gets
// them. Nothing here throws: bad DER yields only the fingerprints.

import { X509Certificate } from 'node:crypto';
import { hexDigest } from './digest.js';
import { Recent } from './recent.js';
import { formatAddress } from '../flow/json.js';
import { MAX_LIST_ENTRIES, MAX_STRING_CHARS } from './tls-hello.js';

/** Leaf certificate summary (a future `TlsCertificate` proto message). */
export interface TlsCertificate {
  /** Subject distinguished name, RDNs in certificate order joined by ", " (e.g. "C=US, O=Acme, CN=a.example"). */
  subject?: string;
  /** Issuer distinguished name, same form as subject. */
  issuer?: string;
  /** subjectAltName dNSName entries, in certificate order (at most 32). */
  sanDns?: string[];
  /** subjectAltName iPAddress entries as text (IPv6 in RFC 5952 form), at most 32. */
  sanIp?: string[];
  /** Validity start, ms since the Unix epoch. */
  notBeforeMs?: number;
  /** Validity end, ms since the Unix epoch. */
  notAfterMs?: number;
  /** Serial number, lower-case hex without separators. */
  serial?: string;
  /** SHA-1 of the DER, lower-case hex (40 chars). */
  sha1: string;
  /** SHA-256 of the DER, lower-case hex (64 chars). */
  sha256: string;
  /** False when OpenSSL could not parse the DER (then only the fingerprints are set). */
  parsed: boolean;
}

function cap(s: string): string {
  return s.length > MAX_STRING_CHARS ? s.slice(0, MAX_STRING_CHARS) : s;
}

/** OpenSSL's one-RDN-per-line form to one line. */
function dn(text: string): string {
  return cap(text.split('\n').filter((l) => l !== '').join(', '));
}

/** "2001:DB8:0:0:0:0:0:1" (OpenSSL's SAN form) to RFC 5952; IPv4 unchanged. */
function ipText(s: string): string {
  if (!s.includes(':')) return s;
  const g = s.split(':');
  if (g.length !== 8) return s.toLowerCase();
  const b = new Uint8Array(16);
  for (let i = 0; i < 8; i++) {
    const v = parseInt(g[i], 16);
    if (!(v >= 0 && v <= 0xffff)) return s.toLowerCase();
    b[2 * i] = v >> 8;
    b[2 * i + 1] = v & 0xff;
  }
  return formatAddress(b);
}

/**
 * Summaries of recently seen certificates by SHA-256: a probe sees the same few server
 * certificates over and over, and OpenSSL's parse costs ~0.3 ms where the hash costs ~2 µs.
 * Entries are shared, so nobody may modify a summary.
 */
const recent = new Recent<Readonly<TlsCertificate>>(1024);

/** Summary of the DER certificate der[off, off+len). */
export function summarizeCertificate(der: Uint8Array, off: number, len: number): Readonly<TlsCertificate> {
  const bytes = der.subarray(off, off + len);
  const sha256 = hexDigest('sha256', bytes);
  return recent.get(sha256) ?? recent.set(sha256, parse(bytes, sha256));
}

function parse(bytes: Uint8Array, sha256: string): TlsCertificate {
  const out: TlsCertificate = {
    sha1: hexDigest('sha1', bytes),
    sha256,
    parsed: false,
  };
  let c: X509Certificate;
  try {
    c = new X509Certificate(bytes);
  } catch {
    return out;
  }
  try {
    out.subject = dn(c.subject ?? '');
    out.issuer = dn(c.issuer ?? '');
    const nb = Date.parse(c.validFrom);
    const na = Date.parse(c.validTo);
    if (Number.isFinite(nb)) out.notBeforeMs = nb;
    if (Number.isFinite(na)) out.notAfterMs = na;
    out.serial = cap(c.serialNumber.toLowerCase());
    const san = c.subjectAltName;
    if (san) {
      const dns: string[] = [];
      const ips: string[] = [];
      // "DNS:a.example, IP Address:10.0.0.1, …" (names holding ", " come quoted; rare enough
      // that splitting on the separator is acceptable for a summary).
      for (const item of san.split(', ')) {
        if (item.startsWith('DNS:')) {
          if (dns.length < MAX_LIST_ENTRIES) dns.push(cap(item.slice(4)));
        } else if (item.startsWith('IP Address:')) {
          if (ips.length < MAX_LIST_ENTRIES) ips.push(ipText(item.slice(11)));
        }
      }
      if (dns.length > 0) out.sanDns = dns;
      if (ips.length > 0) out.sanIp = ips;
    }
    out.parsed = true;
  } catch {
    // A field OpenSSL could not render: keep what we have.
  }
  return out;
}
