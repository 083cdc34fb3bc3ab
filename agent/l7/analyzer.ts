// The one shape every L7 analyzer has (DESIGN.md §5.1: no payload leaves a shard worker).
//
// An analyzer sees the transport payload of a flow's early packets, in place: a view
// (buf, off, len) into the shard ring, valid only during the call. It keeps no reference to
// those bytes; whatever it needs later it copies into its own bounded per-flow state (a
// handshake spread over TCP segments goes through a Reassembly, at most 16 KiB per flow).
// It produces only schema fields: a plain object shaped like its sub-message in the flow
// .proto, with nothing in it that the schema does not name.
//
// Adding a protocol is adding a file in agent/l7/ and one line in the registry.

/** What an analyzer may know about the flow besides the bytes. */
export interface FlowContext {
  /** IANA protocol number (6 TCP, 17 UDP, 132 SCTP). */
  protocol: number;
  /** Initiator and responder ports. */
  srcPort: number;
  dstPort: number;
  /** Packet time, microseconds since the Unix epoch. */
  tsUs: number;
  /** TCP sequence number of the segment's first payload byte (0 for other protocols). */
  tcpSeq: number;
}

/** 0: initiator → responder (client to server), 1: responder → initiator. */
export type Direction = 0 | 1;

export interface Analyzer<State, Fields> {
  /** Short lower-case name, also the application protocol label it confirms ("dns", "tls", …). */
  readonly name: string;
  /**
   * Could this flow carry our protocol? Called with the first payload of a flow (either
   * direction); cheap, no state. A port match alone is not enough where the bytes can tell.
   */
  detect(buf: Uint8Array, off: number, len: number, dir: Direction, ctx: FlowContext): boolean;
  /** Fresh per-flow state: bounded, allocated once per flow that detect() accepted. */
  create(): State;
  /**
   * One packet's payload in direction `dir`. Returns false once the analyzer needs no more
   * packets of this flow (it has what it wants, or gave up); the caller then stops feeding it.
   * Never throws on bad input: malformed data is counted in the state and parsing stops.
   */
  feed(state: State, buf: Uint8Array, off: number, len: number, dir: Direction, ctx: FlowContext): boolean;
  /** The schema fields so far; undefined when nothing was recognised. */
  fields(state: State): Fields | undefined;
  /** True when the bytes confirmed the protocol (as opposed to a guess from the port). */
  confirmed(state: State): boolean;
}

/** Bytes a flow may hold for reassembly, both directions together. */
export const REASSEMBLY_LIMIT_BYTES = 16 * 1024;
