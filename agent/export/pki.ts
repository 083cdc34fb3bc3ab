// A private PKI for the embedded broker setup: one CA, a broker (server) certificate and two
// client certificates (the probe and a collector), all ECDSA P-256 with SHA-256.
//
// Node's crypto can parse certificates but cannot issue them, so issuance shells out to the
// `openssl` CLI. Parsing and the "is what is on disk still good?" checks use node:crypto so
// that a second run costs no process spawn at all.
//
// Idempotent by design: files that exist and still match the request are kept; a leaf that no
// longer matches (other CA, other name, close to expiry, key mismatch) is re-issued. An existing
// CA is never replaced behind the operator's back: collectors and brokers may already trust it.

import { execFile } from 'node:child_process';
import { X509Certificate, createPrivateKey, randomBytes } from 'node:crypto';
import { chmod, mkdir, mkdtemp, open, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { isIP } from 'node:net';
import { join } from 'node:path';
import { ProbeError } from '../errors.js';

export interface LeafPaths {
  cert: string;
  key: string;
}

export interface PkiPaths {
  dir: string;
  /** CA certificate: the trust anchor for the broker and for both clients. */
  ca: string;
  /** CA private key; belongs off the broker in production (management.md §10.6). */
  caKey: string;
  broker: LeafPaths;
  probe: LeafPaths;
  collector: LeafPaths;
  /** Files written by this call (empty when everything on disk was reused). */
  created: string[];
}

export interface PkiOptions {
  /** Becomes the probe certificate's CN, which the broker uses as the MQTT username / probe id. */
  probeId: string;
  /** DNS name (or IP) put in the broker certificate's SAN next to 127.0.0.1 and ::1. */
  brokerName: string;
  /** Validity of leaf certificates in days (825 keeps within what TLS clients accept). */
  leafDays?: number;
  /** Validity of a newly created CA in days. */
  caDays?: number;
  /** The openssl binary; default `openssl` from PATH. */
  openssl?: string;
}

const DEFAULT_LEAF_DAYS = 825;
const DEFAULT_CA_DAYS = 3650;
// A leaf this close to its end is re-issued on the next ensurePki, before clients start failing.
const RENEW_BEFORE_MS = 30 * 86_400_000;
const OPENSSL_TIMEOUT_MS = 30_000;
export const COLLECTOR_CN = 'collector';

// The probe id ends up in MQTT topics and in an openssl config file: keep it to a character
// set that is harmless in both (no '+', '#', '/', quotes or newlines).
const PROBE_ID_RE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const DNS_NAME_RE = /^(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/;

function pkiError(message: string): ProbeError {
  return new ProbeError('PROBE_E_PKI', message);
}

interface LeafSpec {
  /** Base name of the temporary files while issuing. */
  name: string;
  cn: string;
  usage: 'serverAuth' | 'clientAuth';
  /** SAN entries as openssl writes them, e.g. `DNS:broker`, `IP:127.0.0.1`. */
  san: string[];
}

export async function ensurePki(dir: string, opts: PkiOptions): Promise<PkiPaths> {
  const { probeId, brokerName } = opts;
  if (!PROBE_ID_RE.test(probeId)) {
    throw pkiError(`probe id ${JSON.stringify(probeId)} is not usable as a certificate CN: use 1-64 of A-Z a-z 0-9 . _ - (starting with a letter or digit)`);
  }
  const brokerIsIp = isIP(brokerName) !== 0;
  if (!brokerIsIp && !DNS_NAME_RE.test(brokerName)) {
    throw pkiError(`broker name ${JSON.stringify(brokerName)} is neither a DNS name nor an IP address`);
  }
  const leafDays = opts.leafDays ?? DEFAULT_LEAF_DAYS;
  const caDays = opts.caDays ?? DEFAULT_CA_DAYS;
  if (!Number.isInteger(leafDays) || leafDays < 1 || !Number.isInteger(caDays) || caDays < leafDays) {
    throw pkiError(`invalid validity: leafDays ${leafDays}, caDays ${caDays} (integers, caDays >= leafDays)`);
  }
  const openssl = opts.openssl ?? 'openssl';

  await mkdir(dir, { recursive: true, mode: 0o700 });
  const paths: PkiPaths = {
    dir,
    ca: join(dir, 'ca.pem'),
    caKey: join(dir, 'ca.key'),
    broker: { cert: join(dir, 'broker.pem'), key: join(dir, 'broker.key') },
    probe: { cert: join(dir, 'probe.pem'), key: join(dir, 'probe.key') },
    collector: { cert: join(dir, 'collector.pem'), key: join(dir, 'collector.key') },
    created: [],
  };

  const work = await mkdtemp(join(dir, '.pki-work-'));
  try {
    const ca = await ensureCa(paths, caDays, openssl, work);
    const brokerSan = ['IP:127.0.0.1', 'IP:::1'];
    if (brokerName !== '127.0.0.1' && brokerName !== '::1') brokerSan.unshift(`${brokerIsIp ? 'IP' : 'DNS'}:${brokerName}`);
    const leaves: (LeafSpec & { name: 'broker' | 'probe' | 'collector' })[] = [
      { name: 'broker', cn: brokerName, usage: 'serverAuth', san: brokerSan },
      { name: 'probe', cn: probeId, usage: 'clientAuth', san: [] },
      { name: 'collector', cn: COLLECTOR_CN, usage: 'clientAuth', san: [] },
    ];
    for (const spec of leaves) {
      await ensureLeaf(paths, paths[spec.name], spec, ca, leafDays, openssl, work);
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
  // Keys that were reused may have been copied in with looser modes; tighten them every time.
  for (const key of [paths.caKey, paths.broker.key, paths.probe.key, paths.collector.key]) await chmod(key, 0o600);
  return paths;
}

/**
 * A further client certificate with CN `cn` from the CA in `dir` (made by ensurePki), kept as
 * `<dir>/clients/<cn>.pem` and `.key`. The embedded broker takes the CN as the client id, so
 * every collector process of a share group needs its own certificate. Idempotent like
 * ensurePki: a good certificate on disk is reused, one that no longer matches is re-issued.
 * Never creates a CA.
 */
export async function ensureClientCert(dir: string, cn: string, opts: Pick<PkiOptions, 'leafDays' | 'openssl'> = {}): Promise<LeafPaths> {
  if (!PROBE_ID_RE.test(cn)) {
    throw pkiError(`client name ${JSON.stringify(cn)} is not usable as a certificate CN: use 1-64 of A-Z a-z 0-9 . _ - (starting with a letter or digit)`);
  }
  const leafDays = opts.leafDays ?? DEFAULT_LEAF_DAYS;
  if (!Number.isInteger(leafDays) || leafDays < 1) throw pkiError(`invalid validity: leafDays ${leafDays}`);
  const ca = { ca: join(dir, 'ca.pem'), caKey: join(dir, 'ca.key'), created: [] as string[] };
  if (!(await exists(ca.ca)) || !(await exists(ca.caKey))) {
    throw pkiError(`no CA in ${dir} (ca.pem and ca.key); create the PKI first (probe-agent run does)`);
  }
  const caCert = await readCert(ca.ca);
  const clients = join(dir, 'clients');
  await mkdir(clients, { recursive: true, mode: 0o700 });
  const leaf: LeafPaths = { cert: join(clients, `${cn}.pem`), key: join(clients, `${cn}.key`) };
  const work = await mkdtemp(join(dir, '.pki-work-'));
  try {
    await ensureLeaf(ca, leaf, { name: 'client', cn, usage: 'clientAuth', san: [] }, caCert, leafDays, opts.openssl ?? 'openssl', work);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
  await chmod(leaf.key, 0o600);
  return leaf;
}

// ---------------------------------------------------------------------------------------------
// CA

async function ensureCa(paths: PkiPaths, caDays: number, openssl: string, work: string): Promise<X509Certificate> {
  const haveCert = await exists(paths.ca);
  const haveKey = await exists(paths.caKey);
  if (haveCert !== haveKey) {
    // Half a CA: creating a new one would orphan every certificate issued so far.
    throw pkiError(`${haveCert ? paths.caKey : paths.ca} is missing while ${haveCert ? paths.ca : paths.caKey} exists; restore it or remove both to create a new CA`);
  }
  if (haveCert) {
    const cert = await readCert(paths.ca);
    if (!cert.ca) throw pkiError(`${paths.ca} is not a CA certificate`);
    if (!(await keyMatches(cert, paths.caKey))) throw pkiError(`${paths.caKey} does not belong to ${paths.ca}`);
    if (Date.parse(cert.validTo) <= Date.now()) throw pkiError(`CA ${paths.ca} expired on ${cert.validTo}; replace the PKI deliberately`);
    return cert;
  }

  // A random suffix in the CA name keeps two local PKIs distinguishable in logs and makes a
  // certificate from "the other CA" fail verification as untrusted, not as a bad signature.
  const cn = `probe-agent CA ${randomBytes(4).toString('hex')}`;
  const cnf = join(work, 'ca.cnf');
  await writeFile(cnf, [
    '[req]', 'distinguished_name = dn', 'prompt = no', 'utf8 = yes',
    '[dn]', `CN = ${cn}`,
    '[ca_ext]',
    'basicConstraints = critical, CA:TRUE, pathlen:0',
    'keyUsage = critical, keyCertSign, cRLSign',
    'subjectKeyIdentifier = hash',
    '',
  ].join('\n'));
  const keyTmp = join(work, 'ca.key');
  const certTmp = join(work, 'ca.pem');
  await generateKey(openssl, keyTmp);
  await runOpenssl(openssl, ['req', '-x509', '-new', '-config', cnf, '-extensions', 'ca_ext', '-key', keyTmp,
    '-sha256', '-days', String(caDays), '-set_serial', randomSerial(), '-out', certTmp]);
  // Key first: a crash between the two renames leaves "key without cert", which the check above
  // reports instead of silently minting a second CA.
  await rename(keyTmp, paths.caKey);
  await rename(certTmp, paths.ca);
  paths.created.push(paths.caKey, paths.ca);
  return readCert(paths.ca);
}

// ---------------------------------------------------------------------------------------------
// leaves

async function ensureLeaf(paths: Pick<PkiPaths, 'ca' | 'caKey' | 'created'>, leaf: LeafPaths, spec: LeafSpec, ca: X509Certificate,
  days: number, openssl: string, work: string): Promise<void> {
  if (await leafIsGood(leaf, spec, ca)) return;

  const cnf = join(work, `${spec.name}.cnf`);
  const ext = [
    'basicConstraints = critical, CA:FALSE',
    'keyUsage = critical, digitalSignature',
    `extendedKeyUsage = ${spec.usage}`,
    'subjectKeyIdentifier = hash',
    'authorityKeyIdentifier = keyid',
  ];
  if (spec.san.length) ext.push(`subjectAltName = ${spec.san.join(', ')}`);
  await writeFile(cnf, [
    '[req]', 'distinguished_name = dn', 'prompt = no', 'utf8 = yes',
    '[dn]', `CN = ${spec.cn}`,
    '[leaf_ext]', ...ext,
    '',
  ].join('\n'));
  const keyTmp = join(work, `${spec.name}.key`);
  const csr = join(work, `${spec.name}.csr`);
  const certTmp = join(work, `${spec.name}.pem`);
  await generateKey(openssl, keyTmp);
  await runOpenssl(openssl, ['req', '-new', '-config', cnf, '-key', keyTmp, '-out', csr]);
  await runOpenssl(openssl, ['x509', '-req', '-in', csr, '-CA', paths.ca, '-CAkey', paths.caKey,
    '-set_serial', randomSerial(), '-days', String(days), '-sha256',
    '-extfile', cnf, '-extensions', 'leaf_ext', '-out', certTmp]);
  await rename(keyTmp, leaf.key);
  await rename(certTmp, leaf.cert);
  paths.created.push(leaf.key, leaf.cert);
}

async function leafIsGood(leaf: LeafPaths, spec: LeafSpec, ca: X509Certificate): Promise<boolean> {
  if (!(await exists(leaf.cert)) || !(await exists(leaf.key))) return false;
  let cert: X509Certificate;
  try {
    cert = await readCert(leaf.cert);
  } catch {
    return false;
  }
  if (!cert.checkIssued(ca) || !cert.verify(ca.publicKey)) return false;
  if (Date.parse(cert.validTo) - Date.now() < RENEW_BEFORE_MS) return false;
  if (subjectCn(cert) !== spec.cn) return false;
  if (!sanMatches(cert, spec.san)) return false;
  if (!(cert.keyUsage ?? []).includes(spec.usage === 'serverAuth' ? '1.3.6.1.5.5.7.3.1' : '1.3.6.1.5.5.7.3.2')) return false;
  return keyMatches(cert, leaf.key);
}

function subjectCn(cert: X509Certificate): string | undefined {
  return cert.subject.split('\n').find((l) => l.startsWith('CN='))?.slice(3);
}

/** The CN of a PEM certificate (read from `path`, named in errors): a probe's id, a collector's
 *  client id. PROBE_E_TLS_FILES when it is not a certificate or has no CN. */
export function certificateCn(pem: Buffer, path: string): string {
  let cert: X509Certificate;
  try {
    cert = new X509Certificate(pem);
  } catch (e) {
    throw new ProbeError('PROBE_E_TLS_FILES', `${path} is not a PEM certificate: ${(e as Error).message}`);
  }
  const cn = subjectCn(cert);
  if (!cn) throw new ProbeError('PROBE_E_TLS_FILES', `${path} has no CN`);
  return cn;
}

/** Usable as a probe id (and so in topics and a certificate CN). */
export function isProbeId(id: string): boolean {
  return PROBE_ID_RE.test(id);
}

// Compared through checkHost/checkIP rather than as text: Node prints ::1 as 0:0:0:0:0:0:0:1.
function sanMatches(cert: X509Certificate, wanted: string[]): boolean {
  const present = cert.subjectAltName ? cert.subjectAltName.split(',').filter((s) => s.trim()) : [];
  if (present.length !== wanted.length) return false;
  return wanted.every((entry) => {
    const [kind, ...rest] = entry.split(':');
    const value = rest.join(':');
    return kind === 'IP' ? cert.checkIP(value) !== undefined : cert.checkHost(value, { subject: 'never', wildcards: false }) !== undefined;
  });
}

// ---------------------------------------------------------------------------------------------
// openssl and file helpers

async function generateKey(openssl: string, path: string): Promise<void> {
  // Create the file 0600 before openssl writes into it: openssl truncates and keeps the mode,
  // so the private key is never readable by others, not even for an instant.
  const fh = await open(path, 'wx', 0o600);
  await fh.close();
  await runOpenssl(openssl, ['genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256',
    '-pkeyopt', 'ec_param_enc:named_curve', '-out', path]);
  await chmod(path, 0o600);
}

function runOpenssl(openssl: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(openssl, args, { timeout: OPENSSL_TIMEOUT_MS, encoding: 'utf8' }, (err, _stdout, stderr) => {
      if (!err) return resolve();
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') {
        return reject(pkiError(`openssl not found (${openssl}); install it (Debian: apt install openssl) to create certificates`));
      }
      if (code === 'EACCES') return reject(pkiError(`openssl at ${openssl} is not executable`));
      const detail = stderr.trim().split('\n').slice(-3).join(' | ') || err.message;
      reject(pkiError(`openssl ${args[0]} failed: ${detail}`));
    });
  });
}

function randomSerial(): string {
  // 127 random bits with the top bit clear: positive, unique enough, as RFC 5280 asks.
  const b = randomBytes(16);
  b[0] &= 0x7f;
  return '0x' + b.toString('hex');
}

async function readCert(path: string): Promise<X509Certificate> {
  try {
    return new X509Certificate(await readFile(path));
  } catch (e) {
    throw pkiError(`cannot read certificate ${path}: ${(e as Error).message}`);
  }
}

async function keyMatches(cert: X509Certificate, keyPath: string): Promise<boolean> {
  try {
    return cert.checkPrivateKey(createPrivateKey(await readFile(keyPath)));
  } catch {
    return false;
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}
