// mqtt.js v5 connect options for MQTT 5 over mutual TLS, and the mapping of the ways such a
// connection fails to stable PROBE_E_* codes a technician can act on.
//
// Certificate verification is always on. There is deliberately no option to turn it off
// (DESIGN.md §5, non-negotiable 5): a test that needs a broken chain builds a broken PKI instead.

import { readFileSync } from 'node:fs';
import { isIP } from 'node:net';
import type { ConnectionOptions } from 'node:tls';
import type { IClientOptions } from 'mqtt';
import { ProbeError } from '../errors.js';

export interface MutualTlsParams {
  /** `mqtts://host:port`; alternatively host and port. */
  url?: string;
  host?: string;
  port?: number;
  /** PEM: the CA that must have issued the broker certificate (the only trust anchor used). */
  ca: string | Buffer;
  /** PEM: our client certificate and its key. */
  cert: string | Buffer;
  key: string | Buffer;
  /** Name the broker certificate must carry. Default: the host when it is a DNS name; for an IP
   *  host no SNI is sent and the certificate must carry that IP. */
  servername?: string;
  clientId: string;
  /** TCP + TLS + CONNACK must complete within this; default 10 s. */
  connectTimeoutMs?: number;
  /** Default 30 s. */
  keepaliveS?: number;
  /** MQTT 5 Clean Start; default true (the probe's durability is its own spool). */
  clean?: boolean;
  /** MQTT 5 Session Expiry Interval; collectors use a long one so queued data survives them. */
  sessionExpiryS?: number;
  /** TLS protocol bounds; default minimum TLS 1.2 (the broker's floor), maximum TLS 1.3. */
  tls?: Pick<ConnectionOptions, 'minVersion' | 'maxVersion'>;
  /** Extra mqtt.js options (e.g. `will`). Trust and identity settings cannot be overridden. */
  extra?: Omit<IClientOptions, TrustKeys>;
}

type TrustKeys = 'rejectUnauthorized' | 'ca' | 'cert' | 'key' | 'servername' | 'caPaths' | 'certPath' | 'keyPath';

/** IClientOptions plus the node:tls fields mqtt.js passes through to tls.connect untyped. */
export type MqttTlsOptions = IClientOptions & Pick<ConnectionOptions, 'minVersion' | 'maxVersion'>;

/** Reads CA, certificate and key files into the PEM buffers MutualTlsParams wants. */
export function readTlsFiles(files: { ca: string; cert: string; key: string }): { ca: Buffer; cert: Buffer; key: Buffer } {
  const read = (what: string, path: string) => {
    try {
      return readFileSync(path);
    } catch (e) {
      throw new ProbeError('PROBE_E_TLS_FILES', `cannot read the TLS ${what} ${path}: ${(e as Error).message}`);
    }
  };
  return { ca: read('CA certificate', files.ca), cert: read('client certificate', files.cert), key: read('client key', files.key) };
}

export function buildMqttOptions(p: MutualTlsParams): MqttTlsOptions {
  let host = p.host;
  let port = p.port;
  if (p.url) {
    let u: URL;
    try {
      u = new URL(p.url);
    } catch {
      throw new ProbeError('PROBE_E_CONFIG', `broker URL ${JSON.stringify(p.url)} is not a URL (expected mqtts://host:port)`);
    }
    if (u.protocol !== 'mqtts:') {
      throw new ProbeError('PROBE_E_CONFIG', `broker URL ${p.url} must use mqtts:// (TLS is mandatory)`);
    }
    host = u.hostname.replace(/^\[(.*)\]$/, '$1');
    port = u.port ? Number(u.port) : 8883;
  }
  if (!host) throw new ProbeError('PROBE_E_CONFIG', 'broker host missing: give url or host');
  port ??= 8883;
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new ProbeError('PROBE_E_CONFIG', `broker port ${port} out of range`);

  // mqtt.js copies the host into servername only when the host is not an IP. Node then checks
  // the certificate against servername || host. So: a DNS host or an explicit name is passed
  // on; an IP host gets no servername (SNI must not be an IP, RFC 6066) and is checked against
  // the certificate's IP SANs.
  const servername = p.servername ?? (isIP(host) ? undefined : host);

  const opts: MqttTlsOptions = {
    ...p.extra,
    protocol: 'mqtts',
    host,
    port,
    protocolVersion: 5,
    clientId: p.clientId,
    clean: p.clean ?? true,
    keepalive: p.keepaliveS ?? 30,
    connectTimeout: p.connectTimeoutMs ?? 10_000,
    // Reconnection, with backoff and spool replay, is the export layer's job, not mqtt.js's
    // fixed-period retry.
    reconnectPeriod: 0,
    ca: p.ca,
    cert: p.cert,
    key: p.key,
    // Always verify the broker. Not configurable on purpose (see the file comment).
    rejectUnauthorized: true,
    minVersion: p.tls?.minVersion ?? 'TLSv1.2',
  };
  if (p.tls?.maxVersion) opts.maxVersion = p.tls.maxVersion;
  // mqtt.js would read these files over our ca/cert/key; a JS caller could still smuggle them in.
  for (const k of ['caPaths', 'certPath', 'keyPath'] as const) delete opts[k];
  if (servername !== undefined) opts.servername = servername;
  if (p.sessionExpiryS !== undefined) {
    opts.properties = { ...p.extra?.properties, sessionExpiryInterval: p.sessionExpiryS };
  }
  return opts;
}

