// Which name did a client resolve to a server address? One bounded table per probe, in shared
// memory, so that every shard worker can use what any of them saw: the DNS flow (client ↔
// resolver) and the flow that follows (client ↔ server) have different endpoints and usually
// land in different shards.
//
// Layout: ENTRY_WORDS 32-bit words per entry, WAYS entries per bucket (set-associative; a new
// name replaces the bucket's oldest entry). Per entry:
//   [0] version: odd while a writer is in the entry (a seqlock), incremented twice per write
//   [1] key hash (0 = empty)      [2..5] client address   [6..9] server address
//   [10] packet time of the response, seconds      [11] ip version << 16 | name length
//   [12..] the name, NAME_MAX bytes
// Writers take an entry with a compare-and-swap of the version and skip the update when another
// writer holds it (counted; the next response brings the name again). Readers copy the name and
// keep it only when the version was even and unchanged across the copy. Nothing ever waits.

export const NAME_MAX = 255;
const WAYS = 4;
const HEADER_WORDS = 12;
const ENTRY_WORDS = HEADER_WORDS + Math.ceil(NAME_MAX / 4) + 1; // 76 words = 304 bytes

export class NameCache {
  readonly sab: SharedArrayBuffer;
  private readonly w: Int32Array;
  private readonly b: Uint8Array;
  private readonly bucketMask: number;
  /** Writes skipped because another shard was writing the same entry. */
  contended = 0;
  /** Entries written by this thread (any entry in use means lookups are worth doing). */
  private everWritten = false;

  /** A new table of about `entries` names (rounded up to a power of two), or a view of `sab`. */
  constructor(entries: number | SharedArrayBuffer) {
    const sab =
      typeof entries === 'number'
        ? new SharedArrayBuffer(4 + roundUp(Math.max(WAYS, entries)) * ENTRY_WORDS * 4)
        : entries;
    this.sab = sab;
    this.w = new Int32Array(sab);
    this.b = new Uint8Array(sab);
    this.bucketMask = (this.w.length - 1) / ENTRY_WORDS / WAYS - 1;
  }

  /**
   * Remembers that `client` resolved `name` to `server` at `timeS` (packet time, seconds).
   * Addresses as 4 big-endian words (IPv4: word 0, the rest 0).
   */
  put(ipVersion: number, client: ArrayLike<number>, server: ArrayLike<number>, name: string, timeS: number): void {
    const w = this.w;
    const hash = keyHash(ipVersion, client, server);
    const first = 1 + (hash & this.bucketMask) * WAYS * ENTRY_WORDS;
    let at = -1;
    let oldest = Infinity;
    for (let i = 0; i < WAYS; i++) {
      const e = first + i * ENTRY_WORDS;
      if (w[e + 1] === hash && this.sameKey(e, ipVersion, client, server)) {
        at = e;
        break;
      }
      const t = w[e + 1] === 0 ? -1 : w[e + 10];
      if (t < oldest) {
        oldest = t;
        at = e;
      }
    }
    const v = Atomics.load(w, at);
    if ((v & 1) !== 0 || Atomics.compareExchange(w, at, v, v + 1) !== v) {
      this.contended++;
      return;
    }
    w[at + 1] = hash;
    for (let i = 0; i < 4; i++) {
      w[at + 2 + i] = client[i] | 0;
      w[at + 6 + i] = server[i] | 0;
    }
    w[at + 10] = timeS | 0;
    const n = Math.min(name.length, NAME_MAX);
    const nameAt = (at + HEADER_WORDS) * 4;
    for (let i = 0; i < n; i++) this.b[nameAt + i] = name.charCodeAt(i) & 0xff;
    w[at + 11] = (ipVersion << 16) | n;
    Atomics.store(w, at, v + 2);
    this.everWritten = true;
    Atomics.store(w, 0, 1); // "some entry is in use", for every thread
  }

  /**
   * Writes the name `client` most recently resolved to `server`, no later than `notAfterS`
   * (packet time, seconds), into out[at…] and returns its length; 0 when there is none (or it
   * was being rewritten at that moment).
   */
  get(ipVersion: number, client: ArrayLike<number>, server: ArrayLike<number>, notAfterS: number, out: Uint8Array, at: number): number {
    const w = this.w;
    if (!this.everWritten && Atomics.load(w, 0) === 0) return 0; // nothing resolved yet: the common case of a trace without DNS
    const hash = keyHash(ipVersion, client, server);
    const first = 1 + (hash & this.bucketMask) * WAYS * ENTRY_WORDS;
    for (let i = 0; i < WAYS; i++) {
      const e = first + i * ENTRY_WORDS;
      if (w[e + 1] !== hash) continue;
      const v = Atomics.load(w, e);
      if ((v & 1) !== 0 || w[e + 10] > notAfterS || !this.sameKey(e, ipVersion, client, server)) continue;
      const n = w[e + 11] & 0xffff;
      const nameAt = (e + HEADER_WORDS) * 4;
      for (let k = 0; k < n; k++) out[at + k] = this.b[nameAt + k];
      return Atomics.load(w, e) === v ? n : 0;
    }
    return 0;
  }

  private sameKey(e: number, ipVersion: number, client: ArrayLike<number>, server: ArrayLike<number>): boolean {
    const w = this.w;
    if (w[e + 11] >>> 16 !== ipVersion) return false;
    for (let i = 0; i < 4; i++) if (w[e + 2 + i] !== (client[i] | 0) || w[e + 6 + i] !== (server[i] | 0)) return false;
    return true;
  }
}

function roundUp(n: number): number {
  let p = WAYS;
  while (p < n) p *= 2;
  return p;
}

function keyHash(ipVersion: number, c: ArrayLike<number>, s: ArrayLike<number>): number {
  let h = Math.imul(ipVersion ^ 0x5bd1e995, 0x9e3779b1);
  for (let i = 0; i < 4; i++) {
    h = Math.imul(h ^ c[i], 0x85ebca6b);
    h = Math.imul(h ^ s[i], 0xc2b2ae35);
  }
  h ^= h >>> 15;
  return (h & 0x3fffffff) | 1; // never 0 (0 marks an empty entry)
}
