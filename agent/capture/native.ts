// Typed face of the native addon (native/addon.cc, native/capture.cc, native/sha1.cc,
// native/quic_initial.cc).

import { createRequire } from 'node:module';

export interface CaptureStats {
  packets: number;
  bytes: number;
  kernelReceived: number;
  kernelDrops: number;
  ifDrops: number;
  ringDrops: number;
  ringDropsPerShard: number[];
  fileIndex: number;
  fileOffset: number;
  /** Trace files read by the capture thread's own classic pcap reader (native/pcap_file.h); the others went through libpcap. */
  directFiles: number;
  finished: boolean;
  warnings: string[];
  error?: string;
}

export interface OfflineSource {
  mode: 'offline';
  files: string[];
  /** 'libpcap': read classic pcap files through libpcap too, not our own reader (tests compare the two). */
  reader?: 'libpcap';
}

export interface LiveSource {
  mode: 'live';
  device: string;
  snaplen?: number;
  bufferBytes?: number;
  blockTimeoutMs?: number;
  promisc?: boolean;
}

export type CaptureSource = OfflineSource | LiveSource;

export interface NativeCapture {
  readonly linkType: number;
  start(): void;
  stop(): void;
  close(): void;
  stats(): CaptureStats;
}

interface Addon {
  Capture: new (opts: CaptureSource & { filter?: string; rings: Uint8Array[] }) => NativeCapture;
  waitForData(ring: Uint8Array, timeoutMs: number): boolean;
  /** Community IDs of `count` records: SHA-1 of inputs[40 i, 40 i + lengths[i]) as "1:" + base64 into out[holes[i], + 30). */
  communityIds(inputs: Uint8Array, lengths: Uint8Array, holes: Uint32Array, count: number, out: Uint8Array): void;
  /** QUIC client Initial key (16 bytes), iv (12) and hp (16) for a DCID into out[0, 44) (RFC 9001 §5.2; labelPrefix "quic" or "quicv2"). */
  quicInitialKeys(dcid: Uint8Array, salt: Uint8Array, labelPrefix: string, out: Uint8Array): void;
  /** Removes header protection from the Initial b[p, pktEnd) (packet number at pnOff) and opens it into out: plaintext length, or -1. */
  quicOpenInitial(keys: Uint8Array, b: Uint8Array, p: number, pnOff: number, pktEnd: number, out: Uint8Array): number;
  libpcapVersion: string;
  ringLayout: Record<'head' | 'eof' | 'waiting' | 'bell' | 'tail' | 'data' | 'recordHeader', number>;
}

const require = createRequire(import.meta.url);

function load(): Addon {
  // dist/agent/capture/native.js → ../../../build/Release (the same from agent/ under vitest)
  const candidates = ['../../../build/Release/probe_capture.node', '../../build/Release/probe_capture.node'];
  let last: unknown;
  for (const c of candidates) {
    try {
      return require(c) as Addon;
    } catch (e) {
      last = e;
    }
  }
  const err = new Error(`the native capture addon is not built (run npm install): ${String(last)}`);
  (err as Error & { code: string }).code = 'PROBE_E_ADDON';
  throw err;
}

export const addon: Addon = load();
