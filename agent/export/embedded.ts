// The zero-configuration default: a private PKI and a local mosquitto under one state
// directory, so `probe-agent` can export over real mutual-TLS MQTT 5 on a single machine
// without anyone writing a broker config or running openssl by hand.
//
// Everything lives in stateDir: pki/ (certificates, keys 0600), broker/ (config, log,
// persistence database) and embedded.json (where to connect and with which files, so a
// collector started later, in another process, finds the broker).

import { hostname } from 'node:os';
import { join } from 'node:path';
import { writeFile } from 'node:fs/promises';
import { startBroker, type Broker } from './broker.js';
import { COLLECTOR_CN, ensurePki, type PkiPaths } from './pki.js';

/** What one MQTT client needs: where to connect and the TLS files (paths, PEM). */
export interface ClientEndpoint {
  url: string;
  /** Identity the broker sees (the certificate CN, also used as the MQTT client id). */
  id: string;
  ca: string;
  cert: string;
  key: string;
}

export interface EmbeddedOptions {
  /** Probe id = probe certificate CN; default derived from the host name. */
  probeId?: string;
  /** Name in the broker certificate besides 127.0.0.1 and ::1; default `localhost`. */
  brokerName?: string;
  /** Fixed broker port; default a free one. */
  port?: number;
}

export interface Embedded {
  broker: Broker;
  pki: PkiPaths;
  probe: ClientEndpoint;
  collector: ClientEndpoint;
  /** Path of the JSON file describing probe and collector endpoints. */
  infoPath: string;
  stop(): Promise<void>;
}

export async function startEmbedded(stateDir: string, opts: EmbeddedOptions = {}): Promise<Embedded> {
  const probeId = opts.probeId ?? defaultProbeId();
  const pki = await ensurePki(join(stateDir, 'pki'), { probeId, brokerName: opts.brokerName ?? 'localhost' });
  // Persistence on: collectors keep persistent sessions, and what the broker queued for them
  // must survive a broker restart.
  const broker = await startBroker({ dir: join(stateDir, 'broker'), pki, persistence: true, port: opts.port });
  const probe: ClientEndpoint = { url: broker.url, id: probeId, ca: pki.ca, cert: pki.probe.cert, key: pki.probe.key };
  const collector: ClientEndpoint = { url: broker.url, id: COLLECTOR_CN, ca: pki.ca, cert: pki.collector.cert, key: pki.collector.key };
  const infoPath = join(stateDir, 'embedded.json');
  try {
    await writeFile(infoPath, JSON.stringify({ broker: { url: broker.url, log: broker.logPath }, probe, collector }, null, 2) + '\n', { mode: 0o600 });
  } catch (e) {
    await broker.stop();
    throw e;
  }
  return { broker, pki, probe, collector, infoPath, stop: () => broker.stop() };
}

// Host names may carry characters a CN/topic segment must not; keep the safe ones.
function defaultProbeId(): string {
  const cleaned = hostname().replace(/[^A-Za-z0-9._-]/g, '-').replace(/^[^A-Za-z0-9]+/, '').slice(0, 64);
  return cleaned || 'probe';
}
