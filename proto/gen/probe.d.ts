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

            /** FlowBatch recordCount. */
            recordCount: number;

            /** FlowBatch epoch. */
            epoch: (number|Long);

            /** FlowBatch seq. */
            seq: (number|Long);

            /** FlowBatch historical. */
            historical: boolean;

            /** FlowBatch publishedMs. */
            publishedMs: (number|Long);

            /** FlowBatch droppedRecords. */
            droppedRecords: (number|Long);

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

                /** FlowBatch recordCount */
                recordCount?: (number|null);

                /** FlowBatch epoch */
                epoch?: (number|Long|null);

                /** FlowBatch seq */
                seq?: (number|Long|null);

                /** FlowBatch historical */
                historical?: (boolean|null);

                /** FlowBatch publishedMs */
                publishedMs?: (number|Long|null);

                /** FlowBatch droppedRecords */
                droppedRecords?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a FlowBatch. */
            type $Shape = probe.v1.FlowBatch.$Properties;
        }

        /** Stream enum. */
        enum Stream {

            /** STREAM_UNSPECIFIED value */
            STREAM_UNSPECIFIED = 0,

            /** STREAM_FLOWS value */
            STREAM_FLOWS = 1,

            /** STREAM_DETECTIONS value */
            STREAM_DETECTIONS = 2
        }

        /**
         * Properties of a Detection.
         * @deprecated Use probe.v1.Detection.$Properties instead.
         */
        interface IDetection extends probe.v1.Detection.$Properties {
        }

        /** Represents a Detection. */
        class Detection {

            /**
             * Constructs a new Detection.
             * @param [properties] Properties to set
             */
            constructor(properties?: probe.v1.Detection.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Detection detectionId. */
            detectionId: (number|Long);

            /** Detection timeMs. */
            timeMs: (number|Long);

            /** Detection kind. */
            kind: string;

            /**
             * Creates a new Detection instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Detection instance
             */
            static create(properties: probe.v1.Detection.$Shape): probe.v1.Detection & probe.v1.Detection.$Shape;
            static create(properties?: probe.v1.Detection.$Properties): probe.v1.Detection;

            /**
             * Encodes the specified Detection message. Does not implicitly {@link probe.v1.Detection.verify|verify} messages.
             * @param message Detection message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: probe.v1.Detection.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Detection message, length delimited. Does not implicitly {@link probe.v1.Detection.verify|verify} messages.
             * @param message Detection message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: probe.v1.Detection.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Detection message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {probe.v1.Detection & probe.v1.Detection.$Shape} Detection
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): probe.v1.Detection & probe.v1.Detection.$Shape;

            /**
             * Decodes a Detection message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {probe.v1.Detection & probe.v1.Detection.$Shape} Detection
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): probe.v1.Detection & probe.v1.Detection.$Shape;

            /**
             * Gets the type url for Detection
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Detection {

            /** Properties of a Detection. */
            interface $Properties {

                /** Detection detectionId */
                detectionId?: (number|Long|null);

                /** Detection timeMs */
                timeMs?: (number|Long|null);

                /** Detection kind */
                kind?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Detection. */
            type $Shape = probe.v1.Detection.$Properties;
        }

        /**
         * Properties of a DetectionBatch.
         * @deprecated Use probe.v1.DetectionBatch.$Properties instead.
         */
        interface IDetectionBatch extends probe.v1.DetectionBatch.$Properties {
        }

        /** Represents a DetectionBatch. */
        class DetectionBatch {

            /**
             * Constructs a new DetectionBatch.
             * @param [properties] Properties to set
             */
            constructor(properties?: probe.v1.DetectionBatch.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DetectionBatch detections. */
            detections: probe.v1.Detection.$Properties[];

            /** DetectionBatch recordCount. */
            recordCount: number;

            /** DetectionBatch epoch. */
            epoch: (number|Long);

            /** DetectionBatch seq. */
            seq: (number|Long);

            /** DetectionBatch historical. */
            historical: boolean;

            /** DetectionBatch publishedMs. */
            publishedMs: (number|Long);

            /** DetectionBatch droppedRecords. */
            droppedRecords: (number|Long);

            /**
             * Creates a new DetectionBatch instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DetectionBatch instance
             */
            static create(properties: probe.v1.DetectionBatch.$Shape): probe.v1.DetectionBatch & probe.v1.DetectionBatch.$Shape;
            static create(properties?: probe.v1.DetectionBatch.$Properties): probe.v1.DetectionBatch;

            /**
             * Encodes the specified DetectionBatch message. Does not implicitly {@link probe.v1.DetectionBatch.verify|verify} messages.
             * @param message DetectionBatch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: probe.v1.DetectionBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified DetectionBatch message, length delimited. Does not implicitly {@link probe.v1.DetectionBatch.verify|verify} messages.
             * @param message DetectionBatch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: probe.v1.DetectionBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DetectionBatch message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {probe.v1.DetectionBatch & probe.v1.DetectionBatch.$Shape} DetectionBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): probe.v1.DetectionBatch & probe.v1.DetectionBatch.$Shape;

            /**
             * Decodes a DetectionBatch message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {probe.v1.DetectionBatch & probe.v1.DetectionBatch.$Shape} DetectionBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): probe.v1.DetectionBatch & probe.v1.DetectionBatch.$Shape;

            /**
             * Gets the type url for DetectionBatch
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace DetectionBatch {

            /** Properties of a DetectionBatch. */
            interface $Properties {

                /** DetectionBatch detections */
                detections?: (probe.v1.Detection.$Properties[]|null);

                /** DetectionBatch recordCount */
                recordCount?: (number|null);

                /** DetectionBatch epoch */
                epoch?: (number|Long|null);

                /** DetectionBatch seq */
                seq?: (number|Long|null);

                /** DetectionBatch historical */
                historical?: (boolean|null);

                /** DetectionBatch publishedMs */
                publishedMs?: (number|Long|null);

                /** DetectionBatch droppedRecords */
                droppedRecords?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DetectionBatch. */
            type $Shape = probe.v1.DetectionBatch.$Properties;
        }

        /**
         * Properties of a StreamState.
         * @deprecated Use probe.v1.StreamState.$Properties instead.
         */
        interface IStreamState extends probe.v1.StreamState.$Properties {
        }

        /** Represents a StreamState. */
        class StreamState {

            /**
             * Constructs a new StreamState.
             * @param [properties] Properties to set
             */
            constructor(properties?: probe.v1.StreamState.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** StreamState stream. */
            stream: probe.v1.Stream;

            /** StreamState epoch. */
            epoch: (number|Long);

            /** StreamState lastSeq. */
            lastSeq: (number|Long);

            /** StreamState ackedSeq. */
            ackedSeq: (number|Long);

            /** StreamState droppedRecords. */
            droppedRecords: (number|Long);

            /**
             * Creates a new StreamState instance using the specified properties.
             * @param [properties] Properties to set
             * @returns StreamState instance
             */
            static create(properties: probe.v1.StreamState.$Shape): probe.v1.StreamState & probe.v1.StreamState.$Shape;
            static create(properties?: probe.v1.StreamState.$Properties): probe.v1.StreamState;

            /**
             * Encodes the specified StreamState message. Does not implicitly {@link probe.v1.StreamState.verify|verify} messages.
             * @param message StreamState message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: probe.v1.StreamState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified StreamState message, length delimited. Does not implicitly {@link probe.v1.StreamState.verify|verify} messages.
             * @param message StreamState message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: probe.v1.StreamState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a StreamState message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {probe.v1.StreamState & probe.v1.StreamState.$Shape} StreamState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): probe.v1.StreamState & probe.v1.StreamState.$Shape;

            /**
             * Decodes a StreamState message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {probe.v1.StreamState & probe.v1.StreamState.$Shape} StreamState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): probe.v1.StreamState & probe.v1.StreamState.$Shape;

            /**
             * Gets the type url for StreamState
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace StreamState {

            /** Properties of a StreamState. */
            interface $Properties {

                /** StreamState stream */
                stream?: (probe.v1.Stream|null);

                /** StreamState epoch */
                epoch?: (number|Long|null);

                /** StreamState lastSeq */
                lastSeq?: (number|Long|null);

                /** StreamState ackedSeq */
                ackedSeq?: (number|Long|null);

                /** StreamState droppedRecords */
                droppedRecords?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a StreamState. */
            type $Shape = probe.v1.StreamState.$Properties;
        }

        /**
         * Properties of a Birth.
         * @deprecated Use probe.v1.Birth.$Properties instead.
         */
        interface IBirth extends probe.v1.Birth.$Properties {
        }

        /** Represents a Birth. */
        class Birth {

            /**
             * Constructs a new Birth.
             * @param [properties] Properties to set
             */
            constructor(properties?: probe.v1.Birth.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Birth probeId. */
            probeId: string;

            /** Birth bdSeq. */
            bdSeq: (number|Long);

            /** Birth agentVersion. */
            agentVersion: string;

            /** Birth startedMs. */
            startedMs: (number|Long);

            /** Birth timeMs. */
            timeMs: (number|Long);

            /** Birth capabilities. */
            capabilities: string[];

            /** Birth streams. */
            streams: probe.v1.StreamState.$Properties[];

            /** Birth flowsLostUnclean. */
            flowsLostUnclean: (number|Long);

            /**
             * Creates a new Birth instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Birth instance
             */
            static create(properties: probe.v1.Birth.$Shape): probe.v1.Birth & probe.v1.Birth.$Shape;
            static create(properties?: probe.v1.Birth.$Properties): probe.v1.Birth;

            /**
             * Encodes the specified Birth message. Does not implicitly {@link probe.v1.Birth.verify|verify} messages.
             * @param message Birth message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: probe.v1.Birth.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Birth message, length delimited. Does not implicitly {@link probe.v1.Birth.verify|verify} messages.
             * @param message Birth message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: probe.v1.Birth.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Birth message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {probe.v1.Birth & probe.v1.Birth.$Shape} Birth
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): probe.v1.Birth & probe.v1.Birth.$Shape;

            /**
             * Decodes a Birth message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {probe.v1.Birth & probe.v1.Birth.$Shape} Birth
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): probe.v1.Birth & probe.v1.Birth.$Shape;

            /**
             * Gets the type url for Birth
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Birth {

            /** Properties of a Birth. */
            interface $Properties {

                /** Birth probeId */
                probeId?: (string|null);

                /** Birth bdSeq */
                bdSeq?: (number|Long|null);

                /** Birth agentVersion */
                agentVersion?: (string|null);

                /** Birth startedMs */
                startedMs?: (number|Long|null);

                /** Birth timeMs */
                timeMs?: (number|Long|null);

                /** Birth capabilities */
                capabilities?: (string[]|null);

                /** Birth streams */
                streams?: (probe.v1.StreamState.$Properties[]|null);

                /** Birth flowsLostUnclean */
                flowsLostUnclean?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Birth. */
            type $Shape = probe.v1.Birth.$Properties;
        }

        /**
         * Properties of a Death.
         * @deprecated Use probe.v1.Death.$Properties instead.
         */
        interface IDeath extends probe.v1.Death.$Properties {
        }

        /** Represents a Death. */
        class Death {

            /**
             * Constructs a new Death.
             * @param [properties] Properties to set
             */
            constructor(properties?: probe.v1.Death.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Death probeId. */
            probeId: string;

            /** Death bdSeq. */
            bdSeq: (number|Long);

            /**
             * Creates a new Death instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Death instance
             */
            static create(properties: probe.v1.Death.$Shape): probe.v1.Death & probe.v1.Death.$Shape;
            static create(properties?: probe.v1.Death.$Properties): probe.v1.Death;

            /**
             * Encodes the specified Death message. Does not implicitly {@link probe.v1.Death.verify|verify} messages.
             * @param message Death message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: probe.v1.Death.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Death message, length delimited. Does not implicitly {@link probe.v1.Death.verify|verify} messages.
             * @param message Death message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: probe.v1.Death.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Death message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {probe.v1.Death & probe.v1.Death.$Shape} Death
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): probe.v1.Death & probe.v1.Death.$Shape;

            /**
             * Decodes a Death message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {probe.v1.Death & probe.v1.Death.$Shape} Death
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): probe.v1.Death & probe.v1.Death.$Shape;

            /**
             * Gets the type url for Death
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Death {

            /** Properties of a Death. */
            interface $Properties {

                /** Death probeId */
                probeId?: (string|null);

                /** Death bdSeq */
                bdSeq?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Death. */
            type $Shape = probe.v1.Death.$Properties;
        }

        /**
         * Properties of a Status.
         * @deprecated Use probe.v1.Status.$Properties instead.
         */
        interface IStatus extends probe.v1.Status.$Properties {
        }

        /** Represents a Status. */
        class Status {

            /**
             * Constructs a new Status.
             * @param [properties] Properties to set
             */
            constructor(properties?: probe.v1.Status.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Status probeId. */
            probeId: string;

            /** Status timeMs. */
            timeMs: (number|Long);

            /** Status uptimeMs. */
            uptimeMs: (number|Long);

            /** Status packets. */
            packets: (number|Long);

            /** Status kernelDrops. */
            kernelDrops: (number|Long);

            /** Status ringDrops. */
            ringDrops: (number|Long);

            /** Status malformed. */
            malformed: (number|Long);

            /** Status activeFlows. */
            activeFlows: (number|Long);

            /** Status flowRecords. */
            flowRecords: (number|Long);

            /** Status connected. */
            connected: boolean;

            /** Status broker. */
            broker: string;

            /** Status lastAckMs. */
            lastAckMs: (number|Long);

            /** Status spoolBytes. */
            spoolBytes: (number|Long);

            /** Status spoolQuotaBytes. */
            spoolQuotaBytes: (number|Long);

            /** Status unackedRecords. */
            unackedRecords: (number|Long);

            /** Status oldestUnackedAgeMs. */
            oldestUnackedAgeMs: (number|Long);

            /** Status streams. */
            streams: probe.v1.StreamState.$Properties[];

            /** Status bdSeq. */
            bdSeq: (number|Long);

            /**
             * Creates a new Status instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Status instance
             */
            static create(properties: probe.v1.Status.$Shape): probe.v1.Status & probe.v1.Status.$Shape;
            static create(properties?: probe.v1.Status.$Properties): probe.v1.Status;

            /**
             * Encodes the specified Status message. Does not implicitly {@link probe.v1.Status.verify|verify} messages.
             * @param message Status message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: probe.v1.Status.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Status message, length delimited. Does not implicitly {@link probe.v1.Status.verify|verify} messages.
             * @param message Status message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: probe.v1.Status.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Status message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {probe.v1.Status & probe.v1.Status.$Shape} Status
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): probe.v1.Status & probe.v1.Status.$Shape;

            /**
             * Decodes a Status message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {probe.v1.Status & probe.v1.Status.$Shape} Status
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): probe.v1.Status & probe.v1.Status.$Shape;

            /**
             * Gets the type url for Status
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Status {

            /** Properties of a Status. */
            interface $Properties {

                /** Status probeId */
                probeId?: (string|null);

                /** Status timeMs */
                timeMs?: (number|Long|null);

                /** Status uptimeMs */
                uptimeMs?: (number|Long|null);

                /** Status packets */
                packets?: (number|Long|null);

                /** Status kernelDrops */
                kernelDrops?: (number|Long|null);

                /** Status ringDrops */
                ringDrops?: (number|Long|null);

                /** Status malformed */
                malformed?: (number|Long|null);

                /** Status activeFlows */
                activeFlows?: (number|Long|null);

                /** Status flowRecords */
                flowRecords?: (number|Long|null);

                /** Status connected */
                connected?: (boolean|null);

                /** Status broker */
                broker?: (string|null);

                /** Status lastAckMs */
                lastAckMs?: (number|Long|null);

                /** Status spoolBytes */
                spoolBytes?: (number|Long|null);

                /** Status spoolQuotaBytes */
                spoolQuotaBytes?: (number|Long|null);

                /** Status unackedRecords */
                unackedRecords?: (number|Long|null);

                /** Status oldestUnackedAgeMs */
                oldestUnackedAgeMs?: (number|Long|null);

                /** Status streams */
                streams?: (probe.v1.StreamState.$Properties[]|null);

                /** Status bdSeq */
                bdSeq?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Status. */
            type $Shape = probe.v1.Status.$Properties;
        }

        /**
         * Properties of a SeqRange.
         * @deprecated Use probe.v1.SeqRange.$Properties instead.
         */
        interface ISeqRange extends probe.v1.SeqRange.$Properties {
        }

        /** Represents a SeqRange. */
        class SeqRange {

            /**
             * Constructs a new SeqRange.
             * @param [properties] Properties to set
             */
            constructor(properties?: probe.v1.SeqRange.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SeqRange first. */
            first: (number|Long);

            /** SeqRange last. */
            last: (number|Long);

            /**
             * Creates a new SeqRange instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SeqRange instance
             */
            static create(properties: probe.v1.SeqRange.$Shape): probe.v1.SeqRange & probe.v1.SeqRange.$Shape;
            static create(properties?: probe.v1.SeqRange.$Properties): probe.v1.SeqRange;

            /**
             * Encodes the specified SeqRange message. Does not implicitly {@link probe.v1.SeqRange.verify|verify} messages.
             * @param message SeqRange message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: probe.v1.SeqRange.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SeqRange message, length delimited. Does not implicitly {@link probe.v1.SeqRange.verify|verify} messages.
             * @param message SeqRange message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: probe.v1.SeqRange.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SeqRange message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {probe.v1.SeqRange & probe.v1.SeqRange.$Shape} SeqRange
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): probe.v1.SeqRange & probe.v1.SeqRange.$Shape;

            /**
             * Decodes a SeqRange message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {probe.v1.SeqRange & probe.v1.SeqRange.$Shape} SeqRange
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): probe.v1.SeqRange & probe.v1.SeqRange.$Shape;

            /**
             * Gets the type url for SeqRange
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SeqRange {

            /** Properties of a SeqRange. */
            interface $Properties {

                /** SeqRange first */
                first?: (number|Long|null);

                /** SeqRange last */
                last?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SeqRange. */
            type $Shape = probe.v1.SeqRange.$Properties;
        }

        /**
         * Properties of an Ack.
         * @deprecated Use probe.v1.Ack.$Properties instead.
         */
        interface IAck extends probe.v1.Ack.$Properties {
        }

        /** Represents an Ack. */
        class Ack {

            /**
             * Constructs a new Ack.
             * @param [properties] Properties to set
             */
            constructor(properties?: probe.v1.Ack.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Ack stream. */
            stream: probe.v1.Stream;

            /** Ack epoch. */
            epoch: (number|Long);

            /** Ack ranges. */
            ranges: probe.v1.SeqRange.$Properties[];

            /** Ack collectorId. */
            collectorId: string;

            /** Ack timeMs. */
            timeMs: (number|Long);

            /**
             * Creates a new Ack instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Ack instance
             */
            static create(properties: probe.v1.Ack.$Shape): probe.v1.Ack & probe.v1.Ack.$Shape;
            static create(properties?: probe.v1.Ack.$Properties): probe.v1.Ack;

            /**
             * Encodes the specified Ack message. Does not implicitly {@link probe.v1.Ack.verify|verify} messages.
             * @param message Ack message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: probe.v1.Ack.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Ack message, length delimited. Does not implicitly {@link probe.v1.Ack.verify|verify} messages.
             * @param message Ack message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: probe.v1.Ack.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Ack message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {probe.v1.Ack & probe.v1.Ack.$Shape} Ack
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): probe.v1.Ack & probe.v1.Ack.$Shape;

            /**
             * Decodes an Ack message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {probe.v1.Ack & probe.v1.Ack.$Shape} Ack
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): probe.v1.Ack & probe.v1.Ack.$Shape;

            /**
             * Gets the type url for Ack
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Ack {

            /** Properties of an Ack. */
            interface $Properties {

                /** Ack stream */
                stream?: (probe.v1.Stream|null);

                /** Ack epoch */
                epoch?: (number|Long|null);

                /** Ack ranges */
                ranges?: (probe.v1.SeqRange.$Properties[]|null);

                /** Ack collectorId */
                collectorId?: (string|null);

                /** Ack timeMs */
                timeMs?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Ack. */
            type $Shape = probe.v1.Ack.$Properties;
        }

        /**
         * Properties of a SignedEnvelope.
         * @deprecated Use probe.v1.SignedEnvelope.$Properties instead.
         */
        interface ISignedEnvelope extends probe.v1.SignedEnvelope.$Properties {
        }

        /** Represents a SignedEnvelope. */
        class SignedEnvelope {

            /**
             * Constructs a new SignedEnvelope.
             * @param [properties] Properties to set
             */
            constructor(properties?: probe.v1.SignedEnvelope.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SignedEnvelope body. */
            body: Uint8Array;

            /** SignedEnvelope keyId. */
            keyId: string;

            /** SignedEnvelope signature. */
            signature: Uint8Array;

            /**
             * Creates a new SignedEnvelope instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SignedEnvelope instance
             */
            static create(properties: probe.v1.SignedEnvelope.$Shape): probe.v1.SignedEnvelope & probe.v1.SignedEnvelope.$Shape;
            static create(properties?: probe.v1.SignedEnvelope.$Properties): probe.v1.SignedEnvelope;

            /**
             * Encodes the specified SignedEnvelope message. Does not implicitly {@link probe.v1.SignedEnvelope.verify|verify} messages.
             * @param message SignedEnvelope message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: probe.v1.SignedEnvelope.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SignedEnvelope message, length delimited. Does not implicitly {@link probe.v1.SignedEnvelope.verify|verify} messages.
             * @param message SignedEnvelope message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: probe.v1.SignedEnvelope.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SignedEnvelope message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {probe.v1.SignedEnvelope & probe.v1.SignedEnvelope.$Shape} SignedEnvelope
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): probe.v1.SignedEnvelope & probe.v1.SignedEnvelope.$Shape;

            /**
             * Decodes a SignedEnvelope message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {probe.v1.SignedEnvelope & probe.v1.SignedEnvelope.$Shape} SignedEnvelope
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): probe.v1.SignedEnvelope & probe.v1.SignedEnvelope.$Shape;

            /**
             * Gets the type url for SignedEnvelope
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SignedEnvelope {

            /** Properties of a SignedEnvelope. */
            interface $Properties {

                /** SignedEnvelope body */
                body?: (Uint8Array|null);

                /** SignedEnvelope keyId */
                keyId?: (string|null);

                /** SignedEnvelope signature */
                signature?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SignedEnvelope. */
            type $Shape = probe.v1.SignedEnvelope.$Properties;
        }

        /**
         * Properties of a SignedBody.
         * @deprecated Use probe.v1.SignedBody.$Properties instead.
         */
        interface ISignedBody extends probe.v1.SignedBody.$Properties {
        }

        /** Represents a SignedBody. */
        class SignedBody {

            /**
             * Constructs a new SignedBody.
             * @param [properties] Properties to set
             */
            constructor(properties?: probe.v1.SignedBody.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SignedBody type. */
            type: string;

            /** SignedBody target. */
            target: string;

            /** SignedBody version. */
            version: (number|Long);

            /** SignedBody issuedMs. */
            issuedMs: (number|Long);

            /** SignedBody expiresMs. */
            expiresMs: (number|Long);

            /** SignedBody payload. */
            payload: Uint8Array;

            /**
             * Creates a new SignedBody instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SignedBody instance
             */
            static create(properties: probe.v1.SignedBody.$Shape): probe.v1.SignedBody & probe.v1.SignedBody.$Shape;
            static create(properties?: probe.v1.SignedBody.$Properties): probe.v1.SignedBody;

            /**
             * Encodes the specified SignedBody message. Does not implicitly {@link probe.v1.SignedBody.verify|verify} messages.
             * @param message SignedBody message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: probe.v1.SignedBody.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SignedBody message, length delimited. Does not implicitly {@link probe.v1.SignedBody.verify|verify} messages.
             * @param message SignedBody message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: probe.v1.SignedBody.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SignedBody message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {probe.v1.SignedBody & probe.v1.SignedBody.$Shape} SignedBody
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): probe.v1.SignedBody & probe.v1.SignedBody.$Shape;

            /**
             * Decodes a SignedBody message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {probe.v1.SignedBody & probe.v1.SignedBody.$Shape} SignedBody
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): probe.v1.SignedBody & probe.v1.SignedBody.$Shape;

            /**
             * Gets the type url for SignedBody
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SignedBody {

            /** Properties of a SignedBody. */
            interface $Properties {

                /** SignedBody type */
                type?: (string|null);

                /** SignedBody target */
                target?: (string|null);

                /** SignedBody version */
                version?: (number|Long|null);

                /** SignedBody issuedMs */
                issuedMs?: (number|Long|null);

                /** SignedBody expiresMs */
                expiresMs?: (number|Long|null);

                /** SignedBody payload */
                payload?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SignedBody. */
            type $Shape = probe.v1.SignedBody.$Properties;
        }
    }
}
