// The agent's version, as package.json states it (reported by `version`, in Birth messages).

import { readFileSync } from 'node:fs';

let cached: string | undefined;

export function agentVersion(): string {
  cached ??= (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
  return cached;
}
