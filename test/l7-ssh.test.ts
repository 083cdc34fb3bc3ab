// SSH analyzer: banners and KEXINIT split across segments, lying lengths, and agreement with
// Zeek's ssh.log banners and suricata-verify's HASSH checks on the traces they were made from
// (../shared/corpora, skipped when absent).
//
//   npx vitest run test/l7-ssh.test.ts

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Direction, FlowContext } from '../agent/l7/analyzer.js';
import { SshAnalyzer, type SshFields, type SshState } from '../agent/l7/ssh.js';
import { sshKexinit } from '../bench/fuzz-l7.js';
import { Agreement, corporaRoot, readTraceFile, runFlow, traceFlows } from '../bench/l7-corpus.js';
import { readCorpusIndex } from './corpora/corpus-index.js';
import { parseYaml } from './corpora/mini-yaml.js';
import { traceFlowKey } from './corpora/ndpi-l7.js';
import { compareZeekSsh, zeekBaselines } from './corpora/zeek-l7.js';

const ssh = new SshAnalyzer();
const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

const C_LISTS = [
  'curve25519-sha256,ecdh-sha2-nistp256,ext-info-c',
  'ssh-ed25519,rsa-sha2-512',
  'chacha20-poly1305@openssh.com,aes128-ctr',
  'aes256-ctr',
  'umac-64-etm@openssh.com,hmac-sha2-256',
  'hmac-sha1',
  'none,zlib@openssh.com',
  'zlib',
  '',
  '',
];

function stream(dir: Direction): Uint8Array {
  const banner = enc(dir === 0 ? 'SSH-2.0-OpenSSH_9.6p1 Ubuntu-3ubuntu13\r\n' : 'SSH-2.0-dropbear_2022.83\r\n');
  const kex = sshKexinit(C_LISTS);
  const out = new Uint8Array(banner.length + kex.length);
  out.set(banner);
  out.set(kex, banner.length);
  return out;
}

function feedSplit(s: SshState, dir: Direction, b: Uint8Array, cuts: number[], seq0: number): boolean {
  const ctx: FlowContext = { protocol: 6, srcPort: 40000, dstPort: 22, tsUs: 0, tcpSeq: 0 };
  let from = 0;
  let more = true;
  for (const cut of [...cuts, b.length]) {
    ctx.tcpSeq = seq0 + from;
    more = ssh.feed(s, b, from, cut - from, dir, ctx);
    from = cut;
  }
  return more;
}

const md5 = (t: string): string => createHash('md5').update(t).digest('hex');

describe('SSH crafted vectors', () => {
  it('reads banners and both HASSHes with banner and KEXINIT split at every offset', () => {
    const c = stream(0);
    const srv = stream(1);
    const hasshAlgorithms = 'curve25519-sha256,ecdh-sha2-nistp256,ext-info-c;chacha20-poly1305@openssh.com,aes128-ctr;umac-64-etm@openssh.com,hmac-sha2-256;none,zlib@openssh.com';
    const serverAlgorithms = 'curve25519-sha256,ecdh-sha2-nistp256,ext-info-c;aes256-ctr;hmac-sha1;zlib';
    for (let cut = 1; cut < c.length; cut++) {
      const s = ssh.create();
      feedSplit(s, 1, srv, [Math.min(cut, srv.length - 1)], 77);
      const more = feedSplit(s, 0, c, [cut], 5000);
      expect(more).toBe(false); // both KEXINITs seen: no more packets wanted
      expect(ssh.fields(s), `cut ${cut}`).toEqual({
        clientBanner: 'SSH-2.0-OpenSSH_9.6p1 Ubuntu-3ubuntu13',
        serverBanner: 'SSH-2.0-dropbear_2022.83',
        hassh: md5(hasshAlgorithms),
        hasshAlgorithms,
        hasshServer: md5(serverAlgorithms),
        hasshServerAlgorithms: serverAlgorithms,
        malformedCount: 0,
      });
      expect(s.reasm).toEqual([null, null]); // nothing kept once done
    }
  });

  it('reads through lines a server sends before its banner', () => {
    const s = ssh.create();
    const b = enc('Welcome to host\r\nplease behave\r\nSSH-2.0-Srv\r\n');
    feedSplit(s, 1, b, [5, 20], 1);
    expect(ssh.fields(s)!.serverBanner).toBe('SSH-2.0-Srv');
  });

  it('counts a KEXINIT whose lengths lie, and never reads past the view', () => {
    const kex = sshKexinit(C_LISTS);
    const lie = kex.slice();
    lie[4 + 1 + 1 + 16 + 3] = 0xff; // the kex name-list claims more bytes than the packet has
    const s = ssh.create();
    feedSplit(s, 0, enc('SSH-2.0-x\r\n'), [], 1);
    feedSplit(s, 0, lie, [], 12);
    expect(ssh.fields(s)).toMatchObject({ clientBanner: 'SSH-2.0-x', malformedCount: 1 });
    expect(ssh.fields(s)!.hassh).toBeUndefined();
    // Every truncation of the client stream: no throw, a banner once its line is whole.
    const c = stream(0);
    for (let n = 0; n <= c.length; n++) {
      const t = ssh.create();
      expect(() => feedSplit(t, 0, c.slice(0, n), [], 1)).not.toThrow();
    }
    // A packet length beyond RFC 4253's 35000 stops the direction at once.
    const u = ssh.create();
    feedSplit(u, 0, enc('SSH-2.0-x\r\n'), [], 1);
    feedSplit(u, 0, Uint8Array.of(0x7f, 0xff, 0xff, 0xff, 4, 20, 0, 0), [], 12);
    expect(u.malformedCount).toBe(1);
    expect(u.phase[0]).toBe(2);
  });
});

