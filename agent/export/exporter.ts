// The probe's side of export: record batches into the spool, from the spool to the broker,
// and the collectors' acknowledgements back into the spool.
//
// Delivery is at least once, end to end. A batch is appended to the spool (synchronously, so
// capture never waits for the network), published from the spool once it is durable, and
// deleted only when the collectors' acknowledgements cover it: a broker's PUBACK only means
// the broker has it (mosquitto accepts and drops a message nobody subscribes to). Each batch
// carries (epoch, seq); collectors drop the copies that resending makes.
//
// Our own flow control, because mqtt.js keeps every unacknowledged publish in memory with no
// bound: at most `maxInflight` publishes wait for a PUBACK, and at most `maxUnacked` batches
// per stream are out without a collector's acknowledgement (also keeping us below the
// broker's per-session queue limit when a collector is away). When the acknowledgements stop
// for `ackTimeoutMs`, everything unacknowledged is sent again from the spool, marked historical.
//
// Connections: one broker at a time from a list, the next one after a failure, with an
// exponential backoff and jitter (so a fleet of probes does not reconnect in step after a
// broker restart). Each connection registers a Death as its Will and publishes a Birth first,
// both with a bdSeq kept across restarts (Sparkplug's scheme), so consumers know which session
// a Death ends. The backlog (everything spooled before the connection came up) goes out
// marked historical; detections are sent before flows.

import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import mqtt, { type MqttClient } from 'mqtt';
import { probe } from '../../proto/gen/probe.js';
import { backoffDelayMs } from './backoff.js';
import { buildMqttOptions, describeTlsError } from './mqtt-options.js';
import { publishedBatch, spoolPayload, spoolRecordCount, streamEnum, streamName, toLong, topicOf, u64 } from './messages.js';
import { SeqRanges } from './seq-ranges.js';
import { Spool, SPOOL_STREAMS, type SpoolOptions, type SpoolRecord, type SpoolStream } from './spool.js';

export interface BrokerEndpoint {
  /** mqtts://host:port */
  url: string;
  /** Name the broker certificate must carry, when it is not the URL's host. */
  servername?: string;
}

/** What the capture side reports for the heartbeat. */
export interface CaptureFigures {
  packets: number;
  kernelDrops: number;
  ringDrops: number;
  malformed: number;
  activeFlows: number;
  flowRecords: number;
}

export interface ExporterOptions {
  /** = the client certificate's CN; the broker uses it as the client id. */
  probeId: string;
  brokers: BrokerEndpoint[];
  tls: { ca: string | Buffer; cert: string | Buffer; key: string | Buffer };
  spool: Omit<SpoolOptions, 'onDurable' | 'itemsOf'>;
  agentVersion: string;
  /** Publishes waiting for a PUBACK, at most. Default 64. */
  maxInflight?: number;
  /** Batches per stream published and not yet acknowledged by a collector, at most. Default 512. */
  maxUnacked?: number;
  /** No acknowledgement progress for this long: send the unacknowledged again. Default 30 s. */
  ackTimeoutMs?: number;
  /** Heartbeat period. Default 10 s. */
  statusIntervalMs?: number;
  /** Reconnect backoff: first delay and cap. Default 500 ms and 30 s. */
  backoffInitialMs?: number;
  backoffMaxMs?: number;
  connectTimeoutMs?: number;
  /** Figures for the heartbeat. */
  capture?: () => CaptureFigures;
  log?: (line: string) => void;
}

export const EXPORT_DEFAULTS = {
  maxInflight: 64,
  maxUnacked: 512,
  ackTimeoutMs: 30_000,
  statusIntervalMs: 10_000,
  backoffInitialMs: 500,
  backoffMaxMs: 30_000,
  connectTimeoutMs: 10_000,
  // Flow batches become publishable when fsynced; this keeps flow end → publish well under 1 s.
  flowsFsyncIntervalMs: 200,
} as const;

