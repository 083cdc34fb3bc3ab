// The MQTT contract in code: topic names (DESIGN.md §4), stream names, and the fields a
// published batch carries besides its records (proto/flow.proto FlowBatch fields 2–7, the same
// numbers in DetectionBatch). Probe and collector both use these, so they cannot disagree.

import Long from 'long';
import { probe } from '../../proto/gen/probe.js';
import type { SpoolStream } from './spool.js';

export const TOPIC_ROOT = 'probe/v1';

export type ProbeTopic = 'birth' | 'death' | 'status' | 'ack' | 'data/flows' | 'data/detections';

export function topicOf(probeId: string, what: ProbeTopic): string {
  return `${TOPIC_ROOT}/${probeId}/${what}`;
}

/** Data topics of every probe, for a shared subscription `$share/<group>/…`. */
export const DATA_FILTER = `${TOPIC_ROOT}/+/data/#`;
export const ACK_FILTER = `${TOPIC_ROOT}/+/ack`;

/** probe id and stream of a data topic; undefined for anything else. */
export function parseDataTopic(topic: string): { probeId: string; stream: SpoolStream } | undefined {
  const m = /^probe\/v1\/([^/+#]+)\/data\/(flows|detections)$/.exec(topic);
  return m ? { probeId: m[1], stream: m[2] as SpoolStream } : undefined;
}

export function parseAckTopic(topic: string): string | undefined {
  const m = /^probe\/v1\/([^/+#]+)\/ack$/.exec(topic);
  return m?.[1];
}

export function streamEnum(stream: SpoolStream): probe.v1.Stream {
  return stream === 'flows' ? probe.v1.Stream.STREAM_FLOWS : probe.v1.Stream.STREAM_DETECTIONS;
}

export function streamName(value: number | null | undefined): SpoolStream | undefined {
  if (value === probe.v1.Stream.STREAM_FLOWS) return 'flows';
  if (value === probe.v1.Stream.STREAM_DETECTIONS) return 'detections';
  return undefined;
}

/** Stream fields of a published batch (FlowBatch / DetectionBatch 3–7). */
export interface BatchPosition {
  epoch: bigint;
  seq: bigint;
  historical: boolean;
  publishedMs: number;
  droppedRecords: number;
}

// Field tags (field number << 3 | wire type).
const TAG_RECORD_COUNT = (2 << 3) | 0;
const TAG_EPOCH = (3 << 3) | 1;
const TAG_SEQ = (4 << 3) | 0;
const TAG_HISTORICAL = (5 << 3) | 0;
const TAG_PUBLISHED_MS = (6 << 3) | 0;
const TAG_DROPPED = (7 << 3) | 0;

function varint(out: number[], v: bigint): void {
  while (v > 0x7fn) {
    out.push(Number(v & 0x7fn) | 0x80);
    v >>= 7n;
  }
  out.push(Number(v));
}

/**
 * What enters the spool: the records as a worker encoded them, preceded by their count
 * (field 2). Protobuf merges the fields of concatenated messages, so no record is re-encoded.
 */
export function spoolPayload(records: Uint8Array, count: number): Uint8Array {
  const head: number[] = [TAG_RECORD_COUNT];
  varint(head, BigInt(count));
  const out = new Uint8Array(head.length + records.length);
  out.set(head, 0);
  out.set(records, head.length);
  return out;
}

/** The protobuf varint at b[at] as [value, position after it]; [-1, at] when it is cut off or
 *  longer than a JS number holds exactly (more than 7 bytes). */
export function readVarint(b: Uint8Array, at: number): [value: number, next: number] {
  let v = 0;
  let mul = 1;
  for (let i = at; i < b.length && i < at + 7; i++) {
    v += (b[i] & 0x7f) * mul;
    if (b[i] < 0x80) return [v, i + 1];
    mul *= 128;
  }
  return [-1, at];
}

/** The record count of a spool payload (its leading field 2); 0 if it has none. */
export function spoolRecordCount(payload: Uint8Array): number {
  if (payload[0] !== TAG_RECORD_COUNT) return 0;
  return Math.max(0, readVarint(payload, 1)[0]);
}

/** The published message: a spool payload followed by its stream fields. */
export function publishedBatch(payload: Uint8Array, p: BatchPosition): Buffer {
  const tail: number[] = [TAG_EPOCH];
  for (let i = 0n; i < 64n; i += 8n) tail.push(Number((p.epoch >> i) & 0xffn));
  tail.push(TAG_SEQ);
  varint(tail, p.seq);
  if (p.historical) tail.push(TAG_HISTORICAL, 1);
  tail.push(TAG_PUBLISHED_MS);
  varint(tail, BigInt(p.publishedMs));
  if (p.droppedRecords > 0) {
    tail.push(TAG_DROPPED);
    varint(tail, BigInt(p.droppedRecords));
  }
  const out = Buffer.allocUnsafe(payload.length + tail.length);
  out.set(payload, 0);
  out.set(tail, payload.length);
  return out;
}

/** A protobufjs Long (or number) as bigint, for u64 fields such as epoch and seq. */
export function u64(v: number | { low: number; high: number; unsigned?: boolean } | null | undefined): bigint {
  if (v == null) return 0n;
  if (typeof v === 'number') return BigInt(v);
  return (BigInt(v.high >>> 0) << 32n) | BigInt(v.low >>> 0);
}

/** A bigint as the Long protobufjs encodes u64/fixed64 fields from. */
export function toLong(v: bigint): Long {
  return Long.fromBits(Number(v & 0xffffffffn) | 0, Number((v >> 32n) & 0xffffffffn) | 0, true);
}

/** The message inside a length-delimited one (as the pipeline's pb output hands batches over). */
export function delimitedBody(delimited: Uint8Array): Uint8Array {
  return delimited.subarray(readVarint(delimited, 0)[1]);
}
