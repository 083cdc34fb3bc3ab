// probe-agent read/capture as a user runs them: output formats on the bundled trace, and
// clear errors with stable codes for the ways a run can go wrong.

import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { decodeRecords } from '../agent/flow/output.js';
import { toFlowJson } from '../agent/flow/json.js';
import { encodePcap } from './lib/pcap-file.js';
import { ethernet, ip, udp } from './lib/craft.js';
import { cli, probeAgent, root } from './lib/cli.js';

const run = promisify(execFile);
const demo = join(root, 'fixtures/demo.pcap');
const tmp = mkdtempSync(join(tmpdir(), 'probe-cli-'));

describe('read on the bundled trace', () => {
  it('--json: one object per flow, and the summary as the last stderr line', async () => {
    const r = await probeAgent(['read', demo, '--json']);
    expect(r.code).toBe(0);
    const flows = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    const http = flows.filter((f) => f.dstPort === 18080);
    expect(http).toHaveLength(3); // three curl requests
    for (const f of http) {
      expect(f).toMatchObject({ protocol: 6, srcAddr: '127.0.0.1', dstAddr: '127.0.0.1', endReason: 'END_REASON_END_OF_FLOW' });
      expect(f.fwd.tcpFlags & 0x02).toBe(0x02);
      expect(f.communityId).toMatch(/^1:/);
    }
    expect(flows.find((f) => f.dstPort === 18443)).toBeDefined(); // the TLS handshake
    expect(flows.find((f) => f.protocol === 17)?.fwd.packets).toBe(3);
    const summary = JSON.parse(r.stderr.trim().split('\n').pop()!).summary;
    expect(summary.packets).toBe(flows.reduce((a, f) => a + f.fwd.packets + f.rev.packets, 0));
    expect(summary.records).toBe(flows.length);
    expect(summary.malformed).toEqual({});
  });

  it('--pb: length-delimited FlowBatch messages carrying the same flows', async () => {
    const json = (await probeAgent(['read', demo, '--json'])).stdout.trim().split('\n').map((l) => JSON.parse(l));
    const { stdout } = await run(process.execPath, [cli, 'read', demo, '--pb'], { encoding: 'buffer', maxBuffer: 64 << 20 });
    const flows = decodeRecords(new Uint8Array(stdout)).map(toFlowJson);
    expect(flows.length).toBe(json.length);
    const key = (p: number, s: number, d: number) => `${p}/${s}/${d}`;
    const byKey = new Map(json.map((f) => [key(f.protocol, f.srcPort, f.dstPort), f]));
    // flow ids differ between the two runs (they carry the run's start second); all else must not
    for (const f of flows) expect({ ...f, flowId: '' }).toEqual({ ...byKey.get(key(f.protocol, f.srcPort, f.dstPort)), flowId: '' });
  });

  it('text by default, one readable line per flow', async () => {
    const r = await probeAgent(['read', demo]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(5);
    // … then the application protocol and what names the flow (HTTP: the Host header).
    expect(lines[0]).toMatch(/TCP 127\.0\.0\.1:\d+ -> 127\.0\.0\.1:18080 pkts \d+\/\d+ bytes \d+\/\d+ end_of_flow http 127\.0\.0\.1:18080$/);
    expect(lines.find((l) => l.includes(':18443 '))).toMatch(/ tls demo\.probe\.test$/);
    expect(r.stderr).toMatch(/packets/);
  });
});

describe('errors have stable codes and change nothing', () => {
  it('a missing file', async () => {
    const r = await probeAgent(['read', join(tmp, 'nope.pcap')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('PROBE_E_FILE_NOT_FOUND');
    expect(r.stdout).toBe('');
  });

  it('a file that is not a trace', async () => {
    const f = join(tmp, 'notes.txt');
    writeFileSync(f, 'these are not packets\n'.repeat(10));
    const r = await probeAgent(['read', f]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('PROBE_E_NOT_A_TRACE');
  });

  it('an unsupported link type names it', async () => {
    const f = join(tmp, 'wifi.pcap');
    writeFileSync(f, encodePcap([{ tsUs: 1e15, bytes: new Uint8Array(40) }], { linkType: 105 }));
    const r = await probeAgent(['read', f]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/PROBE_E_LINKTYPE.*IEEE802_11/);
  });

  it('a bad file among good ones is refused before anything is read', async () => {
    const r = await probeAgent(['read', demo, join(tmp, 'nope.pcap'), '--json']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
  });

  it('a trace cut short in the middle of a packet: the packets before it count, with a warning', async () => {
    const frames = Array.from({ length: 10 }, (_, i) => ({ tsUs: 1e15 + i, bytes: ethernet({}, ip({ src: '192.0.2.1', dst: '192.0.2.2' }, udp({ sport: 1, dport: 2 }, new Uint8Array(100)))) }));
    const whole = encodePcap(frames, { linkType: 1 });
    const f = join(tmp, 'cut.pcap');
    writeFileSync(f, whole.subarray(0, whole.length - 50));
    const r = await probeAgent(['read', f, '--json']);
    expect(r.code).toBe(0);
    const summary = JSON.parse(r.stderr.trim().split('\n').pop()!).summary;
    expect(summary.packets).toBe(9);
    expect(summary.warnings.join()).toMatch(/cut\.pcap/);
  });

  it('a filter that does not compile', async () => {
    const r = await probeAgent(['read', demo, '--filter', 'port port port']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('PROBE_E_FILTER');
  });

  it('bad options are usage errors (exit 2)', async () => {
    expect((await probeAgent(['read', demo, '--idle-timeout', 'soon'])).code).toBe(2);
    expect((await probeAgent(['read', demo, '--json', '--pb'])).code).toBe(2);
    expect((await probeAgent(['frobnicate'])).code).toBe(2);
  });

  it('an interface that does not exist', async () => {
    const r = await probeAgent(['capture', '-i', 'nosuchif0']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('PROBE_E_NO_SUCH_IFACE');
  });

  it.skipIf(process.getuid?.() !== 0)('capture without CAP_NET_RAW says which capability is missing', async () => {
    const r = await probeAgent(['capture', '-i', 'lo'], { uid: 65534 });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('PROBE_E_PERMISSION');
    expect(r.stderr).toContain('CAP_NET_RAW');
  });
});