const STATE_FILE = 'export.json';
const CHECK_INTERVAL_MS = 500;

/** What survives a restart besides the spool itself. */
interface ExportState {
  bdSeq: number;
  /** Flows open in memory as of the last checkpoint of a run still going; null after a clean stop. */
  openFlows: number | null;
  checkpointMs: number;
}

class StreamSender {
  readonly topic: string;
  /** Every seq ≤ watermark is acknowledged (or was dropped by the spool, counted there). */
  watermark: bigint;
  /** Acknowledged seqs above the watermark. */
  readonly acked = new SeqRanges();
  /** Highest seq handed to MQTT on this connection (from the watermark again after a resend). */
  cursor: bigint;
  /** Seqs up to here go out marked historical: the backlog at connect, and at a resend. */
  historicalUpTo = 0n;
  /** Highest seq appended. */
  lastSeq: bigint;
  /** When the watermark last moved or sending restarted from it. */
  progressMs = Date.now();

  readonly name: SpoolStream;
  readonly epoch: bigint;

  constructor(name: SpoolStream, epoch: bigint, probeId: string, acked: bigint, lastSeq: bigint) {
    this.name = name;
    this.epoch = epoch;
    this.topic = topicOf(probeId, `data/${name}`);
    this.watermark = acked;
    this.cursor = acked;
    this.lastSeq = lastSeq;
  }
}

export interface ExporterStats {
  connected: boolean;
  broker: string | null;
  lastError: string | null;
  bdSeq: number;
  connects: number;
  published: number;
  resends: number;
  lastAckMs: number | null;
  badAcks: number;
  staleAcks: number;
  flowsLostUnclean: number;
  streams: Record<SpoolStream, { epoch: bigint; lastSeq: bigint; ackedSeq: bigint; droppedItems: number }>;
}

export class Exporter {
  readonly spool: Spool;
  private readonly o: Required<Omit<ExporterOptions, 'capture' | 'log'>> & Pick<ExporterOptions, 'capture'>;
  private readonly log: (line: string) => void;
  private readonly senders: Record<SpoolStream, StreamSender>;
  private readonly state: ExportState;
  private readonly stateDir: string;
  private readonly flowsLostUnclean: number;
  private readonly startedMs = Date.now();
  private client: MqttClient | undefined;
  private connected = false;
  private brokerIndex = -1;
  private attempts = 0;
  private inflight = 0;
  private inflightLimit = 1;
  private pumping = false;
  private stopping = false;
  private reconnectTimer: NodeJS.Timeout | undefined;
  private readonly checkTimer: NodeJS.Timeout;
  private statusDueMs = 0;
  private connects = 0;
  private published = 0;
  private resends = 0;
  private lastAckMs: number | null = null;
  private badAcks = 0;
  private staleAcks = 0;
  private readonly oversizeDropped: Record<SpoolStream, number> = { flows: 0, detections: 0 };
  private lastError: string | null = null;
  private drainWaiters: (() => void)[] = [];

  /** Opens (and recovers) the spool and starts connecting; never throws for network trouble. */
  static start(options: ExporterOptions): Exporter {
    return new Exporter(options);
  }

