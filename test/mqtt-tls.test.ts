// Mutual-TLS MQTT 5 against a real mosquitto started here, with certificates from ensurePki.
// Proves the happy path (QoS 1 round trip probe -> collector), each refusal with its stable
// code, broker restart on the same port with persistent sessions intact, and the embedded
// default. Skips with the reason when mosquitto or openssl is not installed.

import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mqtt, { type IConnackPacket, type IPublishPacket, type MqttClient } from 'mqtt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findFreePort, startBroker, type Broker } from '../agent/export/broker.js';
import { startEmbedded, type Embedded } from '../agent/export/embedded.js';
import { buildMqttOptions, describeTlsError, readTlsFiles, tlsProbeError, type MqttTlsOptions, type MutualTlsParams } from '../agent/export/mqtt-options.js';
import { ensurePki, type PkiPaths } from '../agent/export/pki.js';
import { ProbeError } from '../agent/errors.js';
import { brokerSkipReason } from './lib/broker-env.js';

const PROBE_ID = 'probe-test-1';
const BROKER_NAME = 'broker.test';
const CONNECT_TIMEOUT_MS = 5_000;

const SKIP = brokerSkipReason();
if (SKIP) console.log(`mqtt-tls: skipped: ${SKIP}`);

/**
 * Connects once and settles on the first outcome: CONNACK, an error (mapped to its stable
 * code), a close before CONNACK, or the bound. A failed client is always ended.
 */
function connectOnce(opts: MqttTlsOptions, boundMs = CONNECT_TIMEOUT_MS + 2_000): Promise<MqttClient> {
  return new Promise((resolve, reject) => {
    const client = mqtt.connect(opts);
    let settled = false;
    const fail = (e: ProbeError) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      client.end(true);
      reject(e);
    };
    const timer = setTimeout(() => fail(new ProbeError('PROBE_E_BROKER_UNREACHABLE', `no CONNACK within ${boundMs} ms`)), boundMs);
    // mqtt.js emits some TLS errors twice (its TLS wrapper and its stream handler both
    // forward them); the first one decides, later ones are ignored.
    client.on('error', (e) => fail(tlsProbeError(e)));
    client.once('close', () => fail(new ProbeError('PROBE_E_BROKER_UNREACHABLE', 'connection closed before CONNACK')));
    client.once('connect', () => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(client);
    });
  });
}

/** Expects the connection to be refused with `code`; returns the error for further checks. */
async function expectRefused(opts: MqttTlsOptions, code: string): Promise<ProbeError> {
  const started = Date.now();
  const err = await connectOnce(opts).then(
    (c) => {
      c.end(true);
      throw new Error(`connected although ${code} was expected`);
    },
    (e: unknown) => e as ProbeError,
  );
  expect(err).toBeInstanceOf(ProbeError);
  expect(err.code, err.message).toBe(code);
  // A refusal is immediate, not a timeout in disguise.
  expect(Date.now() - started).toBeLessThan(CONNECT_TIMEOUT_MS);
  return err;
}

function waitForMessage(client: MqttClient, topic: string, boundMs = 5_000): Promise<{ payload: Buffer; qos: number; props: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      client.removeListener('message', onMessage);
      reject(new Error(`no message on ${topic} within ${boundMs} ms`));
    }, boundMs);
    const onMessage = (t: string, payload: Buffer, packet: IPublishPacket) => {
      if (t !== topic) return;
      clearTimeout(timer);
      client.removeListener('message', onMessage);
      resolve({ payload, qos: packet.qos, props: (packet.properties ?? {}) as Record<string, unknown> });
    };
    client.on('message', onMessage);
  });
}

