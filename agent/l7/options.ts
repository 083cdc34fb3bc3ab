// What the rest of the agent needs to know about the application layer without loading it:
// its settings and two limits. The engine and its analyzers (parsers, crypto, their field writers)
// load only in the shard workers, and only when the layer is on.

import type { NameCache } from './name-cache.js';

/** Which optional fields leave the probe (config `l7.privacy`). */
export interface PrivacyPolicy {
  /** The query string of HTTP request targets (off: it often carries tokens and personal data). */
  httpQueryString: boolean;
  httpUserAgent: boolean;
  /** DNS answer data (the answer count stays). */
  dnsAnswers: boolean;
  /** DHCP host name, client FQDN, vendor class and client MAC: they name a person's device. */
  dhcpClientIdentity: boolean;
  /** The server certificate of TLS ≤ 1.2. */
  tlsCertificate: boolean;
  /** server_name from the probe's DNS name cache. */
  serverName: boolean;
}

export const PRIVACY_DEFAULTS: PrivacyPolicy = {
  httpQueryString: false,
  httpUserAgent: true,
  dnsAnswers: true,
  dhcpClientIdentity: true,
  tlsCertificate: true,
  serverName: true,
};

export interface L7Options {
  /** Flows of one shard with analyzer state at once; more are left unanalysed and counted. */
  maxFlows: number;
  privacy: PrivacyPolicy;
  /** The probe's DNS name cache (shared by all shards); null: none. */
  names: NameCache | null;
}

export const L7_DEFAULTS = { maxFlows: 65_536, nameCacheEntries: 65_536 } as const;

/** A flow's packets go to the engine while the stage byte in its slot (B_L7) is below this. */
export const L7_WANTS_PACKETS = 0x41;

/** Room a record's application-layer fields may take at most (the encoder reserves it). */
export const L7_MAX_BYTES = 1 << 18;