  private constructor(options: ExporterOptions) {
    if (options.brokers.length === 0) throw new Error('Exporter needs at least one broker');
    this.o = {
      ...options,
      maxInflight: options.maxInflight ?? EXPORT_DEFAULTS.maxInflight,
      maxUnacked: options.maxUnacked ?? EXPORT_DEFAULTS.maxUnacked,
      ackTimeoutMs: options.ackTimeoutMs ?? EXPORT_DEFAULTS.ackTimeoutMs,
      statusIntervalMs: options.statusIntervalMs ?? EXPORT_DEFAULTS.statusIntervalMs,
      backoffInitialMs: options.backoffInitialMs ?? EXPORT_DEFAULTS.backoffInitialMs,
      backoffMaxMs: options.backoffMaxMs ?? EXPORT_DEFAULTS.backoffMaxMs,
      connectTimeoutMs: options.connectTimeoutMs ?? EXPORT_DEFAULTS.connectTimeoutMs,
    };
    this.log = options.log ?? (() => {});
    this.spool = Spool.open({
      ...options.spool,
      flows: { fsyncIntervalMs: EXPORT_DEFAULTS.flowsFsyncIntervalMs, ...options.spool.flows },
      itemsOf: spoolRecordCount,
      onDurable: () => this.pump(),
    });
    this.stateDir = options.spool.dir;
    const previous = readState(this.stateDir);
    this.flowsLostUnclean = previous.openFlows ?? 0;
    if (previous.openFlows !== null) {
      this.log(`the previous run ended without a clean stop (last checkpoint ${new Date(previous.checkpointMs).toISOString()}): ${previous.openFlows} flows open in memory then were lost`);
    }
    this.state = { bdSeq: previous.bdSeq, openFlows: 0, checkpointMs: Date.now() };
    this.writeState();
    const st = this.spool.stats().streams;
    const sender = (name: SpoolStream) => new StreamSender(name, st[name].epoch, options.probeId, st[name].ackedSeq, st[name].nextSeq - 1n);
    this.senders = { flows: sender('flows'), detections: sender('detections') };
    this.checkTimer = setInterval(() => this.check(), CHECK_INTERVAL_MS);
    this.connect();
  }

  /** Appends a batch of encoded flow records (FlowBatch field 1, as a shard worker writes them). */
  addFlows(records: Uint8Array, count: number): void {
    this.add('flows', records, count);
  }

  /** Appends a batch of encoded detections (DetectionBatch field 1). */
  addDetections(records: Uint8Array, count: number): void {
    this.add('detections', records, count);
  }

  private add(stream: SpoolStream, records: Uint8Array, count: number): void {
    if (this.stopping) throw new Error('the exporter is stopped');
    try {
      this.senders[stream].lastSeq = this.spool.append(stream, spoolPayload(records, count));
    } catch (e) {
      // Only a batch larger than a spool segment gets here (config allows segments down to
      // 1 MiB; a batch is at most ~1 MB). Capture must go on: the loss is counted and said.
      this.oversizeDropped[stream] += count;
      this.log(`${count} ${stream} records dropped: ${(e as Error).message}`);
    }
  }

  /** Records how many flows are open in memory, for the count of what an unclean stop loses. */
  checkpoint(openFlows: number): void {
    this.state.openFlows = openFlows;
    this.state.checkpointMs = Date.now();
    this.writeState();
  }

