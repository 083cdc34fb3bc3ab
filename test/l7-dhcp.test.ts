// DHCP analyzer: crafted messages (options, cut messages, lying option lengths, many clients
// in one broadcast flow) and agreement with Zeek's dhcp.log on the traces the logs were made
// from (../shared/corpora, skipped when absent).
//
//   npx vitest run test/l7-dhcp.test.ts

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FlowContext } from '../agent/l7/analyzer.js';
import { DHCP_MAX_TRANSACTIONS, DhcpAnalyzer } from '../agent/l7/dhcp.js';
import { dhcpMessage } from '../bench/fuzz-l7.js';
import { Agreement, corporaRoot, readTraceFile, runFlow, traceFlows } from '../bench/l7-corpus.js';
import { readCorpusIndex } from './corpora/corpus-index.js';
import { compareZeekDhcp, zeekBaselines } from './corpora/zeek-l7.js';

const dhcp = new DhcpAnalyzer();
const ctx: FlowContext = { protocol: 17, srcPort: 68, dstPort: 67, tsUs: 0, tcpSeq: 0 };
const ascii = (t: string): number[] => [...t].map((c) => c.charCodeAt(0));

describe('DHCP crafted vectors', () => {
  it('reads a DISCOVER / OFFER / REQUEST / ACK exchange into one transaction', () => {
    const s = dhcp.create();
    const msgs = [
      dhcpMessage(1, [[53, [1]], [12, ascii('laptop\0')], [60, ascii('MSFT 5.0')], [55, [1, 3, 6, 15, 119, 252]], [81, [0x04, 0, 0, 6, ...ascii('laptop'), 4, ...ascii('corp'), 0]]]),
      dhcpMessage(2, [[53, [2]], [54, [10, 0, 0, 1]], [51, [0, 0, 14, 16]]], [10, 0, 0, 42]),
      dhcpMessage(1, [[53, [3]], [50, [10, 0, 0, 42]], [54, [10, 0, 0, 1]]]),
      dhcpMessage(2, [[53, [5]], [51, [0, 0, 28, 32]]], [10, 0, 0, 42]),
    ];
    expect(dhcp.detect(msgs[0], 0, msgs[0].length, 0, ctx)).toBe(true);
    for (const m of msgs) dhcp.feed(s, m, 0, m.length, 0, ctx);
    expect(dhcp.fields(s)).toEqual({
      transactions: [
        {
          xid: 0xdeadbeef,
          clientMac: '02:00:00:00:00:01',
          messageTypes: [1, 2, 3, 5],
          messageCount: 4,
          hostname: 'laptop',
          clientFqdn: 'laptop.corp',
          vendorClass: 'MSFT 5.0',
          paramRequestList: [1, 3, 6, 15, 119, 252],
          requestedAddress: '10.0.0.42',
          assignedAddress: '10.0.0.42',
          serverId: '10.0.0.1',
          leaseTimeS: 7200,
        },
      ],
      transactionCount: 1,
      messageCount: 4,
      malformedCount: 0,
    });
  });

  it('escapes option text as \\xNN (backslash too), drops trailing NULs, cuts at 255 characters without cutting an escape', () => {
    const long = [...ascii('h'.repeat(252)), 0x01, ...ascii('ta')]; // 255 bytes
    const msgs = [
      dhcpMessage(1, [[53, [1]], [12, [...ascii('pc 1\\'), 0x00, 0xe9, ...ascii('x'), 0, 0]], [60, long]]),
      dhcpMessage(1, [[53, [3]]]),
    ];
    msgs[1][28] = 0xab; // another client: chaddr ab:00:00:00:00:01
    const s = dhcp.create();
    for (const m of msgs) dhcp.feed(s, m, 0, m.length, 0, ctx);
    const [a, b] = dhcp.fields(s)!.transactions;
    expect(a.hostname).toBe('pc 1\\x5c\\x00\\xe9x');
    expect(a.vendorClass).toBe('h'.repeat(252) + '\\x01');
    expect(a.clientMac).toBe('02:00:00:00:00:01');
    expect(b.clientMac).toBe('ab:00:00:00:00:01');
  });

  it('keeps the first clients of a broadcast flow apart and counts the rest', () => {
    const s = dhcp.create();
    for (let i = 0; i < 12; i++) {
      const m = dhcpMessage(1, [[53, [1]]]);
      m[33] = i; // chaddr's last byte
      m[7] = i; // xid
      dhcp.feed(s, m, 0, m.length, 0, ctx);
    }
    const f = dhcp.fields(s)!;
    expect(f.transactions.length).toBe(DHCP_MAX_TRANSACTIONS);
    expect(f.transactionCount).toBe(12);
    expect(f.transactions[3].clientMac).toBe('02:00:00:00:00:03');
  });

  it('counts cut messages and lying option lengths without reading past the view', () => {
    const m = dhcpMessage(1, [[53, [3]], [12, ascii('host')], [50, [192, 168, 1, 9]]]);
    for (let n = 0; n <= m.length; n++) {
      const s = dhcp.create();
      expect(() => dhcp.feed(s, m.slice(0, n), 0, n, 0, ctx)).not.toThrow();
      if (n < 236) expect(s.malformedCount).toBe(1);
    }
    const lie = m.slice();
    lie[240 + 3 + 1] = 200; // option 12 claims 200 bytes
    const s = dhcp.create();
    dhcp.feed(s, lie, 0, lie.length, 0, ctx);
    expect(dhcp.fields(s)).toMatchObject({ malformedCount: 1, transactions: [{ messageTypes: [3] }] });
    expect(dhcp.fields(s)!.transactions[0].hostname).toBeUndefined();
  });
});

// =============================================================================================
// Zeek dhcp.log
// =============================================================================================

const corpora = corporaRoot();

// The comparison and its rules: compareZeekDhcp (test/corpora/zeek-l7.ts, shared with
// test/l7-pipeline.test.ts). Here it reads the analyzer's fields of flows split from the trace.
describe.skipIf(!corpora)('DHCP against Zeek dhcp.log', () => {
  it('agrees on mac, host_name, client_fqdn, msg_types, requested and assigned address', () => {
    const root = corpora!;
    const agree = new Agreement();
    let rows = 0;
    for (const { test, trace, rows: logRows } of zeekBaselines(root, readCorpusIndex(join(root, 'INDEX.md')), 'dhcp')) {
      const ours = traceFlows(readTraceFile(trace)).map((f) => {
        const s = f.protocol === 17 ? runFlow(dhcp, f) : null;
        return s ? dhcp.fields(s) : undefined;
      });
      rows += compareZeekDhcp(agree, test, logRows, ours);
    }
    console.log(agree.table(`DHCP vs Zeek dhcp.log (${rows} rows)`));
    expect(rows).toBeGreaterThan(3);
    for (const f of agree.rows.keys()) expect(agree.ratio(f), f).toBeGreaterThanOrEqual(0.98);
  });
});
