// The reference collector: the other end of the export (DESIGN.md §4).
//
// It holds an MQTT 5 shared subscription `$share/<group>/probe/v1/+/data/#` in a persistent
// session, so several collectors of one group split the probes' data on any MQTT 5 broker and
// the broker queues for a collector that is briefly away. Every batch is decoded, written as
// one line per record, and acknowledged on probe/v1/<id>/ack once the lines are durable; the
// probe frees its spool by those acknowledgements.
//
// Delivery to us is at least once: the probe resends what it has no acknowledgement for (its
// acknowledgement was lost, a collector died before acknowledging). Batches are identified by
// (probe, stream, epoch, seq); the Ledger remembers what the group has written, so a copy is
// not written again but is acknowledged again (the resend means its sender needs that).
// Every member subscribes to every ack (not shared): what another member acknowledged is
// written, by the group, and counts for de-duplication and for gap detection here too. Acks
// carry the group as an MQTT 5 user property (ACK_GROUP_PROPERTY), and only the own group's
// count: a second group (an archive, a viewer) must write everything itself, whatever the first
// group has acknowledged. An ack without the property is not trusted for the same reason: the
// worst that costs is a line written twice, never a line missing.
//
// Group commit: lines accumulate for ackIntervalMs, then one write + fsync, then one Ack per
// stream. mqtt.js sends the MQTT PUBACK as soon as a message arrives; that is fine, because the
// end-to-end guarantee is our Ack, not the broker's queue: what we lose before acknowledging,
// the probe sends again.

import mqtt, { type IPublishPacket, type MqttClient } from 'mqtt';
import { readFile, open, rename } from 'node:fs/promises';
import { dirname } from 'node:path';
import { probe } from '../../proto/gen/probe.js';
import { ProbeError } from '../errors.js';
import { num } from '../flow/json.js';
import { epochHex, Ledger, rangeText, type GapEvent, type StreamKey } from './collector-ledger.js';
import { batchLines, type CollectFormat, type CollectorOutput, type RecordOrigin } from './collector-output.js';
import { ACK_FILTER, DATA_FILTER, TOPIC_ROOT, parseAckTopic, parseDataTopic, streamEnum, streamName, toLong, topicOf, u64 } from './messages.js';
import { backoffDelayMs } from './backoff.js';
import { buildMqttOptions, describeTlsError, tlsProbeError } from './mqtt-options.js';

export interface CollectorOptions {
  /** mqtts://host:port */
  url: string;
  /** Name the broker certificate must carry, when it is not the URL's host. */
  servername?: string;
  tls: { ca: string | Buffer; cert: string | Buffer; key: string | Buffer };
  /** MQTT client id; brokers that take the identity from the certificate (ours does) use the
   *  CN whatever is sent, so pass the CN. It is also the collector_id in acknowledgements. */
  clientId: string;
  /** Shared subscription group; default "ingest". */
  group?: string;
  output: CollectorOutput;
  format?: CollectFormat;
  /** Ledger file for de-duplication across restarts; none by default. */
  statePath?: string;
  /** Group commit period: write, make durable, acknowledge. Default 100 ms. */
  ackIntervalMs?: number;
  /** A hole in a stream still open this long is reported as a gap. Default 10 s. */
  gapTimeoutMs?: number;
  /** Streams (probe, stream, epoch) remembered at most; default 10 000. */
  maxStreams?: number;
  /** Seq ranges per stream at most; default 4096. */
  maxRanges?: number;
  /** MQTT 5 Session Expiry: how long the broker keeps our session and queues for it. Default 7 days. */
  sessionExpiryS?: number;
  connectTimeoutMs?: number;
  /** Reconnect backoff after a lost connection: first delay and cap. Default 500 ms and 30 s. */
  backoffInitialMs?: number;
  backoffMaxMs?: number;
  /** Each new (not duplicate) record, as it is put in the output. */
  onRecord?: (origin: RecordOrigin, record: probe.v1.IFlowRecord | probe.v1.IDetection) => void;
  /** Notices: connection, births and deaths, epochs, gaps, malformed messages. One line each. */
  log?: (line: string) => void;
}

export const COLLECTOR_DEFAULTS = {
  group: 'ingest',
  ackIntervalMs: 100,
  gapTimeoutMs: 10_000,
  sessionExpiryS: 7 * 86_400,
  backoffInitialMs: 500,
  backoffMaxMs: 30_000,
};

