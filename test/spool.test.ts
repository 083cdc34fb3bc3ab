// The disk spool between capture and export, on real files in a temp directory: records come
// back in order and intact, acknowledgements free whole segments and nothing more, restarts
// and a SIGKILL lose nothing that was fsynced, damaged bytes are cut off and counted, and the
// quota holds under a flood with exact drop counts.
//
// The crash test runs a child process on the compiled spool (dist/): `npm run build:ts` first.

import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { Spool, type SpoolOptions, type SpoolRecord, type SpoolStream } from '../agent/export/spool.js';

const here = dirname(fileURLToPath(import.meta.url));
const KiB = 1024;
const MiB = 1024 * 1024;
// spool-format.ts: 32-byte segment header, 16-byte frame header per record
const SEGMENT_HEADER = 32;
const FRAME_HEADER = 16;

const tempDirs: string[] = [];
const openSpools: Spool[] = [];

afterEach(async () => {
  for (const spool of openSpools.splice(0)) await spool.close();
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'probe-spool-'));
  tempDirs.push(dir);
  return dir;
}

function open(options: SpoolOptions): Spool {
  const spool = Spool.open(options);
  openSpools.push(spool);
  return spool;
}

async function closeAndForget(spool: Spool): Promise<void> {
  await spool.close();
  openSpools.splice(openSpools.indexOf(spool), 1);
}

/** The payload of record `seq`: its own seq, then bytes derived from it (the same as test/fixtures/spool-writer.mjs). */
function payloadFor(seq: bigint): Uint8Array {
  const bytes = new Uint8Array(8 + Number(seq % 700n));
  new DataView(bytes.buffer).setBigUint64(0, seq, true);
  for (let i = 8; i < bytes.length; i++) bytes[i] = (Number(seq & 0xffn) * 31 + i) & 0xff;
  return bytes;
}

/** A payload of `size` bytes that names its record number `n`. */
function sized(n: number, size: number): Uint8Array {
  const bytes = new Uint8Array(size);
  bytes.fill(n & 0xff);
  new DataView(bytes.buffer).setUint32(0, n, true);
  return bytes;
}

function segmentFiles(dir: string, stream: SpoolStream): string[] {
  const streamDir = join(dir, stream);
  return existsSync(streamDir) ? readdirSync(streamDir).filter((n) => n.endsWith('.seg')).sort() : [];
}

/** Bytes of all segment files of both streams, as `du` would count them (the quota covers these). */
function segmentBytesOnDisk(dir: string): number {
  let total = 0;
  for (const stream of ['flows', 'detections'] as const) {
    for (const name of segmentFiles(dir, stream)) total += statSync(join(dir, stream, name)).size;
  }
  return total;
}

function readAll(spool: Spool, stream: SpoolStream, afterSeq = 0n): SpoolRecord[] {
  const out: SpoolRecord[] = [];
  for (;;) {
    const batch = spool.read(stream, afterSeq, 10_000);
    if (batch.length === 0) return out;
    out.push(...batch);
    afterSeq = batch[batch.length - 1].seq;
  }
}

function seqs(records: SpoolRecord[]): number[] {
  return records.map((r) => Number(r.seq));
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

function codeOf(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    return (e as { code?: string }).code;
  }
  return undefined;
}