  /**
   * Resolves true once everything appended so far is acknowledged by a collector, false if
   * that has not happened within timeoutMs.
   */
  async drain(timeoutMs: number): Promise<boolean> {
    await this.spool.flush();
    const done = () => SPOOL_STREAMS.every((n) => this.senders[n].watermark >= this.senders[n].lastSeq);
    if (done()) return true;
    return new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => finish(false), timeoutMs);
      const waiter = () => {
        if (done()) finish(true);
      };
      const finish = (ok: boolean) => {
        clearTimeout(timer);
        this.drainWaiters = this.drainWaiters.filter((w) => w !== waiter);
        resolve(ok);
      };
      this.drainWaiters.push(waiter);
    });
  }

  /** Clean stop: a Death, a clean disconnect, the spool closed (what is unacknowledged stays in it). */
  async stop(): Promise<void> {
    if (this.stopping) return;
    this.stopping = true;
    clearInterval(this.checkTimer);
    clearTimeout(this.reconnectTimer);
    const client = this.client;
    this.client = undefined;
    if (client) {
      if (this.connected) {
        try {
          // A last heartbeat with the final counters, then the Death of this session.
          await client.publishAsync(topicOf(this.o.probeId, 'status'), this.status(), { qos: 1 });
          await client.publishAsync(topicOf(this.o.probeId, 'death'), Buffer.from(probe.v1.Death.encode({ probeId: this.o.probeId, bdSeq: this.state.bdSeq }).finish()), { qos: 1 });
        } catch {
          // the broker publishes the Will instead
        }
      }
      await client.endAsync(!this.connected).catch(() => {});
    }
    this.connected = false;
    await this.spool.close();
    this.state.openFlows = null;
    this.writeState();
  }

  stats(): ExporterStats {
    const one = (n: SpoolStream) => ({
      epoch: this.senders[n].epoch,
      lastSeq: this.senders[n].lastSeq,
      ackedSeq: this.senders[n].watermark,
      droppedItems: this.droppedItems(n),
    });
    return {
      connected: this.connected,
      broker: this.connected ? this.o.brokers[this.brokerIndex % this.o.brokers.length].url : null,
      lastError: this.lastError,
      bdSeq: this.state.bdSeq,
      connects: this.connects,
      published: this.published,
      resends: this.resends,
      lastAckMs: this.lastAckMs,
      badAcks: this.badAcks,
      staleAcks: this.staleAcks,
      flowsLostUnclean: this.flowsLostUnclean,
      streams: { flows: one('flows'), detections: one('detections') },
    };
  }

  // ---- connection ----

  private connect(): void {
    if (this.stopping) return;
    this.brokerIndex++;
    const broker = this.o.brokers[this.brokerIndex % this.o.brokers.length];
    this.state.bdSeq++;
    this.writeState();
    const bdSeq = this.state.bdSeq;
    let options;
    try {
      options = buildMqttOptions({
        url: broker.url,
        servername: broker.servername,
        ...this.o.tls,
        clientId: this.o.probeId,
        clean: true,
        connectTimeoutMs: this.o.connectTimeoutMs,
        extra: {
          will: { topic: topicOf(this.o.probeId, 'death'), payload: Buffer.from(probe.v1.Death.encode({ probeId: this.o.probeId, bdSeq }).finish()), qos: 1, retain: false },
        },
      });
    } catch (e) {
      // A broker entry that can never work (bad URL): say so, try the next one.
      this.failed(`broker ${broker.url}: ${(e as Error).message}`);
      return;
    }
    const client = mqtt.connect(options);
    this.client = client;
    client.on('connect', (connack) => {
      if (client !== this.client) return;
      // MQTT 5: the broker says how many QoS 1 publishes it takes unacknowledged (Receive
      // Maximum); mqtt.js does not hold us to it, so we do.
      const receiveMaximum = connack.properties?.receiveMaximum ?? 65_535;
      this.inflightLimit = Math.max(1, Math.min(this.o.maxInflight, receiveMaximum));
      this.onConnect(client, broker, bdSeq);
    });
    client.on('message', (_topic, payload) => {
      if (client === this.client) this.onAck(payload);
    });
    client.on('error', (e) => {
      if (client !== this.client) return;
      const d = describeTlsError(e);
      this.lastError = `${d.code}: ${d.message}`;
    });
    client.on('close', () => {
      if (client !== this.client) return;
      this.client = undefined;
      client.end(true);
      const was = this.connected;
      this.connected = false;
      this.inflight = 0;
      this.failed(was ? `lost the connection to ${broker.url}${this.lastError ? ` (${this.lastError})` : ''}` : `cannot connect to ${broker.url}: ${this.lastError ?? 'connection closed'}`);
    });
  }

  private onConnect(client: MqttClient, broker: BrokerEndpoint, bdSeq: number): void {
    this.connected = true;
    this.connects++;
    this.attempts = 0;
    this.lastError = null;
    this.log(`connected to ${broker.url} (bdSeq ${bdSeq})`);
    for (const s of Object.values(this.senders)) {
      s.cursor = s.watermark;
      s.historicalUpTo = s.lastSeq;
      s.progressMs = Date.now();
    }
    client.subscribe(topicOf(this.o.probeId, 'ack'), { qos: 1 });
    client.publish(topicOf(this.o.probeId, 'birth'), this.birth(bdSeq), { qos: 1 });
    this.statusDueMs = Date.now() + this.o.statusIntervalMs;
    this.pump();
  }

  private failed(why: string): void {
    if (this.stopping) return;
    this.log(why);
    const delay = backoffDelayMs(this.attempts++, this.o.backoffInitialMs, this.o.backoffMaxMs);
    this.reconnectTimer = setTimeout(() => this.connect(), delay);
  }

  // ---- sending ----

  private pump(): void {
    const client = this.client;
    if (!client || !this.connected || this.pumping || this.stopping) return;
    this.pumping = true;
    try {
      for (const s of [this.senders.detections, this.senders.flows]) {
        const dropped = this.droppedItems(s.name);
        for (;;) {
          const room = Math.min(this.inflightLimit - this.inflight, this.o.maxUnacked - Number(s.cursor - s.watermark));
          if (room <= 0) break;
          const records = this.spool.read(s.name, s.cursor, room);
          if (records.length === 0) break;
          for (const r of records) this.send(client, s, r, dropped);
        }
      }
    } finally {
      this.pumping = false;
    }
  }

  private send(client: MqttClient, s: StreamSender, r: SpoolRecord, droppedRecords: number): void {
    if (r.seq > s.cursor + 1n) {
      // The spool no longer has the seqs in between (quota or disk error; counted there):
      // nobody will ever acknowledge them, so they must not hold the watermark back.
      s.acked.add(s.cursor + 1n, r.seq - 1n);
      this.advance(s);
    }
    if (s.cursor === s.watermark) s.progressMs = Date.now();
    s.cursor = r.seq;
    if (s.acked.has(r.seq)) return;
    const message = publishedBatch(r.payload, { epoch: s.epoch, seq: r.seq, historical: r.seq <= s.historicalUpTo, publishedMs: Date.now(), droppedRecords });
    this.inflight++;
    client.publish(s.topic, message, { qos: 1 }, (err) => {
      if (client !== this.client) return; // that connection is gone; its count was reset
      this.inflight--;
      if (!err) this.published++;
      this.pump();
    });
  }

  // ---- acknowledgements ----

  private onAck(payload: Buffer): void {
    let ack: probe.v1.Ack;
    try {
      ack = probe.v1.Ack.decode(payload);
    } catch {
      this.badAcks++;
      return;
    }
    const name = streamName(ack.stream);
    if (!name) {
      this.badAcks++;
      return;
    }
    const s = this.senders[name];
    if (u64(ack.epoch) !== s.epoch) {
      this.staleAcks++;
      return;
    }
    for (const r of ack.ranges) {
      const first = u64(r.first);
      const last = u64(r.last);
      if (first < 1n || last < first || last > s.lastSeq) {
        this.badAcks++;
        continue;
      }
      s.acked.add(first, last);
    }
    this.lastAckMs = Date.now();
    this.advance(s);
  }

  private advance(s: StreamSender): void {
    const w = s.acked.contiguousFrom(s.watermark + 1n);
    if (w <= s.watermark) return;
    s.watermark = w;
    s.acked.dropBelow(w + 1n);
    if (s.cursor < w) s.cursor = w;
    s.progressMs = Date.now();
    this.spool.ack(s.name, s.epoch, w);
    for (const waiter of [...this.drainWaiters]) waiter();
    this.pump();
  }

  // ---- timers ----

  private check(): void {
    const now = Date.now();
    if (!this.connected || !this.client) return;
    for (const s of Object.values(this.senders)) {
      if (s.cursor > s.watermark && now - s.progressMs > this.o.ackTimeoutMs) {
        this.log(`no acknowledgement for ${s.name} for ${Math.round((now - s.progressMs) / 1000)} s: sending again from seq ${s.watermark + 1n}`);
        this.resends++;
        // What waits in the spool now is backlog: it goes out (again) marked historical.
        if (s.lastSeq > s.historicalUpTo) s.historicalUpTo = s.lastSeq;
        s.cursor = s.watermark;
        s.progressMs = now;
      }
    }
    if (now >= this.statusDueMs) {
      this.statusDueMs = now + this.o.statusIntervalMs;
      this.client.publish(topicOf(this.o.probeId, 'status'), this.status(), { qos: 1 });
    }
    this.pump();
  }

  // ---- messages ----

  /** Records of a stream lost before a collector acknowledged them, all causes. */
  private droppedItems(n: SpoolStream): number {
    return this.spool.droppedItems(n) + this.oversizeDropped[n];
  }

  private streamStates(): probe.v1.IStreamState[] {
    return SPOOL_STREAMS.map((n) => ({
      stream: streamEnum(n),
      epoch: toLong(this.senders[n].epoch),
      lastSeq: toLong(this.senders[n].lastSeq),
      ackedSeq: toLong(this.senders[n].watermark),
      droppedRecords: this.droppedItems(n),
    }));
  }

  private birth(bdSeq: number): Buffer {
    return Buffer.from(
      probe.v1.Birth.encode({
        probeId: this.o.probeId,
        bdSeq,
        agentVersion: this.o.agentVersion,
        startedMs: this.startedMs,
        timeMs: Date.now(),
        capabilities: ['flows'],
        streams: this.streamStates(),
        flowsLostUnclean: this.flowsLostUnclean,
      }).finish(),
    );
  }

  private status(): Buffer {
    const now = Date.now();
    const sp = this.spool.stats();
    const c = this.o.capture?.();
    let unacked = 0;
    let oldest = 0;
    for (const n of SPOOL_STREAMS) {
      unacked += sp.streams[n].unackedRecords;
      oldest = Math.max(oldest, sp.streams[n].oldestUnackedAgeMs ?? 0);
    }
    return Buffer.from(
      probe.v1.Status.encode({
        probeId: this.o.probeId,
        timeMs: now,
        uptimeMs: now - this.startedMs,
        packets: c?.packets ?? 0,
        kernelDrops: c?.kernelDrops ?? 0,
        ringDrops: c?.ringDrops ?? 0,
        malformed: c?.malformed ?? 0,
        activeFlows: c?.activeFlows ?? 0,
        flowRecords: c?.flowRecords ?? 0,
        connected: this.connected,
        broker: this.o.brokers[this.brokerIndex % this.o.brokers.length].url,
        lastAckMs: this.lastAckMs ?? 0,
        spoolBytes: sp.bytes,
        spoolQuotaBytes: sp.quotaBytes,
        unackedRecords: unacked,
        oldestUnackedAgeMs: oldest,
        streams: this.streamStates(),
        bdSeq: this.state.bdSeq,
      }).finish(),
    );
  }

  private writeState(): void {
    const path = join(this.stateDir, STATE_FILE);
    writeFileSync(`${path}.tmp`, JSON.stringify(this.state) + '\n', { mode: 0o600 });
    renameSync(`${path}.tmp`, path);
  }
}

function readState(dir: string): ExportState {
  try {
    const s = JSON.parse(readFileSync(join(dir, STATE_FILE), 'utf8')) as Partial<ExportState>;
    return {
      bdSeq: Number.isSafeInteger(s.bdSeq) ? (s.bdSeq as number) : 0,
      openFlows: Number.isSafeInteger(s.openFlows) ? (s.openFlows as number) : null,
      checkpointMs: Number.isFinite(s.checkpointMs) ? (s.checkpointMs as number) : 0,
    };
  } catch {
    return { bdSeq: 0, openFlows: null, checkpointMs: 0 };
  }
}
