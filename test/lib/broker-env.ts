// Why a test that needs a real broker cannot run here (null when it can): mosquitto and
// openssl are Debian packages scripts/setup.sh installs; tests that spawn the CLI also need
// the build.

import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mosquittoPath } from '../../agent/export/broker.js';

export function brokerSkipReason(cli?: string): string | null {
  try {
    mosquittoPath();
  } catch (e) {
    return (e as Error).message;
  }
  const r = spawnSync('openssl', ['version'], { encoding: 'utf8' });
  if (r.error || r.status !== 0) return 'openssl is not installed';
  if (cli && !existsSync(cli)) return `${cli} missing: run npm run build:ts first`;
  return null;
}