export interface CollectorStats {
  clientId: string;
  group: string;
  connected: boolean;
  /** Batches and records written (duplicates not included). */
  batches: number;
  records: number;
  /** Batches received again and not written (acknowledged again). */
  duplicates: number;
  /** Messages that were not a valid batch: counted and dropped. */
  malformed: number;
  /** Acks published by us, and seen from other collectors of the group. */
  acksPublished: number;
  acksSeen: number;
  /** Acks of collectors in other groups (or without a group): not counted as written here. */
  otherAcks: number;
  badAcks: number;
  /** Holes reported as gaps; of them filled later; still open. */
  gapsReported: number;
  gapsRecovered: number;
  gapsOpen: number;
  /** A probe's stream started a new epoch (its sequence restarted). */
  epochRestarts: number;
  births: number;
  deaths: number;
  /** Streams held in memory, and streams forgotten to stay within maxStreams. */
  streams: number;
  streamsEvicted: number;
  connects: number;
}

/** MQTT 5 user property of our acks naming the share group of the collector that sent it. */
export const ACK_GROUP_PROPERTY = 'collector-group';

const BIRTH_DEATH_RE = /^probe\/v1\/([^/+#]+)\/(birth|death)$/;
const GROUP_RE = /^[A-Za-z0-9._-]{1,64}$/;
const STOP_PUBACK_WAIT_MS = 2_000;

/** Connects, subscribes and starts collecting; rejects with a PROBE_E_* error when the first
 *  connection fails (TLS refusal, unreachable broker) or the state file is unusable. */
export async function startCollector(opts: CollectorOptions): Promise<Collector> {
  const c = new Collector(opts);
  await c.start();
  return c;
}

export class Collector {
  private readonly o: Required<Pick<CollectorOptions, 'group' | 'ackIntervalMs' | 'gapTimeoutMs' | 'sessionExpiryS' | 'backoffInitialMs' | 'backoffMaxMs' | 'format'>> & CollectorOptions;
  private readonly ledger: Ledger;
  private readonly log: (line: string) => void;
  private client: MqttClient | undefined;
  private connected = false;
  private stopping = false;
  private stopped: Promise<void> | undefined;
  private commitTimer: NodeJS.Timeout | undefined;
  private reconnectTimer: NodeJS.Timeout | undefined;
  private attempts = 0;
  private lastError: unknown;
  // Output text of the current group commit, in arrival order.
  private buffer: string[] = [];
  private commitRunning: Promise<void> | undefined;
  private failure: ProbeError | undefined;
  private failWaiters: ((e: ProbeError) => void)[] = [];
  // Last epoch seen per probe/stream, to notice a restarted sequence (bounded like the ledger).
  private readonly epochs = new Map<string, bigint>();
  private readonly s = {
    batches: 0, records: 0, duplicates: 0, malformed: 0, acksPublished: 0, acksSeen: 0, otherAcks: 0, badAcks: 0,
    gapsReported: 0, gapsRecovered: 0, epochRestarts: 0, births: 0, deaths: 0, connects: 0,
  };

  constructor(opts: CollectorOptions) {
    this.o = {
      ...opts,
      group: opts.group ?? COLLECTOR_DEFAULTS.group,
      ackIntervalMs: opts.ackIntervalMs ?? COLLECTOR_DEFAULTS.ackIntervalMs,
      gapTimeoutMs: opts.gapTimeoutMs ?? COLLECTOR_DEFAULTS.gapTimeoutMs,
      sessionExpiryS: opts.sessionExpiryS ?? COLLECTOR_DEFAULTS.sessionExpiryS,
      backoffInitialMs: opts.backoffInitialMs ?? COLLECTOR_DEFAULTS.backoffInitialMs,
      backoffMaxMs: opts.backoffMaxMs ?? COLLECTOR_DEFAULTS.backoffMaxMs,
      format: opts.format ?? 'json',
    };
    if (!GROUP_RE.test(this.o.group)) {
      throw new ProbeError('PROBE_E_USAGE', `group ${JSON.stringify(this.o.group)} is not usable in a shared subscription: use 1-64 of A-Z a-z 0-9 . _ -`);
    }
    this.ledger = new Ledger({ maxKeys: opts.maxStreams, maxRanges: opts.maxRanges });
    this.log = opts.log ?? (() => {});
  }

  /** The data subscription, e.g. `$share/ingest/probe/v1/+/data/#`. */
  get dataFilter(): string {
    return `$share/${this.o.group}/${DATA_FILTER}`;
  }

  async start(): Promise<void> {
    if (this.o.statePath) await this.loadState(this.o.statePath);
    await this.connectFirst();
    this.commitTimer = setInterval(() => void this.commit(), this.o.ackIntervalMs);
  }

  /**
   * Rejects when the collector fails for good (the output or the state file cannot be
   * written); it has then stopped without acknowledging what was not durable.
   */
  failed(): Promise<never> {
    return new Promise((_, reject) => {
      if (this.failure) reject(this.failure);
      else this.failWaiters.push(reject);
    });
  }

  stats(): CollectorStats {
    return {
      clientId: this.o.clientId,
      group: this.o.group,
      connected: this.connected,
      ...this.s,
      gapsOpen: this.ledger.openGaps(),
      streams: this.ledger.size,
      streamsEvicted: this.ledger.evicted,
    };
  }

  /**
   * Clean stop: what is buffered is written and acknowledged, the state saved, then a clean
   * MQTT disconnect. The session stays on the broker (session expiry), so what the probes
   * publish meanwhile is queued for our next start. Idempotent.
   */
  stop(): Promise<void> {
    this.stopped ??= this.shutdown(true);
    return this.stopped;
  }

  private async shutdown(flush: boolean): Promise<void> {
    this.stopping = true;
    clearInterval(this.commitTimer);
    clearTimeout(this.reconnectTimer);
    if (flush) {
      await this.commitRunning;
      const { published } = await this.commit();
      // The last acknowledgements should reach the broker before we disconnect.
      await bounded(published, STOP_PUBACK_WAIT_MS);
    }
    const client = this.client;
    this.client = undefined;
    this.connected = false;
    if (client) {
      await bounded(client.endAsync(false).catch(() => {}), STOP_PUBACK_WAIT_MS);
      client.end(true);
    }
    await this.o.output.close().catch(() => {});
  }

  // ---- connection ----

  private options() {
    return buildMqttOptions({
      url: this.o.url,
      servername: this.o.servername,
      ...this.o.tls,
      clientId: this.o.clientId,
      // A persistent session: our subscriptions, and the messages the broker queues while we
      // are away, outlive a restart or a lost connection.
      clean: false,
      sessionExpiryS: this.o.sessionExpiryS,
      connectTimeoutMs: this.o.connectTimeoutMs,
    });
  }

  /** The first connection decides whether we start at all: its failure is the caller's error. */
  private connectFirst(): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      let settled = false;
      const fail = (e: unknown) => {
        if (settled) return;
        settled = true;
        const client = this.client;
        this.client = undefined;
        client?.end(true);
        reject(e instanceof ProbeError ? e : tlsProbeError(e));
      };
      this.connect((err) => {
        if (err !== undefined) return fail(err);
        settled = true;
        resolve();
      });
    });
  }

  /** One connection attempt; `first` learns how it went (undefined: connected and subscribed). */
  private connect(first?: (err?: unknown) => void): void {
    if (this.stopping) return;
    let options;
    try {
      options = this.options();
    } catch (e) {
      if (first) return first(e);
      throw e;
    }
    const client = mqtt.connect(options);
    this.client = client;
    this.lastError = undefined;
    client.on('connect', (connack) => {
      if (client !== this.client) return;
      this.onConnect(client, connack.sessionPresent).then(
        () => first?.(),
        (e: unknown) => (first ? first(e) : this.log(`subscribe failed: ${(e as Error).message}`)),
      );
    });
    client.on('message', (topic, payload, packet) => {
      if (client === this.client) this.onMessage(topic, payload, packet);
    });
    // mqtt.js may report one failure more than once; the first is the cause.
    client.on('error', (e) => {
      this.lastError ??= e;
    });
    client.on('close', () => {
      if (client !== this.client) return;
      this.client = undefined;
      client.end(true);
      const was = this.connected;
      this.connected = false;
      if (first && !was) return first(this.lastError ?? new ProbeError('PROBE_E_BROKER_UNREACHABLE', `the broker ${this.o.url} closed the connection before CONNACK`));
      if (this.stopping) return;
      const why = this.lastError ? `${describeTlsError(this.lastError).code}: ${describeTlsError(this.lastError).message}` : 'connection closed';
      const delay = this.backoff();
      this.log(`${was ? 'lost the connection to' : 'cannot connect to'} ${this.o.url} (${why}); retrying in ${Math.round(delay)} ms`);
      this.reconnectTimer = setTimeout(() => this.connect(), delay);
    });
  }

  private backoff(): number {
    return backoffDelayMs(this.attempts++, this.o.backoffInitialMs, this.o.backoffMaxMs);
  }

  private async onConnect(client: MqttClient, sessionPresent: boolean): Promise<void> {
    this.connected = true;
    this.attempts = 0;
    this.s.connects++;
    // Subscribing again on a resumed session is harmless and repairs a session the broker lost.
    // Acks, births and deaths are not shared: every member must see all of them. No Local keeps
    // our own acks from coming back to us.
    const granted = await client.subscribeAsync({
      [this.dataFilter]: { qos: 1 },
      [ACK_FILTER]: { qos: 1, nl: true },
      [`${TOPIC_ROOT}/+/birth`]: { qos: 1 },
      [`${TOPIC_ROOT}/+/death`]: { qos: 1 },
    });
    const refused = granted.filter((g) => g.qos > 2).map((g) => g.topic);
    if (refused.length) {
      throw new ProbeError('PROBE_E_MQTT_REFUSED', `the broker refused the subscription to ${refused.join(', ')}; check the broker ACL for ${this.o.clientId}`);
    }
    this.log(`connected to ${this.o.url} as ${this.o.clientId}, group ${this.o.group} (${sessionPresent ? 'session resumed' : 'new session'}); subscribed to ${this.dataFilter}`);
  }

  // ---- messages ----

  private onMessage(topic: string, payload: Buffer, packet: IPublishPacket): void {
    if (this.stopping) return;
    const data = parseDataTopic(topic);
    if (data) return this.onData(data.probeId, data.stream, payload, topic);
    const ackProbe = parseAckTopic(topic);
    if (ackProbe) return this.onAck(ackProbe, payload, packet.properties?.userProperties?.[ACK_GROUP_PROPERTY]);
    const bd = BIRTH_DEATH_RE.exec(topic);
    if (bd) return this.onBirthDeath(bd[1], bd[2] as 'birth' | 'death', payload);
  }

  private malformed(topic: string, payload: Buffer, why: string): void {
    this.s.malformed++;
    this.log(`malformed message on ${topic} (${payload.length} bytes): ${why}; dropped`);
  }

  private onData(probeId: string, stream: 'flows' | 'detections', payload: Buffer, topic: string): void {
    let batch: probe.v1.FlowBatch | probe.v1.DetectionBatch;
    try {
      batch = stream === 'flows' ? probe.v1.FlowBatch.decode(payload) : probe.v1.DetectionBatch.decode(payload);
    } catch (e) {
      return this.malformed(topic, payload, `not a ${stream === 'flows' ? 'FlowBatch' : 'DetectionBatch'} (${(e as Error).message})`);
    }
    const epoch = u64(batch.epoch);
    const seq = u64(batch.seq);
    if (epoch === 0n) return this.malformed(topic, payload, 'no stream epoch');
    if (seq === 0n) return this.malformed(topic, payload, 'no sequence number');
    const records = 'flows' in batch ? batch.flows : batch.detections;
    // The count is written when the batch is spooled; a different number of records means the
    // message was cut or mangled somewhere.
    if (batch.recordCount !== 0 && batch.recordCount !== records.length) {
      return this.malformed(topic, payload, `record_count ${batch.recordCount} but ${records.length} records`);
    }

    const key: StreamKey = { probeId, stream, epoch };
    this.noticeEpoch(key, seq);
    const e = this.ledger.entry(key);
    const state = e.state(seq);
    if (state !== 'new') {
      this.s.duplicates++;
      // A copy of something durable: its sender has not seen our ack. One still in the current
      // commit is acknowledged by that commit anyway.
      if (state === 'written') this.ledger.addReack(e, seq);
      return;
    }
    const origin: RecordOrigin = { probeId, stream, epoch, seq, historical: batch.historical };
    this.buffer.push(batchLines(origin, records, this.o.format));
    this.ledger.addPending(e, seq);
    e.dropped = Math.max(e.dropped, num(batch.droppedRecords));
    this.s.batches++;
    this.s.records += records.length;
    if (this.o.onRecord) for (const r of records) this.o.onRecord(origin, r);
  }

  private noticeEpoch(key: StreamKey, seq: bigint): void {
    const id = `${key.probeId}/${key.stream}`;
    const last = this.epochs.get(id);
    if (last === key.epoch) return;
    this.epochs.delete(id);
    this.epochs.set(id, key.epoch);
    if (this.epochs.size > this.ledger.maxKeys) this.epochs.delete(this.epochs.keys().next().value!);
    if (last === undefined) return;
    this.s.epochRestarts++;
    this.log(`probe ${key.probeId} ${key.stream}: new epoch ${epochHex(key.epoch)} (was ${epochHex(last)}, first seq seen ${seq}): the probe's sequence restarted, its spool was lost or re-created`);
  }

  private onAck(probeId: string, payload: Buffer, group: string | string[] | undefined): void {
    if (group !== this.o.group) {
      this.s.otherAcks++;
      return;
    }
    let ack: probe.v1.Ack;
    try {
      ack = probe.v1.Ack.decode(payload);
    } catch {
      this.s.badAcks++;
      return;
    }
    const stream = streamName(ack.stream);
    const epoch = u64(ack.epoch);
    if (!stream || epoch === 0n) {
      this.s.badAcks++;
      return;
    }
    // No Local should keep our own acks away; a broker that ignores it sends them anyway.
    if (ack.collectorId === this.o.clientId) return;
    this.s.acksSeen++;
    const e = this.ledger.entry({ probeId, stream, epoch });
    for (const r of ack.ranges) {
      const first = u64(r.first);
      const last = u64(r.last);
      if (first < 1n || last < first) {
        this.s.badAcks++;
        continue;
      }
      this.ledger.addAcked(e, first, last);
    }
  }

  private onBirthDeath(probeId: string, what: 'birth' | 'death', payload: Buffer): void {
    try {
      if (what === 'birth') {
        const b = probe.v1.Birth.decode(payload);
        this.s.births++;
        const streams = b.streams.map((s) => `${streamName(s.stream) ?? s.stream} epoch ${epochHex(u64(s.epoch))} last ${u64(s.lastSeq)} acked ${u64(s.ackedSeq)}`).join('; ');
        const lost = num(b.flowsLostUnclean);
        this.log(`probe ${probeId} birth: bdSeq ${u64(b.bdSeq)}, agent ${b.agentVersion || '?'}${streams ? `, ${streams}` : ''}${lost ? `, ${lost} flows lost in an unclean stop` : ''}`);
      } else {
        const d = probe.v1.Death.decode(payload);
        this.s.deaths++;
        this.log(`probe ${probeId} death: bdSeq ${u64(d.bdSeq)} (session ended)`);
      }
    } catch (e) {
      this.malformed(topicOf(probeId, what), payload, `not a ${what === 'birth' ? 'Birth' : 'Death'} (${(e as Error).message})`);
    }
  }

  // ---- group commit ----

  /**
   * Writes what was buffered, makes it durable, saves the state, then acknowledges. One commit
   * at a time; a failure stops the collector (see fail()).
   */
  private async commit(): Promise<{ published: Promise<unknown> }> {
    const nothing = { published: Promise.resolve() };
    if (this.commitRunning || this.failure) return nothing;
    let done!: () => void;
    this.commitRunning = new Promise<void>((r) => (done = r));
    try {
      return await this.commitOnce();
    } catch (e) {
      this.fail(e instanceof ProbeError ? e : new ProbeError('PROBE_E_COLLECT_OUTPUT', (e as Error).message));
      return nothing;
    } finally {
      this.commitRunning = undefined;
      done();
    }
  }

  // The acks' PUBACKs are not awaited here (a connection lost meanwhile would hold the next
  // commit); they come back wrapped for stop().
  private async commitOnce(): Promise<{ published: Promise<unknown> }> {
    const parts = this.ledger.beginCommit();
    const text = this.buffer.join('');
    this.buffer = [];
    if (text) await this.o.output.write(text);
    const acks = this.ledger.finishCommit(parts);
    if (this.o.statePath && this.ledger.dirty) await this.saveState(this.o.statePath);
    const published = this.publishAcks(acks);
    this.reportGaps(this.ledger.checkGaps(Date.now(), this.o.gapTimeoutMs));
    return { published };
  }

  private publishAcks(acks: { key: StreamKey; ranges: readonly (readonly [bigint, bigint])[] }[]): Promise<unknown> {
    const client = this.client;
    // Not connected: these acknowledgements are lost. The probe sends the batches again after
    // its ack timeout, and we acknowledge them then, as duplicates.
    if (!client || !this.connected || !acks.length) return Promise.resolve();
    const sent: Promise<void>[] = [];
    for (const a of acks) {
      const msg = probe.v1.Ack.encode({
        stream: streamEnum(a.key.stream),
        epoch: toLong(a.key.epoch),
        ranges: a.ranges.map(([first, last]) => ({ first: toLong(first), last: toLong(last) })),
        collectorId: this.o.clientId,
        timeMs: toLong(BigInt(Date.now())),
      }).finish();
      this.s.acksPublished++;
      const properties = { userProperties: { [ACK_GROUP_PROPERTY]: this.o.group } };
      sent.push(new Promise((resolve) => client.publish(topicOf(a.key.probeId, 'ack'), Buffer.from(msg), { qos: 1, properties }, () => resolve())));
    }
    return Promise.all(sent);
  }

  private reportGaps(events: GapEvent[]): void {
    for (const ev of events) {
      const { key, hole } = ev;
      const where = `probe ${key.probeId} ${key.stream} epoch ${epochHex(key.epoch)} seq ${rangeText(hole.first, hole.last)}`;
      if (ev.kind === 'recovered') {
        this.s.gapsRecovered++;
        this.log(`gap recovered: ${where} arrived late`);
        continue;
      }
      this.s.gapsReported++;
      const n = hole.last - hole.first + 1n;
      const counted = ev.droppedNow > hole.droppedBefore
        ? `the probe counted ${ev.droppedNow - hole.droppedBefore} records dropped meanwhile (dropped_records ${hole.droppedBefore} -> ${ev.droppedNow}): a known loss at the probe`
        : `the probe reports no drop (dropped_records ${ev.droppedNow}): not received yet, or lost between probe and collector`;
      this.log(`gap: ${where} (${n} batch${n === 1n ? '' : 'es'}) missing for ${Math.round((Date.now() - hole.sinceMs) / 1000)} s; ${counted}`);
    }
  }

  private fail(e: ProbeError): void {
    if (this.failure) return;
    this.failure = e;
    this.log(`${e.code}: ${e.message}`);
    // Nothing more may be acknowledged: stop without the final commit.
    this.stopped ??= this.shutdown(false);
    for (const w of this.failWaiters) w(e);
    this.failWaiters = [];
  }

  // ---- state file ----

  private async loadState(path: string): Promise<void> {
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw new ProbeError('PROBE_E_COLLECT_STATE', `cannot read the state file ${path}: ${(e as Error).message}`);
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (e) {
      throw new ProbeError('PROBE_E_COLLECT_STATE', `${path} is not JSON (${(e as Error).message}); fix or remove it (without it, batches already written may be written again)`);
    }
    this.ledger.load(parsed, path);
    this.log(`state ${path}: ${this.ledger.size} streams remembered`);
  }

  /** Atomically: a temporary file, fsync'ed, renamed over the old one, and the directory synced. */
  private async saveState(path: string): Promise<void> {
    const tmp = `${path}.tmp`;
    try {
      const fh = await open(tmp, 'w', 0o640);
      try {
        await fh.writeFile(JSON.stringify(this.ledger.toJSON()) + '\n');
        await fh.sync();
      } finally {
        await fh.close();
      }
      await rename(tmp, path);
      const dir = await open(dirname(path), 'r');
      try {
        await dir.sync();
      } finally {
        await dir.close();
      }
    } catch (e) {
      throw new ProbeError('PROBE_E_COLLECT_STATE', `cannot save the state file ${path}: ${(e as Error).message}`);
    }
    this.ledger.dirty = false;
  }
}

/** Waits for `p`, at most `ms`; the timer does not outlive the wait (it would hold the process). */
async function bounded(p: Promise<unknown>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([p, new Promise((r) => (timer = setTimeout(r, ms)))]);
  clearTimeout(timer);
}
