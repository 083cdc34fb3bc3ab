// Scores per reference source and the printed agreement table.

import { formatSums, type TupleComparison } from './join.js';

export interface Disagreement {
  pcap: string;
  /** Tuple key, filter, or flow the difference is about. */
  what: string;
  expected: string;
  got: string;
  /** Size of the difference, for ranking the worst ones. */
  weight: number;
}

export interface Exclusion {
  pcap: string;
  reason: string;
  /** Reference tuples / filters left out. */
  items: number;
}

export class SourceScore {
  pcapsCompared = 0;
  readonly notComparable: { pcap: string; reason: string }[] = [];
  /** Runs that failed for another reason than an unreadable trace: these fail the test. */
  readonly probeErrors: { pcap: string; reason: string }[] = [];
  readonly excluded: Exclusion[] = [];
  refTuples = 0;
  joined = 0;
  packetsExact = 0;
  bytesExact = 0;
  bothExact = 0;
  directionAgree = 0;
  directionTotal = 0;
  /** Reference tuples without counters: only their existence is checked. */
  joinOnly = 0;
  joinOnlyFound = 0;
  /** Our tuples with no reference tuple (expected for filtered reference runs). */
  oursUnmatched = 0;
  cidRef = 0;
  cidMatched = 0;
  /** Suricata: comparable filters and passes. */
  filters = 0;
  filtersPassed = 0;
  filtersPassedIfSwapped = 0;
  filtersSkipped = new Map<string, number>();
  /** Checks that hold only with our record written from the other side. */
  readonly directionOnly: string[] = [];
  readonly disagreements: Disagreement[] = [];

  readonly source: string;
  constructor(source: string) {
    this.source = source;
  }

  /**
   * Scores reference tuples. A tuple that disagrees and that `explain` attributes to a documented
   * systematic difference is set aside (listed in the report, not scored).
   */
  addTuples(pcap: string, comparisons: TupleComparison[], explain?: (c: TupleComparison) => string | null): void {
    for (const c of comparisons) {
      const reason = !(c.packetsMatch && c.bytesMatch) && explain ? explain(c) : null;
      if (reason) {
        this.exclude(pcap, reason, 1);
        continue;
      }
      this.refTuples++;
      this.directionTotal += c.directionTotal;
      this.directionAgree += c.directionAgree;
      if (!c.ours) {
        this.disagreements.push({ pcap, what: c.key, expected: formatSums(c.ref), got: 'no such tuple', weight: 1e12 });
        continue;
      }
      this.joined++;
      if (c.packetsMatch) this.packetsExact++;
      if (c.bytesMatch) this.bytesExact++;
      if (c.packetsMatch && c.bytesMatch) this.bothExact++;
      else {
        const d =
          Math.abs(c.ref.loToHi.bytes - c.ours.loToHi.bytes) +
          Math.abs(c.ref.hiToLo.bytes - c.ours.hiToLo.bytes) +
          Math.abs(c.ref.loToHi.packets - c.ours.loToHi.packets) +
          Math.abs(c.ref.hiToLo.packets - c.ours.hiToLo.packets);
        this.disagreements.push({ pcap, what: c.key, expected: formatSums(c.ref), got: formatSums(c.ours), weight: d });
      }
    }
  }

  /** A failed run: not comparable for an unreadable trace (by design), else a probe error. */
  failedRun(pcap: string, code: string, message: string, notComparable: boolean): void {
    (notComparable ? this.notComparable : this.probeErrors).push({ pcap, reason: `${code}: ${message}` });
  }

  /** Records an exclusion, merging items of one pcap and reason. */
  exclude(pcap: string, reason: string, items: number): void {
    const e = this.excluded.find((x) => x.pcap === pcap && x.reason === reason);
    if (e) e.items += items;
    else this.excluded.push({ pcap, reason, items });
  }

  /** A reference tuple that asserts no counters: it only has to exist among ours. */
  addJoinOnly(pcap: string, key: string, found: boolean, note: string): void {
    this.joinOnly++;
    if (found) this.joinOnlyFound++;
    else this.disagreements.push({ pcap, what: key, expected: `a flow (${note})`, got: 'no such tuple', weight: 1e12 });
  }

  /**
   * Share of reference tuples that joined and match exactly (packets and bytes), counting
   * tuples without counters as agreeing when they joined.
   */
  get agreement(): number {
    const n = this.refTuples + this.joinOnly;
    return n === 0 ? 1 : (this.bothExact + this.joinOnlyFound) / n;
  }

  skipFilter(reason: string): void {
    // group "event_type dns: …" style reasons; keep others verbatim but short
    const key = reason.replace(/\(dropped .*\)$/, '').replace(/\(.*\)$/, '').trim();
    this.filtersSkipped.set(key, (this.filtersSkipped.get(key) ?? 0) + 1);
  }
}

