// The tables of corpora/INDEX.md: which trace goes with which expected-result file.
//
// Rows look like `| `path` | `pcap` (size; capture) | `result`<br>`result` | … |`. We only read
// the backticked paths and the Zeek command lines; sizes and statistics are informative only.

import { readFileSync } from 'node:fs';

export interface NdpiEntry {
  pcap: string; // relative to the corpora root, e.g. ndpi/pcap/chrome.pcap
  result: string; // ndpi/result/chrome.pcap.out
}

export interface ZeekEntry {
  trace: string; // zeek/Traces/…
  baselines: string[]; // zeek/Baseline/<test>/<file>
  /** The distinct `zeek …` command lines of the tests using this trace (not per baseline). */
  invocations: string[];
}

export interface SuricataEntry {
  testDir: string; // suricata-verify/tests/<t>
  pcap: string; // the pcap the test reads (may live in another test's directory)
  specFiles: string[]; // test.yaml, suricata.yaml, README.md
}

export interface CorpusIndex {
  ndpi: NdpiEntry[];
  zeek: ZeekEntry[];
  suricata: SuricataEntry[];
}

function cells(line: string): string[] {
  return line.trim().replace(/^\|/, '').replace(/\|$/, '').split('|').map((c) => c.trim());
}

function paths(cell: string): string[] {
  return [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]);
}

export function parseCorpusIndex(text: string): CorpusIndex {
  const out: CorpusIndex = { ndpi: [], zeek: [], suricata: [] };
  for (const line of text.split('\n')) {
    if (!line.startsWith('| `')) continue;
    const c = cells(line);
    const first = paths(c[0])[0] ?? '';
    if (first.startsWith('ndpi/pcap/')) {
      const result = paths(c[3] ?? '').find((p) => p.startsWith('ndpi/result/'));
      if (result) out.ndpi.push({ pcap: first, result });
    } else if (first.startsWith('zeek/Traces/')) {
      out.zeek.push({
        trace: first,
        baselines: paths(c[3] ?? '').filter((p) => p.startsWith('zeek/Baseline/')),
        invocations: paths(c[4] ?? ''),
      });
    } else if (first.startsWith('suricata-verify/tests/')) {
      const pcap = paths(c[1] ?? '')[0];
      if (pcap) out.suricata.push({ testDir: first, pcap, specFiles: paths(c[2] ?? '') });
    }
  }
  return out;
}

export function readCorpusIndex(file: string): CorpusIndex {
  return parseCorpusIndex(readFileSync(file, 'utf8'));
}
