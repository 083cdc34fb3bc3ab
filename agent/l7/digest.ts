// Hex digests for fingerprints (JA3, JA4, HASSH, certificate hashes). node:crypto's one-shot
// hash() costs less than half of createHash().update().digest() for inputs this short, and a
// TLS flow takes up to six of them. (@types/node 20 does not declare hash() yet; Node 20.12+
// has it.)

import * as crypto from 'node:crypto';

type OneShot = (algorithm: string, data: string | Uint8Array, encoding: 'hex') => string;
const oneShot = (crypto as unknown as { hash?: OneShot }).hash;

/** Lower-case hex digest of `data` (a string is hashed as UTF-8). */
export function hexDigest(algorithm: 'md5' | 'sha1' | 'sha256', data: string | Uint8Array): string {
  return oneShot ? oneShot(algorithm, data, 'hex') : crypto.createHash(algorithm).update(data).digest('hex');
}
