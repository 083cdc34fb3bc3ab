// ICMP type/code as flow "ports", the mapping the Community ID v1 spec takes from Zeek:
// request/reply types map to (type, counterpart type), so a request and its reply fall into
// one bidirectional flow; every other type maps to (type, code) and is one-way.

// counterpart[type] + 1, 0 = none (so the tables can be plain zero-filled arrays)
const V4 = new Uint16Array(256);
const V6 = new Uint16Array(256);
for (const [a, b] of [[8, 0], [13, 14], [15, 16], [10, 9], [17, 18]]) {
  V4[a] = b + 1;
  V4[b] = a + 1;
}
// echo, MLD query/report, router solicit/advert, neighbour solicit/advert, node info, HA discovery
for (const [a, b] of [[128, 129], [130, 131], [133, 134], [135, 136], [139, 140], [144, 145]]) {
  V6[a] = b + 1;
  V6[b] = a + 1;
}

/** The counterpart type for a request/reply type, or -1 when the type is one-way. */
export function icmpCounterpart(protocol: number, type: number): number {
  const t = protocol === 58 ? V6 : V4;
  return t[type & 0xff] - 1;
}
