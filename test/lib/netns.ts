// Network namespaces joined by a veth pair, for live-capture tests. Needs root and `ip`.
// The pair has no IP addresses and IPv6 disabled on both ends, so the kernel sends nothing of
// its own on it: every frame seen on one end is one a test injected on the other.
// Names carry the test process id; namespaces left behind by a test process that no longer
// runs are removed by removeStaleNetns().

import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const NETNS_PREFIX = 'probe-test-';

export interface VethPair {
  /** Namespace of the sending end, and its interface. */
  txNs: string;
  txIf: string;
  /** Namespace of the receiving end, and its interface. */
  rxNs: string;
  rxIf: string;
}

const CMD_TIMEOUT_MS = 15_000;

function run(cmd: string, args: string[]): string {
  return execFileSync(cmd, args, { encoding: 'utf8', timeout: CMD_TIMEOUT_MS, stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Whether a program can be started (found on PATH and answers). */
export function hasProgram(name: string, versionArgs: string[] = ['--version']): boolean {
  const r = spawnSync(name, versionArgs, { stdio: 'ignore', timeout: CMD_TIMEOUT_MS });
  return !r.error;
}

/**
 * Why network namespaces cannot be used here, or null when they can: root, `ip`, and a trial
 * namespace that can be created and deleted.
 */
export function netnsUnavailableReason(): string | null {
  if (process.platform !== 'linux') return `not Linux (${process.platform})`;
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return 'not running as root';
  if (!hasProgram('ip', ['-V'])) return '`ip` (iproute2) not found';
  const trial = `${NETNS_PREFIX}${process.pid}-trial`;
  try {
    run('ip', ['netns', 'add', trial]);
  } catch (e) {
    return `cannot create a network namespace: ${firstLine(e)}`;
  }
  try {
    run('ip', ['netns', 'del', trial]);
  } catch {
    /* reported by the next create if it matters */
  }
  return null;
}

function firstLine(e: unknown): string {
  const err = e as { stderr?: string | Buffer; message?: string };
  const text = (err.stderr ? String(err.stderr) : '') || err.message || String(e);
  return text.trim().split('\n')[0];
}

export function listNetns(): string[] {
  try {
    return run('ip', ['netns', 'list'])
      .split('\n')
      .map((l) => l.trim().split(/\s+/)[0])
      .filter(Boolean);
  } catch {
    return [];
  }
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Deletes namespaces made by earlier test processes (by the pid in their name) that are gone. */
export function removeStaleNetns(): string[] {
  const removed: string[] = [];
  for (const ns of listNetns()) {
    if (!ns.startsWith(NETNS_PREFIX)) continue;
    const pid = Number(/^(\d+)/.exec(ns.slice(NETNS_PREFIX.length))?.[1]);
    if (!pid || pid === process.pid || pidAlive(pid)) continue;
    deleteNetns(ns);
    removed.push(ns);
  }
  return removed;
}

export function deleteNetns(ns: string): void {
  try {
    run('ip', ['netns', 'del', ns]);
  } catch {
    /* already gone */
  }
}

/** Sets IPv6 off for all, default (interfaces created later) and the named interfaces of a namespace. */
function disableIpv6(ns: string, ifaces: string[]): void {
  if (!existsSync('/proc/sys/net/ipv6')) return; // kernel without IPv6: nothing to disable
  const keys = ['all', 'default', ...ifaces].map((i) => `net.ipv6.conf.${i}.disable_ipv6=1`);
  run('ip', ['netns', 'exec', ns, 'sysctl', '-q', '-w', ...keys]);
}

/**
 * Creates two namespaces `<prefix><pid>-<tag>-tx|rx` and a veth pair between them, both ends
 * up, without addresses, IPv6 disabled. On any failure what was made is deleted again.
 */
export function createVethPair(tag: string, mtu = 1500): VethPair {
  const base = `${NETNS_PREFIX}${process.pid}-${tag}`;
  const pair: VethPair = {
    txNs: `${base}-tx`,
    rxNs: `${base}-rx`,
    // interface names: at most 15 characters
    txIf: `vtx${process.pid}`.slice(0, 15),
    rxIf: `vrx${process.pid}`.slice(0, 15),
  };
  try {
    for (const ns of [pair.txNs, pair.rxNs]) {
      run('ip', ['netns', 'add', ns]);
      disableIpv6(ns, []);
    }
    // Created directly inside the namespaces: never visible in the caller's namespace.
    run('ip', ['link', 'add', pair.txIf, 'netns', pair.txNs, 'mtu', String(mtu), 'type', 'veth',
      'peer', 'name', pair.rxIf, 'netns', pair.rxNs, 'mtu', String(mtu)]);
    disableIpv6(pair.txNs, [pair.txIf]);
    disableIpv6(pair.rxNs, [pair.rxIf]);
    run('ip', ['-n', pair.txNs, 'link', 'set', pair.txIf, 'up']);
    run('ip', ['-n', pair.rxNs, 'link', 'set', pair.rxIf, 'up']);
  } catch (e) {
    destroyVethPair(pair);
    throw new Error(`creating the veth pair failed: ${firstLine(e)}`);
  }
  return pair;
}

/** Deletes both namespaces (the veth pair goes with them). Safe to call twice. */
export function destroyVethPair(pair: VethPair): void {
  deleteNetns(pair.txNs);
  deleteNetns(pair.rxNs);
}

export interface LinkCounters {
  rxPackets: number;
  rxBytes: number;
  rxDropped: number;
  txPackets: number;
  txBytes: number;
  txDropped: number;
}

/** The kernel's counters of an interface inside a namespace. */
export function linkCounters(ns: string, ifname: string): LinkCounters {
  const out = run('ip', ['-n', ns, '-s', '-j', 'link', 'show', 'dev', ifname]);
  const j = JSON.parse(out) as { stats64?: { rx: Record<string, number>; tx: Record<string, number> } }[];
  const s = j[0]?.stats64;
  if (!s) throw new Error(`no counters for ${ifname} in ${ns}`);
  return {
    rxPackets: s.rx.packets,
    rxBytes: s.rx.bytes,
    rxDropped: s.rx.dropped,
    txPackets: s.tx.packets,
    txBytes: s.tx.bytes,
    txDropped: s.tx.dropped,
  };
}

/** argv prefixed to run a command inside a namespace. */
export function inNetns(ns: string, argv: string[]): [string, string[]] {
  return ['ip', ['netns', 'exec', ns, ...argv]];
}

/** A veth pair whose ends have IPv4 addresses, so real tools can talk across it. */
export interface AddressedVethPair extends VethPair {
  /** IPv4 address of the sending (client) end and of the receiving (server) end. */
  txAddr: string;
  rxAddr: string;
}

/**
 * createVethPair() plus an IPv4 address on each end (same /prefix subnet) and the loopback
 * interface up in both namespaces, for tests that run real clients and servers across the
 * pair. IPv6 stays disabled; the kernel's own traffic on the pair is then ARP only. On any
 * failure what was made is deleted again.
 */
export function createAddressedVethPair(tag: string, txAddr: string, rxAddr: string, prefixLen = 24): AddressedVethPair {
  const pair = createVethPair(tag);
  try {
    run('ip', ['-n', pair.txNs, 'addr', 'add', `${txAddr}/${prefixLen}`, 'dev', pair.txIf]);
    run('ip', ['-n', pair.rxNs, 'addr', 'add', `${rxAddr}/${prefixLen}`, 'dev', pair.rxIf]);
    run('ip', ['-n', pair.txNs, 'link', 'set', 'lo', 'up']);
    run('ip', ['-n', pair.rxNs, 'link', 'set', 'lo', 'up']);
  } catch (e) {
    destroyVethPair(pair);
    throw new Error(`addressing the veth pair failed: ${firstLine(e)}`);
  }
  return { ...pair, txAddr, rxAddr };
}