describe.skipIf(SKIP !== null)('MQTT 5 over mutual TLS with mosquitto', () => {
  let root = '';
  let pki: PkiPaths;
  let otherPki: PkiPaths;
  let broker: Broker | undefined;
  let embedded: Embedded | undefined;
  const clients: MqttClient[] = [];

  const params = (who: 'probe' | 'collector', over: Partial<MutualTlsParams> = {}): MutualTlsParams => ({
    url: broker!.url,
    clientId: who === 'probe' ? PROBE_ID : 'collector',
    connectTimeoutMs: CONNECT_TIMEOUT_MS,
    ...readTlsFiles({ ca: pki.ca, cert: pki[who].cert, key: pki[who].key }),
    ...over,
  });
  const track = (c: MqttClient) => {
    clients.push(c);
    // After CONNACK an error (e.g. the broker going away during restart) must not be unhandled.
    c.on('error', () => {});
    return c;
  };

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'probe-mqtt-tls-'));
    [pki, otherPki] = await Promise.all([
      ensurePki(join(root, 'pki'), { probeId: PROBE_ID, brokerName: BROKER_NAME }),
      ensurePki(join(root, 'pki-other'), { probeId: PROBE_ID, brokerName: BROKER_NAME }),
    ]);
    broker = await startBroker({ dir: join(root, 'broker'), pki, persistence: true });
  });

  afterAll(async () => {
    for (const c of clients) c.end(true);
    await broker?.kill('SIGKILL');
    await embedded?.broker.kill('SIGKILL');
    if (root) rmSync(root, { recursive: true, force: true });
  });

  describe('PKI', () => {
    it('writes CA, broker, probe and collector material with private keys 0600', () => {
      for (const f of [pki.ca, pki.broker.cert, pki.probe.cert, pki.collector.cert]) expect(existsSync(f), f).toBe(true);
      for (const k of [pki.caKey, pki.broker.key, pki.probe.key, pki.collector.key]) {
        expect(statSync(k).mode & 0o777, k).toBe(0o600);
      }
      expect(pki.created).toHaveLength(8);
    });

    it('is idempotent and re-issues a leaf whose name no longer matches', async () => {
      const again = await ensurePki(pki.dir, { probeId: PROBE_ID, brokerName: BROKER_NAME });
      expect(again.created).toEqual([]);
      expect(readFileSync(again.ca, 'utf8')).toBe(readFileSync(pki.ca, 'utf8'));
      // A renamed probe: only its certificate changes, the CA and the others stay.
      const scratch = join(root, 'pki-rename');
      await ensurePki(scratch, { probeId: 'old-name', brokerName: BROKER_NAME });
      const renamed = await ensurePki(scratch, { probeId: 'new-name', brokerName: BROKER_NAME });
      expect(renamed.created.sort()).toEqual([renamed.probe.cert, renamed.probe.key].sort());
    });

    it('fails with PROBE_E_PKI when openssl is missing or the probe id is unusable', async () => {
      await expect(ensurePki(join(root, 'pki-none'), { probeId: 'p', brokerName: 'b', openssl: '/nonexistent/openssl' }))
        .rejects.toMatchObject({ code: 'PROBE_E_PKI', message: expect.stringContaining('openssl not found') });
      await expect(ensurePki(join(root, 'pki-bad'), { probeId: 'a/b#', brokerName: 'b' }))
        .rejects.toMatchObject({ code: 'PROBE_E_PKI' });
    });

    it('fails with PROBE_E_BROKER when the mosquitto binary cannot run', async () => {
      await expect(startBroker({ dir: join(root, 'broker-none'), pki, mosquitto: '/nonexistent/mosquitto' }))
        .rejects.toMatchObject({ code: 'PROBE_E_BROKER' });
    });
  });

  it('the probe certificate connects with MQTT 5 and a QoS 1 message reaches the collector', async () => {
    const topic = `probe/v1/${PROBE_ID}/data/flows`;
    const collector = track(await connectOnce(buildMqttOptions(params('collector'))));
    const granted = await collector.subscribeAsync(topic, { qos: 1 });
    expect(granted[0].qos).toBe(1);

    const probe = track(await connectOnce(buildMqttOptions(params('probe'))));
    // mqtt.js resolves a publish with the *outgoing* packet and treats PUBACK 0x10 (no matching
    // subscribers) as success; the reason code is only visible on the raw packet stream.
    const pubacks: number[] = [];
    probe.on('packetreceive', (p) => {
      if (p.cmd === 'puback') pubacks.push(p.reasonCode ?? 0);
    });
    const arrival = waitForMessage(collector, topic);
    const payload = Buffer.from([0x0a, 0x03, 0x01, 0x02, 0x03]);
    await probe.publishAsync(topic, payload, {
      qos: 1,
      properties: { contentType: 'application/x-protobuf;proto=probe.v1.FlowBatch', userProperties: { seq: '1' } },
    });
    expect(pubacks).toEqual([0]);
    // Without a subscriber the broker accepts and drops: 0x10, still "success" for mqtt.js.
    await probe.publishAsync(`probe/v1/${PROBE_ID}/status`, 'nobody listens', { qos: 1 });
    expect(pubacks).toEqual([0, 0x10]);
    const got = await arrival;
    expect(got.qos).toBe(1);
    expect(got.payload.equals(payload)).toBe(true);
    expect(got.props.contentType).toBe('application/x-protobuf;proto=probe.v1.FlowBatch');
    await Promise.all([probe.endAsync(), collector.endAsync()]);
  });

  describe('refusals, each with a stable code', () => {
    it('a client without a certificate (TLS 1.3: alert certificate required)', async () => {
      const opts = buildMqttOptions(params('probe'));
      delete opts.cert;
      delete opts.key;
      const err = await expectRefused(opts, 'PROBE_E_TLS_CLIENT_CERT_REFUSED');
      expect(err.message).toMatch(/refused our client certificate.*certificate required/);
    });

    it('a client without a certificate (TLS 1.2: alert handshake failure)', async () => {
      const opts = buildMqttOptions(params('probe', { tls: { maxVersion: 'TLSv1.2' } }));
      delete opts.cert;
      delete opts.key;
      const err = await expectRefused(opts, 'PROBE_E_TLS_CLIENT_CERT_REFUSED');
      expect(err.message).toMatch(/handshake failure/);
    });

    it('a client whose certificate comes from another CA (alert unknown ca)', async () => {
      const foreign = readTlsFiles({ ca: otherPki.ca, cert: otherPki.probe.cert, key: otherPki.probe.key });
      const err = await expectRefused(buildMqttOptions(params('probe', { cert: foreign.cert, key: foreign.key })), 'PROBE_E_TLS_CLIENT_CERT_REFUSED');
      expect(err.message).toMatch(/unknown ca/);
    });

    it('a client that trusts another CA does not accept the broker certificate', async () => {
      const foreign = readTlsFiles({ ca: otherPki.ca, cert: otherPki.probe.cert, key: otherPki.probe.key });
      const err = await expectRefused(buildMqttOptions(params('probe', foreign)), 'PROBE_E_TLS_UNTRUSTED');
      expect(err.message).toMatch(/not issued by our CA/);
    });

    it('a broker certificate without the expected name (servername wrong.name)', async () => {
      const err = await expectRefused(buildMqttOptions(params('probe', { servername: 'wrong.name' })), 'PROBE_E_TLS_NAME');
      expect(err.message).toMatch(/wrong\.name/);
      // The broker's real name (a DNS SAN, not only the IP) works.
      const ok = await connectOnce(buildMqttOptions(params('probe', { servername: BROKER_NAME })));
      await ok.endAsync();
    });

    it('nothing listening: PROBE_E_BROKER_UNREACHABLE', async () => {
      const port = await findFreePort();
      await expectRefused(buildMqttOptions(params('probe', { url: `mqtts://127.0.0.1:${port}` })), 'PROBE_E_BROKER_UNREACHABLE');
    });

    it('maps stray errors without inventing certainty', () => {
      expect(describeTlsError(Object.assign(new Error('x'), { code: 'CERT_HAS_EXPIRED' })).code).toBe('PROBE_E_TLS_EXPIRED');
      expect(describeTlsError(Object.assign(new Error('Connection refused: Not authorized'), { code: 135 })).code).toBe('PROBE_E_MQTT_REFUSED');
      expect(describeTlsError(new Error('connack timeout')).code).toBe('PROBE_E_BROKER_UNREACHABLE');
      expect(describeTlsError('weird').code).toBe('PROBE_E_TLS');
    });
  });

  it('restart() comes back on the same port and keeps a persistent session\'s queued message', async () => {
    const b = broker!;
    const port = b.port;
    const pidBefore = b.pid;
    const topic = `probe/v1/${PROBE_ID}/data/detections`;

    // A collector with a persistent session subscribes, then goes away.
    const sessionParams = params('collector', { clean: false, sessionExpiryS: 600 });
    const c1 = track(await connectOnce(buildMqttOptions(sessionParams)));
    await c1.subscribeAsync(topic, { qos: 1 });
    await c1.endAsync();

    // The probe publishes while the collector is away: the broker queues it for the session.
    const probe = track(await connectOnce(buildMqttOptions(params('probe'))));
    await probe.publishAsync(topic, Buffer.from('queued'), { qos: 1 });
    await probe.endAsync();

    await b.restart();
    expect(b.port).toBe(port);
    expect(b.pid).not.toBe(pidBefore);
    expect(b.running).toBe(true);

    // The queued message is delivered when the session resumes. The listener goes on before
    // CONNACK can be processed: mosquitto sends queued messages right after it.
    const c2 = track(mqtt.connect(buildMqttOptions(sessionParams)));
    c2.on('error', () => {});
    const arrival = waitForMessage(c2, topic);
    const connack = await new Promise<IConnackPacket>((resolve, reject) => {
      const t = setTimeout(() => reject(new Error('no CONNACK after restart')), CONNECT_TIMEOUT_MS);
      c2.once('connect', (p) => { clearTimeout(t); resolve(p); });
    });
    expect(connack.sessionPresent).toBe(true);
    expect((await arrival).payload.toString()).toBe('queued');
    await c2.endAsync();

    // And a fresh probe connection works again.
    const again = await connectOnce(buildMqttOptions(params('probe')));
    await again.endAsync();
  });

  it('stop() ends mosquitto; a connection attempt then reports the broker unreachable', async () => {
    const scratch = await startBroker({ dir: join(root, 'broker-stop'), pki });
    const url = scratch.url;
    await scratch.stop();
    expect(scratch.running).toBe(false);
    await scratch.stop(); // idempotent
    await expectRefused(buildMqttOptions(params('probe', { url })), 'PROBE_E_BROKER_UNREACHABLE');
  });

  it('startEmbedded starts a broker that accepts the probe certificate', async () => {
    embedded = await startEmbedded(join(root, 'state'), { probeId: 'embedded-probe' });
    const info = JSON.parse(readFileSync(embedded.infoPath, 'utf8'));
    expect(info.probe.url).toBe(embedded.broker.url);
    expect(info.probe.id).toBe('embedded-probe');
    const client = await connectOnce(buildMqttOptions({
      url: embedded.probe.url,
      clientId: embedded.probe.id,
      connectTimeoutMs: CONNECT_TIMEOUT_MS,
      ...readTlsFiles(embedded.probe),
    }));
    expect(client.connected).toBe(true);
    await client.endAsync();
    await embedded.stop();
    expect(embedded.broker.running).toBe(false);
  });
});
