// The acknowledging end of the export benchmark, as a child process (its own core): subscribes
// to the probes' data topics like a collector, reads only the stream fields of each batch
// (epoch, seq: no record is decoded) and publishes Ack ranges every 50 ms. It stands in for
// `probe-agent collect` so that the figure is the probe's export path (spool, TLS, MQTT,
// broker, acknowledgement round trip), not the collector's JSON rendering.
//
// argv: <embedded.json> ; prints "ready" when subscribed, then "acked <n>" lines.

import { readFileSync } from 'node:fs';
import mqtt from 'mqtt';
import { probe } from '../proto/gen/probe.js';
import { DATA_FILTER, parseDataTopic, readVarint, streamEnum, toLong, topicOf } from '../agent/export/messages.js';
import { buildMqttOptions } from '../agent/export/mqtt-options.js';
import type { ClientEndpoint } from '../agent/export/embedded.js';

const info = JSON.parse(readFileSync(process.argv[2], 'utf8')) as { collector: ClientEndpoint };
const c = info.collector;
const client = mqtt.connect(
  buildMqttOptions({ url: c.url, ca: readFileSync(c.ca), cert: readFileSync(c.cert), key: readFileSync(c.key), clientId: c.id }),
);

/** epoch and seq of a published batch: its top-level fields 3 (fixed64) and 4 (varint). */
function position(b: Buffer): { epoch: bigint; seq: bigint } | undefined {
  let p = 0;
  let epoch = 0n;
  let seq = 0n;
  while (p < b.length) {
    const [tag, afterTag] = readVarint(b, p);
    if (tag < 0) return undefined;
    const field = Math.floor(tag / 8);
    const wire = tag & 7;
    p = afterTag;
    if (wire === 1) {
      if (field === 3) epoch = b.readBigUInt64LE(p);
      p += 8;
    } else if (wire === 0 || wire === 2) {
      const [v, next] = readVarint(b, p);
      if (v < 0) return undefined;
      if (wire === 0 && field === 4) seq = BigInt(v);
      p = wire === 2 ? next + v : next;
    } else if (wire === 5) p += 4;
    else return undefined;
  }
  return seq > 0n ? { epoch, seq } : undefined;
}

const pending = new Map<string, { probeId: string; stream: 'flows' | 'detections'; epoch: bigint; seqs: bigint[] }>();
let acked = 0;

client.on('connect', () => {
  client.subscribe(`$share/bench/${DATA_FILTER}`, { qos: 1 }, () => process.stdout.write('ready\n'));
});
client.on('message', (topic, payload) => {
  const t = parseDataTopic(topic);
  const pos = t && position(payload);
  if (!t || !pos) return;
  const key = `${t.probeId}/${t.stream}/${pos.epoch}`;
  let p = pending.get(key);
  if (!p) pending.set(key, (p = { ...t, epoch: pos.epoch, seqs: [] }));
  p.seqs.push(pos.seq);
});

setInterval(() => {
  for (const p of pending.values()) {
    if (p.seqs.length === 0) continue;
    const seqs = p.seqs.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    p.seqs = [];
    const ranges: { first: ReturnType<typeof toLong>; last: ReturnType<typeof toLong> }[] = [];
    let first = seqs[0];
    let last = seqs[0];
    for (const s of seqs.slice(1)) {
      if (s === last + 1n) last = s;
      else {
        ranges.push({ first: toLong(first), last: toLong(last) });
        first = last = s;
      }
    }
    ranges.push({ first: toLong(first), last: toLong(last) });
    acked += seqs.length;
    const ack = probe.v1.Ack.encode({ stream: streamEnum(p.stream), epoch: toLong(p.epoch), ranges, collectorId: c.id, timeMs: Date.now() }).finish();
    client.publish(topicOf(p.probeId, 'ack'), Buffer.from(ack), { qos: 1 });
  }
  process.stdout.write(`acked ${acked}\n`);
}, 50);
