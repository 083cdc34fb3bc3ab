import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace probe. */
export namespace probe {

    /** Namespace v1. */
    namespace v1 {

        /** EndReason enum. */
        enum EndReason {

            /** END_REASON_UNSPECIFIED value */
            END_REASON_UNSPECIFIED = 0,

            /** END_REASON_IDLE value */
            END_REASON_IDLE = 1,

            /** END_REASON_ACTIVE value */
            END_REASON_ACTIVE = 2,

            /** END_REASON_END_OF_FLOW value */
            END_REASON_END_OF_FLOW = 3,

            /** END_REASON_FORCED value */
            END_REASON_FORCED = 4,

            /** END_REASON_LACK_OF_RESOURCES value */
            END_REASON_LACK_OF_RESOURCES = 5
        }

        /**
         * Properties of a DirectionCounters.
         * @deprecated Use probe.v1.DirectionCounters.$Properties instead.
         */
        interface IDirectionCounters extends probe.v1.DirectionCounters.$Properties {
        }

        /** Represents a DirectionCounters. */
        class DirectionCounters {

            /**
             * Constructs a new DirectionCounters.
             * @param [properties] Properties to set
             */
            constructor(properties?: probe.v1.DirectionCounters.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DirectionCounters packets. */
            packets: (number|Long);

            /** DirectionCounters frameBytes. */
            frameBytes: (number|Long);

            /** DirectionCounters ipBytes. */
            ipBytes: (number|Long);

            /** DirectionCounters payloadBytes. */
            payloadBytes: (number|Long);

            /** DirectionCounters tcpFlags. */
            tcpFlags: number;

            /** DirectionCounters ttlMin. */
            ttlMin: number;

            /** DirectionCounters ttlMax. */
            ttlMax: number;

            /** DirectionCounters retransmissions. */
            retransmissions: (number|Long);

            /** DirectionCounters fragments. */
            fragments: (number|Long);

            /**
             * Creates a new DirectionCounters instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DirectionCounters instance
             */
            static create(properties: probe.v1.DirectionCounters.$Shape): probe.v1.DirectionCounters & probe.v1.DirectionCounters.$Shape;
            static create(properties?: probe.v1.DirectionCounters.$Properties): probe.v1.DirectionCounters;

            /**
             * Encodes the specified DirectionCounters message. Does not implicitly {@link probe.v1.DirectionCounters.verify|verify} messages.
             * @param message DirectionCounters message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: probe.v1.DirectionCounters.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified DirectionCounters message, length delimited. Does not implicitly {@link probe.v1.DirectionCounters.verify|verify} messages.
             * @param message DirectionCounters message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: probe.v1.DirectionCounters.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DirectionCounters message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {probe.v1.DirectionCounters & probe.v1.DirectionCounters.$Shape} DirectionCounters
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): probe.v1.DirectionCounters & probe.v1.DirectionCounters.$Shape;

            /**
             * Decodes a DirectionCounters message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {probe.v1.DirectionCounters & probe.v1.DirectionCounters.$Shape} DirectionCounters
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): probe.v1.DirectionCounters & probe.v1.DirectionCounters.$Shape;

            /**
             * Gets the type url for DirectionCounters
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace DirectionCounters {

            /** Properties of a DirectionCounters. */
            interface $Properties {

                /** DirectionCounters packets */
                packets?: (number|Long|null);

                /** DirectionCounters frameBytes */
                frameBytes?: (number|Long|null);

                /** DirectionCounters ipBytes */
                ipBytes?: (number|Long|null);

                /** DirectionCounters payloadBytes */
                payloadBytes?: (number|Long|null);

                /** DirectionCounters tcpFlags */
                tcpFlags?: (number|null);

                /** DirectionCounters ttlMin */
                ttlMin?: (number|null);

                /** DirectionCounters ttlMax */
                ttlMax?: (number|null);

                /** DirectionCounters retransmissions */
                retransmissions?: (number|Long|null);

                /** DirectionCounters fragments */
                fragments?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DirectionCounters. */
            type $Shape = probe.v1.DirectionCounters.$Properties;
        }

        /**
         * Properties of a FlowRecord.
         * @deprecated Use probe.v1.FlowRecord.$Properties instead.
         */
        interface IFlowRecord extends probe.v1.FlowRecord.$Properties {
        }

        /** Represents a FlowRecord. */
        class FlowRecord {

            /**
             * Constructs a new FlowRecord.
             * @param [properties] Properties to set
             */
            constructor(properties?: probe.v1.FlowRecord.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** FlowRecord flowId. */
            flowId: (number|Long);

            /** FlowRecord startMs. */
            startMs: (number|Long);

            /** FlowRecord endMs. */
            endMs: (number|Long);

            /** FlowRecord endReason. */
            endReason: probe.v1.EndReason;

            /** FlowRecord ipVersion. */
            ipVersion: number;

            /** FlowRecord protocol. */
            protocol: number;

            /** FlowRecord srcAddr. */
            srcAddr: Uint8Array;

            /** FlowRecord dstAddr. */
            dstAddr: Uint8Array;

            /** FlowRecord srcPort. */
            srcPort: number;

            /** FlowRecord dstPort. */
            dstPort: number;

            /** FlowRecord vlanId. */
            vlanId: number;

            /** FlowRecord innerVlanId. */
            innerVlanId: number;

            /** FlowRecord communityId. */
            communityId: string;

            /** FlowRecord fwd. */
            fwd?: (probe.v1.DirectionCounters.$Properties|null);

            /** FlowRecord rev. */
            rev?: (probe.v1.DirectionCounters.$Properties|null);

            /** FlowRecord srcMac. */
            srcMac: Uint8Array;

            /** FlowRecord dstMac. */
            dstMac: Uint8Array;

            /** FlowRecord part. */
            part: number;

            /** FlowRecord startUs. */
            startUs: (number|Long);

            /** FlowRecord durationUs. */
            durationUs: (number|Long);

            /** FlowRecord tcpRttResponderUs. */
            tcpRttResponderUs: number;

            /** FlowRecord tcpRttInitiatorUs. */
            tcpRttInitiatorUs: number;

            /** FlowRecord icmpType. */
            icmpType: number;

            /** FlowRecord icmpCode. */
            icmpCode: number;

            /**
             * Creates a new FlowRecord instance using the specified properties.
             * @param [properties] Properties to set
             * @returns FlowRecord instance
             */
            static create(properties: probe.v1.FlowRecord.$Shape): probe.v1.FlowRecord & probe.v1.FlowRecord.$Shape;
            static create(properties?: probe.v1.FlowRecord.$Properties): probe.v1.FlowRecord;

            /**
             * Encodes the specified FlowRecord message. Does not implicitly {@link probe.v1.FlowRecord.verify|verify} messages.
             * @param message FlowRecord message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: probe.v1.FlowRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified FlowRecord message, length delimited. Does not implicitly {@link probe.v1.FlowRecord.verify|verify} messages.
             * @param message FlowRecord message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: probe.v1.FlowRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a FlowRecord message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {probe.v1.FlowRecord & probe.v1.FlowRecord.$Shape} FlowRecord
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): probe.v1.FlowRecord & probe.v1.FlowRecord.$Shape;

            /**
             * Decodes a FlowRecord message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {probe.v1.FlowRecord & probe.v1.FlowRecord.$Shape} FlowRecord
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): probe.v1.FlowRecord & probe.v1.FlowRecord.$Shape;

            /**
             * Gets the type url for FlowRecord
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace FlowRecord {

            /** Properties of a FlowRecord. */
            interface $Properties {

                /** FlowRecord flowId */
                flowId?: (number|Long|null);

                /** FlowRecord startMs */
                startMs?: (number|Long|null);

                /** FlowRecord endMs */
                endMs?: (number|Long|null);

                /** FlowRecord endReason */
                endReason?: (probe.v1.EndReason|null);

                /** FlowRecord ipVersion */
                ipVersion?: (number|null);

                /** FlowRecord protocol */
                protocol?: (number|null);

                /** FlowRecord srcAddr */
                srcAddr?: (Uint8Array|null);

                /** FlowRecord dstAddr */
                dstAddr?: (Uint8Array|null);

                /** FlowRecord srcPort */
                srcPort?: (number|null);

                /** FlowRecord dstPort */
                dstPort?: (number|null);

                /** FlowRecord vlanId */
                vlanId?: (number|null);

                /** FlowRecord innerVlanId */
                innerVlanId?: (number|null);

                /** FlowRecord communityId */
                communityId?: (string|null);

                /** FlowRecord fwd */
                fwd?: (probe.v1.DirectionCounters.$Properties|null);

                /** FlowRecord rev */
                rev?: (probe.v1.DirectionCounters.$Properties|null);

                /** FlowRecord srcMac */
                srcMac?: (Uint8Array|null);

                /** FlowRecord dstMac */
                dstMac?: (Uint8Array|null);

                /** FlowRecord part */
                part?: (number|null);

                /** FlowRecord startUs */
                startUs?: (number|Long|null);

                /** FlowRecord durationUs */
                durationUs?: (number|Long|null);

                /** FlowRecord tcpRttResponderUs */
                tcpRttResponderUs?: (number|null);

                /** FlowRecord tcpRttInitiatorUs */
                tcpRttInitiatorUs?: (number|null);

                /** FlowRecord icmpType */
                icmpType?: (number|null);

                /** FlowRecord icmpCode */
                icmpCode?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a FlowRecord. */
            type $Shape = probe.v1.FlowRecord.$Properties;
        }

        /**
         * Properties of a FlowBatch.
         * @deprecated Use probe.v1.FlowBatch.$Properties instead.
         */
        interface IFlowBatch extends probe.v1.FlowBatch.$Properties {
        }

        /** Represents a FlowBatch. */
        class FlowBatch {

            /**
             * Constructs a new FlowBatch.
             * @param [properties] Properties to set
             */
            constructor(properties?: probe.v1.FlowBatch.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** FlowBatch flows. */
            flows: probe.v1.FlowRecord.$Properties[];

            /**
             * Creates a new FlowBatch instance using the specified properties.
             * @param [properties] Properties to set
             * @returns FlowBatch instance
             */
            static create(properties: probe.v1.FlowBatch.$Shape): probe.v1.FlowBatch & probe.v1.FlowBatch.$Shape;
            static create(properties?: probe.v1.FlowBatch.$Properties): probe.v1.FlowBatch;

            /**
             * Encodes the specified FlowBatch message. Does not implicitly {@link probe.v1.FlowBatch.verify|verify} messages.
             * @param message FlowBatch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: probe.v1.FlowBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified FlowBatch message, length delimited. Does not implicitly {@link probe.v1.FlowBatch.verify|verify} messages.
             * @param message FlowBatch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: probe.v1.FlowBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a FlowBatch message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {probe.v1.FlowBatch & probe.v1.FlowBatch.$Shape} FlowBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): probe.v1.FlowBatch & probe.v1.FlowBatch.$Shape;

            /**
             * Decodes a FlowBatch message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {probe.v1.FlowBatch & probe.v1.FlowBatch.$Shape} FlowBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): probe.v1.FlowBatch & probe.v1.FlowBatch.$Shape;

            /**
             * Gets the type url for FlowBatch
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace FlowBatch {

            /** Properties of a FlowBatch. */
            interface $Properties {

                /** FlowBatch flows */
                flows?: (probe.v1.FlowRecord.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a FlowBatch. */
            type $Shape = probe.v1.FlowBatch.$Properties;
        }
    }
}
