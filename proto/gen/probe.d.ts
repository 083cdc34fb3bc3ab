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

            /** FlowRecord appProtocol. */
            appProtocol: string;

            /** FlowRecord appProtocolGuessed. */
            appProtocolGuessed: boolean;

            /** FlowRecord serverName. */
            serverName: string;

            /** FlowRecord dns. */
            dns?: (probe.v1.DnsInfo.$Properties|null);

            /** FlowRecord http. */
            http?: (probe.v1.HttpInfo.$Properties|null);

            /** FlowRecord tls. */
            tls?: (probe.v1.TlsInfo.$Properties|null);

            /** FlowRecord quic. */
            quic?: (probe.v1.QuicInfo.$Properties|null);

            /** FlowRecord ssh. */
            ssh?: (probe.v1.SshInfo.$Properties|null);

            /** FlowRecord dhcp. */
            dhcp?: (probe.v1.DhcpInfo.$Properties|null);

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

                /** FlowRecord appProtocol */
                appProtocol?: (string|null);

                /** FlowRecord appProtocolGuessed */
                appProtocolGuessed?: (boolean|null);

                /** FlowRecord serverName */
                serverName?: (string|null);

                /** FlowRecord dns */
                dns?: (probe.v1.DnsInfo.$Properties|null);

                /** FlowRecord http */
                http?: (probe.v1.HttpInfo.$Properties|null);

                /** FlowRecord tls */
                tls?: (probe.v1.TlsInfo.$Properties|null);

                /** FlowRecord quic */
                quic?: (probe.v1.QuicInfo.$Properties|null);

                /** FlowRecord ssh */
                ssh?: (probe.v1.SshInfo.$Properties|null);

                /** FlowRecord dhcp */
                dhcp?: (probe.v1.DhcpInfo.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a FlowRecord. */
            type $Shape = probe.v1.FlowRecord.$Properties;
        }

        /**
         * Properties of a DnsAnswer.
         * @deprecated Use probe.v1.DnsAnswer.$Properties instead.
         */
        interface IDnsAnswer extends probe.v1.DnsAnswer.$Properties {
        }

        /** Represents a DnsAnswer. */
        class DnsAnswer {

            /**
             * Constructs a new DnsAnswer.
             * @param [properties] Properties to set
             */
            constructor(properties?: probe.v1.DnsAnswer.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DnsAnswer type. */
            type: number;

            /** DnsAnswer ttl. */
            ttl: number;

            /** DnsAnswer data. */
            data: string;

            /**
             * Creates a new DnsAnswer instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DnsAnswer instance
             */
            static create(properties: probe.v1.DnsAnswer.$Shape): probe.v1.DnsAnswer & probe.v1.DnsAnswer.$Shape;
            static create(properties?: probe.v1.DnsAnswer.$Properties): probe.v1.DnsAnswer;

            /**
             * Encodes the specified DnsAnswer message. Does not implicitly {@link probe.v1.DnsAnswer.verify|verify} messages.
             * @param message DnsAnswer message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: probe.v1.DnsAnswer.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified DnsAnswer message, length delimited. Does not implicitly {@link probe.v1.DnsAnswer.verify|verify} messages.
             * @param message DnsAnswer message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: probe.v1.DnsAnswer.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DnsAnswer message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {probe.v1.DnsAnswer & probe.v1.DnsAnswer.$Shape} DnsAnswer
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): probe.v1.DnsAnswer & probe.v1.DnsAnswer.$Shape;

            /**
             * Decodes a DnsAnswer message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {probe.v1.DnsAnswer & probe.v1.DnsAnswer.$Shape} DnsAnswer
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): probe.v1.DnsAnswer & probe.v1.DnsAnswer.$Shape;

            /**
             * Gets the type url for DnsAnswer
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace DnsAnswer {

            /** Properties of a DnsAnswer. */
            interface $Properties {

                /** DnsAnswer type */
                type?: (number|null);

                /** DnsAnswer ttl */
                ttl?: (number|null);

                /** DnsAnswer data */
                data?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DnsAnswer. */
            type $Shape = probe.v1.DnsAnswer.$Properties;
        }

        /**
         * Properties of a DnsTransaction.
         * @deprecated Use probe.v1.DnsTransaction.$Properties instead.
         */
        interface IDnsTransaction extends probe.v1.DnsTransaction.$Properties {
        }

        /** Represents a DnsTransaction. */
        class DnsTransaction {

            /**
             * Constructs a new DnsTransaction.
             * @param [properties] Properties to set
             */
            constructor(properties?: probe.v1.DnsTransaction.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DnsTransaction id. */
            id: number;

            /** DnsTransaction query. */
            query: string;

            /** DnsTransaction qtype. */
            qtype: number;

            /** DnsTransaction qclass. */
            qclass: number;

            /** DnsTransaction opcode. */
            opcode: number;

            /** DnsTransaction querySeen. */
            querySeen: boolean;

            /** DnsTransaction responseSeen. */
            responseSeen: boolean;

            /** DnsTransaction rcode. */
            rcode: number;

            /** DnsTransaction authoritative. */
            authoritative: boolean;

            /** DnsTransaction truncated. */
            truncated: boolean;

            /** DnsTransaction recursionDesired. */
            recursionDesired: boolean;

            /** DnsTransaction recursionAvailable. */
            recursionAvailable: boolean;

            /** DnsTransaction authenticData. */
            authenticData: boolean;

            /** DnsTransaction checkingDisabled. */
            checkingDisabled: boolean;

            /** DnsTransaction answerCount. */
            answerCount: number;

            /** DnsTransaction answers. */
            answers: probe.v1.DnsAnswer.$Properties[];

            /**
             * Creates a new DnsTransaction instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DnsTransaction instance
             */
            static create(properties: probe.v1.DnsTransaction.$Shape): probe.v1.DnsTransaction & probe.v1.DnsTransaction.$Shape;
            static create(properties?: probe.v1.DnsTransaction.$Properties): probe.v1.DnsTransaction;

            /**
             * Encodes the specified DnsTransaction message. Does not implicitly {@link probe.v1.DnsTransaction.verify|verify} messages.
             * @param message DnsTransaction message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: probe.v1.DnsTransaction.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified DnsTransaction message, length delimited. Does not implicitly {@link probe.v1.DnsTransaction.verify|verify} messages.
             * @param message DnsTransaction message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: probe.v1.DnsTransaction.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DnsTransaction message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {probe.v1.DnsTransaction & probe.v1.DnsTransaction.$Shape} DnsTransaction
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): probe.v1.DnsTransaction & probe.v1.DnsTransaction.$Shape;

            /**
             * Decodes a DnsTransaction message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {probe.v1.DnsTransaction & probe.v1.DnsTransaction.$Shape} DnsTransaction
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): probe.v1.DnsTransaction & probe.v1.DnsTransaction.$Shape;

            /**
             * Gets the type url for DnsTransaction
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace DnsTransaction {

            /** Properties of a DnsTransaction. */
            interface $Properties {

                /** DnsTransaction id */
                id?: (number|null);

                /** DnsTransaction query */
                query?: (string|null);

                /** DnsTransaction qtype */
                qtype?: (number|null);

                /** DnsTransaction qclass */
                qclass?: (number|null);

                /** DnsTransaction opcode */
                opcode?: (number|null);

                /** DnsTransaction querySeen */
                querySeen?: (boolean|null);

                /** DnsTransaction responseSeen */
                responseSeen?: (boolean|null);

                /** DnsTransaction rcode */
                rcode?: (number|null);

                /** DnsTransaction authoritative */
                authoritative?: (boolean|null);

                /** DnsTransaction truncated */
                truncated?: (boolean|null);

                /** DnsTransaction recursionDesired */
                recursionDesired?: (boolean|null);

                /** DnsTransaction recursionAvailable */
                recursionAvailable?: (boolean|null);

                /** DnsTransaction authenticData */
                authenticData?: (boolean|null);

                /** DnsTransaction checkingDisabled */
                checkingDisabled?: (boolean|null);

                /** DnsTransaction answerCount */
                answerCount?: (number|null);

                /** DnsTransaction answers */
                answers?: (probe.v1.DnsAnswer.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DnsTransaction. */
            type $Shape = probe.v1.DnsTransaction.$Properties;
        }

        /**
         * Properties of a DnsInfo.
         * @deprecated Use probe.v1.DnsInfo.$Properties instead.
         */
        interface IDnsInfo extends probe.v1.DnsInfo.$Properties {
        }

        /** Represents a DnsInfo. */
        class DnsInfo {

            /**
             * Constructs a new DnsInfo.
             * @param [properties] Properties to set
             */
            constructor(properties?: probe.v1.DnsInfo.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DnsInfo transactions. */
            transactions: probe.v1.DnsTransaction.$Properties[];

            /** DnsInfo transactionCount. */
            transactionCount: number;

            /** DnsInfo queryCount. */
            queryCount: number;

            /** DnsInfo responseCount. */
            responseCount: number;

            /** DnsInfo malformedCount. */
            malformedCount: number;

            /**
             * Creates a new DnsInfo instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DnsInfo instance
             */
            static create(properties: probe.v1.DnsInfo.$Shape): probe.v1.DnsInfo & probe.v1.DnsInfo.$Shape;
            static create(properties?: probe.v1.DnsInfo.$Properties): probe.v1.DnsInfo;

            /**
             * Encodes the specified DnsInfo message. Does not implicitly {@link probe.v1.DnsInfo.verify|verify} messages.
             * @param message DnsInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: probe.v1.DnsInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified DnsInfo message, length delimited. Does not implicitly {@link probe.v1.DnsInfo.verify|verify} messages.
             * @param message DnsInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: probe.v1.DnsInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DnsInfo message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {probe.v1.DnsInfo & probe.v1.DnsInfo.$Shape} DnsInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): probe.v1.DnsInfo & probe.v1.DnsInfo.$Shape;

            /**
             * Decodes a DnsInfo message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {probe.v1.DnsInfo & probe.v1.DnsInfo.$Shape} DnsInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): probe.v1.DnsInfo & probe.v1.DnsInfo.$Shape;

            /**
             * Gets the type url for DnsInfo
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace DnsInfo {

            /** Properties of a DnsInfo. */
            interface $Properties {

                /** DnsInfo transactions */
                transactions?: (probe.v1.DnsTransaction.$Properties[]|null);

                /** DnsInfo transactionCount */
                transactionCount?: (number|null);

                /** DnsInfo queryCount */
                queryCount?: (number|null);

                /** DnsInfo responseCount */
                responseCount?: (number|null);

                /** DnsInfo malformedCount */
                malformedCount?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DnsInfo. */
            type $Shape = probe.v1.DnsInfo.$Properties;
        }

        /**
         * Properties of a HttpInfo.
         * @deprecated Use probe.v1.HttpInfo.$Properties instead.
         */
        interface IHttpInfo extends probe.v1.HttpInfo.$Properties {
        }

        /** Represents a HttpInfo. */
        class HttpInfo {

            /**
             * Constructs a new HttpInfo.
             * @param [properties] Properties to set
             */
            constructor(properties?: probe.v1.HttpInfo.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** HttpInfo method. */
            method: string;

            /** HttpInfo host. */
            host: string;

            /** HttpInfo path. */
            path: string;

            /** HttpInfo version. */
            version: string;

            /** HttpInfo statusCode. */
            statusCode: number;

            /** HttpInfo userAgent. */
            userAgent: string;

            /** HttpInfo contentType. */
            contentType: string;

            /** HttpInfo server. */
            server: string;

            /** HttpInfo requestBodyBytes. */
            requestBodyBytes: (number|Long);

            /** HttpInfo responseBodyBytes. */
            responseBodyBytes: (number|Long);

            /** HttpInfo requestCount. */
            requestCount: number;

            /** HttpInfo responseCount. */
            responseCount: number;

            /** HttpInfo pipelinedCount. */
            pipelinedCount: number;

            /** HttpInfo malformedCount. */
            malformedCount: number;

            /** HttpInfo truncatedFields. */
            truncatedFields: number;

            /**
             * Creates a new HttpInfo instance using the specified properties.
             * @param [properties] Properties to set
             * @returns HttpInfo instance
             */
            static create(properties: probe.v1.HttpInfo.$Shape): probe.v1.HttpInfo & probe.v1.HttpInfo.$Shape;
            static create(properties?: probe.v1.HttpInfo.$Properties): probe.v1.HttpInfo;

            /**
             * Encodes the specified HttpInfo message. Does not implicitly {@link probe.v1.HttpInfo.verify|verify} messages.
             * @param message HttpInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: probe.v1.HttpInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified HttpInfo message, length delimited. Does not implicitly {@link probe.v1.HttpInfo.verify|verify} messages.
             * @param message HttpInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: probe.v1.HttpInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a HttpInfo message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {probe.v1.HttpInfo & probe.v1.HttpInfo.$Shape} HttpInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): probe.v1.HttpInfo & probe.v1.HttpInfo.$Shape;

            /**
             * Decodes a HttpInfo message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {probe.v1.HttpInfo & probe.v1.HttpInfo.$Shape} HttpInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): probe.v1.HttpInfo & probe.v1.HttpInfo.$Shape;

            /**
             * Gets the type url for HttpInfo
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace HttpInfo {

            /** Properties of a HttpInfo. */
            interface $Properties {

                /** HttpInfo method */
                method?: (string|null);

                /** HttpInfo host */
                host?: (string|null);

                /** HttpInfo path */
                path?: (string|null);

                /** HttpInfo version */
                version?: (string|null);

                /** HttpInfo statusCode */
                statusCode?: (number|null);

                /** HttpInfo userAgent */
                userAgent?: (string|null);

                /** HttpInfo contentType */
                contentType?: (string|null);

                /** HttpInfo server */
                server?: (string|null);

                /** HttpInfo requestBodyBytes */
                requestBodyBytes?: (number|Long|null);

                /** HttpInfo responseBodyBytes */
                responseBodyBytes?: (number|Long|null);

                /** HttpInfo requestCount */
                requestCount?: (number|null);

                /** HttpInfo responseCount */
                responseCount?: (number|null);

                /** HttpInfo pipelinedCount */
                pipelinedCount?: (number|null);

                /** HttpInfo malformedCount */
                malformedCount?: (number|null);

                /** HttpInfo truncatedFields */
                truncatedFields?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a HttpInfo. */
            type $Shape = probe.v1.HttpInfo.$Properties;
        }

        /**
         * Properties of a TlsCertificate.
         * @deprecated Use probe.v1.TlsCertificate.$Properties instead.
         */
        interface ITlsCertificate extends probe.v1.TlsCertificate.$Properties {
        }

        /** Represents a TlsCertificate. */
        class TlsCertificate {

            /**
             * Constructs a new TlsCertificate.
             * @param [properties] Properties to set
             */
            constructor(properties?: probe.v1.TlsCertificate.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TlsCertificate subject. */
            subject: string;

            /** TlsCertificate issuer. */
            issuer: string;

            /** TlsCertificate sanDns. */
            sanDns: string[];

            /** TlsCertificate sanIp. */
            sanIp: string[];

            /** TlsCertificate notBeforeMs. */
            notBeforeMs: (number|Long);

            /** TlsCertificate notAfterMs. */
            notAfterMs: (number|Long);

            /** TlsCertificate serial. */
            serial: string;

            /** TlsCertificate sha1. */
            sha1: string;

            /** TlsCertificate sha256. */
            sha256: string;

            /** TlsCertificate parsed. */
            parsed: boolean;

            /**
             * Creates a new TlsCertificate instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TlsCertificate instance
             */
            static create(properties: probe.v1.TlsCertificate.$Shape): probe.v1.TlsCertificate & probe.v1.TlsCertificate.$Shape;
            static create(properties?: probe.v1.TlsCertificate.$Properties): probe.v1.TlsCertificate;

            /**
             * Encodes the specified TlsCertificate message. Does not implicitly {@link probe.v1.TlsCertificate.verify|verify} messages.
             * @param message TlsCertificate message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: probe.v1.TlsCertificate.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified TlsCertificate message, length delimited. Does not implicitly {@link probe.v1.TlsCertificate.verify|verify} messages.
             * @param message TlsCertificate message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: probe.v1.TlsCertificate.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TlsCertificate message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {probe.v1.TlsCertificate & probe.v1.TlsCertificate.$Shape} TlsCertificate
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): probe.v1.TlsCertificate & probe.v1.TlsCertificate.$Shape;

            /**
             * Decodes a TlsCertificate message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {probe.v1.TlsCertificate & probe.v1.TlsCertificate.$Shape} TlsCertificate
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): probe.v1.TlsCertificate & probe.v1.TlsCertificate.$Shape;

            /**
             * Gets the type url for TlsCertificate
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace TlsCertificate {

            /** Properties of a TlsCertificate. */
            interface $Properties {

                /** TlsCertificate subject */
                subject?: (string|null);

                /** TlsCertificate issuer */
                issuer?: (string|null);

                /** TlsCertificate sanDns */
                sanDns?: (string[]|null);

                /** TlsCertificate sanIp */
                sanIp?: (string[]|null);

                /** TlsCertificate notBeforeMs */
                notBeforeMs?: (number|Long|null);

                /** TlsCertificate notAfterMs */
                notAfterMs?: (number|Long|null);

                /** TlsCertificate serial */
                serial?: (string|null);

                /** TlsCertificate sha1 */
                sha1?: (string|null);

                /** TlsCertificate sha256 */
                sha256?: (string|null);

                /** TlsCertificate parsed */
                parsed?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TlsCertificate. */
            type $Shape = probe.v1.TlsCertificate.$Properties;
        }

        /**
         * Properties of a TlsInfo.
         * @deprecated Use probe.v1.TlsInfo.$Properties instead.
         */
        interface ITlsInfo extends probe.v1.TlsInfo.$Properties {
        }

        /** Represents a TlsInfo. */
        class TlsInfo {

            /**
             * Constructs a new TlsInfo.
             * @param [properties] Properties to set
             */
            constructor(properties?: probe.v1.TlsInfo.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TlsInfo recordVersion. */
            recordVersion: number;

            /** TlsInfo clientVersion. */
            clientVersion: number;

            /** TlsInfo clientSupportedVersions. */
            clientSupportedVersions: number[];

            /** TlsInfo serverVersion. */
            serverVersion: number;

            /** TlsInfo serverSelectedVersion. */
            serverSelectedVersion: number;

            /** TlsInfo version. */
            version: number;

            /** TlsInfo sni. */
            sni: string;

            /** TlsInfo alpnOffered. */
            alpnOffered: string[];

            /** TlsInfo alpn. */
            alpn: string;

            /** TlsInfo cipherSuite. */
            cipherSuite: number;

            /** TlsInfo ja3. */
            ja3: string;

            /** TlsInfo ja3Hash. */
            ja3Hash: string;

            /** TlsInfo ja3s. */
            ja3s: string;

            /** TlsInfo ja3sHash. */
            ja3sHash: string;

            /** TlsInfo ja4. */
            ja4: string;

            /** TlsInfo ech. */
            ech: boolean;

            /** TlsInfo helloRetryRequest. */
            helloRetryRequest: boolean;

            /** TlsInfo serverCertificate. */
            serverCertificate?: (probe.v1.TlsCertificate.$Properties|null);

            /** TlsInfo starttls. */
            starttls: boolean;

            /**
             * Creates a new TlsInfo instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TlsInfo instance
             */
            static create(properties: probe.v1.TlsInfo.$Shape): probe.v1.TlsInfo & probe.v1.TlsInfo.$Shape;
            static create(properties?: probe.v1.TlsInfo.$Properties): probe.v1.TlsInfo;

            /**
             * Encodes the specified TlsInfo message. Does not implicitly {@link probe.v1.TlsInfo.verify|verify} messages.
             * @param message TlsInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: probe.v1.TlsInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified TlsInfo message, length delimited. Does not implicitly {@link probe.v1.TlsInfo.verify|verify} messages.
             * @param message TlsInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: probe.v1.TlsInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TlsInfo message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {probe.v1.TlsInfo & probe.v1.TlsInfo.$Shape} TlsInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): probe.v1.TlsInfo & probe.v1.TlsInfo.$Shape;

            /**
             * Decodes a TlsInfo message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {probe.v1.TlsInfo & probe.v1.TlsInfo.$Shape} TlsInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): probe.v1.TlsInfo & probe.v1.TlsInfo.$Shape;

            /**
             * Gets the type url for TlsInfo
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace TlsInfo {

            /** Properties of a TlsInfo. */
            interface $Properties {

                /** TlsInfo recordVersion */
                recordVersion?: (number|null);

                /** TlsInfo clientVersion */
                clientVersion?: (number|null);

                /** TlsInfo clientSupportedVersions */
                clientSupportedVersions?: (number[]|null);

                /** TlsInfo serverVersion */
                serverVersion?: (number|null);

                /** TlsInfo serverSelectedVersion */
                serverSelectedVersion?: (number|null);

                /** TlsInfo version */
                version?: (number|null);

                /** TlsInfo sni */
                sni?: (string|null);

                /** TlsInfo alpnOffered */
                alpnOffered?: (string[]|null);

                /** TlsInfo alpn */
                alpn?: (string|null);

                /** TlsInfo cipherSuite */
                cipherSuite?: (number|null);

                /** TlsInfo ja3 */
                ja3?: (string|null);

                /** TlsInfo ja3Hash */
                ja3Hash?: (string|null);

                /** TlsInfo ja3s */
                ja3s?: (string|null);

                /** TlsInfo ja3sHash */
                ja3sHash?: (string|null);

                /** TlsInfo ja4 */
                ja4?: (string|null);

                /** TlsInfo ech */
                ech?: (boolean|null);

                /** TlsInfo helloRetryRequest */
                helloRetryRequest?: (boolean|null);

                /** TlsInfo serverCertificate */
                serverCertificate?: (probe.v1.TlsCertificate.$Properties|null);

                /** TlsInfo starttls */
                starttls?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TlsInfo. */
            type $Shape = probe.v1.TlsInfo.$Properties;
        }

        /**
         * Properties of a QuicInfo.
         * @deprecated Use probe.v1.QuicInfo.$Properties instead.
         */
        interface IQuicInfo extends probe.v1.QuicInfo.$Properties {
        }

        /** Represents a QuicInfo. */
        class QuicInfo {

            /**
             * Constructs a new QuicInfo.
             * @param [properties] Properties to set
             */
            constructor(properties?: probe.v1.QuicInfo.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** QuicInfo version. */
            version: number;

            /** QuicInfo sni. */
            sni: string;

            /** QuicInfo alpnOffered. */
            alpnOffered: string[];

            /** QuicInfo clientSupportedVersions. */
            clientSupportedVersions: number[];

            /** QuicInfo ja3. */
            ja3: string;

            /** QuicInfo ja3Hash. */
            ja3Hash: string;

            /** QuicInfo ja4. */
            ja4: string;

            /** QuicInfo ech. */
            ech: boolean;

            /**
             * Creates a new QuicInfo instance using the specified properties.
             * @param [properties] Properties to set
             * @returns QuicInfo instance
             */
            static create(properties: probe.v1.QuicInfo.$Shape): probe.v1.QuicInfo & probe.v1.QuicInfo.$Shape;
            static create(properties?: probe.v1.QuicInfo.$Properties): probe.v1.QuicInfo;

            /**
             * Encodes the specified QuicInfo message. Does not implicitly {@link probe.v1.QuicInfo.verify|verify} messages.
             * @param message QuicInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: probe.v1.QuicInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified QuicInfo message, length delimited. Does not implicitly {@link probe.v1.QuicInfo.verify|verify} messages.
             * @param message QuicInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: probe.v1.QuicInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a QuicInfo message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {probe.v1.QuicInfo & probe.v1.QuicInfo.$Shape} QuicInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): probe.v1.QuicInfo & probe.v1.QuicInfo.$Shape;

            /**
             * Decodes a QuicInfo message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {probe.v1.QuicInfo & probe.v1.QuicInfo.$Shape} QuicInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): probe.v1.QuicInfo & probe.v1.QuicInfo.$Shape;

            /**
             * Gets the type url for QuicInfo
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace QuicInfo {

            /** Properties of a QuicInfo. */
            interface $Properties {

                /** QuicInfo version */
                version?: (number|null);

                /** QuicInfo sni */
                sni?: (string|null);

                /** QuicInfo alpnOffered */
                alpnOffered?: (string[]|null);

                /** QuicInfo clientSupportedVersions */
                clientSupportedVersions?: (number[]|null);

                /** QuicInfo ja3 */
                ja3?: (string|null);

                /** QuicInfo ja3Hash */
                ja3Hash?: (string|null);

                /** QuicInfo ja4 */
                ja4?: (string|null);

                /** QuicInfo ech */
                ech?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a QuicInfo. */
            type $Shape = probe.v1.QuicInfo.$Properties;
        }

        /**
         * Properties of a SshInfo.
         * @deprecated Use probe.v1.SshInfo.$Properties instead.
         */
        interface ISshInfo extends probe.v1.SshInfo.$Properties {
        }

        /** Represents a SshInfo. */
        class SshInfo {

            /**
             * Constructs a new SshInfo.
             * @param [properties] Properties to set
             */
            constructor(properties?: probe.v1.SshInfo.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SshInfo clientBanner. */
            clientBanner: string;

            /** SshInfo serverBanner. */
            serverBanner: string;

            /** SshInfo hassh. */
            hassh: string;

            /** SshInfo hasshAlgorithms. */
            hasshAlgorithms: string;

            /** SshInfo hasshServer. */
            hasshServer: string;

            /** SshInfo hasshServerAlgorithms. */
            hasshServerAlgorithms: string;

            /** SshInfo malformedCount. */
            malformedCount: number;

            /**
             * Creates a new SshInfo instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SshInfo instance
             */
            static create(properties: probe.v1.SshInfo.$Shape): probe.v1.SshInfo & probe.v1.SshInfo.$Shape;
            static create(properties?: probe.v1.SshInfo.$Properties): probe.v1.SshInfo;

            /**
             * Encodes the specified SshInfo message. Does not implicitly {@link probe.v1.SshInfo.verify|verify} messages.
             * @param message SshInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: probe.v1.SshInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SshInfo message, length delimited. Does not implicitly {@link probe.v1.SshInfo.verify|verify} messages.
             * @param message SshInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: probe.v1.SshInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SshInfo message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {probe.v1.SshInfo & probe.v1.SshInfo.$Shape} SshInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): probe.v1.SshInfo & probe.v1.SshInfo.$Shape;

            /**
             * Decodes a SshInfo message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {probe.v1.SshInfo & probe.v1.SshInfo.$Shape} SshInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): probe.v1.SshInfo & probe.v1.SshInfo.$Shape;

            /**
             * Gets the type url for SshInfo
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SshInfo {

            /** Properties of a SshInfo. */
            interface $Properties {

                /** SshInfo clientBanner */
                clientBanner?: (string|null);

                /** SshInfo serverBanner */
                serverBanner?: (string|null);

                /** SshInfo hassh */
                hassh?: (string|null);

                /** SshInfo hasshAlgorithms */
                hasshAlgorithms?: (string|null);

                /** SshInfo hasshServer */
                hasshServer?: (string|null);

                /** SshInfo hasshServerAlgorithms */
                hasshServerAlgorithms?: (string|null);

                /** SshInfo malformedCount */
                malformedCount?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SshInfo. */
            type $Shape = probe.v1.SshInfo.$Properties;
        }

        /**
         * Properties of a DhcpTransaction.
         * @deprecated Use probe.v1.DhcpTransaction.$Properties instead.
         */
        interface IDhcpTransaction extends probe.v1.DhcpTransaction.$Properties {
        }

        /** Represents a DhcpTransaction. */
        class DhcpTransaction {

            /**
             * Constructs a new DhcpTransaction.
             * @param [properties] Properties to set
             */
            constructor(properties?: probe.v1.DhcpTransaction.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DhcpTransaction xid. */
            xid: number;

            /** DhcpTransaction clientMac. */
            clientMac: string;

            /** DhcpTransaction messageTypes. */
            messageTypes: number[];

            /** DhcpTransaction messageCount. */
            messageCount: number;

            /** DhcpTransaction hostname. */
            hostname: string;

            /** DhcpTransaction clientFqdn. */
            clientFqdn: string;

            /** DhcpTransaction vendorClass. */
            vendorClass: string;

            /** DhcpTransaction paramRequestList. */
            paramRequestList: number[];

            /** DhcpTransaction requestedAddress. */
            requestedAddress: string;

            /** DhcpTransaction assignedAddress. */
            assignedAddress: string;

            /** DhcpTransaction clientAddress. */
            clientAddress: string;

            /** DhcpTransaction serverId. */
            serverId: string;

            /** DhcpTransaction leaseTimeS. */
            leaseTimeS: number;

            /**
             * Creates a new DhcpTransaction instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DhcpTransaction instance
             */
            static create(properties: probe.v1.DhcpTransaction.$Shape): probe.v1.DhcpTransaction & probe.v1.DhcpTransaction.$Shape;
            static create(properties?: probe.v1.DhcpTransaction.$Properties): probe.v1.DhcpTransaction;

            /**
             * Encodes the specified DhcpTransaction message. Does not implicitly {@link probe.v1.DhcpTransaction.verify|verify} messages.
             * @param message DhcpTransaction message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: probe.v1.DhcpTransaction.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified DhcpTransaction message, length delimited. Does not implicitly {@link probe.v1.DhcpTransaction.verify|verify} messages.
             * @param message DhcpTransaction message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: probe.v1.DhcpTransaction.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DhcpTransaction message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {probe.v1.DhcpTransaction & probe.v1.DhcpTransaction.$Shape} DhcpTransaction
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): probe.v1.DhcpTransaction & probe.v1.DhcpTransaction.$Shape;

            /**
             * Decodes a DhcpTransaction message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {probe.v1.DhcpTransaction & probe.v1.DhcpTransaction.$Shape} DhcpTransaction
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): probe.v1.DhcpTransaction & probe.v1.DhcpTransaction.$Shape;

            /**
             * Gets the type url for DhcpTransaction
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace DhcpTransaction {

            /** Properties of a DhcpTransaction. */
            interface $Properties {

                /** DhcpTransaction xid */
                xid?: (number|null);

                /** DhcpTransaction clientMac */
                clientMac?: (string|null);

                /** DhcpTransaction messageTypes */
                messageTypes?: (number[]|null);

                /** DhcpTransaction messageCount */
                messageCount?: (number|null);

                /** DhcpTransaction hostname */
                hostname?: (string|null);

                /** DhcpTransaction clientFqdn */
                clientFqdn?: (string|null);

                /** DhcpTransaction vendorClass */
                vendorClass?: (string|null);

                /** DhcpTransaction paramRequestList */
                paramRequestList?: (number[]|null);

                /** DhcpTransaction requestedAddress */
                requestedAddress?: (string|null);

                /** DhcpTransaction assignedAddress */
                assignedAddress?: (string|null);

                /** DhcpTransaction clientAddress */
                clientAddress?: (string|null);

                /** DhcpTransaction serverId */
                serverId?: (string|null);

                /** DhcpTransaction leaseTimeS */
                leaseTimeS?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DhcpTransaction. */
            type $Shape = probe.v1.DhcpTransaction.$Properties;
        }

        /**
         * Properties of a DhcpInfo.
         * @deprecated Use probe.v1.DhcpInfo.$Properties instead.
         */
        interface IDhcpInfo extends probe.v1.DhcpInfo.$Properties {
        }

        /** Represents a DhcpInfo. */
        class DhcpInfo {

            /**
             * Constructs a new DhcpInfo.
             * @param [properties] Properties to set
             */
            constructor(properties?: probe.v1.DhcpInfo.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DhcpInfo transactions. */
            transactions: probe.v1.DhcpTransaction.$Properties[];

            /** DhcpInfo transactionCount. */
            transactionCount: number;

            /** DhcpInfo messageCount. */
            messageCount: number;

            /** DhcpInfo malformedCount. */
            malformedCount: number;

            /**
             * Creates a new DhcpInfo instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DhcpInfo instance
             */
            static create(properties: probe.v1.DhcpInfo.$Shape): probe.v1.DhcpInfo & probe.v1.DhcpInfo.$Shape;
            static create(properties?: probe.v1.DhcpInfo.$Properties): probe.v1.DhcpInfo;

            /**
             * Encodes the specified DhcpInfo message. Does not implicitly {@link probe.v1.DhcpInfo.verify|verify} messages.
             * @param message DhcpInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: probe.v1.DhcpInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified DhcpInfo message, length delimited. Does not implicitly {@link probe.v1.DhcpInfo.verify|verify} messages.
             * @param message DhcpInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: probe.v1.DhcpInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DhcpInfo message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {probe.v1.DhcpInfo & probe.v1.DhcpInfo.$Shape} DhcpInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): probe.v1.DhcpInfo & probe.v1.DhcpInfo.$Shape;

            /**
             * Decodes a DhcpInfo message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {probe.v1.DhcpInfo & probe.v1.DhcpInfo.$Shape} DhcpInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): probe.v1.DhcpInfo & probe.v1.DhcpInfo.$Shape;

            /**
             * Gets the type url for DhcpInfo
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace DhcpInfo {

            /** Properties of a DhcpInfo. */
            interface $Properties {

                /** DhcpInfo transactions */
                transactions?: (probe.v1.DhcpTransaction.$Properties[]|null);

                /** DhcpInfo transactionCount */
                transactionCount?: (number|null);

                /** DhcpInfo messageCount */
                messageCount?: (number|null);

                /** DhcpInfo malformedCount */
                malformedCount?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DhcpInfo. */
            type $Shape = probe.v1.DhcpInfo.$Properties;
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