// ---------------------------------------------------------------------------------------------
// failures

export type TlsErrorCode =
  | 'PROBE_E_TLS_UNTRUSTED'
  | 'PROBE_E_TLS_NAME'
  | 'PROBE_E_TLS_EXPIRED'
  | 'PROBE_E_TLS_CLIENT_CERT_REFUSED'
  | 'PROBE_E_MQTT_REFUSED'
  | 'PROBE_E_BROKER_UNREACHABLE'
  | 'PROBE_E_TLS';

export interface TlsErrorInfo {
  code: TlsErrorCode;
  message: string;
  /** The underlying error code (Node/OpenSSL/MQTT reason), kept for logs. */
  cause?: string;
}

// Node's names for "the broker's chain does not lead to our CA".
const UNTRUSTED = new Set([
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'UNABLE_TO_GET_ISSUER_CERT', 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'SELF_SIGNED_CERT_IN_CHAIN', 'DEPTH_ZERO_SELF_SIGNED_CERT', 'CERT_SIGNATURE_FAILURE', 'CERT_UNTRUSTED',
  'CERT_REJECTED', 'INVALID_CA', 'PATH_LENGTH_EXCEEDED', 'INVALID_PURPOSE', 'CERT_REVOKED',
]);
const EXPIRED = new Set(['CERT_HAS_EXPIRED', 'CERT_NOT_YET_VALID', 'CRL_HAS_EXPIRED', 'CRL_NOT_YET_VALID']);
// TLS alerts the broker sends when it does not accept our client certificate. With TLS 1.3 the
// alert arrives after our side already considers the handshake done, i.e. on the first read.
const CLIENT_REFUSED = new Set([
  'ERR_SSL_TLSV13_ALERT_CERTIFICATE_REQUIRED', 'ERR_SSL_SSLV3_ALERT_HANDSHAKE_FAILURE',
  'ERR_SSL_TLSV1_ALERT_UNKNOWN_CA', 'ERR_SSL_SSLV3_ALERT_BAD_CERTIFICATE',
  'ERR_SSL_SSLV3_ALERT_CERTIFICATE_UNKNOWN', 'ERR_SSL_SSLV3_ALERT_CERTIFICATE_EXPIRED',
  'ERR_SSL_SSLV3_ALERT_CERTIFICATE_REVOKED', 'ERR_SSL_SSLV3_ALERT_UNSUPPORTED_CERTIFICATE',
  'ERR_SSL_TLSV1_ALERT_ACCESS_DENIED', 'ERR_SSL_TLSV1_ALERT_DECRYPT_ERROR',
]);
const CLIENT_REFUSED_ALERTS = new Set([...CLIENT_REFUSED].map((c) => alertName(c).slice('alert '.length)));
const UNREACHABLE = new Set([
  'ECONNREFUSED', 'EHOSTUNREACH', 'ENETUNREACH', 'ETIMEDOUT', 'ENOTFOUND', 'EAI_AGAIN', 'EADDRNOTAVAIL',
]);
// MQTT 5 CONNACK reasons (mqtt.js puts the number in `code`) that mean "who you are is refused".
const CONNACK_AUTH = new Set([134, 135, 138, 140]);

