// proto/gen/ is generated from proto/*.proto by `npm run proto:gen` and committed. If someone
// edits a .proto and forgets to regenerate, the code that decodes records no longer matches
// the contract: regenerate into a temporary folder and compare.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');

it('proto/gen/ is what pbjs makes of proto/*.proto (run npm run proto:gen)', () => {
  const out = mkdtempSync(join(tmpdir(), 'probe-proto-'));
  execFileSync('bash', [join(root, 'scripts/proto-gen.sh'), out], { cwd: root });
  for (const f of ['probe.js', 'probe.d.ts']) {
    expect(readFileSync(join(out, f), 'utf8'), f).toBe(readFileSync(join(root, 'proto/gen', f), 'utf8'));
  }
}, 60_000);
