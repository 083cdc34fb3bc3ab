// A bounded memo for values derived from wire content that a probe sees over and over (client
// stacks' fingerprints, servers' certificates): at most `limit` entries, the oldest goes first.
// Values are shared between flows, so nobody may modify one.

export class Recent<V, K = string> {
  private readonly entries = new Map<K, V>();
  private readonly limit: number;

  constructor(limit: number) {
    this.limit = limit;
  }

  get(key: K): V | undefined {
    return this.entries.get(key);
  }

  set(key: K, value: V): V {
    if (this.entries.size >= this.limit) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, value);
    return value;
  }
}