/** Classifies a connection failure into a stable code and a message that says what to check. */
export function describeTlsError(err: unknown): TlsErrorInfo {
  const e = (err ?? {}) as { code?: unknown; message?: unknown; reason?: unknown };
  const raw = e.code;
  const cause = raw === undefined ? undefined : String(raw);
  const text = typeof e.message === 'string' ? e.message : String(err);

  if (typeof raw === 'string') {
    if (raw === 'ERR_TLS_CERT_ALTNAME_INVALID') {
      return { code: 'PROBE_E_TLS_NAME', cause, message: `the broker certificate does not carry the name we connect to (${String(e.reason ?? text)}); connect by a name in its subjectAltName or set the expected servername` };
    }
    if (UNTRUSTED.has(raw)) {
      return { code: 'PROBE_E_TLS_UNTRUSTED', cause, message: `the broker certificate is not issued by our CA (${raw}); check that the configured CA file is the one that signed the broker certificate` };
    }
    if (EXPIRED.has(raw)) {
      return { code: 'PROBE_E_TLS_EXPIRED', cause, message: `the broker certificate is outside its validity period (${raw}); check the clock and the broker certificate dates` };
    }
    if (CLIENT_REFUSED.has(raw)) {
      return { code: 'PROBE_E_TLS_CLIENT_CERT_REFUSED', cause, message: `the broker refused our client certificate (${alertName(raw)}); check that the probe certificate is present, valid and issued by the CA the broker trusts` };
    }
    if (raw === 'EPROTO') {
      // TLS 1.2 delivers the broker's alert as a socket EPROTO with the alert only in the text.
      const alert = /alert ([a-z ]+?)(?::|$)/i.exec(text)?.[1]?.trim().toLowerCase();
      if (alert && CLIENT_REFUSED_ALERTS.has(alert)) {
        return { code: 'PROBE_E_TLS_CLIENT_CERT_REFUSED', cause: `EPROTO alert ${alert}`, message: `the broker refused our client certificate (alert ${alert}); check that the probe certificate is present, valid and issued by the CA the broker trusts` };
      }
      return { code: 'PROBE_E_TLS', cause, message: `TLS protocol failure talking to the broker${alert ? ` (alert ${alert})` : ''}; check that TLS versions and ciphers overlap: ${text.trim()}` };
    }
    if (UNREACHABLE.has(raw)) {
      return { code: 'PROBE_E_BROKER_UNREACHABLE', cause, message: `cannot reach the broker (${raw}): ${text}` };
    }
    if (raw === 'ECONNRESET' || raw === 'EPIPE') {
      // A reset during the handshake is how some brokers (and TLS 1.3 races) refuse a client;
      // it is also what a dying broker looks like. Say both.
      return { code: 'PROBE_E_BROKER_UNREACHABLE', cause, message: `the broker closed the connection (${raw}); if it happens on every attempt, the broker may be refusing our client certificate` };
    }
    if (raw.startsWith('ERR_SSL_') || raw.startsWith('ERR_TLS_')) {
      return { code: 'PROBE_E_TLS', cause, message: `TLS failure talking to the broker (${raw}): ${text}` };
    }
  }
  if (typeof raw === 'number' && CONNACK_AUTH.has(raw)) {
    return { code: 'PROBE_E_MQTT_REFUSED', cause, message: `the broker refused the MQTT session (${text}); check the certificate CN and the broker ACL` };
  }
  if (/connack timeout/i.test(text)) {
    return { code: 'PROBE_E_BROKER_UNREACHABLE', cause: 'connack timeout', message: 'no answer from the broker within the connect timeout (TCP, TLS or CONNACK stalled)' };
  }
  return { code: 'PROBE_E_TLS', cause, message: `connection to the broker failed: ${text}` };
}

/** describeTlsError as a ProbeError, ready to throw or log. */
export function tlsProbeError(err: unknown): ProbeError {
  const d = describeTlsError(err);
  return new ProbeError(d.code, d.message);
}

// ERR_SSL_TLSV13_ALERT_CERTIFICATE_REQUIRED -> "alert certificate required"
function alertName(code: string): string {
  const m = /_ALERT_(.*)$/.exec(code);
  return m ? `alert ${m[1].toLowerCase().replace(/_/g, ' ')}` : code;
}
