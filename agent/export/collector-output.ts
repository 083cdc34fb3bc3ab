// Where a collector writes what it receives, and how a record is rendered.
//
// An output's write() resolves only once the text is as durable as that output can make it:
// fsync'ed for a regular file, handed to the kernel for a pipe or terminal. The collector
// acknowledges a batch only after that, so an acknowledged batch is never lost with the
// collector (DESIGN.md §5, non-negotiable 2).

import { fstatSync, fsync } from 'node:fs';
import { open } from 'node:fs/promises';
import type { Writable } from 'node:stream';
import type { probe } from '../../proto/gen/probe.js';
import { ProbeError } from '../errors.js';
import { num, toFlowJson } from '../flow/json.js';
import { textLine } from '../flow/output.js';
import { epochHex } from './collector-ledger.js';
import type { SpoolStream } from './spool.js';

export interface CollectorOutput {
  /** For logs: a path or "stdout". */
  readonly name: string;
  /** Appends `text`; resolves once it is durable (see the file comment). */
  write(text: string): Promise<void>;
  close(): Promise<void>;
}

export type CollectFormat = 'json' | 'text';

function outputError(name: string, e: unknown): ProbeError {
  return new ProbeError('PROBE_E_COLLECT_OUTPUT', `cannot write ${name}: ${(e as Error).message}; nothing after the last acknowledged batch was acknowledged, the probes will send it again`);
}

/** Appends to a file (created 0640 when missing) and fsyncs every write. */
export async function openFileOutput(path: string): Promise<CollectorOutput> {
  let fh;
  try {
    fh = await open(path, 'a', 0o640);
  } catch (e) {
    throw new ProbeError('PROBE_E_COLLECT_OUTPUT', `cannot open ${path} for appending: ${(e as Error).message}`);
  }
  const file = fh;
  return {
    name: path,
    async write(text) {
      try {
        // appendFile loops until every byte is written; O_APPEND keeps lines whole even when
        // another process appends to the same file. datasync covers the new length too.
        await file.appendFile(text);
        await file.datasync();
      } catch (e) {
        throw outputError(path, e);
      }
    },
    close: () => file.close(),
  };
}

/**
 * Writes to a stream, stdout usually. Resolves when the stream has taken the text; when the
 * stream's file descriptor is a regular file (`collect > file`) it is fsync'ed as well.
 */
export function streamOutput(stream: Writable & { fd?: number }, name = 'stdout'): CollectorOutput {
  let failure: Error | undefined;
  // Without a listener a write error (EPIPE when the reader goes away) would crash the process;
  // it fails the next write instead, which stops the collector with PROBE_E_COLLECT_OUTPUT.
  stream.on('error', (e) => {
    failure ??= e;
  });
  let isFile = false;
  try {
    isFile = typeof stream.fd === 'number' && fstatSync(stream.fd).isFile();
  } catch {
    // not a file descriptor we can look at: treat as a pipe
  }
  return {
    name,
    write(text) {
      return new Promise<void>((resolve, reject) => {
        if (failure) return reject(outputError(name, failure));
        stream.write(text, (err) => {
          if (err || failure) return reject(outputError(name, err ?? failure));
          if (!isFile) return resolve();
          fsync(stream.fd!, (e) => (e ? reject(outputError(name, e)) : resolve()));
        });
      });
    },
    close: async () => {},
  };
}

// ---------------------------------------------------------------------------------------------
// rendering

/** Where a record came from: its probe and the batch that carried it. */
export interface RecordOrigin {
  probeId: string;
  stream: SpoolStream;
  epoch: bigint;
  seq: bigint;
  historical: boolean;
}

export interface DetectionJson {
  detectionId: string;
  timeMs: number;
  kind: string;
}

export function toDetectionJson(d: probe.v1.IDetection): DetectionJson {
  return { detectionId: d.detectionId == null ? '0' : d.detectionId.toString(), timeMs: num(d.timeMs), kind: d.kind ?? '' };
}

/** The part every line of one batch shares, up to the record's own key. */
function jsonPrefix(o: RecordOrigin): string {
  return `{"probe":${JSON.stringify(o.probeId)},"stream":"${o.stream}","epoch":"${epochHex(o.epoch)}","seq":"${o.seq}","historical":${o.historical},`;
}

/**
 * One batch as output text: a JSON line per record,
 * `{"probe","stream","epoch","seq","historical","flow"|"detection"}`, or a text line per record.
 */
export function batchLines(o: RecordOrigin, records: readonly (probe.v1.IFlowRecord | probe.v1.IDetection)[], format: CollectFormat): string {
  let out = '';
  if (format === 'json') {
    const prefix = jsonPrefix(o);
    for (const r of records) {
      out += o.stream === 'flows'
        ? `${prefix}"flow":${JSON.stringify(toFlowJson(r as probe.v1.IFlowRecord))}}\n`
        : `${prefix}"detection":${JSON.stringify(toDetectionJson(r as probe.v1.IDetection))}}\n`;
    }
    return out;
  }
  for (const r of records) {
    if (o.stream === 'flows') {
      out += `${o.probeId} ${textLine(r as probe.v1.IFlowRecord)}\n`;
    } else {
      const d = toDetectionJson(r as probe.v1.IDetection);
      out += `${o.probeId} ${new Date(d.timeMs).toISOString()} detection ${d.kind} id ${d.detectionId}\n`;
    }
  }
  return out;
}
