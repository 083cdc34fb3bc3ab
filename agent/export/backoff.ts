// Reconnect delays for MQTT clients (the exporter and the collector): exponential from
// `initialMs`, capped at `maxMs`, with "equal jitter" — a random point in the upper half of
// the step. The randomness keeps a fleet of probes (or a group of collectors) from reconnecting
// in step after a broker restart; the fixed half keeps retries from bunching up near zero.

export function backoffDelayMs(attempt: number, initialMs: number, maxMs: number, random: () => number = Math.random): number {
  const step = Math.min(maxMs, initialMs * 2 ** Math.min(attempt, 30));
  return step / 2 + random() * (step / 2);
}