describe('spool', () => {
  it('returns appended records in seq order, intact, from seq 1', async () => {
    const spool = open({ dir: tempDir() });
    const payloads = Array.from({ length: 10 }, (_, i) => sized(i, 100 + i));
    const returned = payloads.map((p) => spool.append('flows', p));
    await spool.flush();

    expect(returned).toEqual(range(1, 10).map(BigInt));
    const records = spool.read('flows', 0n, 100);
    expect(seqs(records)).toEqual(range(1, 10));
    records.forEach((r, i) => expect(Buffer.from(r.payload).equals(Buffer.from(payloads[i]))).toBe(true));
    expect(seqs(spool.read('flows', 4n, 3))).toEqual([5, 6, 7]);
    expect(spool.read('detections', 0n, 100)).toEqual([]);
  });

  it('reads only records that are fsynced: flows after the group commit, detections at once', async () => {
    const spool = open({ dir: tempDir(), flows: { fsyncIntervalMs: 60_000 } });
    spool.append('flows', sized(1, 10));
    spool.append('detections', sized(2, 10));

    expect(spool.read('flows', 0n, 10)).toEqual([]);
    expect(spool.stats().streams.flows.durableSeq).toBe(0n);
    expect(seqs(spool.read('detections', 0n, 10))).toEqual([1]);
    await spool.flush();
    expect(seqs(spool.read('flows', 0n, 10))).toEqual([1]);
  });

  it('an acknowledgement deletes the segments wholly below it and nothing beyond', async () => {
    const dir = tempDir();
    // 1000-byte payloads: (4096 - 32) / 1016 → 4 records per 4 KiB segment
    const spool = open({ dir, segmentBytes: 4096, quotaBytes: 64 * KiB, detectionsReserveBytes: 8 * KiB });
    for (let i = 1; i <= 20; i++) spool.append('flows', sized(i, 1000));
    await spool.flush();
    expect(segmentFiles(dir, 'flows')).toEqual(['00000000000000000001.seg', '00000000000000000005.seg', '00000000000000000009.seg', '00000000000000000013.seg', '00000000000000000017.seg']);

    expect(spool.ack('flows', spool.epoch('flows'), 10n)).toBe(true);
    await spool.flush();

    // 1–4 and 5–8 are gone; 9–12 stays because 11 and 12 are not acknowledged
    expect(segmentFiles(dir, 'flows')).toEqual(['00000000000000000009.seg', '00000000000000000013.seg', '00000000000000000017.seg']);
    expect(seqs(readAll(spool, 'flows', 10n))).toEqual(range(11, 20));
    const stats = spool.stats().streams.flows;
    expect(stats.ackedSeq).toBe(10n);
    expect(stats.unackedRecords).toBe(10);
    expect(stats.droppedRecords).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'flows', 'state.json'), 'utf8')).ackedSeq).toBe('10');
  });

  it('reports the age of the oldest unacknowledged record, and none once all are acknowledged', async () => {
    const spool = open({ dir: tempDir() });
    expect(spool.stats().streams.detections.oldestUnackedAgeMs).toBeNull();
    spool.append('detections', sized(1, 10));
    await new Promise((r) => setTimeout(r, 60));
    spool.append('detections', sized(2, 10));

    expect(spool.stats().streams.detections.oldestUnackedAgeMs).toBeGreaterThanOrEqual(50);
    spool.ack('detections', spool.epoch('detections'), 2n);
    expect(spool.stats().streams.detections.oldestUnackedAgeMs).toBeNull();
  });

  it('after close and reopen: same epochs, seq continues, unacknowledged records come back in order', async () => {
    const dir = tempDir();
    const first = open({ dir });
    for (let i = 1; i <= 5; i++) first.append('flows', sized(i, 50));
    for (let i = 1; i <= 3; i++) first.append('detections', sized(100 + i, 50));
    first.ack('flows', first.epoch('flows'), 2n);
    const epochs = { flows: first.epoch('flows'), detections: first.epoch('detections') };
    await closeAndForget(first);

    const second = open({ dir });
    expect(second.epoch('flows')).toBe(epochs.flows);
    expect(second.epoch('detections')).toBe(epochs.detections);
    expect(epochs.flows).not.toBe(epochs.detections);
    expect(second.stats().streams.flows.ackedSeq).toBe(2n);
    const flows = second.read('flows', 2n, 100);
    expect(seqs(flows)).toEqual([3, 4, 5]);
    expect(Buffer.from(flows[0].payload).equals(Buffer.from(sized(3, 50)))).toBe(true);
    expect(seqs(second.read('detections', 0n, 100))).toEqual([1, 2, 3]);
    expect(second.append('flows', sized(6, 50))).toBe(6n);
    expect(second.append('detections', sized(104, 50))).toBe(4n);
  });

  it('a SIGKILLed writer loses nothing it had fsynced, and no damaged record is ever returned', async () => {
    const dir = tempDir();
    const child = spawn(process.execPath, [join(here, 'fixtures', 'spool-writer.mjs'), dir, '3000000', '10000', '20'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let lastDurable = 0n;
    let durableReports = 0;
    let stderr = '';
    let pending = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const enoughReports = new Promise<void>((resolve, reject) => {
      child.stdout.setEncoding('utf8').on('data', (d: string) => {
        pending += d;
        const lines = pending.split('\n');
        pending = lines.pop() ?? '';
        for (const line of lines) {
          const m = /^durable (\d+)$/.exec(line);
          if (m) {
            lastDurable = BigInt(m[1]);
            if (++durableReports === 10) resolve();
          }
        }
      });
      child.on('exit', () => reject(new Error(`writer ended before it was killed: ${stderr}`)));
    });
    await enoughReports;
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');

    const spool = open({ dir, segmentBytes: 256 * KiB });
    const records = readAll(spool, 'flows');
    const stats = spool.stats().streams.flows;
    console.log(
      `SIGKILL test: last seq reported fsynced ${lastDurable}, recovered ${records.length} records ` +
        `in ${stats.segments} segments, corrupt tail bytes truncated ${stats.corruptBytes}`,
    );
    expect(lastDurable).toBeGreaterThan(0n);
    expect(BigInt(records.length)).toBeGreaterThanOrEqual(lastDurable);
    // consecutive from 1, each payload exactly what was written for its seq (so its CRC held)
    let expected = 1n;
    for (const r of records) {
      if (r.seq !== expected || !Buffer.from(r.payload).equals(Buffer.from(payloadFor(r.seq)))) {
        throw new Error(`record ${r.seq} (expected ${expected}) is out of order or not what was written`);
      }
      expected++;
    }
    expect(stats.corruptBytes).toBeGreaterThanOrEqual(0);
    expect(spool.append('flows', payloadFor(expected))).toBe(expected);
  });

  it('a torn last record is cut off and counted at reopen, and appends go on after it', async () => {
    const dir = tempDir();
    const first = open({ dir });
    for (let i = 1; i <= 10; i++) first.append('detections', sized(i, 200));
    await closeAndForget(first);
    const [segment] = segmentFiles(dir, 'detections');
    const path = join(dir, 'detections', segment);
    const cut = 7; // bytes missing from the end: the last record is now partial
    truncateSync(path, statSync(path).size - cut);

    const second = open({ dir });
    const stats = second.stats().streams.detections;
    expect(stats.corruptBytes).toBe(FRAME_HEADER + 200 - cut);
    expect(statSync(path).size).toBe(SEGMENT_HEADER + 9 * (FRAME_HEADER + 200));
    expect(seqs(second.read('detections', 0n, 100))).toEqual(range(1, 9));
    expect(second.append('detections', sized(10, 200))).toBe(10n);
    const again = second.read('detections', 0n, 100);
    expect(seqs(again)).toEqual(range(1, 10));
    expect(Buffer.from(again[9].payload).equals(Buffer.from(sized(10, 200)))).toBe(true);
  });

  it('a damaged record in an older segment loses only the rest of that segment, counted', async () => {
    const dir = tempDir();
    const options = { dir, segmentBytes: 4096, quotaBytes: 64 * KiB, detectionsReserveBytes: 8 * KiB };
    const first = open(options);
    for (let i = 1; i <= 12; i++) first.append('flows', sized(i, 1000)); // segments 1–4, 5–8, 9–12
    await closeAndForget(first);
    const path = join(dir, 'flows', '00000000000000000001.seg');
    const bytes = readFileSync(path);
    const thirdPayload = SEGMENT_HEADER + 2 * (FRAME_HEADER + 1000) + FRAME_HEADER;
    bytes[thirdPayload + 500] ^= 0x40; // one flipped bit in record 3
    writeFileSync(path, bytes);

    const second = open(options);
    expect(seqs(readAll(second, 'flows'))).toEqual([1, 2, ...range(5, 12)]);
    expect(second.stats().streams.flows.corruptBytes).toBe(2 * (FRAME_HEADER + 1000));
    expect(second.append('flows', sized(13, 1000))).toBe(13n);
  });

  it('a flow flood keeps disk use within the quota, drops the oldest flows, and counts the drops exactly', async () => {
    const dir = tempDir();
    const quotaBytes = 1 * MiB;
    const spool = open({ dir, quotaBytes, segmentBytes: 64 * KiB, detectionsReserveBytes: 128 * KiB });
    const sizeOf = (n: number): number => 500 + (n % 1000);
    const appended = 5000; // about 5 MB: five times the quota
    let maxOnDisk = 0;
    for (let n = 1; n <= appended; n++) {
      spool.append('flows', sized(n, sizeOf(n)));
      if (n % 50 === 0) maxOnDisk = Math.max(maxOnDisk, segmentBytesOnDisk(dir));
    }
    await spool.flush();

    expect(maxOnDisk).toBeLessThanOrEqual(quotaBytes);
    expect(segmentBytesOnDisk(dir)).toBeLessThanOrEqual(quotaBytes);
    const remaining = readAll(spool, 'flows');
    const firstRemaining = Number(remaining[0].seq);
    expect(firstRemaining).toBeGreaterThan(1);
    expect(seqs(remaining)).toEqual(range(firstRemaining, appended)); // the newest are all there
    remaining.forEach((r) => expect(Buffer.from(r.payload).equals(Buffer.from(sized(Number(r.seq), sizeOf(Number(r.seq)))))).toBe(true));
    const stats = spool.stats().streams.flows;
    expect(stats.droppedRecords).toBe(appended - remaining.length);
    let droppedPayloadBytes = 0;
    for (let n = 1; n < firstRemaining; n++) droppedPayloadBytes += sizeOf(n);
    expect(stats.droppedBytes).toBe(droppedPayloadBytes);
    expect(spool.stats().bytes).toBe(segmentBytesOnDisk(dir));
  });

  it('a partly acknowledged segment dropped for the quota counts only its unacknowledged records', async () => {
    const dir = tempDir();
    // four 1000-byte records per 4 KiB segment, four segments fit in the quota
    // each record says how many items (flows) it holds: record n holds n
    const itemsOf = (p: Uint8Array): number => new DataView(p.buffer, p.byteOffset).getUint32(0, true);
    const spool = open({ dir, segmentBytes: 4096, quotaBytes: 16 * KiB, detectionsReserveBytes: 0, itemsOf });
    for (let n = 1; n <= 8; n++) spool.append('flows', sized(n, 1000)); // segments 1–4, 5–8
    spool.ack('flows', spool.epoch('flows'), 2n);
    for (let n = 9; n <= 24; n++) spool.append('flows', sized(n, 1000));
    await spool.flush();

    expect(seqs(readAll(spool, 'flows'))).toEqual(range(9, 24));
    const stats = spool.stats().streams.flows;
    expect(stats.droppedRecords).toBe(6); // 3–8: 1 and 2 had been delivered
    expect(stats.droppedBytes).toBe(6 * 1000);
    expect(stats.droppedItems).toBe(3 + 4 + 5 + 6 + 7 + 8);
    expect(segmentBytesOnDisk(dir)).toBeLessThanOrEqual(16 * KiB);
  });

  it('detections within their reserve survive a flow flood', async () => {
    const dir = tempDir();
    const spool = open({ dir, quotaBytes: 1 * MiB, segmentBytes: 64 * KiB, detectionsReserveBytes: 128 * KiB });
    for (let n = 1; n <= 50; n++) spool.append('detections', sized(n, 1000));
    for (let n = 1; n <= 5000; n++) spool.append('flows', sized(n, 1000));
    await spool.flush();

    const detections = readAll(spool, 'detections');
    expect(seqs(detections)).toEqual(range(1, 50));
    detections.forEach((r) => expect(Buffer.from(r.payload).equals(Buffer.from(sized(Number(r.seq), 1000)))).toBe(true));
    expect(spool.stats().streams.detections.droppedRecords).toBe(0);
    expect(spool.stats().streams.flows.droppedRecords).toBeGreaterThan(0);
    expect(segmentBytesOnDisk(dir)).toBeLessThanOrEqual(1 * MiB);
  });

  it('detections beyond their reserve are dropped oldest first once flows hold nothing more, counted', async () => {
    const dir = tempDir();
    const spool = open({ dir, quotaBytes: 256 * KiB, segmentBytes: 16 * KiB, detectionsReserveBytes: 64 * KiB });
    spool.append('flows', sized(1, 1000));
    for (let n = 1; n <= 1000; n++) spool.append('detections', sized(n, 1000)); // about 1 MB
    await spool.flush();

    expect(segmentBytesOnDisk(dir)).toBeLessThanOrEqual(256 * KiB);
    const detections = readAll(spool, 'detections');
    expect(seqs(detections)).toEqual(range(Number(detections[0].seq), 1000));
    expect(spool.stats().streams.detections.droppedRecords).toBe(1000 - detections.length);
    expect(seqs(readAll(spool, 'flows'))).toEqual([1]); // the segment being written is never deleted
  });

  it('an acknowledgement for another epoch changes nothing but its counter', async () => {
    const dir = tempDir();
    const spool = open({ dir, segmentBytes: 4096, quotaBytes: 64 * KiB, detectionsReserveBytes: 8 * KiB });
    for (let i = 1; i <= 12; i++) spool.append('flows', sized(i, 1000));
    await spool.flush();
    const filesBefore = segmentFiles(dir, 'flows');
    const stale = spool.epoch('flows') ^ 1n;

    expect(spool.ack('flows', stale, 12n)).toBe(false);
    await spool.flush();

    const stats = spool.stats().streams.flows;
    expect(stats.staleAcksIgnored).toBe(1);
    expect(stats.ackedSeq).toBe(0n);
    expect(segmentFiles(dir, 'flows')).toEqual(filesBefore);
    expect(seqs(readAll(spool, 'flows'))).toEqual(range(1, 12));
    expect(JSON.parse(readFileSync(join(dir, 'flows', 'state.json'), 'utf8')).ackedSeq).toBe('0');
  });

  it('an acknowledgement beyond the last appended seq is ignored and counted', async () => {
    const spool = open({ dir: tempDir() });
    spool.append('detections', sized(1, 10));
    expect(spool.ack('detections', spool.epoch('detections'), 2n)).toBe(false);
    expect(spool.stats().streams.detections.futureAcksIgnored).toBe(1);
    expect(spool.stats().streams.detections.ackedSeq).toBe(0n);
  });

  it('rejects a directory that is a file or cannot be written with PROBE_E_SPOOL_DIR', () => {
    const file = join(tempDir(), 'not-a-dir');
    writeFileSync(file, 'x');
    expect(codeOf(() => Spool.open({ dir: file }))).toBe('PROBE_E_SPOOL_DIR');
    expect(codeOf(() => Spool.open({ dir: join(file, 'spool') }))).toBe('PROBE_E_SPOOL_DIR');
    // read-only even for root (sysfs)
    expect(codeOf(() => Spool.open({ dir: '/sys/probe-spool-test' }))).toBe('PROBE_E_SPOOL_DIR');
    expect(codeOf(() => Spool.open({ dir: '' }))).toBe('PROBE_E_SPOOL_DIR');
  });

  it('rejects bad options, a second open, misuse and use after close with stable codes', async () => {
    const dir = tempDir();
    expect(codeOf(() => Spool.open({ dir, quotaBytes: 10 * MiB, segmentBytes: 8 * MiB }))).toBe('PROBE_E_SPOOL_CONFIG');
    expect(codeOf(() => Spool.open({ dir, flows: { fsyncIntervalMs: -1 } }))).toBe('PROBE_E_SPOOL_CONFIG');
    const spool = open({ dir, segmentBytes: 4096, quotaBytes: 64 * KiB, detectionsReserveBytes: 8 * KiB });
    expect(codeOf(() => Spool.open({ dir }))).toBe('PROBE_E_SPOOL_LOCKED');
    expect(codeOf(() => spool.append('flows', new Uint8Array(4096)))).toBe('PROBE_E_SPOOL_RECORD');
    expect(codeOf(() => spool.append('alerts' as SpoolStream, new Uint8Array(1)))).toBe('PROBE_E_SPOOL_STREAM');
    await closeAndForget(spool);
    expect(codeOf(() => spool.append('flows', new Uint8Array(1)))).toBe('PROBE_E_SPOOL_CLOSED');
  });
});