// =============================================================================================
// Zeek ssh.log and suricata-verify HASSH checks
// =============================================================================================

const corpora = corporaRoot();

// The Zeek comparison: compareZeekSsh (test/corpora/zeek-l7.ts, shared with
// test/l7-pipeline.test.ts). Here it reads the analyzer's fields of flows split from the trace.
describe.skipIf(!corpora)('SSH against Zeek ssh.log and suricata-verify', () => {
  it('agrees on client and server banners and on HASSH / HASSH-server', () => {
    const root = corpora!;
    const index = readCorpusIndex(join(root, 'INDEX.md'));
    const agree = new Agreement();
    let rows = 0;
    for (const { test, trace, rows: logRows } of zeekBaselines(root, index, 'ssh')) {
      const ours = new Map<string, SshFields | undefined>();
      for (const f of traceFlows(readTraceFile(trace), { keyOnVlan: false })) {
        const s = f.protocol === 6 ? runFlow(ssh, f) : null;
        if (s) ours.set(traceFlowKey(f), ssh.fields(s));
      }
      rows += compareZeekSsh(agree, test, logRows, ours);
    }
    // suricata-verify: ssh.client.hassh.hash / ssh.server.hassh.hash of the test's one SSH flow.
    for (const sv of index.suricata.filter((x) => /ssh-hassh/.test(x.testDir))) {
      const spec = parseYaml(readFileSync(join(root, sv.testDir, 'test.yaml'), 'utf8')) as { checks?: { filter?: { match?: Record<string, unknown> } }[] };
      const m = spec.checks?.map((c) => c.filter?.match).find((x) => x && x['ssh.client.hassh.hash']);
      if (!m) continue;
      const flows = traceFlows(readTraceFile(join(root, sv.pcap)));
      const got = flows.map((f) => (f.protocol === 6 ? runFlow(ssh, f) : null)).find((s) => s && ssh.fields(s)?.hassh);
      const f = got ? ssh.fields(got) : undefined;
      agree.check('hassh', String(m['ssh.client.hassh.hash']), f?.hassh, sv.testDir);
      agree.check('hasshServer', String(m['ssh.server.hassh.hash']), f?.hasshServer, sv.testDir);
    }
    console.log(agree.table(`SSH vs Zeek ssh.log (${rows} rows) and suricata-verify HASSH checks`));
    expect(rows).toBeGreaterThan(20);
    expect(agree.rows.get('hassh')?.compared ?? 0).toBeGreaterThanOrEqual(3);
    for (const f of agree.rows.keys()) expect(agree.ratio(f), f).toBeGreaterThanOrEqual(0.98);
  });
});
