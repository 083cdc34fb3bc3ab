// Time per certificate summary over the corpus certificates (bench/x509-corpus.ts): our DER reader
// against OpenSSL (node:crypto X509Certificate), each certificate summarized from scratch (no
// memo), and the summary as the analyzer gets it (reader, OpenSSL where the reader declines).
// Both include the two fingerprints (SHA-1, SHA-256), which every path computes. Times are CPU
// time of the process (user + system; everything here runs on the main thread), which a busy
// machine disturbs less than wall time.
//
//   npm run build:ts && node dist/bench/x509-speed.js [rounds=20] [corporaDir]

import { X509Certificate } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { hexDigest } from '../agent/l7/digest.js';
import { opensslSummary, readerSummary } from '../agent/l7/x509.js';
import { corporaRoot } from './l7-corpus.js';
import { corpusCertificates } from './x509-corpus.js';

function opensslAccepts(der: Uint8Array): boolean {
  try {
    new X509Certificate(der);
    return true;
  } catch {
    return false;
  }
}

/** Median over rounds of the CPU µs per certificate that f takes over all of certs. */
function timePerCert(certs: readonly Uint8Array[], rounds: number, f: (der: Uint8Array) => unknown): number {
  const perRound: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const c0 = process.cpuUsage();
    for (const der of certs) f(der);
    const c = process.cpuUsage(c0);
    perRound.push((c.user + c.system) / certs.length);
  }
  perRound.sort((a, b) => a - b);
  return perRound[perRound.length >> 1];
}

function main(): void {
  const rounds = Number(process.argv[2] ?? 20);
  const root = process.argv[3] ?? corporaRoot();
  if (!root) {
    console.log('x509-speed: no corpora (../shared/corpora or $CORPORA)');
    return;
  }
  const certs = corpusCertificates(root, opensslAccepts).map((c) => c.der);
  const fast = certs.filter((der) => readerSummary(der) !== null);
  console.log(`${certs.length} distinct certificates, ${fast.length} taken by our reader, ${certs.length - fast.length} left to OpenSSL`);
  // Warm-up (JIT, OpenSSL's provider caches), then the timed rounds.
  timePerCert(certs, 3, readerSummary);
  timePerCert(certs, 3, opensslSummary);
  const ours = timePerCert(fast, rounds, readerSummary);
  const theirs = timePerCert(fast, rounds, opensslSummary);
  const both = timePerCert(certs, rounds, (der) => readerSummary(der) ?? opensslSummary(der));
  const theirsAll = timePerCert(certs, rounds, opensslSummary);
  const hashes = timePerCert(certs, rounds, (der) => hexDigest('sha1', der) + hexDigest('sha256', der));
  console.log(`CPU µs per certificate (median of ${rounds} rounds):`);
  console.log(`  reader,  certificates it takes:  ${ours.toFixed(1)}`);
  console.log(`  OpenSSL, the same certificates:  ${theirs.toFixed(1)}`);
  console.log(`  reader then OpenSSL, all:        ${both.toFixed(1)}`);
  console.log(`  OpenSSL only, all:               ${theirsAll.toFixed(1)}`);
  console.log(`  of which the fingerprints:       ${hashes.toFixed(1)}`);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) main();