function pct(n: number, d: number): string {
  return d === 0 ? '-' : `${((100 * n) / d).toFixed(2)}%`;
}

function pad(s: string | number, n: number): string {
  return String(s).padEnd(n);
}

export function formatTable(scores: SourceScore[], worst = 12): string {
  const lines: string[] = [];
  lines.push('');
  lines.push('=== Corpus conformance: agreement per reference source ===');
  lines.push(
    [
      pad('source', 30),
      pad('pcaps', 6),
      pad('n/c', 5),
      pad('excl', 5),
      pad('ref tuples', 11),
      pad('joined', 8),
      pad('join rate', 10),
      pad('pkts exact', 11),
      pad('bytes exact', 12),
      pad('direction', 10),
      pad('extra ours', 11),
      pad('community id', 14),
      'filters pass',
    ].join(' '),
  );
  for (const s of scores) {
    lines.push(
      [
        pad(s.source, 30),
        pad(s.pcapsCompared, 6),
        pad(s.notComparable.length, 5),
        pad(s.excluded.length, 5),
        pad(s.refTuples || '-', 11),
        pad(s.refTuples ? s.joined : '-', 8),
        pad(s.refTuples ? pct(s.joined, s.refTuples) : '-', 10),
        pad(s.refTuples ? pct(s.packetsExact, s.refTuples) : '-', 11),
        pad(s.refTuples ? pct(s.bytesExact, s.refTuples) : '-', 12),
        pad(s.directionTotal ? pct(s.directionAgree, s.directionTotal) : '-', 10),
        pad(s.refTuples ? s.oursUnmatched : '-', 11),
        pad(s.cidRef ? `${s.cidMatched}/${s.cidRef} ${pct(s.cidMatched, s.cidRef)}` : '-', 14),
        s.filters ? `${s.filtersPassed + s.filtersPassedIfSwapped}/${s.filters} ${pct(s.filtersPassed + s.filtersPassedIfSwapped, s.filters)}` : '-',
      ].join(' '),
    );
  }
  for (const s of scores)
    if (s.joinOnly)
      lines.push(`${s.source}: also ${s.joinOnlyFound}/${s.joinOnly} reference tuples without counters found (existence only)`);
  lines.push('(n/c = pcaps the probe could not read; excl = explained systematic exclusions; rates are over reference tuples;');
  lines.push(' bytes are frame bytes for nDPI/Suricata and IP bytes for Zeek; direction = same originator as the reference;');
  lines.push(' filters pass = suricata-verify flow checks that hold, from either side; direction = of those, held as written)');
  for (const s of scores) {
    if (s.filters) {
      lines.push('');
      lines.push(`--- ${s.source}: ${s.filtersPassed} checks hold as written, ${s.filtersPassedIfSwapped} only with our record written from the other side (direction differs)`);
      for (const d of s.directionOnly) lines.push(`    direction differs: ${d}`);
      for (const [reason, n] of [...s.filtersSkipped].sort((a, b) => b[1] - a[1]))
        lines.push(`    skipped ${String(n).padStart(4)} × ${reason}`);
    }
    if (s.probeErrors.length) {
      lines.push('');
      lines.push(`--- ${s.source}: PROBE ERRORS`);
      for (const n of s.probeErrors) lines.push(`    ${n.pcap}: ${n.reason}`);
    }
    if (s.notComparable.length) {
      lines.push('');
      lines.push(`--- ${s.source}: not comparable (probe cannot read the trace)`);
      for (const n of s.notComparable) lines.push(`    ${n.pcap}: ${n.reason}`);
    }
    if (s.excluded.length) {
      lines.push('');
      lines.push(`--- ${s.source}: excluded systematic differences (not scored)`);
      const byReason = new Map<string, Exclusion[]>();
      for (const e of s.excluded) byReason.set(e.reason, [...(byReason.get(e.reason) ?? []), e]);
      for (const [reason, list] of byReason) {
        lines.push(`    ${reason}:`);
        for (const e of list) lines.push(`        ${e.pcap} (${e.items})`);
      }
    }
    const w = [...s.disagreements].sort((a, b) => b.weight - a.weight).slice(0, worst);
    if (w.length) {
      lines.push('');
      lines.push(`--- ${s.source}: worst disagreements (${s.disagreements.length} in all; expected = reference, got = probe)`);
      for (const d of w) lines.push(`    ${d.pcap}  ${d.what}\n        expected ${d.expected}\n        got      ${d.got}`);
    }
  }
  return lines.join('\n');
}
