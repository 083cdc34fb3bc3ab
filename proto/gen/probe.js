/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const probe = $root.probe = (() => {

    /**
     * Namespace probe.
     * @exports probe
     * @namespace
     */
    const probe = {};

    probe.v1 = (function() {

        /**
         * Namespace v1.
         * @memberof probe
         * @namespace
         */
        const v1 = {};

        /**
         * EndReason enum.
         * @name probe.v1.EndReason
         * @enum {number}
         * @property {number} END_REASON_UNSPECIFIED=0 END_REASON_UNSPECIFIED value
         * @property {number} END_REASON_IDLE=1 END_REASON_IDLE value
         * @property {number} END_REASON_ACTIVE=2 END_REASON_ACTIVE value
         * @property {number} END_REASON_END_OF_FLOW=3 END_REASON_END_OF_FLOW value
         * @property {number} END_REASON_FORCED=4 END_REASON_FORCED value
         * @property {number} END_REASON_LACK_OF_RESOURCES=5 END_REASON_LACK_OF_RESOURCES value
         */
        v1.EndReason = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "END_REASON_UNSPECIFIED"] = 0;
            values[valuesById[1] = "END_REASON_IDLE"] = 1;
            values[valuesById[2] = "END_REASON_ACTIVE"] = 2;
            values[valuesById[3] = "END_REASON_END_OF_FLOW"] = 3;
            values[valuesById[4] = "END_REASON_FORCED"] = 4;
            values[valuesById[5] = "END_REASON_LACK_OF_RESOURCES"] = 5;
            return values;
        })();

        v1.DirectionCounters = (function() {

            /**
             * Properties of a DirectionCounters.
             * @typedef {Object} probe.v1.DirectionCounters.$Properties
             * @property {number|Long|null} [packets] DirectionCounters packets
             * @property {number|Long|null} [frameBytes] DirectionCounters frameBytes
             * @property {number|Long|null} [ipBytes] DirectionCounters ipBytes
             * @property {number|Long|null} [payloadBytes] DirectionCounters payloadBytes
             * @property {number|null} [tcpFlags] DirectionCounters tcpFlags
             * @property {number|null} [ttlMin] DirectionCounters ttlMin
             * @property {number|null} [ttlMax] DirectionCounters ttlMax
             * @property {number|Long|null} [retransmissions] DirectionCounters retransmissions
             * @property {number|Long|null} [fragments] DirectionCounters fragments
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DirectionCounters.
             * @memberof probe.v1
             * @interface IDirectionCounters
             * @augments probe.v1.DirectionCounters.$Properties
             * @deprecated Use probe.v1.DirectionCounters.$Properties instead.
             */

            /**
             * Shape of a DirectionCounters.
             * @typedef {probe.v1.DirectionCounters.$Properties} probe.v1.DirectionCounters.$Shape
             */

            /**
             * Constructs a new DirectionCounters.
             * @memberof probe.v1
             * @classdesc Represents a DirectionCounters.
             * @constructor
             * @param {probe.v1.DirectionCounters.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DirectionCounters = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DirectionCounters packets.
             * @member {number|Long} packets
             * @memberof probe.v1.DirectionCounters
             * @instance
             */
            DirectionCounters.prototype.packets = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * DirectionCounters frameBytes.
             * @member {number|Long} frameBytes
             * @memberof probe.v1.DirectionCounters
             * @instance
             */
            DirectionCounters.prototype.frameBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * DirectionCounters ipBytes.
             * @member {number|Long} ipBytes
             * @memberof probe.v1.DirectionCounters
             * @instance
             */
            DirectionCounters.prototype.ipBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * DirectionCounters payloadBytes.
             * @member {number|Long} payloadBytes
             * @memberof probe.v1.DirectionCounters
             * @instance
             */
            DirectionCounters.prototype.payloadBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * DirectionCounters tcpFlags.
             * @member {number} tcpFlags
             * @memberof probe.v1.DirectionCounters
             * @instance
             */
            DirectionCounters.prototype.tcpFlags = 0;

            /**
             * DirectionCounters ttlMin.
             * @member {number} ttlMin
             * @memberof probe.v1.DirectionCounters
             * @instance
             */
            DirectionCounters.prototype.ttlMin = 0;

            /**
             * DirectionCounters ttlMax.
             * @member {number} ttlMax
             * @memberof probe.v1.DirectionCounters
             * @instance
             */
            DirectionCounters.prototype.ttlMax = 0;

            /**
             * DirectionCounters retransmissions.
             * @member {number|Long} retransmissions
             * @memberof probe.v1.DirectionCounters
             * @instance
             */
            DirectionCounters.prototype.retransmissions = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * DirectionCounters fragments.
             * @member {number|Long} fragments
             * @memberof probe.v1.DirectionCounters
             * @instance
             */
            DirectionCounters.prototype.fragments = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new DirectionCounters instance using the specified properties.
             * @function create
             * @memberof probe.v1.DirectionCounters
             * @static
             * @param {probe.v1.DirectionCounters.$Properties=} [properties] Properties to set
             * @returns {probe.v1.DirectionCounters} DirectionCounters instance
             * @type {{
             *   (properties: probe.v1.DirectionCounters.$Shape): probe.v1.DirectionCounters & probe.v1.DirectionCounters.$Shape;
             *   (properties?: probe.v1.DirectionCounters.$Properties): probe.v1.DirectionCounters;
             * }}
             */
            DirectionCounters.create = function(properties) {
                return new DirectionCounters(properties);
            };

            /**
             * Encodes the specified DirectionCounters message. Does not implicitly {@link probe.v1.DirectionCounters.verify|verify} messages.
             * @function encode
             * @memberof probe.v1.DirectionCounters
             * @static
             * @param {probe.v1.DirectionCounters.$Properties} message DirectionCounters message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DirectionCounters.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.packets != null && $Object.hasOwnProperty.call(message, "packets") && (typeof message.packets === "object" ? message.packets.low || message.packets.high : message.packets !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.packets);
                if (message.frameBytes != null && $Object.hasOwnProperty.call(message, "frameBytes") && (typeof message.frameBytes === "object" ? message.frameBytes.low || message.frameBytes.high : message.frameBytes !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.frameBytes);
                if (message.ipBytes != null && $Object.hasOwnProperty.call(message, "ipBytes") && (typeof message.ipBytes === "object" ? message.ipBytes.low || message.ipBytes.high : message.ipBytes !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.ipBytes);
                if (message.payloadBytes != null && $Object.hasOwnProperty.call(message, "payloadBytes") && (typeof message.payloadBytes === "object" ? message.payloadBytes.low || message.payloadBytes.high : message.payloadBytes !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.payloadBytes);
                if (message.tcpFlags != null && $Object.hasOwnProperty.call(message, "tcpFlags") && message.tcpFlags !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.tcpFlags);
                if (message.ttlMin != null && $Object.hasOwnProperty.call(message, "ttlMin") && message.ttlMin !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.ttlMin);
                if (message.ttlMax != null && $Object.hasOwnProperty.call(message, "ttlMax") && message.ttlMax !== 0)
                    writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.ttlMax);
                if (message.retransmissions != null && $Object.hasOwnProperty.call(message, "retransmissions") && (typeof message.retransmissions === "object" ? message.retransmissions.low || message.retransmissions.high : message.retransmissions !== 0))
                    writer.uint32(/* id 8, wireType 0 =*/64).uint64(message.retransmissions);
                if (message.fragments != null && $Object.hasOwnProperty.call(message, "fragments") && (typeof message.fragments === "object" ? message.fragments.low || message.fragments.high : message.fragments !== 0))
                    writer.uint32(/* id 9, wireType 0 =*/72).uint64(message.fragments);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified DirectionCounters message, length delimited. Does not implicitly {@link probe.v1.DirectionCounters.verify|verify} messages.
             * @function encodeDelimited
             * @memberof probe.v1.DirectionCounters
             * @static
             * @param {probe.v1.DirectionCounters.$Properties} message DirectionCounters message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DirectionCounters.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a DirectionCounters message from the specified reader or buffer.
             * @function decode
             * @memberof probe.v1.DirectionCounters
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {probe.v1.DirectionCounters & probe.v1.DirectionCounters.$Shape} DirectionCounters
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DirectionCounters.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.probe.v1.DirectionCounters();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.packets = value;
                            else
                                delete message.packets;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.frameBytes = value;
                            else
                                delete message.frameBytes;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.ipBytes = value;
                            else
                                delete message.ipBytes;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.payloadBytes = value;
                            else
                                delete message.payloadBytes;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.tcpFlags = value;
                            else
                                delete message.tcpFlags;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.ttlMin = value;
                            else
                                delete message.ttlMin;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.ttlMax = value;
                            else
                                delete message.ttlMax;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.retransmissions = value;
                            else
                                delete message.retransmissions;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.fragments = value;
                            else
                                delete message.fragments;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a DirectionCounters message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof probe.v1.DirectionCounters
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {probe.v1.DirectionCounters & probe.v1.DirectionCounters.$Shape} DirectionCounters
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DirectionCounters.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Gets the type url for DirectionCounters
             * @function getTypeUrl
             * @memberof probe.v1.DirectionCounters
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            DirectionCounters.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/probe.v1.DirectionCounters";
            };

            return DirectionCounters;
        })();

        v1.FlowRecord = (function() {

            /**
             * Properties of a FlowRecord.
             * @typedef {Object} probe.v1.FlowRecord.$Properties
             * @property {number|Long|null} [flowId] FlowRecord flowId
             * @property {number|Long|null} [startMs] FlowRecord startMs
             * @property {number|Long|null} [endMs] FlowRecord endMs
             * @property {probe.v1.EndReason|null} [endReason] FlowRecord endReason
             * @property {number|null} [ipVersion] FlowRecord ipVersion
             * @property {number|null} [protocol] FlowRecord protocol
             * @property {Uint8Array|null} [srcAddr] FlowRecord srcAddr
             * @property {Uint8Array|null} [dstAddr] FlowRecord dstAddr
             * @property {number|null} [srcPort] FlowRecord srcPort
             * @property {number|null} [dstPort] FlowRecord dstPort
             * @property {number|null} [vlanId] FlowRecord vlanId
             * @property {number|null} [innerVlanId] FlowRecord innerVlanId
             * @property {string|null} [communityId] FlowRecord communityId
             * @property {probe.v1.DirectionCounters.$Properties|null} [fwd] FlowRecord fwd
             * @property {probe.v1.DirectionCounters.$Properties|null} [rev] FlowRecord rev
             * @property {Uint8Array|null} [srcMac] FlowRecord srcMac
             * @property {Uint8Array|null} [dstMac] FlowRecord dstMac
             * @property {number|null} [part] FlowRecord part
             * @property {number|Long|null} [startUs] FlowRecord startUs
             * @property {number|Long|null} [durationUs] FlowRecord durationUs
             * @property {number|null} [tcpRttResponderUs] FlowRecord tcpRttResponderUs
             * @property {number|null} [tcpRttInitiatorUs] FlowRecord tcpRttInitiatorUs
             * @property {number|null} [icmpType] FlowRecord icmpType
             * @property {number|null} [icmpCode] FlowRecord icmpCode
             * @property {string|null} [appProtocol] FlowRecord appProtocol
             * @property {boolean|null} [appProtocolGuessed] FlowRecord appProtocolGuessed
             * @property {string|null} [serverName] FlowRecord serverName
             * @property {probe.v1.DnsInfo.$Properties|null} [dns] FlowRecord dns
             * @property {probe.v1.HttpInfo.$Properties|null} [http] FlowRecord http
             * @property {probe.v1.TlsInfo.$Properties|null} [tls] FlowRecord tls
             * @property {probe.v1.QuicInfo.$Properties|null} [quic] FlowRecord quic
             * @property {probe.v1.SshInfo.$Properties|null} [ssh] FlowRecord ssh
             * @property {probe.v1.DhcpInfo.$Properties|null} [dhcp] FlowRecord dhcp
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a FlowRecord.
             * @memberof probe.v1
             * @interface IFlowRecord
             * @augments probe.v1.FlowRecord.$Properties
             * @deprecated Use probe.v1.FlowRecord.$Properties instead.
             */

            /**
             * Shape of a FlowRecord.
             * @typedef {probe.v1.FlowRecord.$Properties} probe.v1.FlowRecord.$Shape
             */

            /**
             * Constructs a new FlowRecord.
             * @memberof probe.v1
             * @classdesc Represents a FlowRecord.
             * @constructor
             * @param {probe.v1.FlowRecord.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const FlowRecord = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * FlowRecord flowId.
             * @member {number|Long} flowId
             * @memberof probe.v1.FlowRecord
             * @instance
             */
            FlowRecord.prototype.flowId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * FlowRecord startMs.
             * @member {number|Long} startMs
             * @memberof probe.v1.FlowRecord
             * @instance
             */
            FlowRecord.prototype.startMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * FlowRecord endMs.
             * @member {number|Long} endMs
             * @memberof probe.v1.FlowRecord
             * @instance
             */
            FlowRecord.prototype.endMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * FlowRecord endReason.
             * @member {probe.v1.EndReason} endReason
             * @memberof probe.v1.FlowRecord
             * @instance
             */
            FlowRecord.prototype.endReason = 0;

            /**
             * FlowRecord ipVersion.
             * @member {number} ipVersion
             * @memberof probe.v1.FlowRecord
             * @instance
             */
            FlowRecord.prototype.ipVersion = 0;

            /**
             * FlowRecord protocol.
             * @member {number} protocol
             * @memberof probe.v1.FlowRecord
             * @instance
             */
            FlowRecord.prototype.protocol = 0;

            /**
             * FlowRecord srcAddr.
             * @member {Uint8Array} srcAddr
             * @memberof probe.v1.FlowRecord
             * @instance
             */
            FlowRecord.prototype.srcAddr = $util.newBuffer([]);

            /**
             * FlowRecord dstAddr.
             * @member {Uint8Array} dstAddr
             * @memberof probe.v1.FlowRecord
             * @instance
             */
            FlowRecord.prototype.dstAddr = $util.newBuffer([]);

            /**
             * FlowRecord srcPort.
             * @member {number} srcPort
             * @memberof probe.v1.FlowRecord
             * @instance
             */
            FlowRecord.prototype.srcPort = 0;

            /**
             * FlowRecord dstPort.
             * @member {number} dstPort
             * @memberof probe.v1.FlowRecord
             * @instance
             */
            FlowRecord.prototype.dstPort = 0;

            /**
             * FlowRecord vlanId.
             * @member {number} vlanId
             * @memberof probe.v1.FlowRecord
             * @instance
             */
            FlowRecord.prototype.vlanId = 0;

            /**
             * FlowRecord innerVlanId.
             * @member {number} innerVlanId
             * @memberof probe.v1.FlowRecord
             * @instance
             */
            FlowRecord.prototype.innerVlanId = 0;

            /**
             * FlowRecord communityId.
             * @member {string} communityId
             * @memberof probe.v1.FlowRecord
             * @instance
             */
            FlowRecord.prototype.communityId = "";

            /**
             * FlowRecord fwd.
             * @member {probe.v1.DirectionCounters.$Properties|null|undefined} fwd
             * @memberof probe.v1.FlowRecord
             * @instance
             */
            FlowRecord.prototype.fwd = null;

            /**
             * FlowRecord rev.
             * @member {probe.v1.DirectionCounters.$Properties|null|undefined} rev
             * @memberof probe.v1.FlowRecord
             * @instance
             */
            FlowRecord.prototype.rev = null;

            /**
             * FlowRecord srcMac.
             * @member {Uint8Array} srcMac
             * @memberof probe.v1.FlowRecord
             * @instance
             */
            FlowRecord.prototype.srcMac = $util.newBuffer([]);

            /**
             * FlowRecord dstMac.
             * @member {Uint8Array} dstMac
             * @memberof probe.v1.FlowRecord
             * @instance
             */
            FlowRecord.prototype.dstMac = $util.newBuffer([]);

            /**
             * FlowRecord part.
             * @member {number} part
             * @memberof probe.v1.FlowRecord
             * @instance
             */
            FlowRecord.prototype.part = 0;

            /**
             * FlowRecord startUs.
             * @member {number|Long} startUs
             * @memberof probe.v1.FlowRecord
             * @instance
             */
            FlowRecord.prototype.startUs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * FlowRecord durationUs.
             * @member {number|Long} durationUs
             * @memberof probe.v1.FlowRecord
             * @instance
             */
            FlowRecord.prototype.durationUs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * FlowRecord tcpRttResponderUs.
             * @member {number} tcpRttResponderUs
             * @memberof probe.v1.FlowRecord
             * @instance
             */
            FlowRecord.prototype.tcpRttResponderUs = 0;

            /**
             * FlowRecord tcpRttInitiatorUs.
             * @member {number} tcpRttInitiatorUs
             * @memberof probe.v1.FlowRecord
             * @instance
             */
            FlowRecord.prototype.tcpRttInitiatorUs = 0;

            /**
             * FlowRecord icmpType.
             * @member {number} icmpType
             * @memberof probe.v1.FlowRecord
             * @instance
             */
            FlowRecord.prototype.icmpType = 0;

            /**
             * FlowRecord icmpCode.
             * @member {number} icmpCode
             * @memberof probe.v1.FlowRecord
             * @instance
             */
            FlowRecord.prototype.icmpCode = 0;

            /**
             * FlowRecord appProtocol.
             * @member {string} appProtocol
             * @memberof probe.v1.FlowRecord
             * @instance
             */
            FlowRecord.prototype.appProtocol = "";

            /**
             * FlowRecord appProtocolGuessed.
             * @member {boolean} appProtocolGuessed
             * @memberof probe.v1.FlowRecord
             * @instance
             */
            FlowRecord.prototype.appProtocolGuessed = false;

            /**
             * FlowRecord serverName.
             * @member {string} serverName
             * @memberof probe.v1.FlowRecord
             * @instance
             */
            FlowRecord.prototype.serverName = "";

            /**
             * FlowRecord dns.
             * @member {probe.v1.DnsInfo.$Properties|null|undefined} dns
             * @memberof probe.v1.FlowRecord
             * @instance
             */
            FlowRecord.prototype.dns = null;

            /**
             * FlowRecord http.
             * @member {probe.v1.HttpInfo.$Properties|null|undefined} http
             * @memberof probe.v1.FlowRecord
             * @instance
             */
            FlowRecord.prototype.http = null;

            /**
             * FlowRecord tls.
             * @member {probe.v1.TlsInfo.$Properties|null|undefined} tls
             * @memberof probe.v1.FlowRecord
             * @instance
             */
            FlowRecord.prototype.tls = null;

            /**
             * FlowRecord quic.
             * @member {probe.v1.QuicInfo.$Properties|null|undefined} quic
             * @memberof probe.v1.FlowRecord
             * @instance
             */
            FlowRecord.prototype.quic = null;

            /**
             * FlowRecord ssh.
             * @member {probe.v1.SshInfo.$Properties|null|undefined} ssh
             * @memberof probe.v1.FlowRecord
             * @instance
             */
            FlowRecord.prototype.ssh = null;

            /**
             * FlowRecord dhcp.
             * @member {probe.v1.DhcpInfo.$Properties|null|undefined} dhcp
             * @memberof probe.v1.FlowRecord
             * @instance
             */
            FlowRecord.prototype.dhcp = null;

            /**
             * Creates a new FlowRecord instance using the specified properties.
             * @function create
             * @memberof probe.v1.FlowRecord
             * @static
             * @param {probe.v1.FlowRecord.$Properties=} [properties] Properties to set
             * @returns {probe.v1.FlowRecord} FlowRecord instance
             * @type {{
             *   (properties: probe.v1.FlowRecord.$Shape): probe.v1.FlowRecord & probe.v1.FlowRecord.$Shape;
             *   (properties?: probe.v1.FlowRecord.$Properties): probe.v1.FlowRecord;
             * }}
             */
            FlowRecord.create = function(properties) {
                return new FlowRecord(properties);
            };

            /**
             * Encodes the specified FlowRecord message. Does not implicitly {@link probe.v1.FlowRecord.verify|verify} messages.
             * @function encode
             * @memberof probe.v1.FlowRecord
             * @static
             * @param {probe.v1.FlowRecord.$Properties} message FlowRecord message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FlowRecord.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.flowId != null && $Object.hasOwnProperty.call(message, "flowId") && (typeof message.flowId === "object" ? message.flowId.low || message.flowId.high : message.flowId !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.flowId);
                if (message.startMs != null && $Object.hasOwnProperty.call(message, "startMs") && (typeof message.startMs === "object" ? message.startMs.low || message.startMs.high : message.startMs !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.startMs);
                if (message.endMs != null && $Object.hasOwnProperty.call(message, "endMs") && (typeof message.endMs === "object" ? message.endMs.low || message.endMs.high : message.endMs !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.endMs);
                if (message.endReason != null && $Object.hasOwnProperty.call(message, "endReason") && message.endReason !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).int32(message.endReason);
                if (message.ipVersion != null && $Object.hasOwnProperty.call(message, "ipVersion") && message.ipVersion !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.ipVersion);
                if (message.protocol != null && $Object.hasOwnProperty.call(message, "protocol") && message.protocol !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.protocol);
                if (message.srcAddr != null && $Object.hasOwnProperty.call(message, "srcAddr") && message.srcAddr.length)
                    writer.uint32(/* id 7, wireType 2 =*/58).bytes(message.srcAddr);
                if (message.dstAddr != null && $Object.hasOwnProperty.call(message, "dstAddr") && message.dstAddr.length)
                    writer.uint32(/* id 8, wireType 2 =*/66).bytes(message.dstAddr);
                if (message.srcPort != null && $Object.hasOwnProperty.call(message, "srcPort") && message.srcPort !== 0)
                    writer.uint32(/* id 9, wireType 0 =*/72).uint32(message.srcPort);
                if (message.dstPort != null && $Object.hasOwnProperty.call(message, "dstPort") && message.dstPort !== 0)
                    writer.uint32(/* id 10, wireType 0 =*/80).uint32(message.dstPort);
                if (message.vlanId != null && $Object.hasOwnProperty.call(message, "vlanId") && message.vlanId !== 0)
                    writer.uint32(/* id 11, wireType 0 =*/88).uint32(message.vlanId);
                if (message.innerVlanId != null && $Object.hasOwnProperty.call(message, "innerVlanId") && message.innerVlanId !== 0)
                    writer.uint32(/* id 12, wireType 0 =*/96).uint32(message.innerVlanId);
                if (message.communityId != null && $Object.hasOwnProperty.call(message, "communityId") && message.communityId !== "")
                    writer.uint32(/* id 13, wireType 2 =*/106).string(message.communityId);
                if (message.fwd != null && $Object.hasOwnProperty.call(message, "fwd"))
                    $root.probe.v1.DirectionCounters.encode(message.fwd, writer.uint32(/* id 14, wireType 2 =*/114).fork(), _depth + 1).ldelim();
                if (message.rev != null && $Object.hasOwnProperty.call(message, "rev"))
                    $root.probe.v1.DirectionCounters.encode(message.rev, writer.uint32(/* id 15, wireType 2 =*/122).fork(), _depth + 1).ldelim();
                if (message.srcMac != null && $Object.hasOwnProperty.call(message, "srcMac") && message.srcMac.length)
                    writer.uint32(/* id 16, wireType 2 =*/130).bytes(message.srcMac);
                if (message.dstMac != null && $Object.hasOwnProperty.call(message, "dstMac") && message.dstMac.length)
                    writer.uint32(/* id 17, wireType 2 =*/138).bytes(message.dstMac);
                if (message.part != null && $Object.hasOwnProperty.call(message, "part") && message.part !== 0)
                    writer.uint32(/* id 18, wireType 0 =*/144).uint32(message.part);
                if (message.startUs != null && $Object.hasOwnProperty.call(message, "startUs") && (typeof message.startUs === "object" ? message.startUs.low || message.startUs.high : message.startUs !== 0))
                    writer.uint32(/* id 19, wireType 0 =*/152).uint64(message.startUs);
                if (message.durationUs != null && $Object.hasOwnProperty.call(message, "durationUs") && (typeof message.durationUs === "object" ? message.durationUs.low || message.durationUs.high : message.durationUs !== 0))
                    writer.uint32(/* id 20, wireType 0 =*/160).uint64(message.durationUs);
                if (message.tcpRttResponderUs != null && $Object.hasOwnProperty.call(message, "tcpRttResponderUs") && message.tcpRttResponderUs !== 0)
                    writer.uint32(/* id 21, wireType 0 =*/168).uint32(message.tcpRttResponderUs);
                if (message.tcpRttInitiatorUs != null && $Object.hasOwnProperty.call(message, "tcpRttInitiatorUs") && message.tcpRttInitiatorUs !== 0)
                    writer.uint32(/* id 22, wireType 0 =*/176).uint32(message.tcpRttInitiatorUs);
                if (message.icmpType != null && $Object.hasOwnProperty.call(message, "icmpType") && message.icmpType !== 0)
                    writer.uint32(/* id 23, wireType 0 =*/184).uint32(message.icmpType);
                if (message.icmpCode != null && $Object.hasOwnProperty.call(message, "icmpCode") && message.icmpCode !== 0)
                    writer.uint32(/* id 24, wireType 0 =*/192).uint32(message.icmpCode);
                if (message.appProtocol != null && $Object.hasOwnProperty.call(message, "appProtocol") && message.appProtocol !== "")
                    writer.uint32(/* id 25, wireType 2 =*/202).string(message.appProtocol);
                if (message.appProtocolGuessed != null && $Object.hasOwnProperty.call(message, "appProtocolGuessed") && message.appProtocolGuessed !== false)
                    writer.uint32(/* id 26, wireType 0 =*/208).bool(message.appProtocolGuessed);
                if (message.serverName != null && $Object.hasOwnProperty.call(message, "serverName") && message.serverName !== "")
                    writer.uint32(/* id 27, wireType 2 =*/218).string(message.serverName);
                if (message.dns != null && $Object.hasOwnProperty.call(message, "dns"))
                    $root.probe.v1.DnsInfo.encode(message.dns, writer.uint32(/* id 28, wireType 2 =*/226).fork(), _depth + 1).ldelim();
                if (message.http != null && $Object.hasOwnProperty.call(message, "http"))
                    $root.probe.v1.HttpInfo.encode(message.http, writer.uint32(/* id 29, wireType 2 =*/234).fork(), _depth + 1).ldelim();
                if (message.tls != null && $Object.hasOwnProperty.call(message, "tls"))
                    $root.probe.v1.TlsInfo.encode(message.tls, writer.uint32(/* id 30, wireType 2 =*/242).fork(), _depth + 1).ldelim();
                if (message.quic != null && $Object.hasOwnProperty.call(message, "quic"))
                    $root.probe.v1.QuicInfo.encode(message.quic, writer.uint32(/* id 31, wireType 2 =*/250).fork(), _depth + 1).ldelim();
                if (message.ssh != null && $Object.hasOwnProperty.call(message, "ssh"))
                    $root.probe.v1.SshInfo.encode(message.ssh, writer.uint32(/* id 32, wireType 2 =*/258).fork(), _depth + 1).ldelim();
                if (message.dhcp != null && $Object.hasOwnProperty.call(message, "dhcp"))
                    $root.probe.v1.DhcpInfo.encode(message.dhcp, writer.uint32(/* id 33, wireType 2 =*/266).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified FlowRecord message, length delimited. Does not implicitly {@link probe.v1.FlowRecord.verify|verify} messages.
             * @function encodeDelimited
             * @memberof probe.v1.FlowRecord
             * @static
             * @param {probe.v1.FlowRecord.$Properties} message FlowRecord message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FlowRecord.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a FlowRecord message from the specified reader or buffer.
             * @function decode
             * @memberof probe.v1.FlowRecord
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {probe.v1.FlowRecord & probe.v1.FlowRecord.$Shape} FlowRecord
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FlowRecord.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.probe.v1.FlowRecord();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.flowId = value;
                            else
                                delete message.flowId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.startMs = value;
                            else
                                delete message.startMs;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.endMs = value;
                            else
                                delete message.endMs;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.endReason = value;
                            else
                                delete message.endReason;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.ipVersion = value;
                            else
                                delete message.ipVersion;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.protocol = value;
                            else
                                delete message.protocol;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.srcAddr = value;
                            else
                                delete message.srcAddr;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.dstAddr = value;
                            else
                                delete message.dstAddr;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.srcPort = value;
                            else
                                delete message.srcPort;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.dstPort = value;
                            else
                                delete message.dstPort;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.vlanId = value;
                            else
                                delete message.vlanId;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.innerVlanId = value;
                            else
                                delete message.innerVlanId;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.communityId = value;
                            else
                                delete message.communityId;
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            message.fwd = $root.probe.v1.DirectionCounters.decode(reader, reader.size(), $undefined, _depth + 1, message.fwd);
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            message.rev = $root.probe.v1.DirectionCounters.decode(reader, reader.size(), $undefined, _depth + 1, message.rev);
                            continue;
                        }
                    case 16: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.srcMac = value;
                            else
                                delete message.srcMac;
                            continue;
                        }
                    case 17: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.dstMac = value;
                            else
                                delete message.dstMac;
                            continue;
                        }
                    case 18: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.part = value;
                            else
                                delete message.part;
                            continue;
                        }
                    case 19: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.startUs = value;
                            else
                                delete message.startUs;
                            continue;
                        }
                    case 20: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.durationUs = value;
                            else
                                delete message.durationUs;
                            continue;
                        }
                    case 21: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.tcpRttResponderUs = value;
                            else
                                delete message.tcpRttResponderUs;
                            continue;
                        }
                    case 22: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.tcpRttInitiatorUs = value;
                            else
                                delete message.tcpRttInitiatorUs;
                            continue;
                        }
                    case 23: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.icmpType = value;
                            else
                                delete message.icmpType;
                            continue;
                        }
                    case 24: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.icmpCode = value;
                            else
                                delete message.icmpCode;
                            continue;
                        }
                    case 25: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.appProtocol = value;
                            else
                                delete message.appProtocol;
                            continue;
                        }
                    case 26: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.appProtocolGuessed = value;
                            else
                                delete message.appProtocolGuessed;
                            continue;
                        }
                    case 27: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.serverName = value;
                            else
                                delete message.serverName;
                            continue;
                        }
                    case 28: {
                            if (wireType !== 2)
                                break;
                            message.dns = $root.probe.v1.DnsInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.dns);
                            continue;
                        }
                    case 29: {
                            if (wireType !== 2)
                                break;
                            message.http = $root.probe.v1.HttpInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.http);
                            continue;
                        }
                    case 30: {
                            if (wireType !== 2)
                                break;
                            message.tls = $root.probe.v1.TlsInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.tls);
                            continue;
                        }
                    case 31: {
                            if (wireType !== 2)
                                break;
                            message.quic = $root.probe.v1.QuicInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.quic);
                            continue;
                        }
                    case 32: {
                            if (wireType !== 2)
                                break;
                            message.ssh = $root.probe.v1.SshInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.ssh);
                            continue;
                        }
                    case 33: {
                            if (wireType !== 2)
                                break;
                            message.dhcp = $root.probe.v1.DhcpInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.dhcp);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a FlowRecord message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof probe.v1.FlowRecord
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {probe.v1.FlowRecord & probe.v1.FlowRecord.$Shape} FlowRecord
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FlowRecord.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Gets the type url for FlowRecord
             * @function getTypeUrl
             * @memberof probe.v1.FlowRecord
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            FlowRecord.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/probe.v1.FlowRecord";
            };

            return FlowRecord;
        })();

        v1.DnsAnswer = (function() {

            /**
             * Properties of a DnsAnswer.
             * @typedef {Object} probe.v1.DnsAnswer.$Properties
             * @property {number|null} [type] DnsAnswer type
             * @property {number|null} [ttl] DnsAnswer ttl
             * @property {string|null} [data] DnsAnswer data
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DnsAnswer.
             * @memberof probe.v1
             * @interface IDnsAnswer
             * @augments probe.v1.DnsAnswer.$Properties
             * @deprecated Use probe.v1.DnsAnswer.$Properties instead.
             */

            /**
             * Shape of a DnsAnswer.
             * @typedef {probe.v1.DnsAnswer.$Properties} probe.v1.DnsAnswer.$Shape
             */

            /**
             * Constructs a new DnsAnswer.
             * @memberof probe.v1
             * @classdesc Represents a DnsAnswer.
             * @constructor
             * @param {probe.v1.DnsAnswer.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DnsAnswer = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DnsAnswer type.
             * @member {number} type
             * @memberof probe.v1.DnsAnswer
             * @instance
             */
            DnsAnswer.prototype.type = 0;

            /**
             * DnsAnswer ttl.
             * @member {number} ttl
             * @memberof probe.v1.DnsAnswer
             * @instance
             */
            DnsAnswer.prototype.ttl = 0;

            /**
             * DnsAnswer data.
             * @member {string} data
             * @memberof probe.v1.DnsAnswer
             * @instance
             */
            DnsAnswer.prototype.data = "";

            /**
             * Creates a new DnsAnswer instance using the specified properties.
             * @function create
             * @memberof probe.v1.DnsAnswer
             * @static
             * @param {probe.v1.DnsAnswer.$Properties=} [properties] Properties to set
             * @returns {probe.v1.DnsAnswer} DnsAnswer instance
             * @type {{
             *   (properties: probe.v1.DnsAnswer.$Shape): probe.v1.DnsAnswer & probe.v1.DnsAnswer.$Shape;
             *   (properties?: probe.v1.DnsAnswer.$Properties): probe.v1.DnsAnswer;
             * }}
             */
            DnsAnswer.create = function(properties) {
                return new DnsAnswer(properties);
            };

            /**
             * Encodes the specified DnsAnswer message. Does not implicitly {@link probe.v1.DnsAnswer.verify|verify} messages.
             * @function encode
             * @memberof probe.v1.DnsAnswer
             * @static
             * @param {probe.v1.DnsAnswer.$Properties} message DnsAnswer message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DnsAnswer.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.type);
                if (message.ttl != null && $Object.hasOwnProperty.call(message, "ttl") && message.ttl !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.ttl);
                if (message.data != null && $Object.hasOwnProperty.call(message, "data") && message.data !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.data);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified DnsAnswer message, length delimited. Does not implicitly {@link probe.v1.DnsAnswer.verify|verify} messages.
             * @function encodeDelimited
             * @memberof probe.v1.DnsAnswer
             * @static
             * @param {probe.v1.DnsAnswer.$Properties} message DnsAnswer message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DnsAnswer.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a DnsAnswer message from the specified reader or buffer.
             * @function decode
             * @memberof probe.v1.DnsAnswer
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {probe.v1.DnsAnswer & probe.v1.DnsAnswer.$Shape} DnsAnswer
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DnsAnswer.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.probe.v1.DnsAnswer();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.type = value;
                            else
                                delete message.type;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.ttl = value;
                            else
                                delete message.ttl;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.data = value;
                            else
                                delete message.data;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a DnsAnswer message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof probe.v1.DnsAnswer
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {probe.v1.DnsAnswer & probe.v1.DnsAnswer.$Shape} DnsAnswer
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DnsAnswer.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Gets the type url for DnsAnswer
             * @function getTypeUrl
             * @memberof probe.v1.DnsAnswer
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            DnsAnswer.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/probe.v1.DnsAnswer";
            };

            return DnsAnswer;
        })();

        v1.DnsTransaction = (function() {

            /**
             * Properties of a DnsTransaction.
             * @typedef {Object} probe.v1.DnsTransaction.$Properties
             * @property {number|null} [id] DnsTransaction id
             * @property {string|null} [query] DnsTransaction query
             * @property {number|null} [qtype] DnsTransaction qtype
             * @property {number|null} [qclass] DnsTransaction qclass
             * @property {number|null} [opcode] DnsTransaction opcode
             * @property {boolean|null} [querySeen] DnsTransaction querySeen
             * @property {boolean|null} [responseSeen] DnsTransaction responseSeen
             * @property {number|null} [rcode] DnsTransaction rcode
             * @property {boolean|null} [authoritative] DnsTransaction authoritative
             * @property {boolean|null} [truncated] DnsTransaction truncated
             * @property {boolean|null} [recursionDesired] DnsTransaction recursionDesired
             * @property {boolean|null} [recursionAvailable] DnsTransaction recursionAvailable
             * @property {boolean|null} [authenticData] DnsTransaction authenticData
             * @property {boolean|null} [checkingDisabled] DnsTransaction checkingDisabled
             * @property {number|null} [answerCount] DnsTransaction answerCount
             * @property {Array.<probe.v1.DnsAnswer.$Properties>|null} [answers] DnsTransaction answers
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DnsTransaction.
             * @memberof probe.v1
             * @interface IDnsTransaction
             * @augments probe.v1.DnsTransaction.$Properties
             * @deprecated Use probe.v1.DnsTransaction.$Properties instead.
             */

            /**
             * Shape of a DnsTransaction.
             * @typedef {probe.v1.DnsTransaction.$Properties} probe.v1.DnsTransaction.$Shape
             */

            /**
             * Constructs a new DnsTransaction.
             * @memberof probe.v1
             * @classdesc Represents a DnsTransaction.
             * @constructor
             * @param {probe.v1.DnsTransaction.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DnsTransaction = function (properties) {
                this.answers = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DnsTransaction id.
             * @member {number} id
             * @memberof probe.v1.DnsTransaction
             * @instance
             */
            DnsTransaction.prototype.id = 0;

            /**
             * DnsTransaction query.
             * @member {string} query
             * @memberof probe.v1.DnsTransaction
             * @instance
             */
            DnsTransaction.prototype.query = "";

            /**
             * DnsTransaction qtype.
             * @member {number} qtype
             * @memberof probe.v1.DnsTransaction
             * @instance
             */
            DnsTransaction.prototype.qtype = 0;

            /**
             * DnsTransaction qclass.
             * @member {number} qclass
             * @memberof probe.v1.DnsTransaction
             * @instance
             */
            DnsTransaction.prototype.qclass = 0;

            /**
             * DnsTransaction opcode.
             * @member {number} opcode
             * @memberof probe.v1.DnsTransaction
             * @instance
             */
            DnsTransaction.prototype.opcode = 0;

            /**
             * DnsTransaction querySeen.
             * @member {boolean} querySeen
             * @memberof probe.v1.DnsTransaction
             * @instance
             */
            DnsTransaction.prototype.querySeen = false;

            /**
             * DnsTransaction responseSeen.
             * @member {boolean} responseSeen
             * @memberof probe.v1.DnsTransaction
             * @instance
             */
            DnsTransaction.prototype.responseSeen = false;

            /**
             * DnsTransaction rcode.
             * @member {number} rcode
             * @memberof probe.v1.DnsTransaction
             * @instance
             */
            DnsTransaction.prototype.rcode = 0;

            /**
             * DnsTransaction authoritative.
             * @member {boolean} authoritative
             * @memberof probe.v1.DnsTransaction
             * @instance
             */
            DnsTransaction.prototype.authoritative = false;

            /**
             * DnsTransaction truncated.
             * @member {boolean} truncated
             * @memberof probe.v1.DnsTransaction
             * @instance
             */
            DnsTransaction.prototype.truncated = false;

            /**
             * DnsTransaction recursionDesired.
             * @member {boolean} recursionDesired
             * @memberof probe.v1.DnsTransaction
             * @instance
             */
            DnsTransaction.prototype.recursionDesired = false;

            /**
             * DnsTransaction recursionAvailable.
             * @member {boolean} recursionAvailable
             * @memberof probe.v1.DnsTransaction
             * @instance
             */
            DnsTransaction.prototype.recursionAvailable = false;

            /**
             * DnsTransaction authenticData.
             * @member {boolean} authenticData
             * @memberof probe.v1.DnsTransaction
             * @instance
             */
            DnsTransaction.prototype.authenticData = false;

            /**
             * DnsTransaction checkingDisabled.
             * @member {boolean} checkingDisabled
             * @memberof probe.v1.DnsTransaction
             * @instance
             */
            DnsTransaction.prototype.checkingDisabled = false;

            /**
             * DnsTransaction answerCount.
             * @member {number} answerCount
             * @memberof probe.v1.DnsTransaction
             * @instance
             */
            DnsTransaction.prototype.answerCount = 0;

            /**
             * DnsTransaction answers.
             * @member {Array.<probe.v1.DnsAnswer.$Properties>} answers
             * @memberof probe.v1.DnsTransaction
             * @instance
             */
            DnsTransaction.prototype.answers = $util.emptyArray;

            /**
             * Creates a new DnsTransaction instance using the specified properties.
             * @function create
             * @memberof probe.v1.DnsTransaction
             * @static
             * @param {probe.v1.DnsTransaction.$Properties=} [properties] Properties to set
             * @returns {probe.v1.DnsTransaction} DnsTransaction instance
             * @type {{
             *   (properties: probe.v1.DnsTransaction.$Shape): probe.v1.DnsTransaction & probe.v1.DnsTransaction.$Shape;
             *   (properties?: probe.v1.DnsTransaction.$Properties): probe.v1.DnsTransaction;
             * }}
             */
            DnsTransaction.create = function(properties) {
                return new DnsTransaction(properties);
            };

            /**
             * Encodes the specified DnsTransaction message. Does not implicitly {@link probe.v1.DnsTransaction.verify|verify} messages.
             * @function encode
             * @memberof probe.v1.DnsTransaction
             * @static
             * @param {probe.v1.DnsTransaction.$Properties} message DnsTransaction message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DnsTransaction.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.id);
                if (message.query != null && $Object.hasOwnProperty.call(message, "query") && message.query !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.query);
                if (message.qtype != null && $Object.hasOwnProperty.call(message, "qtype") && message.qtype !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.qtype);
                if (message.qclass != null && $Object.hasOwnProperty.call(message, "qclass") && message.qclass !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.qclass);
                if (message.opcode != null && $Object.hasOwnProperty.call(message, "opcode") && message.opcode !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.opcode);
                if (message.querySeen != null && $Object.hasOwnProperty.call(message, "querySeen") && message.querySeen !== false)
                    writer.uint32(/* id 6, wireType 0 =*/48).bool(message.querySeen);
                if (message.responseSeen != null && $Object.hasOwnProperty.call(message, "responseSeen") && message.responseSeen !== false)
                    writer.uint32(/* id 7, wireType 0 =*/56).bool(message.responseSeen);
                if (message.rcode != null && $Object.hasOwnProperty.call(message, "rcode") && message.rcode !== 0)
                    writer.uint32(/* id 8, wireType 0 =*/64).uint32(message.rcode);
                if (message.authoritative != null && $Object.hasOwnProperty.call(message, "authoritative") && message.authoritative !== false)
                    writer.uint32(/* id 9, wireType 0 =*/72).bool(message.authoritative);
                if (message.truncated != null && $Object.hasOwnProperty.call(message, "truncated") && message.truncated !== false)
                    writer.uint32(/* id 10, wireType 0 =*/80).bool(message.truncated);
                if (message.recursionDesired != null && $Object.hasOwnProperty.call(message, "recursionDesired") && message.recursionDesired !== false)
                    writer.uint32(/* id 11, wireType 0 =*/88).bool(message.recursionDesired);
                if (message.recursionAvailable != null && $Object.hasOwnProperty.call(message, "recursionAvailable") && message.recursionAvailable !== false)
                    writer.uint32(/* id 12, wireType 0 =*/96).bool(message.recursionAvailable);
                if (message.authenticData != null && $Object.hasOwnProperty.call(message, "authenticData") && message.authenticData !== false)
                    writer.uint32(/* id 13, wireType 0 =*/104).bool(message.authenticData);
                if (message.checkingDisabled != null && $Object.hasOwnProperty.call(message, "checkingDisabled") && message.checkingDisabled !== false)
                    writer.uint32(/* id 14, wireType 0 =*/112).bool(message.checkingDisabled);
                if (message.answerCount != null && $Object.hasOwnProperty.call(message, "answerCount") && message.answerCount !== 0)
                    writer.uint32(/* id 15, wireType 0 =*/120).uint32(message.answerCount);
                if (message.answers != null && message.answers.length)
                    for (let i = 0; i < message.answers.length; ++i)
                        $root.probe.v1.DnsAnswer.encode(message.answers[i], writer.uint32(/* id 16, wireType 2 =*/130).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified DnsTransaction message, length delimited. Does not implicitly {@link probe.v1.DnsTransaction.verify|verify} messages.
             * @function encodeDelimited
             * @memberof probe.v1.DnsTransaction
             * @static
             * @param {probe.v1.DnsTransaction.$Properties} message DnsTransaction message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DnsTransaction.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a DnsTransaction message from the specified reader or buffer.
             * @function decode
             * @memberof probe.v1.DnsTransaction
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {probe.v1.DnsTransaction & probe.v1.DnsTransaction.$Shape} DnsTransaction
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DnsTransaction.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.probe.v1.DnsTransaction();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.query = value;
                            else
                                delete message.query;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.qtype = value;
                            else
                                delete message.qtype;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.qclass = value;
                            else
                                delete message.qclass;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.opcode = value;
                            else
                                delete message.opcode;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.querySeen = value;
                            else
                                delete message.querySeen;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.responseSeen = value;
                            else
                                delete message.responseSeen;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.rcode = value;
                            else
                                delete message.rcode;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.authoritative = value;
                            else
                                delete message.authoritative;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.truncated = value;
                            else
                                delete message.truncated;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.recursionDesired = value;
                            else
                                delete message.recursionDesired;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.recursionAvailable = value;
                            else
                                delete message.recursionAvailable;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.authenticData = value;
                            else
                                delete message.authenticData;
                            continue;
                        }
                    case 14: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.checkingDisabled = value;
                            else
                                delete message.checkingDisabled;
                            continue;
                        }
                    case 15: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.answerCount = value;
                            else
                                delete message.answerCount;
                            continue;
                        }
                    case 16: {
                            if (wireType !== 2)
                                break;
                            if (!(message.answers && message.answers.length))
                                message.answers = [];
                            message.answers.push($root.probe.v1.DnsAnswer.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a DnsTransaction message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof probe.v1.DnsTransaction
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {probe.v1.DnsTransaction & probe.v1.DnsTransaction.$Shape} DnsTransaction
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DnsTransaction.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Gets the type url for DnsTransaction
             * @function getTypeUrl
             * @memberof probe.v1.DnsTransaction
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            DnsTransaction.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/probe.v1.DnsTransaction";
            };

            return DnsTransaction;
        })();

        v1.DnsInfo = (function() {

            /**
             * Properties of a DnsInfo.
             * @typedef {Object} probe.v1.DnsInfo.$Properties
             * @property {Array.<probe.v1.DnsTransaction.$Properties>|null} [transactions] DnsInfo transactions
             * @property {number|null} [transactionCount] DnsInfo transactionCount
             * @property {number|null} [queryCount] DnsInfo queryCount
             * @property {number|null} [responseCount] DnsInfo responseCount
             * @property {number|null} [malformedCount] DnsInfo malformedCount
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DnsInfo.
             * @memberof probe.v1
             * @interface IDnsInfo
             * @augments probe.v1.DnsInfo.$Properties
             * @deprecated Use probe.v1.DnsInfo.$Properties instead.
             */

            /**
             * Shape of a DnsInfo.
             * @typedef {probe.v1.DnsInfo.$Properties} probe.v1.DnsInfo.$Shape
             */

            /**
             * Constructs a new DnsInfo.
             * @memberof probe.v1
             * @classdesc Represents a DnsInfo.
             * @constructor
             * @param {probe.v1.DnsInfo.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DnsInfo = function (properties) {
                this.transactions = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DnsInfo transactions.
             * @member {Array.<probe.v1.DnsTransaction.$Properties>} transactions
             * @memberof probe.v1.DnsInfo
             * @instance
             */
            DnsInfo.prototype.transactions = $util.emptyArray;

            /**
             * DnsInfo transactionCount.
             * @member {number} transactionCount
             * @memberof probe.v1.DnsInfo
             * @instance
             */
            DnsInfo.prototype.transactionCount = 0;

            /**
             * DnsInfo queryCount.
             * @member {number} queryCount
             * @memberof probe.v1.DnsInfo
             * @instance
             */
            DnsInfo.prototype.queryCount = 0;

            /**
             * DnsInfo responseCount.
             * @member {number} responseCount
             * @memberof probe.v1.DnsInfo
             * @instance
             */
            DnsInfo.prototype.responseCount = 0;

            /**
             * DnsInfo malformedCount.
             * @member {number} malformedCount
             * @memberof probe.v1.DnsInfo
             * @instance
             */
            DnsInfo.prototype.malformedCount = 0;

            /**
             * Creates a new DnsInfo instance using the specified properties.
             * @function create
             * @memberof probe.v1.DnsInfo
             * @static
             * @param {probe.v1.DnsInfo.$Properties=} [properties] Properties to set
             * @returns {probe.v1.DnsInfo} DnsInfo instance
             * @type {{
             *   (properties: probe.v1.DnsInfo.$Shape): probe.v1.DnsInfo & probe.v1.DnsInfo.$Shape;
             *   (properties?: probe.v1.DnsInfo.$Properties): probe.v1.DnsInfo;
             * }}
             */
            DnsInfo.create = function(properties) {
                return new DnsInfo(properties);
            };

            /**
             * Encodes the specified DnsInfo message. Does not implicitly {@link probe.v1.DnsInfo.verify|verify} messages.
             * @function encode
             * @memberof probe.v1.DnsInfo
             * @static
             * @param {probe.v1.DnsInfo.$Properties} message DnsInfo message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DnsInfo.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.transactions != null && message.transactions.length)
                    for (let i = 0; i < message.transactions.length; ++i)
                        $root.probe.v1.DnsTransaction.encode(message.transactions[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.transactionCount != null && $Object.hasOwnProperty.call(message, "transactionCount") && message.transactionCount !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.transactionCount);
                if (message.queryCount != null && $Object.hasOwnProperty.call(message, "queryCount") && message.queryCount !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.queryCount);
                if (message.responseCount != null && $Object.hasOwnProperty.call(message, "responseCount") && message.responseCount !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.responseCount);
                if (message.malformedCount != null && $Object.hasOwnProperty.call(message, "malformedCount") && message.malformedCount !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.malformedCount);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified DnsInfo message, length delimited. Does not implicitly {@link probe.v1.DnsInfo.verify|verify} messages.
             * @function encodeDelimited
             * @memberof probe.v1.DnsInfo
             * @static
             * @param {probe.v1.DnsInfo.$Properties} message DnsInfo message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DnsInfo.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a DnsInfo message from the specified reader or buffer.
             * @function decode
             * @memberof probe.v1.DnsInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {probe.v1.DnsInfo & probe.v1.DnsInfo.$Shape} DnsInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DnsInfo.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.probe.v1.DnsInfo();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.transactions && message.transactions.length))
                                message.transactions = [];
                            message.transactions.push($root.probe.v1.DnsTransaction.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.transactionCount = value;
                            else
                                delete message.transactionCount;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.queryCount = value;
                            else
                                delete message.queryCount;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.responseCount = value;
                            else
                                delete message.responseCount;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.malformedCount = value;
                            else
                                delete message.malformedCount;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a DnsInfo message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof probe.v1.DnsInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {probe.v1.DnsInfo & probe.v1.DnsInfo.$Shape} DnsInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DnsInfo.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Gets the type url for DnsInfo
             * @function getTypeUrl
             * @memberof probe.v1.DnsInfo
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            DnsInfo.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/probe.v1.DnsInfo";
            };

            return DnsInfo;
        })();

        v1.HttpInfo = (function() {

            /**
             * Properties of a HttpInfo.
             * @typedef {Object} probe.v1.HttpInfo.$Properties
             * @property {string|null} [method] HttpInfo method
             * @property {string|null} [host] HttpInfo host
             * @property {string|null} [path] HttpInfo path
             * @property {string|null} [version] HttpInfo version
             * @property {number|null} [statusCode] HttpInfo statusCode
             * @property {string|null} [userAgent] HttpInfo userAgent
             * @property {string|null} [contentType] HttpInfo contentType
             * @property {string|null} [server] HttpInfo server
             * @property {number|Long|null} [requestBodyBytes] HttpInfo requestBodyBytes
             * @property {number|Long|null} [responseBodyBytes] HttpInfo responseBodyBytes
             * @property {number|null} [requestCount] HttpInfo requestCount
             * @property {number|null} [responseCount] HttpInfo responseCount
             * @property {number|null} [pipelinedCount] HttpInfo pipelinedCount
             * @property {number|null} [malformedCount] HttpInfo malformedCount
             * @property {number|null} [truncatedFields] HttpInfo truncatedFields
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a HttpInfo.
             * @memberof probe.v1
             * @interface IHttpInfo
             * @augments probe.v1.HttpInfo.$Properties
             * @deprecated Use probe.v1.HttpInfo.$Properties instead.
             */

            /**
             * Shape of a HttpInfo.
             * @typedef {probe.v1.HttpInfo.$Properties} probe.v1.HttpInfo.$Shape
             */

            /**
             * Constructs a new HttpInfo.
             * @memberof probe.v1
             * @classdesc Represents a HttpInfo.
             * @constructor
             * @param {probe.v1.HttpInfo.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const HttpInfo = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * HttpInfo method.
             * @member {string} method
             * @memberof probe.v1.HttpInfo
             * @instance
             */
            HttpInfo.prototype.method = "";

            /**
             * HttpInfo host.
             * @member {string} host
             * @memberof probe.v1.HttpInfo
             * @instance
             */
            HttpInfo.prototype.host = "";

            /**
             * HttpInfo path.
             * @member {string} path
             * @memberof probe.v1.HttpInfo
             * @instance
             */
            HttpInfo.prototype.path = "";

            /**
             * HttpInfo version.
             * @member {string} version
             * @memberof probe.v1.HttpInfo
             * @instance
             */
            HttpInfo.prototype.version = "";

            /**
             * HttpInfo statusCode.
             * @member {number} statusCode
             * @memberof probe.v1.HttpInfo
             * @instance
             */
            HttpInfo.prototype.statusCode = 0;

            /**
             * HttpInfo userAgent.
             * @member {string} userAgent
             * @memberof probe.v1.HttpInfo
             * @instance
             */
            HttpInfo.prototype.userAgent = "";

            /**
             * HttpInfo contentType.
             * @member {string} contentType
             * @memberof probe.v1.HttpInfo
             * @instance
             */
            HttpInfo.prototype.contentType = "";

            /**
             * HttpInfo server.
             * @member {string} server
             * @memberof probe.v1.HttpInfo
             * @instance
             */
            HttpInfo.prototype.server = "";

            /**
             * HttpInfo requestBodyBytes.
             * @member {number|Long} requestBodyBytes
             * @memberof probe.v1.HttpInfo
             * @instance
             */
            HttpInfo.prototype.requestBodyBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * HttpInfo responseBodyBytes.
             * @member {number|Long} responseBodyBytes
             * @memberof probe.v1.HttpInfo
             * @instance
             */
            HttpInfo.prototype.responseBodyBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * HttpInfo requestCount.
             * @member {number} requestCount
             * @memberof probe.v1.HttpInfo
             * @instance
             */
            HttpInfo.prototype.requestCount = 0;

            /**
             * HttpInfo responseCount.
             * @member {number} responseCount
             * @memberof probe.v1.HttpInfo
             * @instance
             */
            HttpInfo.prototype.responseCount = 0;

            /**
             * HttpInfo pipelinedCount.
             * @member {number} pipelinedCount
             * @memberof probe.v1.HttpInfo
             * @instance
             */
            HttpInfo.prototype.pipelinedCount = 0;

            /**
             * HttpInfo malformedCount.
             * @member {number} malformedCount
             * @memberof probe.v1.HttpInfo
             * @instance
             */
            HttpInfo.prototype.malformedCount = 0;

            /**
             * HttpInfo truncatedFields.
             * @member {number} truncatedFields
             * @memberof probe.v1.HttpInfo
             * @instance
             */
            HttpInfo.prototype.truncatedFields = 0;

            /**
             * Creates a new HttpInfo instance using the specified properties.
             * @function create
             * @memberof probe.v1.HttpInfo
             * @static
             * @param {probe.v1.HttpInfo.$Properties=} [properties] Properties to set
             * @returns {probe.v1.HttpInfo} HttpInfo instance
             * @type {{
             *   (properties: probe.v1.HttpInfo.$Shape): probe.v1.HttpInfo & probe.v1.HttpInfo.$Shape;
             *   (properties?: probe.v1.HttpInfo.$Properties): probe.v1.HttpInfo;
             * }}
             */
            HttpInfo.create = function(properties) {
                return new HttpInfo(properties);
            };

            /**
             * Encodes the specified HttpInfo message. Does not implicitly {@link probe.v1.HttpInfo.verify|verify} messages.
             * @function encode
             * @memberof probe.v1.HttpInfo
             * @static
             * @param {probe.v1.HttpInfo.$Properties} message HttpInfo message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HttpInfo.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.method != null && $Object.hasOwnProperty.call(message, "method") && message.method !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.method);
                if (message.host != null && $Object.hasOwnProperty.call(message, "host") && message.host !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.host);
                if (message.path != null && $Object.hasOwnProperty.call(message, "path") && message.path !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.path);
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.version);
                if (message.statusCode != null && $Object.hasOwnProperty.call(message, "statusCode") && message.statusCode !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.statusCode);
                if (message.userAgent != null && $Object.hasOwnProperty.call(message, "userAgent") && message.userAgent !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.userAgent);
                if (message.contentType != null && $Object.hasOwnProperty.call(message, "contentType") && message.contentType !== "")
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.contentType);
                if (message.server != null && $Object.hasOwnProperty.call(message, "server") && message.server !== "")
                    writer.uint32(/* id 8, wireType 2 =*/66).string(message.server);
                if (message.requestBodyBytes != null && $Object.hasOwnProperty.call(message, "requestBodyBytes") && (typeof message.requestBodyBytes === "object" ? message.requestBodyBytes.low || message.requestBodyBytes.high : message.requestBodyBytes !== 0))
                    writer.uint32(/* id 9, wireType 0 =*/72).uint64(message.requestBodyBytes);
                if (message.responseBodyBytes != null && $Object.hasOwnProperty.call(message, "responseBodyBytes") && (typeof message.responseBodyBytes === "object" ? message.responseBodyBytes.low || message.responseBodyBytes.high : message.responseBodyBytes !== 0))
                    writer.uint32(/* id 10, wireType 0 =*/80).uint64(message.responseBodyBytes);
                if (message.requestCount != null && $Object.hasOwnProperty.call(message, "requestCount") && message.requestCount !== 0)
                    writer.uint32(/* id 11, wireType 0 =*/88).uint32(message.requestCount);
                if (message.responseCount != null && $Object.hasOwnProperty.call(message, "responseCount") && message.responseCount !== 0)
                    writer.uint32(/* id 12, wireType 0 =*/96).uint32(message.responseCount);
                if (message.pipelinedCount != null && $Object.hasOwnProperty.call(message, "pipelinedCount") && message.pipelinedCount !== 0)
                    writer.uint32(/* id 13, wireType 0 =*/104).uint32(message.pipelinedCount);
                if (message.malformedCount != null && $Object.hasOwnProperty.call(message, "malformedCount") && message.malformedCount !== 0)
                    writer.uint32(/* id 14, wireType 0 =*/112).uint32(message.malformedCount);
                if (message.truncatedFields != null && $Object.hasOwnProperty.call(message, "truncatedFields") && message.truncatedFields !== 0)
                    writer.uint32(/* id 15, wireType 0 =*/120).uint32(message.truncatedFields);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified HttpInfo message, length delimited. Does not implicitly {@link probe.v1.HttpInfo.verify|verify} messages.
             * @function encodeDelimited
             * @memberof probe.v1.HttpInfo
             * @static
             * @param {probe.v1.HttpInfo.$Properties} message HttpInfo message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HttpInfo.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a HttpInfo message from the specified reader or buffer.
             * @function decode
             * @memberof probe.v1.HttpInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {probe.v1.HttpInfo & probe.v1.HttpInfo.$Shape} HttpInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HttpInfo.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.probe.v1.HttpInfo();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.method = value;
                            else
                                delete message.method;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.host = value;
                            else
                                delete message.host;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.path = value;
                            else
                                delete message.path;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.version = value;
                            else
                                delete message.version;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.statusCode = value;
                            else
                                delete message.statusCode;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.userAgent = value;
                            else
                                delete message.userAgent;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.contentType = value;
                            else
                                delete message.contentType;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.server = value;
                            else
                                delete message.server;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.requestBodyBytes = value;
                            else
                                delete message.requestBodyBytes;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.responseBodyBytes = value;
                            else
                                delete message.responseBodyBytes;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.requestCount = value;
                            else
                                delete message.requestCount;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.responseCount = value;
                            else
                                delete message.responseCount;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.pipelinedCount = value;
                            else
                                delete message.pipelinedCount;
                            continue;
                        }
                    case 14: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.malformedCount = value;
                            else
                                delete message.malformedCount;
                            continue;
                        }
                    case 15: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.truncatedFields = value;
                            else
                                delete message.truncatedFields;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a HttpInfo message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof probe.v1.HttpInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {probe.v1.HttpInfo & probe.v1.HttpInfo.$Shape} HttpInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HttpInfo.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Gets the type url for HttpInfo
             * @function getTypeUrl
             * @memberof probe.v1.HttpInfo
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            HttpInfo.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/probe.v1.HttpInfo";
            };

            return HttpInfo;
        })();

        v1.TlsCertificate = (function() {

            /**
             * Properties of a TlsCertificate.
             * @typedef {Object} probe.v1.TlsCertificate.$Properties
             * @property {string|null} [subject] TlsCertificate subject
             * @property {string|null} [issuer] TlsCertificate issuer
             * @property {Array.<string>|null} [sanDns] TlsCertificate sanDns
             * @property {Array.<string>|null} [sanIp] TlsCertificate sanIp
             * @property {number|Long|null} [notBeforeMs] TlsCertificate notBeforeMs
             * @property {number|Long|null} [notAfterMs] TlsCertificate notAfterMs
             * @property {string|null} [serial] TlsCertificate serial
             * @property {string|null} [sha1] TlsCertificate sha1
             * @property {string|null} [sha256] TlsCertificate sha256
             * @property {boolean|null} [parsed] TlsCertificate parsed
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TlsCertificate.
             * @memberof probe.v1
             * @interface ITlsCertificate
             * @augments probe.v1.TlsCertificate.$Properties
             * @deprecated Use probe.v1.TlsCertificate.$Properties instead.
             */

            /**
             * Shape of a TlsCertificate.
             * @typedef {probe.v1.TlsCertificate.$Properties} probe.v1.TlsCertificate.$Shape
             */

            /**
             * Constructs a new TlsCertificate.
             * @memberof probe.v1
             * @classdesc Represents a TlsCertificate.
             * @constructor
             * @param {probe.v1.TlsCertificate.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TlsCertificate = function (properties) {
                this.sanDns = [];
                this.sanIp = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * TlsCertificate subject.
             * @member {string} subject
             * @memberof probe.v1.TlsCertificate
             * @instance
             */
            TlsCertificate.prototype.subject = "";

            /**
             * TlsCertificate issuer.
             * @member {string} issuer
             * @memberof probe.v1.TlsCertificate
             * @instance
             */
            TlsCertificate.prototype.issuer = "";

            /**
             * TlsCertificate sanDns.
             * @member {Array.<string>} sanDns
             * @memberof probe.v1.TlsCertificate
             * @instance
             */
            TlsCertificate.prototype.sanDns = $util.emptyArray;

            /**
             * TlsCertificate sanIp.
             * @member {Array.<string>} sanIp
             * @memberof probe.v1.TlsCertificate
             * @instance
             */
            TlsCertificate.prototype.sanIp = $util.emptyArray;

            /**
             * TlsCertificate notBeforeMs.
             * @member {number|Long} notBeforeMs
             * @memberof probe.v1.TlsCertificate
             * @instance
             */
            TlsCertificate.prototype.notBeforeMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * TlsCertificate notAfterMs.
             * @member {number|Long} notAfterMs
             * @memberof probe.v1.TlsCertificate
             * @instance
             */
            TlsCertificate.prototype.notAfterMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * TlsCertificate serial.
             * @member {string} serial
             * @memberof probe.v1.TlsCertificate
             * @instance
             */
            TlsCertificate.prototype.serial = "";

            /**
             * TlsCertificate sha1.
             * @member {string} sha1
             * @memberof probe.v1.TlsCertificate
             * @instance
             */
            TlsCertificate.prototype.sha1 = "";

            /**
             * TlsCertificate sha256.
             * @member {string} sha256
             * @memberof probe.v1.TlsCertificate
             * @instance
             */
            TlsCertificate.prototype.sha256 = "";

            /**
             * TlsCertificate parsed.
             * @member {boolean} parsed
             * @memberof probe.v1.TlsCertificate
             * @instance
             */
            TlsCertificate.prototype.parsed = false;

            /**
             * Creates a new TlsCertificate instance using the specified properties.
             * @function create
             * @memberof probe.v1.TlsCertificate
             * @static
             * @param {probe.v1.TlsCertificate.$Properties=} [properties] Properties to set
             * @returns {probe.v1.TlsCertificate} TlsCertificate instance
             * @type {{
             *   (properties: probe.v1.TlsCertificate.$Shape): probe.v1.TlsCertificate & probe.v1.TlsCertificate.$Shape;
             *   (properties?: probe.v1.TlsCertificate.$Properties): probe.v1.TlsCertificate;
             * }}
             */
            TlsCertificate.create = function(properties) {
                return new TlsCertificate(properties);
            };

            /**
             * Encodes the specified TlsCertificate message. Does not implicitly {@link probe.v1.TlsCertificate.verify|verify} messages.
             * @function encode
             * @memberof probe.v1.TlsCertificate
             * @static
             * @param {probe.v1.TlsCertificate.$Properties} message TlsCertificate message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TlsCertificate.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.subject != null && $Object.hasOwnProperty.call(message, "subject") && message.subject !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.subject);
                if (message.issuer != null && $Object.hasOwnProperty.call(message, "issuer") && message.issuer !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.issuer);
                if (message.sanDns != null && message.sanDns.length)
                    for (let i = 0; i < message.sanDns.length; ++i)
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.sanDns[i]);
                if (message.sanIp != null && message.sanIp.length)
                    for (let i = 0; i < message.sanIp.length; ++i)
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.sanIp[i]);
                if (message.notBeforeMs != null && $Object.hasOwnProperty.call(message, "notBeforeMs") && (typeof message.notBeforeMs === "object" ? message.notBeforeMs.low || message.notBeforeMs.high : message.notBeforeMs !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).int64(message.notBeforeMs);
                if (message.notAfterMs != null && $Object.hasOwnProperty.call(message, "notAfterMs") && (typeof message.notAfterMs === "object" ? message.notAfterMs.low || message.notAfterMs.high : message.notAfterMs !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).int64(message.notAfterMs);
                if (message.serial != null && $Object.hasOwnProperty.call(message, "serial") && message.serial !== "")
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.serial);
                if (message.sha1 != null && $Object.hasOwnProperty.call(message, "sha1") && message.sha1 !== "")
                    writer.uint32(/* id 8, wireType 2 =*/66).string(message.sha1);
                if (message.sha256 != null && $Object.hasOwnProperty.call(message, "sha256") && message.sha256 !== "")
                    writer.uint32(/* id 9, wireType 2 =*/74).string(message.sha256);
                if (message.parsed != null && $Object.hasOwnProperty.call(message, "parsed") && message.parsed !== false)
                    writer.uint32(/* id 10, wireType 0 =*/80).bool(message.parsed);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified TlsCertificate message, length delimited. Does not implicitly {@link probe.v1.TlsCertificate.verify|verify} messages.
             * @function encodeDelimited
             * @memberof probe.v1.TlsCertificate
             * @static
             * @param {probe.v1.TlsCertificate.$Properties} message TlsCertificate message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TlsCertificate.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a TlsCertificate message from the specified reader or buffer.
             * @function decode
             * @memberof probe.v1.TlsCertificate
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {probe.v1.TlsCertificate & probe.v1.TlsCertificate.$Shape} TlsCertificate
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TlsCertificate.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.probe.v1.TlsCertificate();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.subject = value;
                            else
                                delete message.subject;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.issuer = value;
                            else
                                delete message.issuer;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.sanDns && message.sanDns.length))
                                message.sanDns = [];
                            message.sanDns.push(reader.stringVerify());
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.sanIp && message.sanIp.length))
                                message.sanIp = [];
                            message.sanIp.push(reader.stringVerify());
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.notBeforeMs = value;
                            else
                                delete message.notBeforeMs;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.notAfterMs = value;
                            else
                                delete message.notAfterMs;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.serial = value;
                            else
                                delete message.serial;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.sha1 = value;
                            else
                                delete message.sha1;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.sha256 = value;
                            else
                                delete message.sha256;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.parsed = value;
                            else
                                delete message.parsed;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a TlsCertificate message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof probe.v1.TlsCertificate
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {probe.v1.TlsCertificate & probe.v1.TlsCertificate.$Shape} TlsCertificate
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TlsCertificate.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Gets the type url for TlsCertificate
             * @function getTypeUrl
             * @memberof probe.v1.TlsCertificate
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            TlsCertificate.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/probe.v1.TlsCertificate";
            };

            return TlsCertificate;
        })();

        v1.TlsInfo = (function() {

            /**
             * Properties of a TlsInfo.
             * @typedef {Object} probe.v1.TlsInfo.$Properties
             * @property {number|null} [recordVersion] TlsInfo recordVersion
             * @property {number|null} [clientVersion] TlsInfo clientVersion
             * @property {Array.<number>|null} [clientSupportedVersions] TlsInfo clientSupportedVersions
             * @property {number|null} [serverVersion] TlsInfo serverVersion
             * @property {number|null} [serverSelectedVersion] TlsInfo serverSelectedVersion
             * @property {number|null} [version] TlsInfo version
             * @property {string|null} [sni] TlsInfo sni
             * @property {Array.<string>|null} [alpnOffered] TlsInfo alpnOffered
             * @property {string|null} [alpn] TlsInfo alpn
             * @property {number|null} [cipherSuite] TlsInfo cipherSuite
             * @property {string|null} [ja3] TlsInfo ja3
             * @property {string|null} [ja3Hash] TlsInfo ja3Hash
             * @property {string|null} [ja3s] TlsInfo ja3s
             * @property {string|null} [ja3sHash] TlsInfo ja3sHash
             * @property {string|null} [ja4] TlsInfo ja4
             * @property {boolean|null} [ech] TlsInfo ech
             * @property {boolean|null} [helloRetryRequest] TlsInfo helloRetryRequest
             * @property {probe.v1.TlsCertificate.$Properties|null} [serverCertificate] TlsInfo serverCertificate
             * @property {boolean|null} [starttls] TlsInfo starttls
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TlsInfo.
             * @memberof probe.v1
             * @interface ITlsInfo
             * @augments probe.v1.TlsInfo.$Properties
             * @deprecated Use probe.v1.TlsInfo.$Properties instead.
             */

            /**
             * Shape of a TlsInfo.
             * @typedef {probe.v1.TlsInfo.$Properties} probe.v1.TlsInfo.$Shape
             */

            /**
             * Constructs a new TlsInfo.
             * @memberof probe.v1
             * @classdesc Represents a TlsInfo.
             * @constructor
             * @param {probe.v1.TlsInfo.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TlsInfo = function (properties) {
                this.clientSupportedVersions = [];
                this.alpnOffered = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * TlsInfo recordVersion.
             * @member {number} recordVersion
             * @memberof probe.v1.TlsInfo
             * @instance
             */
            TlsInfo.prototype.recordVersion = 0;

            /**
             * TlsInfo clientVersion.
             * @member {number} clientVersion
             * @memberof probe.v1.TlsInfo
             * @instance
             */
            TlsInfo.prototype.clientVersion = 0;

            /**
             * TlsInfo clientSupportedVersions.
             * @member {Array.<number>} clientSupportedVersions
             * @memberof probe.v1.TlsInfo
             * @instance
             */
            TlsInfo.prototype.clientSupportedVersions = $util.emptyArray;

            /**
             * TlsInfo serverVersion.
             * @member {number} serverVersion
             * @memberof probe.v1.TlsInfo
             * @instance
             */
            TlsInfo.prototype.serverVersion = 0;

            /**
             * TlsInfo serverSelectedVersion.
             * @member {number} serverSelectedVersion
             * @memberof probe.v1.TlsInfo
             * @instance
             */
            TlsInfo.prototype.serverSelectedVersion = 0;

            /**
             * TlsInfo version.
             * @member {number} version
             * @memberof probe.v1.TlsInfo
             * @instance
             */
            TlsInfo.prototype.version = 0;

            /**
             * TlsInfo sni.
             * @member {string} sni
             * @memberof probe.v1.TlsInfo
             * @instance
             */
            TlsInfo.prototype.sni = "";

            /**
             * TlsInfo alpnOffered.
             * @member {Array.<string>} alpnOffered
             * @memberof probe.v1.TlsInfo
             * @instance
             */
            TlsInfo.prototype.alpnOffered = $util.emptyArray;

            /**
             * TlsInfo alpn.
             * @member {string} alpn
             * @memberof probe.v1.TlsInfo
             * @instance
             */
            TlsInfo.prototype.alpn = "";

            /**
             * TlsInfo cipherSuite.
             * @member {number} cipherSuite
             * @memberof probe.v1.TlsInfo
             * @instance
             */
            TlsInfo.prototype.cipherSuite = 0;

            /**
             * TlsInfo ja3.
             * @member {string} ja3
             * @memberof probe.v1.TlsInfo
             * @instance
             */
            TlsInfo.prototype.ja3 = "";

            /**
             * TlsInfo ja3Hash.
             * @member {string} ja3Hash
             * @memberof probe.v1.TlsInfo
             * @instance
             */
            TlsInfo.prototype.ja3Hash = "";

            /**
             * TlsInfo ja3s.
             * @member {string} ja3s
             * @memberof probe.v1.TlsInfo
             * @instance
             */
            TlsInfo.prototype.ja3s = "";

            /**
             * TlsInfo ja3sHash.
             * @member {string} ja3sHash
             * @memberof probe.v1.TlsInfo
             * @instance
             */
            TlsInfo.prototype.ja3sHash = "";

            /**
             * TlsInfo ja4.
             * @member {string} ja4
             * @memberof probe.v1.TlsInfo
             * @instance
             */
            TlsInfo.prototype.ja4 = "";

            /**
             * TlsInfo ech.
             * @member {boolean} ech
             * @memberof probe.v1.TlsInfo
             * @instance
             */
            TlsInfo.prototype.ech = false;

            /**
             * TlsInfo helloRetryRequest.
             * @member {boolean} helloRetryRequest
             * @memberof probe.v1.TlsInfo
             * @instance
             */
            TlsInfo.prototype.helloRetryRequest = false;

            /**
             * TlsInfo serverCertificate.
             * @member {probe.v1.TlsCertificate.$Properties|null|undefined} serverCertificate
             * @memberof probe.v1.TlsInfo
             * @instance
             */
            TlsInfo.prototype.serverCertificate = null;

            /**
             * TlsInfo starttls.
             * @member {boolean} starttls
             * @memberof probe.v1.TlsInfo
             * @instance
             */
            TlsInfo.prototype.starttls = false;

            /**
             * Creates a new TlsInfo instance using the specified properties.
             * @function create
             * @memberof probe.v1.TlsInfo
             * @static
             * @param {probe.v1.TlsInfo.$Properties=} [properties] Properties to set
             * @returns {probe.v1.TlsInfo} TlsInfo instance
             * @type {{
             *   (properties: probe.v1.TlsInfo.$Shape): probe.v1.TlsInfo & probe.v1.TlsInfo.$Shape;
             *   (properties?: probe.v1.TlsInfo.$Properties): probe.v1.TlsInfo;
             * }}
             */
            TlsInfo.create = function(properties) {
                return new TlsInfo(properties);
            };

            /**
             * Encodes the specified TlsInfo message. Does not implicitly {@link probe.v1.TlsInfo.verify|verify} messages.
             * @function encode
             * @memberof probe.v1.TlsInfo
             * @static
             * @param {probe.v1.TlsInfo.$Properties} message TlsInfo message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TlsInfo.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.recordVersion != null && $Object.hasOwnProperty.call(message, "recordVersion") && message.recordVersion !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.recordVersion);
                if (message.clientVersion != null && $Object.hasOwnProperty.call(message, "clientVersion") && message.clientVersion !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.clientVersion);
                if (message.clientSupportedVersions != null && message.clientSupportedVersions.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).uint32s(message.clientSupportedVersions);
                if (message.serverVersion != null && $Object.hasOwnProperty.call(message, "serverVersion") && message.serverVersion !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.serverVersion);
                if (message.serverSelectedVersion != null && $Object.hasOwnProperty.call(message, "serverSelectedVersion") && message.serverSelectedVersion !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.serverSelectedVersion);
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.version);
                if (message.sni != null && $Object.hasOwnProperty.call(message, "sni") && message.sni !== "")
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.sni);
                if (message.alpnOffered != null && message.alpnOffered.length)
                    for (let i = 0; i < message.alpnOffered.length; ++i)
                        writer.uint32(/* id 8, wireType 2 =*/66).string(message.alpnOffered[i]);
                if (message.alpn != null && $Object.hasOwnProperty.call(message, "alpn") && message.alpn !== "")
                    writer.uint32(/* id 9, wireType 2 =*/74).string(message.alpn);
                if (message.cipherSuite != null && $Object.hasOwnProperty.call(message, "cipherSuite") && message.cipherSuite !== 0)
                    writer.uint32(/* id 10, wireType 0 =*/80).uint32(message.cipherSuite);
                if (message.ja3 != null && $Object.hasOwnProperty.call(message, "ja3") && message.ja3 !== "")
                    writer.uint32(/* id 11, wireType 2 =*/90).string(message.ja3);
                if (message.ja3Hash != null && $Object.hasOwnProperty.call(message, "ja3Hash") && message.ja3Hash !== "")
                    writer.uint32(/* id 12, wireType 2 =*/98).string(message.ja3Hash);
                if (message.ja3s != null && $Object.hasOwnProperty.call(message, "ja3s") && message.ja3s !== "")
                    writer.uint32(/* id 13, wireType 2 =*/106).string(message.ja3s);
                if (message.ja3sHash != null && $Object.hasOwnProperty.call(message, "ja3sHash") && message.ja3sHash !== "")
                    writer.uint32(/* id 14, wireType 2 =*/114).string(message.ja3sHash);
                if (message.ja4 != null && $Object.hasOwnProperty.call(message, "ja4") && message.ja4 !== "")
                    writer.uint32(/* id 15, wireType 2 =*/122).string(message.ja4);
                if (message.ech != null && $Object.hasOwnProperty.call(message, "ech") && message.ech !== false)
                    writer.uint32(/* id 16, wireType 0 =*/128).bool(message.ech);
                if (message.helloRetryRequest != null && $Object.hasOwnProperty.call(message, "helloRetryRequest") && message.helloRetryRequest !== false)
                    writer.uint32(/* id 17, wireType 0 =*/136).bool(message.helloRetryRequest);
                if (message.serverCertificate != null && $Object.hasOwnProperty.call(message, "serverCertificate"))
                    $root.probe.v1.TlsCertificate.encode(message.serverCertificate, writer.uint32(/* id 18, wireType 2 =*/146).fork(), _depth + 1).ldelim();
                if (message.starttls != null && $Object.hasOwnProperty.call(message, "starttls") && message.starttls !== false)
                    writer.uint32(/* id 19, wireType 0 =*/152).bool(message.starttls);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified TlsInfo message, length delimited. Does not implicitly {@link probe.v1.TlsInfo.verify|verify} messages.
             * @function encodeDelimited
             * @memberof probe.v1.TlsInfo
             * @static
             * @param {probe.v1.TlsInfo.$Properties} message TlsInfo message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TlsInfo.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a TlsInfo message from the specified reader or buffer.
             * @function decode
             * @memberof probe.v1.TlsInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {probe.v1.TlsInfo & probe.v1.TlsInfo.$Shape} TlsInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TlsInfo.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.probe.v1.TlsInfo();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.recordVersion = value;
                            else
                                delete message.recordVersion;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.clientVersion = value;
                            else
                                delete message.clientVersion;
                            continue;
                        }
                    case 3: {
                            if (wireType === 2) {
                                if (!(message.clientSupportedVersions && message.clientSupportedVersions.length))
                                    message.clientSupportedVersions = [];
                                reader.uint32s(message.clientSupportedVersions);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.clientSupportedVersions && message.clientSupportedVersions.length))
                                message.clientSupportedVersions = [];
                            message.clientSupportedVersions.push(reader.uint32());
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.serverVersion = value;
                            else
                                delete message.serverVersion;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.serverSelectedVersion = value;
                            else
                                delete message.serverSelectedVersion;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.version = value;
                            else
                                delete message.version;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.sni = value;
                            else
                                delete message.sni;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if (!(message.alpnOffered && message.alpnOffered.length))
                                message.alpnOffered = [];
                            message.alpnOffered.push(reader.stringVerify());
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.alpn = value;
                            else
                                delete message.alpn;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.cipherSuite = value;
                            else
                                delete message.cipherSuite;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.ja3 = value;
                            else
                                delete message.ja3;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.ja3Hash = value;
                            else
                                delete message.ja3Hash;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.ja3s = value;
                            else
                                delete message.ja3s;
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.ja3sHash = value;
                            else
                                delete message.ja3sHash;
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.ja4 = value;
                            else
                                delete message.ja4;
                            continue;
                        }
                    case 16: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.ech = value;
                            else
                                delete message.ech;
                            continue;
                        }
                    case 17: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.helloRetryRequest = value;
                            else
                                delete message.helloRetryRequest;
                            continue;
                        }
                    case 18: {
                            if (wireType !== 2)
                                break;
                            message.serverCertificate = $root.probe.v1.TlsCertificate.decode(reader, reader.size(), $undefined, _depth + 1, message.serverCertificate);
                            continue;
                        }
                    case 19: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.starttls = value;
                            else
                                delete message.starttls;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a TlsInfo message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof probe.v1.TlsInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {probe.v1.TlsInfo & probe.v1.TlsInfo.$Shape} TlsInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TlsInfo.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Gets the type url for TlsInfo
             * @function getTypeUrl
             * @memberof probe.v1.TlsInfo
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            TlsInfo.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/probe.v1.TlsInfo";
            };

            return TlsInfo;
        })();

        v1.QuicInfo = (function() {

            /**
             * Properties of a QuicInfo.
             * @typedef {Object} probe.v1.QuicInfo.$Properties
             * @property {number|null} [version] QuicInfo version
             * @property {string|null} [sni] QuicInfo sni
             * @property {Array.<string>|null} [alpnOffered] QuicInfo alpnOffered
             * @property {Array.<number>|null} [clientSupportedVersions] QuicInfo clientSupportedVersions
             * @property {string|null} [ja3] QuicInfo ja3
             * @property {string|null} [ja3Hash] QuicInfo ja3Hash
             * @property {string|null} [ja4] QuicInfo ja4
             * @property {boolean|null} [ech] QuicInfo ech
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a QuicInfo.
             * @memberof probe.v1
             * @interface IQuicInfo
             * @augments probe.v1.QuicInfo.$Properties
             * @deprecated Use probe.v1.QuicInfo.$Properties instead.
             */

            /**
             * Shape of a QuicInfo.
             * @typedef {probe.v1.QuicInfo.$Properties} probe.v1.QuicInfo.$Shape
             */

            /**
             * Constructs a new QuicInfo.
             * @memberof probe.v1
             * @classdesc Represents a QuicInfo.
             * @constructor
             * @param {probe.v1.QuicInfo.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const QuicInfo = function (properties) {
                this.alpnOffered = [];
                this.clientSupportedVersions = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * QuicInfo version.
             * @member {number} version
             * @memberof probe.v1.QuicInfo
             * @instance
             */
            QuicInfo.prototype.version = 0;

            /**
             * QuicInfo sni.
             * @member {string} sni
             * @memberof probe.v1.QuicInfo
             * @instance
             */
            QuicInfo.prototype.sni = "";

            /**
             * QuicInfo alpnOffered.
             * @member {Array.<string>} alpnOffered
             * @memberof probe.v1.QuicInfo
             * @instance
             */
            QuicInfo.prototype.alpnOffered = $util.emptyArray;

            /**
             * QuicInfo clientSupportedVersions.
             * @member {Array.<number>} clientSupportedVersions
             * @memberof probe.v1.QuicInfo
             * @instance
             */
            QuicInfo.prototype.clientSupportedVersions = $util.emptyArray;

            /**
             * QuicInfo ja3.
             * @member {string} ja3
             * @memberof probe.v1.QuicInfo
             * @instance
             */
            QuicInfo.prototype.ja3 = "";

            /**
             * QuicInfo ja3Hash.
             * @member {string} ja3Hash
             * @memberof probe.v1.QuicInfo
             * @instance
             */
            QuicInfo.prototype.ja3Hash = "";

            /**
             * QuicInfo ja4.
             * @member {string} ja4
             * @memberof probe.v1.QuicInfo
             * @instance
             */
            QuicInfo.prototype.ja4 = "";

            /**
             * QuicInfo ech.
             * @member {boolean} ech
             * @memberof probe.v1.QuicInfo
             * @instance
             */
            QuicInfo.prototype.ech = false;

            /**
             * Creates a new QuicInfo instance using the specified properties.
             * @function create
             * @memberof probe.v1.QuicInfo
             * @static
             * @param {probe.v1.QuicInfo.$Properties=} [properties] Properties to set
             * @returns {probe.v1.QuicInfo} QuicInfo instance
             * @type {{
             *   (properties: probe.v1.QuicInfo.$Shape): probe.v1.QuicInfo & probe.v1.QuicInfo.$Shape;
             *   (properties?: probe.v1.QuicInfo.$Properties): probe.v1.QuicInfo;
             * }}
             */
            QuicInfo.create = function(properties) {
                return new QuicInfo(properties);
            };

            /**
             * Encodes the specified QuicInfo message. Does not implicitly {@link probe.v1.QuicInfo.verify|verify} messages.
             * @function encode
             * @memberof probe.v1.QuicInfo
             * @static
             * @param {probe.v1.QuicInfo.$Properties} message QuicInfo message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            QuicInfo.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.version);
                if (message.sni != null && $Object.hasOwnProperty.call(message, "sni") && message.sni !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.sni);
                if (message.alpnOffered != null && message.alpnOffered.length)
                    for (let i = 0; i < message.alpnOffered.length; ++i)
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.alpnOffered[i]);
                if (message.clientSupportedVersions != null && message.clientSupportedVersions.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).uint32s(message.clientSupportedVersions);
                if (message.ja3 != null && $Object.hasOwnProperty.call(message, "ja3") && message.ja3 !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.ja3);
                if (message.ja3Hash != null && $Object.hasOwnProperty.call(message, "ja3Hash") && message.ja3Hash !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.ja3Hash);
                if (message.ja4 != null && $Object.hasOwnProperty.call(message, "ja4") && message.ja4 !== "")
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.ja4);
                if (message.ech != null && $Object.hasOwnProperty.call(message, "ech") && message.ech !== false)
                    writer.uint32(/* id 8, wireType 0 =*/64).bool(message.ech);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified QuicInfo message, length delimited. Does not implicitly {@link probe.v1.QuicInfo.verify|verify} messages.
             * @function encodeDelimited
             * @memberof probe.v1.QuicInfo
             * @static
             * @param {probe.v1.QuicInfo.$Properties} message QuicInfo message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            QuicInfo.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a QuicInfo message from the specified reader or buffer.
             * @function decode
             * @memberof probe.v1.QuicInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {probe.v1.QuicInfo & probe.v1.QuicInfo.$Shape} QuicInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            QuicInfo.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.probe.v1.QuicInfo();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.version = value;
                            else
                                delete message.version;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.sni = value;
                            else
                                delete message.sni;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.alpnOffered && message.alpnOffered.length))
                                message.alpnOffered = [];
                            message.alpnOffered.push(reader.stringVerify());
                            continue;
                        }
                    case 4: {
                            if (wireType === 2) {
                                if (!(message.clientSupportedVersions && message.clientSupportedVersions.length))
                                    message.clientSupportedVersions = [];
                                reader.uint32s(message.clientSupportedVersions);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.clientSupportedVersions && message.clientSupportedVersions.length))
                                message.clientSupportedVersions = [];
                            message.clientSupportedVersions.push(reader.uint32());
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.ja3 = value;
                            else
                                delete message.ja3;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.ja3Hash = value;
                            else
                                delete message.ja3Hash;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.ja4 = value;
                            else
                                delete message.ja4;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.ech = value;
                            else
                                delete message.ech;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a QuicInfo message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof probe.v1.QuicInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {probe.v1.QuicInfo & probe.v1.QuicInfo.$Shape} QuicInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            QuicInfo.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Gets the type url for QuicInfo
             * @function getTypeUrl
             * @memberof probe.v1.QuicInfo
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            QuicInfo.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/probe.v1.QuicInfo";
            };

            return QuicInfo;
        })();

        v1.SshInfo = (function() {

            /**
             * Properties of a SshInfo.
             * @typedef {Object} probe.v1.SshInfo.$Properties
             * @property {string|null} [clientBanner] SshInfo clientBanner
             * @property {string|null} [serverBanner] SshInfo serverBanner
             * @property {string|null} [hassh] SshInfo hassh
             * @property {string|null} [hasshAlgorithms] SshInfo hasshAlgorithms
             * @property {string|null} [hasshServer] SshInfo hasshServer
             * @property {string|null} [hasshServerAlgorithms] SshInfo hasshServerAlgorithms
             * @property {number|null} [malformedCount] SshInfo malformedCount
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SshInfo.
             * @memberof probe.v1
             * @interface ISshInfo
             * @augments probe.v1.SshInfo.$Properties
             * @deprecated Use probe.v1.SshInfo.$Properties instead.
             */

            /**
             * Shape of a SshInfo.
             * @typedef {probe.v1.SshInfo.$Properties} probe.v1.SshInfo.$Shape
             */

            /**
             * Constructs a new SshInfo.
             * @memberof probe.v1
             * @classdesc Represents a SshInfo.
             * @constructor
             * @param {probe.v1.SshInfo.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SshInfo = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SshInfo clientBanner.
             * @member {string} clientBanner
             * @memberof probe.v1.SshInfo
             * @instance
             */
            SshInfo.prototype.clientBanner = "";

            /**
             * SshInfo serverBanner.
             * @member {string} serverBanner
             * @memberof probe.v1.SshInfo
             * @instance
             */
            SshInfo.prototype.serverBanner = "";

            /**
             * SshInfo hassh.
             * @member {string} hassh
             * @memberof probe.v1.SshInfo
             * @instance
             */
            SshInfo.prototype.hassh = "";

            /**
             * SshInfo hasshAlgorithms.
             * @member {string} hasshAlgorithms
             * @memberof probe.v1.SshInfo
             * @instance
             */
            SshInfo.prototype.hasshAlgorithms = "";

            /**
             * SshInfo hasshServer.
             * @member {string} hasshServer
             * @memberof probe.v1.SshInfo
             * @instance
             */
            SshInfo.prototype.hasshServer = "";

            /**
             * SshInfo hasshServerAlgorithms.
             * @member {string} hasshServerAlgorithms
             * @memberof probe.v1.SshInfo
             * @instance
             */
            SshInfo.prototype.hasshServerAlgorithms = "";

            /**
             * SshInfo malformedCount.
             * @member {number} malformedCount
             * @memberof probe.v1.SshInfo
             * @instance
             */
            SshInfo.prototype.malformedCount = 0;

            /**
             * Creates a new SshInfo instance using the specified properties.
             * @function create
             * @memberof probe.v1.SshInfo
             * @static
             * @param {probe.v1.SshInfo.$Properties=} [properties] Properties to set
             * @returns {probe.v1.SshInfo} SshInfo instance
             * @type {{
             *   (properties: probe.v1.SshInfo.$Shape): probe.v1.SshInfo & probe.v1.SshInfo.$Shape;
             *   (properties?: probe.v1.SshInfo.$Properties): probe.v1.SshInfo;
             * }}
             */
            SshInfo.create = function(properties) {
                return new SshInfo(properties);
            };

            /**
             * Encodes the specified SshInfo message. Does not implicitly {@link probe.v1.SshInfo.verify|verify} messages.
             * @function encode
             * @memberof probe.v1.SshInfo
             * @static
             * @param {probe.v1.SshInfo.$Properties} message SshInfo message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SshInfo.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.clientBanner != null && $Object.hasOwnProperty.call(message, "clientBanner") && message.clientBanner !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.clientBanner);
                if (message.serverBanner != null && $Object.hasOwnProperty.call(message, "serverBanner") && message.serverBanner !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.serverBanner);
                if (message.hassh != null && $Object.hasOwnProperty.call(message, "hassh") && message.hassh !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.hassh);
                if (message.hasshAlgorithms != null && $Object.hasOwnProperty.call(message, "hasshAlgorithms") && message.hasshAlgorithms !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.hasshAlgorithms);
                if (message.hasshServer != null && $Object.hasOwnProperty.call(message, "hasshServer") && message.hasshServer !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.hasshServer);
                if (message.hasshServerAlgorithms != null && $Object.hasOwnProperty.call(message, "hasshServerAlgorithms") && message.hasshServerAlgorithms !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.hasshServerAlgorithms);
                if (message.malformedCount != null && $Object.hasOwnProperty.call(message, "malformedCount") && message.malformedCount !== 0)
                    writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.malformedCount);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified SshInfo message, length delimited. Does not implicitly {@link probe.v1.SshInfo.verify|verify} messages.
             * @function encodeDelimited
             * @memberof probe.v1.SshInfo
             * @static
             * @param {probe.v1.SshInfo.$Properties} message SshInfo message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SshInfo.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a SshInfo message from the specified reader or buffer.
             * @function decode
             * @memberof probe.v1.SshInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {probe.v1.SshInfo & probe.v1.SshInfo.$Shape} SshInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SshInfo.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.probe.v1.SshInfo();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.clientBanner = value;
                            else
                                delete message.clientBanner;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.serverBanner = value;
                            else
                                delete message.serverBanner;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.hassh = value;
                            else
                                delete message.hassh;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.hasshAlgorithms = value;
                            else
                                delete message.hasshAlgorithms;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.hasshServer = value;
                            else
                                delete message.hasshServer;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.hasshServerAlgorithms = value;
                            else
                                delete message.hasshServerAlgorithms;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.malformedCount = value;
                            else
                                delete message.malformedCount;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a SshInfo message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof probe.v1.SshInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {probe.v1.SshInfo & probe.v1.SshInfo.$Shape} SshInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SshInfo.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Gets the type url for SshInfo
             * @function getTypeUrl
             * @memberof probe.v1.SshInfo
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SshInfo.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/probe.v1.SshInfo";
            };

            return SshInfo;
        })();

        v1.DhcpTransaction = (function() {

            /**
             * Properties of a DhcpTransaction.
             * @typedef {Object} probe.v1.DhcpTransaction.$Properties
             * @property {number|null} [xid] DhcpTransaction xid
             * @property {string|null} [clientMac] DhcpTransaction clientMac
             * @property {Array.<number>|null} [messageTypes] DhcpTransaction messageTypes
             * @property {number|null} [messageCount] DhcpTransaction messageCount
             * @property {string|null} [hostname] DhcpTransaction hostname
             * @property {string|null} [clientFqdn] DhcpTransaction clientFqdn
             * @property {string|null} [vendorClass] DhcpTransaction vendorClass
             * @property {Array.<number>|null} [paramRequestList] DhcpTransaction paramRequestList
             * @property {string|null} [requestedAddress] DhcpTransaction requestedAddress
             * @property {string|null} [assignedAddress] DhcpTransaction assignedAddress
             * @property {string|null} [clientAddress] DhcpTransaction clientAddress
             * @property {string|null} [serverId] DhcpTransaction serverId
             * @property {number|null} [leaseTimeS] DhcpTransaction leaseTimeS
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DhcpTransaction.
             * @memberof probe.v1
             * @interface IDhcpTransaction
             * @augments probe.v1.DhcpTransaction.$Properties
             * @deprecated Use probe.v1.DhcpTransaction.$Properties instead.
             */

            /**
             * Shape of a DhcpTransaction.
             * @typedef {probe.v1.DhcpTransaction.$Properties} probe.v1.DhcpTransaction.$Shape
             */

            /**
             * Constructs a new DhcpTransaction.
             * @memberof probe.v1
             * @classdesc Represents a DhcpTransaction.
             * @constructor
             * @param {probe.v1.DhcpTransaction.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DhcpTransaction = function (properties) {
                this.messageTypes = [];
                this.paramRequestList = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DhcpTransaction xid.
             * @member {number} xid
             * @memberof probe.v1.DhcpTransaction
             * @instance
             */
            DhcpTransaction.prototype.xid = 0;

            /**
             * DhcpTransaction clientMac.
             * @member {string} clientMac
             * @memberof probe.v1.DhcpTransaction
             * @instance
             */
            DhcpTransaction.prototype.clientMac = "";

            /**
             * DhcpTransaction messageTypes.
             * @member {Array.<number>} messageTypes
             * @memberof probe.v1.DhcpTransaction
             * @instance
             */
            DhcpTransaction.prototype.messageTypes = $util.emptyArray;

            /**
             * DhcpTransaction messageCount.
             * @member {number} messageCount
             * @memberof probe.v1.DhcpTransaction
             * @instance
             */
            DhcpTransaction.prototype.messageCount = 0;

            /**
             * DhcpTransaction hostname.
             * @member {string} hostname
             * @memberof probe.v1.DhcpTransaction
             * @instance
             */
            DhcpTransaction.prototype.hostname = "";

            /**
             * DhcpTransaction clientFqdn.
             * @member {string} clientFqdn
             * @memberof probe.v1.DhcpTransaction
             * @instance
             */
            DhcpTransaction.prototype.clientFqdn = "";

            /**
             * DhcpTransaction vendorClass.
             * @member {string} vendorClass
             * @memberof probe.v1.DhcpTransaction
             * @instance
             */
            DhcpTransaction.prototype.vendorClass = "";

            /**
             * DhcpTransaction paramRequestList.
             * @member {Array.<number>} paramRequestList
             * @memberof probe.v1.DhcpTransaction
             * @instance
             */
            DhcpTransaction.prototype.paramRequestList = $util.emptyArray;

            /**
             * DhcpTransaction requestedAddress.
             * @member {string} requestedAddress
             * @memberof probe.v1.DhcpTransaction
             * @instance
             */
            DhcpTransaction.prototype.requestedAddress = "";

            /**
             * DhcpTransaction assignedAddress.
             * @member {string} assignedAddress
             * @memberof probe.v1.DhcpTransaction
             * @instance
             */
            DhcpTransaction.prototype.assignedAddress = "";

            /**
             * DhcpTransaction clientAddress.
             * @member {string} clientAddress
             * @memberof probe.v1.DhcpTransaction
             * @instance
             */
            DhcpTransaction.prototype.clientAddress = "";

            /**
             * DhcpTransaction serverId.
             * @member {string} serverId
             * @memberof probe.v1.DhcpTransaction
             * @instance
             */
            DhcpTransaction.prototype.serverId = "";

            /**
             * DhcpTransaction leaseTimeS.
             * @member {number} leaseTimeS
             * @memberof probe.v1.DhcpTransaction
             * @instance
             */
            DhcpTransaction.prototype.leaseTimeS = 0;

            /**
             * Creates a new DhcpTransaction instance using the specified properties.
             * @function create
             * @memberof probe.v1.DhcpTransaction
             * @static
             * @param {probe.v1.DhcpTransaction.$Properties=} [properties] Properties to set
             * @returns {probe.v1.DhcpTransaction} DhcpTransaction instance
             * @type {{
             *   (properties: probe.v1.DhcpTransaction.$Shape): probe.v1.DhcpTransaction & probe.v1.DhcpTransaction.$Shape;
             *   (properties?: probe.v1.DhcpTransaction.$Properties): probe.v1.DhcpTransaction;
             * }}
             */
            DhcpTransaction.create = function(properties) {
                return new DhcpTransaction(properties);
            };

            /**
             * Encodes the specified DhcpTransaction message. Does not implicitly {@link probe.v1.DhcpTransaction.verify|verify} messages.
             * @function encode
             * @memberof probe.v1.DhcpTransaction
             * @static
             * @param {probe.v1.DhcpTransaction.$Properties} message DhcpTransaction message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DhcpTransaction.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.xid != null && $Object.hasOwnProperty.call(message, "xid") && message.xid !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.xid);
                if (message.clientMac != null && $Object.hasOwnProperty.call(message, "clientMac") && message.clientMac !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.clientMac);
                if (message.messageTypes != null && message.messageTypes.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).uint32s(message.messageTypes);
                if (message.messageCount != null && $Object.hasOwnProperty.call(message, "messageCount") && message.messageCount !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.messageCount);
                if (message.hostname != null && $Object.hasOwnProperty.call(message, "hostname") && message.hostname !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.hostname);
                if (message.clientFqdn != null && $Object.hasOwnProperty.call(message, "clientFqdn") && message.clientFqdn !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.clientFqdn);
                if (message.vendorClass != null && $Object.hasOwnProperty.call(message, "vendorClass") && message.vendorClass !== "")
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.vendorClass);
                if (message.paramRequestList != null && message.paramRequestList.length)
                    writer.uint32(/* id 8, wireType 2 =*/66).uint32s(message.paramRequestList);
                if (message.requestedAddress != null && $Object.hasOwnProperty.call(message, "requestedAddress") && message.requestedAddress !== "")
                    writer.uint32(/* id 9, wireType 2 =*/74).string(message.requestedAddress);
                if (message.assignedAddress != null && $Object.hasOwnProperty.call(message, "assignedAddress") && message.assignedAddress !== "")
                    writer.uint32(/* id 10, wireType 2 =*/82).string(message.assignedAddress);
                if (message.clientAddress != null && $Object.hasOwnProperty.call(message, "clientAddress") && message.clientAddress !== "")
                    writer.uint32(/* id 11, wireType 2 =*/90).string(message.clientAddress);
                if (message.serverId != null && $Object.hasOwnProperty.call(message, "serverId") && message.serverId !== "")
                    writer.uint32(/* id 12, wireType 2 =*/98).string(message.serverId);
                if (message.leaseTimeS != null && $Object.hasOwnProperty.call(message, "leaseTimeS") && message.leaseTimeS !== 0)
                    writer.uint32(/* id 13, wireType 0 =*/104).uint32(message.leaseTimeS);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified DhcpTransaction message, length delimited. Does not implicitly {@link probe.v1.DhcpTransaction.verify|verify} messages.
             * @function encodeDelimited
             * @memberof probe.v1.DhcpTransaction
             * @static
             * @param {probe.v1.DhcpTransaction.$Properties} message DhcpTransaction message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DhcpTransaction.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a DhcpTransaction message from the specified reader or buffer.
             * @function decode
             * @memberof probe.v1.DhcpTransaction
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {probe.v1.DhcpTransaction & probe.v1.DhcpTransaction.$Shape} DhcpTransaction
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DhcpTransaction.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.probe.v1.DhcpTransaction();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.xid = value;
                            else
                                delete message.xid;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.clientMac = value;
                            else
                                delete message.clientMac;
                            continue;
                        }
                    case 3: {
                            if (wireType === 2) {
                                if (!(message.messageTypes && message.messageTypes.length))
                                    message.messageTypes = [];
                                reader.uint32s(message.messageTypes);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.messageTypes && message.messageTypes.length))
                                message.messageTypes = [];
                            message.messageTypes.push(reader.uint32());
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.messageCount = value;
                            else
                                delete message.messageCount;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.hostname = value;
                            else
                                delete message.hostname;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.clientFqdn = value;
                            else
                                delete message.clientFqdn;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.vendorClass = value;
                            else
                                delete message.vendorClass;
                            continue;
                        }
                    case 8: {
                            if (wireType === 2) {
                                if (!(message.paramRequestList && message.paramRequestList.length))
                                    message.paramRequestList = [];
                                reader.uint32s(message.paramRequestList);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.paramRequestList && message.paramRequestList.length))
                                message.paramRequestList = [];
                            message.paramRequestList.push(reader.uint32());
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.requestedAddress = value;
                            else
                                delete message.requestedAddress;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.assignedAddress = value;
                            else
                                delete message.assignedAddress;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.clientAddress = value;
                            else
                                delete message.clientAddress;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.serverId = value;
                            else
                                delete message.serverId;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.leaseTimeS = value;
                            else
                                delete message.leaseTimeS;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a DhcpTransaction message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof probe.v1.DhcpTransaction
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {probe.v1.DhcpTransaction & probe.v1.DhcpTransaction.$Shape} DhcpTransaction
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DhcpTransaction.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Gets the type url for DhcpTransaction
             * @function getTypeUrl
             * @memberof probe.v1.DhcpTransaction
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            DhcpTransaction.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/probe.v1.DhcpTransaction";
            };

            return DhcpTransaction;
        })();

        v1.DhcpInfo = (function() {

            /**
             * Properties of a DhcpInfo.
             * @typedef {Object} probe.v1.DhcpInfo.$Properties
             * @property {Array.<probe.v1.DhcpTransaction.$Properties>|null} [transactions] DhcpInfo transactions
             * @property {number|null} [transactionCount] DhcpInfo transactionCount
             * @property {number|null} [messageCount] DhcpInfo messageCount
             * @property {number|null} [malformedCount] DhcpInfo malformedCount
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DhcpInfo.
             * @memberof probe.v1
             * @interface IDhcpInfo
             * @augments probe.v1.DhcpInfo.$Properties
             * @deprecated Use probe.v1.DhcpInfo.$Properties instead.
             */

            /**
             * Shape of a DhcpInfo.
             * @typedef {probe.v1.DhcpInfo.$Properties} probe.v1.DhcpInfo.$Shape
             */

            /**
             * Constructs a new DhcpInfo.
             * @memberof probe.v1
             * @classdesc Represents a DhcpInfo.
             * @constructor
             * @param {probe.v1.DhcpInfo.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DhcpInfo = function (properties) {
                this.transactions = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DhcpInfo transactions.
             * @member {Array.<probe.v1.DhcpTransaction.$Properties>} transactions
             * @memberof probe.v1.DhcpInfo
             * @instance
             */
            DhcpInfo.prototype.transactions = $util.emptyArray;

            /**
             * DhcpInfo transactionCount.
             * @member {number} transactionCount
             * @memberof probe.v1.DhcpInfo
             * @instance
             */
            DhcpInfo.prototype.transactionCount = 0;

            /**
             * DhcpInfo messageCount.
             * @member {number} messageCount
             * @memberof probe.v1.DhcpInfo
             * @instance
             */
            DhcpInfo.prototype.messageCount = 0;

            /**
             * DhcpInfo malformedCount.
             * @member {number} malformedCount
             * @memberof probe.v1.DhcpInfo
             * @instance
             */
            DhcpInfo.prototype.malformedCount = 0;

            /**
             * Creates a new DhcpInfo instance using the specified properties.
             * @function create
             * @memberof probe.v1.DhcpInfo
             * @static
             * @param {probe.v1.DhcpInfo.$Properties=} [properties] Properties to set
             * @returns {probe.v1.DhcpInfo} DhcpInfo instance
             * @type {{
             *   (properties: probe.v1.DhcpInfo.$Shape): probe.v1.DhcpInfo & probe.v1.DhcpInfo.$Shape;
             *   (properties?: probe.v1.DhcpInfo.$Properties): probe.v1.DhcpInfo;
             * }}
             */
            DhcpInfo.create = function(properties) {
                return new DhcpInfo(properties);
            };

            /**
             * Encodes the specified DhcpInfo message. Does not implicitly {@link probe.v1.DhcpInfo.verify|verify} messages.
             * @function encode
             * @memberof probe.v1.DhcpInfo
             * @static
             * @param {probe.v1.DhcpInfo.$Properties} message DhcpInfo message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DhcpInfo.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.transactions != null && message.transactions.length)
                    for (let i = 0; i < message.transactions.length; ++i)
                        $root.probe.v1.DhcpTransaction.encode(message.transactions[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.transactionCount != null && $Object.hasOwnProperty.call(message, "transactionCount") && message.transactionCount !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.transactionCount);
                if (message.messageCount != null && $Object.hasOwnProperty.call(message, "messageCount") && message.messageCount !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.messageCount);
                if (message.malformedCount != null && $Object.hasOwnProperty.call(message, "malformedCount") && message.malformedCount !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.malformedCount);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified DhcpInfo message, length delimited. Does not implicitly {@link probe.v1.DhcpInfo.verify|verify} messages.
             * @function encodeDelimited
             * @memberof probe.v1.DhcpInfo
             * @static
             * @param {probe.v1.DhcpInfo.$Properties} message DhcpInfo message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DhcpInfo.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a DhcpInfo message from the specified reader or buffer.
             * @function decode
             * @memberof probe.v1.DhcpInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {probe.v1.DhcpInfo & probe.v1.DhcpInfo.$Shape} DhcpInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DhcpInfo.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.probe.v1.DhcpInfo();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.transactions && message.transactions.length))
                                message.transactions = [];
                            message.transactions.push($root.probe.v1.DhcpTransaction.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.transactionCount = value;
                            else
                                delete message.transactionCount;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.messageCount = value;
                            else
                                delete message.messageCount;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.malformedCount = value;
                            else
                                delete message.malformedCount;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a DhcpInfo message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof probe.v1.DhcpInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {probe.v1.DhcpInfo & probe.v1.DhcpInfo.$Shape} DhcpInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DhcpInfo.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Gets the type url for DhcpInfo
             * @function getTypeUrl
             * @memberof probe.v1.DhcpInfo
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            DhcpInfo.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/probe.v1.DhcpInfo";
            };

            return DhcpInfo;
        })();

        v1.FlowBatch = (function() {

            /**
             * Properties of a FlowBatch.
             * @typedef {Object} probe.v1.FlowBatch.$Properties
             * @property {Array.<probe.v1.FlowRecord.$Properties>|null} [flows] FlowBatch flows
             * @property {number|null} [recordCount] FlowBatch recordCount
             * @property {number|Long|null} [epoch] FlowBatch epoch
             * @property {number|Long|null} [seq] FlowBatch seq
             * @property {boolean|null} [historical] FlowBatch historical
             * @property {number|Long|null} [publishedMs] FlowBatch publishedMs
             * @property {number|Long|null} [droppedRecords] FlowBatch droppedRecords
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a FlowBatch.
             * @memberof probe.v1
             * @interface IFlowBatch
             * @augments probe.v1.FlowBatch.$Properties
             * @deprecated Use probe.v1.FlowBatch.$Properties instead.
             */

            /**
             * Shape of a FlowBatch.
             * @typedef {probe.v1.FlowBatch.$Properties} probe.v1.FlowBatch.$Shape
             */

            /**
             * Constructs a new FlowBatch.
             * @memberof probe.v1
             * @classdesc Represents a FlowBatch.
             * @constructor
             * @param {probe.v1.FlowBatch.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const FlowBatch = function (properties) {
                this.flows = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * FlowBatch flows.
             * @member {Array.<probe.v1.FlowRecord.$Properties>} flows
             * @memberof probe.v1.FlowBatch
             * @instance
             */
            FlowBatch.prototype.flows = $util.emptyArray;

            /**
             * FlowBatch recordCount.
             * @member {number} recordCount
             * @memberof probe.v1.FlowBatch
             * @instance
             */
            FlowBatch.prototype.recordCount = 0;

            /**
             * FlowBatch epoch.
             * @member {number|Long} epoch
             * @memberof probe.v1.FlowBatch
             * @instance
             */
            FlowBatch.prototype.epoch = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * FlowBatch seq.
             * @member {number|Long} seq
             * @memberof probe.v1.FlowBatch
             * @instance
             */
            FlowBatch.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * FlowBatch historical.
             * @member {boolean} historical
             * @memberof probe.v1.FlowBatch
             * @instance
             */
            FlowBatch.prototype.historical = false;

            /**
             * FlowBatch publishedMs.
             * @member {number|Long} publishedMs
             * @memberof probe.v1.FlowBatch
             * @instance
             */
            FlowBatch.prototype.publishedMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * FlowBatch droppedRecords.
             * @member {number|Long} droppedRecords
             * @memberof probe.v1.FlowBatch
             * @instance
             */
            FlowBatch.prototype.droppedRecords = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new FlowBatch instance using the specified properties.
             * @function create
             * @memberof probe.v1.FlowBatch
             * @static
             * @param {probe.v1.FlowBatch.$Properties=} [properties] Properties to set
             * @returns {probe.v1.FlowBatch} FlowBatch instance
             * @type {{
             *   (properties: probe.v1.FlowBatch.$Shape): probe.v1.FlowBatch & probe.v1.FlowBatch.$Shape;
             *   (properties?: probe.v1.FlowBatch.$Properties): probe.v1.FlowBatch;
             * }}
             */
            FlowBatch.create = function(properties) {
                return new FlowBatch(properties);
            };

            /**
             * Encodes the specified FlowBatch message. Does not implicitly {@link probe.v1.FlowBatch.verify|verify} messages.
             * @function encode
             * @memberof probe.v1.FlowBatch
             * @static
             * @param {probe.v1.FlowBatch.$Properties} message FlowBatch message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FlowBatch.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.flows != null && message.flows.length)
                    for (let i = 0; i < message.flows.length; ++i)
                        $root.probe.v1.FlowRecord.encode(message.flows[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.recordCount != null && $Object.hasOwnProperty.call(message, "recordCount") && message.recordCount !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.recordCount);
                if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch") && (typeof message.epoch === "object" ? message.epoch.low || message.epoch.high : message.epoch !== 0))
                    writer.uint32(/* id 3, wireType 1 =*/25).fixed64(message.epoch);
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && (typeof message.seq === "object" ? message.seq.low || message.seq.high : message.seq !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.seq);
                if (message.historical != null && $Object.hasOwnProperty.call(message, "historical") && message.historical !== false)
                    writer.uint32(/* id 5, wireType 0 =*/40).bool(message.historical);
                if (message.publishedMs != null && $Object.hasOwnProperty.call(message, "publishedMs") && (typeof message.publishedMs === "object" ? message.publishedMs.low || message.publishedMs.high : message.publishedMs !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.publishedMs);
                if (message.droppedRecords != null && $Object.hasOwnProperty.call(message, "droppedRecords") && (typeof message.droppedRecords === "object" ? message.droppedRecords.low || message.droppedRecords.high : message.droppedRecords !== 0))
                    writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.droppedRecords);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified FlowBatch message, length delimited. Does not implicitly {@link probe.v1.FlowBatch.verify|verify} messages.
             * @function encodeDelimited
             * @memberof probe.v1.FlowBatch
             * @static
             * @param {probe.v1.FlowBatch.$Properties} message FlowBatch message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FlowBatch.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a FlowBatch message from the specified reader or buffer.
             * @function decode
             * @memberof probe.v1.FlowBatch
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {probe.v1.FlowBatch & probe.v1.FlowBatch.$Shape} FlowBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FlowBatch.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.probe.v1.FlowBatch();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.flows && message.flows.length))
                                message.flows = [];
                            message.flows.push($root.probe.v1.FlowRecord.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.recordCount = value;
                            else
                                delete message.recordCount;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 1)
                                break;
                            if (typeof (value = reader.fixed64()) === "object" ? value.low || value.high : value !== 0)
                                message.epoch = value;
                            else
                                delete message.epoch;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.seq = value;
                            else
                                delete message.seq;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.historical = value;
                            else
                                delete message.historical;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.publishedMs = value;
                            else
                                delete message.publishedMs;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.droppedRecords = value;
                            else
                                delete message.droppedRecords;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a FlowBatch message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof probe.v1.FlowBatch
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {probe.v1.FlowBatch & probe.v1.FlowBatch.$Shape} FlowBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FlowBatch.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Gets the type url for FlowBatch
             * @function getTypeUrl
             * @memberof probe.v1.FlowBatch
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            FlowBatch.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/probe.v1.FlowBatch";
            };

            return FlowBatch;
        })();

        /**
         * Stream enum.
         * @name probe.v1.Stream
         * @enum {number}
         * @property {number} STREAM_UNSPECIFIED=0 STREAM_UNSPECIFIED value
         * @property {number} STREAM_FLOWS=1 STREAM_FLOWS value
         * @property {number} STREAM_DETECTIONS=2 STREAM_DETECTIONS value
         */
        v1.Stream = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "STREAM_UNSPECIFIED"] = 0;
            values[valuesById[1] = "STREAM_FLOWS"] = 1;
            values[valuesById[2] = "STREAM_DETECTIONS"] = 2;
            return values;
        })();

        v1.Detection = (function() {

            /**
             * Properties of a Detection.
             * @typedef {Object} probe.v1.Detection.$Properties
             * @property {number|Long|null} [detectionId] Detection detectionId
             * @property {number|Long|null} [timeMs] Detection timeMs
             * @property {string|null} [kind] Detection kind
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Detection.
             * @memberof probe.v1
             * @interface IDetection
             * @augments probe.v1.Detection.$Properties
             * @deprecated Use probe.v1.Detection.$Properties instead.
             */

            /**
             * Shape of a Detection.
             * @typedef {probe.v1.Detection.$Properties} probe.v1.Detection.$Shape
             */

            /**
             * Constructs a new Detection.
             * @memberof probe.v1
             * @classdesc Represents a Detection.
             * @constructor
             * @param {probe.v1.Detection.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Detection = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Detection detectionId.
             * @member {number|Long} detectionId
             * @memberof probe.v1.Detection
             * @instance
             */
            Detection.prototype.detectionId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Detection timeMs.
             * @member {number|Long} timeMs
             * @memberof probe.v1.Detection
             * @instance
             */
            Detection.prototype.timeMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Detection kind.
             * @member {string} kind
             * @memberof probe.v1.Detection
             * @instance
             */
            Detection.prototype.kind = "";

            /**
             * Creates a new Detection instance using the specified properties.
             * @function create
             * @memberof probe.v1.Detection
             * @static
             * @param {probe.v1.Detection.$Properties=} [properties] Properties to set
             * @returns {probe.v1.Detection} Detection instance
             * @type {{
             *   (properties: probe.v1.Detection.$Shape): probe.v1.Detection & probe.v1.Detection.$Shape;
             *   (properties?: probe.v1.Detection.$Properties): probe.v1.Detection;
             * }}
             */
            Detection.create = function(properties) {
                return new Detection(properties);
            };

            /**
             * Encodes the specified Detection message. Does not implicitly {@link probe.v1.Detection.verify|verify} messages.
             * @function encode
             * @memberof probe.v1.Detection
             * @static
             * @param {probe.v1.Detection.$Properties} message Detection message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Detection.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.detectionId != null && $Object.hasOwnProperty.call(message, "detectionId") && (typeof message.detectionId === "object" ? message.detectionId.low || message.detectionId.high : message.detectionId !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.detectionId);
                if (message.timeMs != null && $Object.hasOwnProperty.call(message, "timeMs") && (typeof message.timeMs === "object" ? message.timeMs.low || message.timeMs.high : message.timeMs !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.timeMs);
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.kind);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Detection message, length delimited. Does not implicitly {@link probe.v1.Detection.verify|verify} messages.
             * @function encodeDelimited
             * @memberof probe.v1.Detection
             * @static
             * @param {probe.v1.Detection.$Properties} message Detection message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Detection.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Detection message from the specified reader or buffer.
             * @function decode
             * @memberof probe.v1.Detection
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {probe.v1.Detection & probe.v1.Detection.$Shape} Detection
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Detection.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.probe.v1.Detection();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.detectionId = value;
                            else
                                delete message.detectionId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.timeMs = value;
                            else
                                delete message.timeMs;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.kind = value;
                            else
                                delete message.kind;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Detection message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof probe.v1.Detection
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {probe.v1.Detection & probe.v1.Detection.$Shape} Detection
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Detection.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Gets the type url for Detection
             * @function getTypeUrl
             * @memberof probe.v1.Detection
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Detection.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/probe.v1.Detection";
            };

            return Detection;
        })();

        v1.DetectionBatch = (function() {

            /**
             * Properties of a DetectionBatch.
             * @typedef {Object} probe.v1.DetectionBatch.$Properties
             * @property {Array.<probe.v1.Detection.$Properties>|null} [detections] DetectionBatch detections
             * @property {number|null} [recordCount] DetectionBatch recordCount
             * @property {number|Long|null} [epoch] DetectionBatch epoch
             * @property {number|Long|null} [seq] DetectionBatch seq
             * @property {boolean|null} [historical] DetectionBatch historical
             * @property {number|Long|null} [publishedMs] DetectionBatch publishedMs
             * @property {number|Long|null} [droppedRecords] DetectionBatch droppedRecords
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DetectionBatch.
             * @memberof probe.v1
             * @interface IDetectionBatch
             * @augments probe.v1.DetectionBatch.$Properties
             * @deprecated Use probe.v1.DetectionBatch.$Properties instead.
             */

            /**
             * Shape of a DetectionBatch.
             * @typedef {probe.v1.DetectionBatch.$Properties} probe.v1.DetectionBatch.$Shape
             */

            /**
             * Constructs a new DetectionBatch.
             * @memberof probe.v1
             * @classdesc Represents a DetectionBatch.
             * @constructor
             * @param {probe.v1.DetectionBatch.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DetectionBatch = function (properties) {
                this.detections = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DetectionBatch detections.
             * @member {Array.<probe.v1.Detection.$Properties>} detections
             * @memberof probe.v1.DetectionBatch
             * @instance
             */
            DetectionBatch.prototype.detections = $util.emptyArray;

            /**
             * DetectionBatch recordCount.
             * @member {number} recordCount
             * @memberof probe.v1.DetectionBatch
             * @instance
             */
            DetectionBatch.prototype.recordCount = 0;

            /**
             * DetectionBatch epoch.
             * @member {number|Long} epoch
             * @memberof probe.v1.DetectionBatch
             * @instance
             */
            DetectionBatch.prototype.epoch = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * DetectionBatch seq.
             * @member {number|Long} seq
             * @memberof probe.v1.DetectionBatch
             * @instance
             */
            DetectionBatch.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * DetectionBatch historical.
             * @member {boolean} historical
             * @memberof probe.v1.DetectionBatch
             * @instance
             */
            DetectionBatch.prototype.historical = false;

            /**
             * DetectionBatch publishedMs.
             * @member {number|Long} publishedMs
             * @memberof probe.v1.DetectionBatch
             * @instance
             */
            DetectionBatch.prototype.publishedMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * DetectionBatch droppedRecords.
             * @member {number|Long} droppedRecords
             * @memberof probe.v1.DetectionBatch
             * @instance
             */
            DetectionBatch.prototype.droppedRecords = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new DetectionBatch instance using the specified properties.
             * @function create
             * @memberof probe.v1.DetectionBatch
             * @static
             * @param {probe.v1.DetectionBatch.$Properties=} [properties] Properties to set
             * @returns {probe.v1.DetectionBatch} DetectionBatch instance
             * @type {{
             *   (properties: probe.v1.DetectionBatch.$Shape): probe.v1.DetectionBatch & probe.v1.DetectionBatch.$Shape;
             *   (properties?: probe.v1.DetectionBatch.$Properties): probe.v1.DetectionBatch;
             * }}
             */
            DetectionBatch.create = function(properties) {
                return new DetectionBatch(properties);
            };

            /**
             * Encodes the specified DetectionBatch message. Does not implicitly {@link probe.v1.DetectionBatch.verify|verify} messages.
             * @function encode
             * @memberof probe.v1.DetectionBatch
             * @static
             * @param {probe.v1.DetectionBatch.$Properties} message DetectionBatch message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DetectionBatch.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.detections != null && message.detections.length)
                    for (let i = 0; i < message.detections.length; ++i)
                        $root.probe.v1.Detection.encode(message.detections[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.recordCount != null && $Object.hasOwnProperty.call(message, "recordCount") && message.recordCount !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.recordCount);
                if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch") && (typeof message.epoch === "object" ? message.epoch.low || message.epoch.high : message.epoch !== 0))
                    writer.uint32(/* id 3, wireType 1 =*/25).fixed64(message.epoch);
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && (typeof message.seq === "object" ? message.seq.low || message.seq.high : message.seq !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.seq);
                if (message.historical != null && $Object.hasOwnProperty.call(message, "historical") && message.historical !== false)
                    writer.uint32(/* id 5, wireType 0 =*/40).bool(message.historical);
                if (message.publishedMs != null && $Object.hasOwnProperty.call(message, "publishedMs") && (typeof message.publishedMs === "object" ? message.publishedMs.low || message.publishedMs.high : message.publishedMs !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.publishedMs);
                if (message.droppedRecords != null && $Object.hasOwnProperty.call(message, "droppedRecords") && (typeof message.droppedRecords === "object" ? message.droppedRecords.low || message.droppedRecords.high : message.droppedRecords !== 0))
                    writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.droppedRecords);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified DetectionBatch message, length delimited. Does not implicitly {@link probe.v1.DetectionBatch.verify|verify} messages.
             * @function encodeDelimited
             * @memberof probe.v1.DetectionBatch
             * @static
             * @param {probe.v1.DetectionBatch.$Properties} message DetectionBatch message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DetectionBatch.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a DetectionBatch message from the specified reader or buffer.
             * @function decode
             * @memberof probe.v1.DetectionBatch
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {probe.v1.DetectionBatch & probe.v1.DetectionBatch.$Shape} DetectionBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DetectionBatch.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.probe.v1.DetectionBatch();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.detections && message.detections.length))
                                message.detections = [];
                            message.detections.push($root.probe.v1.Detection.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.recordCount = value;
                            else
                                delete message.recordCount;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 1)
                                break;
                            if (typeof (value = reader.fixed64()) === "object" ? value.low || value.high : value !== 0)
                                message.epoch = value;
                            else
                                delete message.epoch;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.seq = value;
                            else
                                delete message.seq;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.historical = value;
                            else
                                delete message.historical;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.publishedMs = value;
                            else
                                delete message.publishedMs;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.droppedRecords = value;
                            else
                                delete message.droppedRecords;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a DetectionBatch message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof probe.v1.DetectionBatch
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {probe.v1.DetectionBatch & probe.v1.DetectionBatch.$Shape} DetectionBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DetectionBatch.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Gets the type url for DetectionBatch
             * @function getTypeUrl
             * @memberof probe.v1.DetectionBatch
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            DetectionBatch.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/probe.v1.DetectionBatch";
            };

            return DetectionBatch;
        })();

        v1.StreamState = (function() {

            /**
             * Properties of a StreamState.
             * @typedef {Object} probe.v1.StreamState.$Properties
             * @property {probe.v1.Stream|null} [stream] StreamState stream
             * @property {number|Long|null} [epoch] StreamState epoch
             * @property {number|Long|null} [lastSeq] StreamState lastSeq
             * @property {number|Long|null} [ackedSeq] StreamState ackedSeq
             * @property {number|Long|null} [droppedRecords] StreamState droppedRecords
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a StreamState.
             * @memberof probe.v1
             * @interface IStreamState
             * @augments probe.v1.StreamState.$Properties
             * @deprecated Use probe.v1.StreamState.$Properties instead.
             */

            /**
             * Shape of a StreamState.
             * @typedef {probe.v1.StreamState.$Properties} probe.v1.StreamState.$Shape
             */

            /**
             * Constructs a new StreamState.
             * @memberof probe.v1
             * @classdesc Represents a StreamState.
             * @constructor
             * @param {probe.v1.StreamState.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const StreamState = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * StreamState stream.
             * @member {probe.v1.Stream} stream
             * @memberof probe.v1.StreamState
             * @instance
             */
            StreamState.prototype.stream = 0;

            /**
             * StreamState epoch.
             * @member {number|Long} epoch
             * @memberof probe.v1.StreamState
             * @instance
             */
            StreamState.prototype.epoch = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * StreamState lastSeq.
             * @member {number|Long} lastSeq
             * @memberof probe.v1.StreamState
             * @instance
             */
            StreamState.prototype.lastSeq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * StreamState ackedSeq.
             * @member {number|Long} ackedSeq
             * @memberof probe.v1.StreamState
             * @instance
             */
            StreamState.prototype.ackedSeq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * StreamState droppedRecords.
             * @member {number|Long} droppedRecords
             * @memberof probe.v1.StreamState
             * @instance
             */
            StreamState.prototype.droppedRecords = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new StreamState instance using the specified properties.
             * @function create
             * @memberof probe.v1.StreamState
             * @static
             * @param {probe.v1.StreamState.$Properties=} [properties] Properties to set
             * @returns {probe.v1.StreamState} StreamState instance
             * @type {{
             *   (properties: probe.v1.StreamState.$Shape): probe.v1.StreamState & probe.v1.StreamState.$Shape;
             *   (properties?: probe.v1.StreamState.$Properties): probe.v1.StreamState;
             * }}
             */
            StreamState.create = function(properties) {
                return new StreamState(properties);
            };

            /**
             * Encodes the specified StreamState message. Does not implicitly {@link probe.v1.StreamState.verify|verify} messages.
             * @function encode
             * @memberof probe.v1.StreamState
             * @static
             * @param {probe.v1.StreamState.$Properties} message StreamState message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StreamState.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.stream != null && $Object.hasOwnProperty.call(message, "stream") && message.stream !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.stream);
                if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch") && (typeof message.epoch === "object" ? message.epoch.low || message.epoch.high : message.epoch !== 0))
                    writer.uint32(/* id 2, wireType 1 =*/17).fixed64(message.epoch);
                if (message.lastSeq != null && $Object.hasOwnProperty.call(message, "lastSeq") && (typeof message.lastSeq === "object" ? message.lastSeq.low || message.lastSeq.high : message.lastSeq !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.lastSeq);
                if (message.ackedSeq != null && $Object.hasOwnProperty.call(message, "ackedSeq") && (typeof message.ackedSeq === "object" ? message.ackedSeq.low || message.ackedSeq.high : message.ackedSeq !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.ackedSeq);
                if (message.droppedRecords != null && $Object.hasOwnProperty.call(message, "droppedRecords") && (typeof message.droppedRecords === "object" ? message.droppedRecords.low || message.droppedRecords.high : message.droppedRecords !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.droppedRecords);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified StreamState message, length delimited. Does not implicitly {@link probe.v1.StreamState.verify|verify} messages.
             * @function encodeDelimited
             * @memberof probe.v1.StreamState
             * @static
             * @param {probe.v1.StreamState.$Properties} message StreamState message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StreamState.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a StreamState message from the specified reader or buffer.
             * @function decode
             * @memberof probe.v1.StreamState
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {probe.v1.StreamState & probe.v1.StreamState.$Shape} StreamState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StreamState.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.probe.v1.StreamState();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.stream = value;
                            else
                                delete message.stream;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 1)
                                break;
                            if (typeof (value = reader.fixed64()) === "object" ? value.low || value.high : value !== 0)
                                message.epoch = value;
                            else
                                delete message.epoch;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.lastSeq = value;
                            else
                                delete message.lastSeq;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.ackedSeq = value;
                            else
                                delete message.ackedSeq;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.droppedRecords = value;
                            else
                                delete message.droppedRecords;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a StreamState message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof probe.v1.StreamState
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {probe.v1.StreamState & probe.v1.StreamState.$Shape} StreamState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StreamState.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Gets the type url for StreamState
             * @function getTypeUrl
             * @memberof probe.v1.StreamState
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            StreamState.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/probe.v1.StreamState";
            };

            return StreamState;
        })();

        v1.Birth = (function() {

            /**
             * Properties of a Birth.
             * @typedef {Object} probe.v1.Birth.$Properties
             * @property {string|null} [probeId] Birth probeId
             * @property {number|Long|null} [bdSeq] Birth bdSeq
             * @property {string|null} [agentVersion] Birth agentVersion
             * @property {number|Long|null} [startedMs] Birth startedMs
             * @property {number|Long|null} [timeMs] Birth timeMs
             * @property {Array.<string>|null} [capabilities] Birth capabilities
             * @property {Array.<probe.v1.StreamState.$Properties>|null} [streams] Birth streams
             * @property {number|Long|null} [flowsLostUnclean] Birth flowsLostUnclean
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Birth.
             * @memberof probe.v1
             * @interface IBirth
             * @augments probe.v1.Birth.$Properties
             * @deprecated Use probe.v1.Birth.$Properties instead.
             */

            /**
             * Shape of a Birth.
             * @typedef {probe.v1.Birth.$Properties} probe.v1.Birth.$Shape
             */

            /**
             * Constructs a new Birth.
             * @memberof probe.v1
             * @classdesc Represents a Birth.
             * @constructor
             * @param {probe.v1.Birth.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Birth = function (properties) {
                this.capabilities = [];
                this.streams = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Birth probeId.
             * @member {string} probeId
             * @memberof probe.v1.Birth
             * @instance
             */
            Birth.prototype.probeId = "";

            /**
             * Birth bdSeq.
             * @member {number|Long} bdSeq
             * @memberof probe.v1.Birth
             * @instance
             */
            Birth.prototype.bdSeq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Birth agentVersion.
             * @member {string} agentVersion
             * @memberof probe.v1.Birth
             * @instance
             */
            Birth.prototype.agentVersion = "";

            /**
             * Birth startedMs.
             * @member {number|Long} startedMs
             * @memberof probe.v1.Birth
             * @instance
             */
            Birth.prototype.startedMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Birth timeMs.
             * @member {number|Long} timeMs
             * @memberof probe.v1.Birth
             * @instance
             */
            Birth.prototype.timeMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Birth capabilities.
             * @member {Array.<string>} capabilities
             * @memberof probe.v1.Birth
             * @instance
             */
            Birth.prototype.capabilities = $util.emptyArray;

            /**
             * Birth streams.
             * @member {Array.<probe.v1.StreamState.$Properties>} streams
             * @memberof probe.v1.Birth
             * @instance
             */
            Birth.prototype.streams = $util.emptyArray;

            /**
             * Birth flowsLostUnclean.
             * @member {number|Long} flowsLostUnclean
             * @memberof probe.v1.Birth
             * @instance
             */
            Birth.prototype.flowsLostUnclean = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new Birth instance using the specified properties.
             * @function create
             * @memberof probe.v1.Birth
             * @static
             * @param {probe.v1.Birth.$Properties=} [properties] Properties to set
             * @returns {probe.v1.Birth} Birth instance
             * @type {{
             *   (properties: probe.v1.Birth.$Shape): probe.v1.Birth & probe.v1.Birth.$Shape;
             *   (properties?: probe.v1.Birth.$Properties): probe.v1.Birth;
             * }}
             */
            Birth.create = function(properties) {
                return new Birth(properties);
            };

            /**
             * Encodes the specified Birth message. Does not implicitly {@link probe.v1.Birth.verify|verify} messages.
             * @function encode
             * @memberof probe.v1.Birth
             * @static
             * @param {probe.v1.Birth.$Properties} message Birth message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Birth.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.probeId != null && $Object.hasOwnProperty.call(message, "probeId") && message.probeId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.probeId);
                if (message.bdSeq != null && $Object.hasOwnProperty.call(message, "bdSeq") && (typeof message.bdSeq === "object" ? message.bdSeq.low || message.bdSeq.high : message.bdSeq !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.bdSeq);
                if (message.agentVersion != null && $Object.hasOwnProperty.call(message, "agentVersion") && message.agentVersion !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.agentVersion);
                if (message.startedMs != null && $Object.hasOwnProperty.call(message, "startedMs") && (typeof message.startedMs === "object" ? message.startedMs.low || message.startedMs.high : message.startedMs !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.startedMs);
                if (message.timeMs != null && $Object.hasOwnProperty.call(message, "timeMs") && (typeof message.timeMs === "object" ? message.timeMs.low || message.timeMs.high : message.timeMs !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.timeMs);
                if (message.capabilities != null && message.capabilities.length)
                    for (let i = 0; i < message.capabilities.length; ++i)
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.capabilities[i]);
                if (message.streams != null && message.streams.length)
                    for (let i = 0; i < message.streams.length; ++i)
                        $root.probe.v1.StreamState.encode(message.streams[i], writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message.flowsLostUnclean != null && $Object.hasOwnProperty.call(message, "flowsLostUnclean") && (typeof message.flowsLostUnclean === "object" ? message.flowsLostUnclean.low || message.flowsLostUnclean.high : message.flowsLostUnclean !== 0))
                    writer.uint32(/* id 8, wireType 0 =*/64).uint64(message.flowsLostUnclean);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Birth message, length delimited. Does not implicitly {@link probe.v1.Birth.verify|verify} messages.
             * @function encodeDelimited
             * @memberof probe.v1.Birth
             * @static
             * @param {probe.v1.Birth.$Properties} message Birth message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Birth.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Birth message from the specified reader or buffer.
             * @function decode
             * @memberof probe.v1.Birth
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {probe.v1.Birth & probe.v1.Birth.$Shape} Birth
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Birth.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.probe.v1.Birth();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.probeId = value;
                            else
                                delete message.probeId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.bdSeq = value;
                            else
                                delete message.bdSeq;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.agentVersion = value;
                            else
                                delete message.agentVersion;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.startedMs = value;
                            else
                                delete message.startedMs;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.timeMs = value;
                            else
                                delete message.timeMs;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if (!(message.capabilities && message.capabilities.length))
                                message.capabilities = [];
                            message.capabilities.push(reader.stringVerify());
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if (!(message.streams && message.streams.length))
                                message.streams = [];
                            message.streams.push($root.probe.v1.StreamState.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.flowsLostUnclean = value;
                            else
                                delete message.flowsLostUnclean;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Birth message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof probe.v1.Birth
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {probe.v1.Birth & probe.v1.Birth.$Shape} Birth
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Birth.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Gets the type url for Birth
             * @function getTypeUrl
             * @memberof probe.v1.Birth
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Birth.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/probe.v1.Birth";
            };

            return Birth;
        })();

        v1.Death = (function() {

            /**
             * Properties of a Death.
             * @typedef {Object} probe.v1.Death.$Properties
             * @property {string|null} [probeId] Death probeId
             * @property {number|Long|null} [bdSeq] Death bdSeq
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Death.
             * @memberof probe.v1
             * @interface IDeath
             * @augments probe.v1.Death.$Properties
             * @deprecated Use probe.v1.Death.$Properties instead.
             */

            /**
             * Shape of a Death.
             * @typedef {probe.v1.Death.$Properties} probe.v1.Death.$Shape
             */

            /**
             * Constructs a new Death.
             * @memberof probe.v1
             * @classdesc Represents a Death.
             * @constructor
             * @param {probe.v1.Death.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Death = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Death probeId.
             * @member {string} probeId
             * @memberof probe.v1.Death
             * @instance
             */
            Death.prototype.probeId = "";

            /**
             * Death bdSeq.
             * @member {number|Long} bdSeq
             * @memberof probe.v1.Death
             * @instance
             */
            Death.prototype.bdSeq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new Death instance using the specified properties.
             * @function create
             * @memberof probe.v1.Death
             * @static
             * @param {probe.v1.Death.$Properties=} [properties] Properties to set
             * @returns {probe.v1.Death} Death instance
             * @type {{
             *   (properties: probe.v1.Death.$Shape): probe.v1.Death & probe.v1.Death.$Shape;
             *   (properties?: probe.v1.Death.$Properties): probe.v1.Death;
             * }}
             */
            Death.create = function(properties) {
                return new Death(properties);
            };

            /**
             * Encodes the specified Death message. Does not implicitly {@link probe.v1.Death.verify|verify} messages.
             * @function encode
             * @memberof probe.v1.Death
             * @static
             * @param {probe.v1.Death.$Properties} message Death message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Death.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.probeId != null && $Object.hasOwnProperty.call(message, "probeId") && message.probeId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.probeId);
                if (message.bdSeq != null && $Object.hasOwnProperty.call(message, "bdSeq") && (typeof message.bdSeq === "object" ? message.bdSeq.low || message.bdSeq.high : message.bdSeq !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.bdSeq);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Death message, length delimited. Does not implicitly {@link probe.v1.Death.verify|verify} messages.
             * @function encodeDelimited
             * @memberof probe.v1.Death
             * @static
             * @param {probe.v1.Death.$Properties} message Death message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Death.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Death message from the specified reader or buffer.
             * @function decode
             * @memberof probe.v1.Death
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {probe.v1.Death & probe.v1.Death.$Shape} Death
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Death.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.probe.v1.Death();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.probeId = value;
                            else
                                delete message.probeId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.bdSeq = value;
                            else
                                delete message.bdSeq;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Death message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof probe.v1.Death
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {probe.v1.Death & probe.v1.Death.$Shape} Death
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Death.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Gets the type url for Death
             * @function getTypeUrl
             * @memberof probe.v1.Death
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Death.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/probe.v1.Death";
            };

            return Death;
        })();

        v1.Status = (function() {

            /**
             * Properties of a Status.
             * @typedef {Object} probe.v1.Status.$Properties
             * @property {string|null} [probeId] Status probeId
             * @property {number|Long|null} [timeMs] Status timeMs
             * @property {number|Long|null} [uptimeMs] Status uptimeMs
             * @property {number|Long|null} [packets] Status packets
             * @property {number|Long|null} [kernelDrops] Status kernelDrops
             * @property {number|Long|null} [ringDrops] Status ringDrops
             * @property {number|Long|null} [malformed] Status malformed
             * @property {number|Long|null} [activeFlows] Status activeFlows
             * @property {number|Long|null} [flowRecords] Status flowRecords
             * @property {boolean|null} [connected] Status connected
             * @property {string|null} [broker] Status broker
             * @property {number|Long|null} [lastAckMs] Status lastAckMs
             * @property {number|Long|null} [spoolBytes] Status spoolBytes
             * @property {number|Long|null} [spoolQuotaBytes] Status spoolQuotaBytes
             * @property {number|Long|null} [unackedRecords] Status unackedRecords
             * @property {number|Long|null} [oldestUnackedAgeMs] Status oldestUnackedAgeMs
             * @property {Array.<probe.v1.StreamState.$Properties>|null} [streams] Status streams
             * @property {number|Long|null} [bdSeq] Status bdSeq
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Status.
             * @memberof probe.v1
             * @interface IStatus
             * @augments probe.v1.Status.$Properties
             * @deprecated Use probe.v1.Status.$Properties instead.
             */

            /**
             * Shape of a Status.
             * @typedef {probe.v1.Status.$Properties} probe.v1.Status.$Shape
             */

            /**
             * Constructs a new Status.
             * @memberof probe.v1
             * @classdesc Represents a Status.
             * @constructor
             * @param {probe.v1.Status.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Status = function (properties) {
                this.streams = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Status probeId.
             * @member {string} probeId
             * @memberof probe.v1.Status
             * @instance
             */
            Status.prototype.probeId = "";

            /**
             * Status timeMs.
             * @member {number|Long} timeMs
             * @memberof probe.v1.Status
             * @instance
             */
            Status.prototype.timeMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Status uptimeMs.
             * @member {number|Long} uptimeMs
             * @memberof probe.v1.Status
             * @instance
             */
            Status.prototype.uptimeMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Status packets.
             * @member {number|Long} packets
             * @memberof probe.v1.Status
             * @instance
             */
            Status.prototype.packets = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Status kernelDrops.
             * @member {number|Long} kernelDrops
             * @memberof probe.v1.Status
             * @instance
             */
            Status.prototype.kernelDrops = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Status ringDrops.
             * @member {number|Long} ringDrops
             * @memberof probe.v1.Status
             * @instance
             */
            Status.prototype.ringDrops = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Status malformed.
             * @member {number|Long} malformed
             * @memberof probe.v1.Status
             * @instance
             */
            Status.prototype.malformed = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Status activeFlows.
             * @member {number|Long} activeFlows
             * @memberof probe.v1.Status
             * @instance
             */
            Status.prototype.activeFlows = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Status flowRecords.
             * @member {number|Long} flowRecords
             * @memberof probe.v1.Status
             * @instance
             */
            Status.prototype.flowRecords = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Status connected.
             * @member {boolean} connected
             * @memberof probe.v1.Status
             * @instance
             */
            Status.prototype.connected = false;

            /**
             * Status broker.
             * @member {string} broker
             * @memberof probe.v1.Status
             * @instance
             */
            Status.prototype.broker = "";

            /**
             * Status lastAckMs.
             * @member {number|Long} lastAckMs
             * @memberof probe.v1.Status
             * @instance
             */
            Status.prototype.lastAckMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Status spoolBytes.
             * @member {number|Long} spoolBytes
             * @memberof probe.v1.Status
             * @instance
             */
            Status.prototype.spoolBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Status spoolQuotaBytes.
             * @member {number|Long} spoolQuotaBytes
             * @memberof probe.v1.Status
             * @instance
             */
            Status.prototype.spoolQuotaBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Status unackedRecords.
             * @member {number|Long} unackedRecords
             * @memberof probe.v1.Status
             * @instance
             */
            Status.prototype.unackedRecords = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Status oldestUnackedAgeMs.
             * @member {number|Long} oldestUnackedAgeMs
             * @memberof probe.v1.Status
             * @instance
             */
            Status.prototype.oldestUnackedAgeMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Status streams.
             * @member {Array.<probe.v1.StreamState.$Properties>} streams
             * @memberof probe.v1.Status
             * @instance
             */
            Status.prototype.streams = $util.emptyArray;

            /**
             * Status bdSeq.
             * @member {number|Long} bdSeq
             * @memberof probe.v1.Status
             * @instance
             */
            Status.prototype.bdSeq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new Status instance using the specified properties.
             * @function create
             * @memberof probe.v1.Status
             * @static
             * @param {probe.v1.Status.$Properties=} [properties] Properties to set
             * @returns {probe.v1.Status} Status instance
             * @type {{
             *   (properties: probe.v1.Status.$Shape): probe.v1.Status & probe.v1.Status.$Shape;
             *   (properties?: probe.v1.Status.$Properties): probe.v1.Status;
             * }}
             */
            Status.create = function(properties) {
                return new Status(properties);
            };

            /**
             * Encodes the specified Status message. Does not implicitly {@link probe.v1.Status.verify|verify} messages.
             * @function encode
             * @memberof probe.v1.Status
             * @static
             * @param {probe.v1.Status.$Properties} message Status message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Status.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.probeId != null && $Object.hasOwnProperty.call(message, "probeId") && message.probeId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.probeId);
                if (message.timeMs != null && $Object.hasOwnProperty.call(message, "timeMs") && (typeof message.timeMs === "object" ? message.timeMs.low || message.timeMs.high : message.timeMs !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.timeMs);
                if (message.uptimeMs != null && $Object.hasOwnProperty.call(message, "uptimeMs") && (typeof message.uptimeMs === "object" ? message.uptimeMs.low || message.uptimeMs.high : message.uptimeMs !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.uptimeMs);
                if (message.packets != null && $Object.hasOwnProperty.call(message, "packets") && (typeof message.packets === "object" ? message.packets.low || message.packets.high : message.packets !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.packets);
                if (message.kernelDrops != null && $Object.hasOwnProperty.call(message, "kernelDrops") && (typeof message.kernelDrops === "object" ? message.kernelDrops.low || message.kernelDrops.high : message.kernelDrops !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.kernelDrops);
                if (message.ringDrops != null && $Object.hasOwnProperty.call(message, "ringDrops") && (typeof message.ringDrops === "object" ? message.ringDrops.low || message.ringDrops.high : message.ringDrops !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.ringDrops);
                if (message.malformed != null && $Object.hasOwnProperty.call(message, "malformed") && (typeof message.malformed === "object" ? message.malformed.low || message.malformed.high : message.malformed !== 0))
                    writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.malformed);
                if (message.activeFlows != null && $Object.hasOwnProperty.call(message, "activeFlows") && (typeof message.activeFlows === "object" ? message.activeFlows.low || message.activeFlows.high : message.activeFlows !== 0))
                    writer.uint32(/* id 8, wireType 0 =*/64).uint64(message.activeFlows);
                if (message.flowRecords != null && $Object.hasOwnProperty.call(message, "flowRecords") && (typeof message.flowRecords === "object" ? message.flowRecords.low || message.flowRecords.high : message.flowRecords !== 0))
                    writer.uint32(/* id 9, wireType 0 =*/72).uint64(message.flowRecords);
                if (message.connected != null && $Object.hasOwnProperty.call(message, "connected") && message.connected !== false)
                    writer.uint32(/* id 10, wireType 0 =*/80).bool(message.connected);
                if (message.broker != null && $Object.hasOwnProperty.call(message, "broker") && message.broker !== "")
                    writer.uint32(/* id 11, wireType 2 =*/90).string(message.broker);
                if (message.lastAckMs != null && $Object.hasOwnProperty.call(message, "lastAckMs") && (typeof message.lastAckMs === "object" ? message.lastAckMs.low || message.lastAckMs.high : message.lastAckMs !== 0))
                    writer.uint32(/* id 12, wireType 0 =*/96).uint64(message.lastAckMs);
                if (message.spoolBytes != null && $Object.hasOwnProperty.call(message, "spoolBytes") && (typeof message.spoolBytes === "object" ? message.spoolBytes.low || message.spoolBytes.high : message.spoolBytes !== 0))
                    writer.uint32(/* id 13, wireType 0 =*/104).uint64(message.spoolBytes);
                if (message.spoolQuotaBytes != null && $Object.hasOwnProperty.call(message, "spoolQuotaBytes") && (typeof message.spoolQuotaBytes === "object" ? message.spoolQuotaBytes.low || message.spoolQuotaBytes.high : message.spoolQuotaBytes !== 0))
                    writer.uint32(/* id 14, wireType 0 =*/112).uint64(message.spoolQuotaBytes);
                if (message.unackedRecords != null && $Object.hasOwnProperty.call(message, "unackedRecords") && (typeof message.unackedRecords === "object" ? message.unackedRecords.low || message.unackedRecords.high : message.unackedRecords !== 0))
                    writer.uint32(/* id 15, wireType 0 =*/120).uint64(message.unackedRecords);
                if (message.oldestUnackedAgeMs != null && $Object.hasOwnProperty.call(message, "oldestUnackedAgeMs") && (typeof message.oldestUnackedAgeMs === "object" ? message.oldestUnackedAgeMs.low || message.oldestUnackedAgeMs.high : message.oldestUnackedAgeMs !== 0))
                    writer.uint32(/* id 16, wireType 0 =*/128).uint64(message.oldestUnackedAgeMs);
                if (message.streams != null && message.streams.length)
                    for (let i = 0; i < message.streams.length; ++i)
                        $root.probe.v1.StreamState.encode(message.streams[i], writer.uint32(/* id 17, wireType 2 =*/138).fork(), _depth + 1).ldelim();
                if (message.bdSeq != null && $Object.hasOwnProperty.call(message, "bdSeq") && (typeof message.bdSeq === "object" ? message.bdSeq.low || message.bdSeq.high : message.bdSeq !== 0))
                    writer.uint32(/* id 18, wireType 0 =*/144).uint64(message.bdSeq);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Status message, length delimited. Does not implicitly {@link probe.v1.Status.verify|verify} messages.
             * @function encodeDelimited
             * @memberof probe.v1.Status
             * @static
             * @param {probe.v1.Status.$Properties} message Status message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Status.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Status message from the specified reader or buffer.
             * @function decode
             * @memberof probe.v1.Status
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {probe.v1.Status & probe.v1.Status.$Shape} Status
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Status.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.probe.v1.Status();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.probeId = value;
                            else
                                delete message.probeId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.timeMs = value;
                            else
                                delete message.timeMs;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.uptimeMs = value;
                            else
                                delete message.uptimeMs;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.packets = value;
                            else
                                delete message.packets;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.kernelDrops = value;
                            else
                                delete message.kernelDrops;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.ringDrops = value;
                            else
                                delete message.ringDrops;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.malformed = value;
                            else
                                delete message.malformed;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.activeFlows = value;
                            else
                                delete message.activeFlows;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.flowRecords = value;
                            else
                                delete message.flowRecords;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.connected = value;
                            else
                                delete message.connected;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.broker = value;
                            else
                                delete message.broker;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.lastAckMs = value;
                            else
                                delete message.lastAckMs;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.spoolBytes = value;
                            else
                                delete message.spoolBytes;
                            continue;
                        }
                    case 14: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.spoolQuotaBytes = value;
                            else
                                delete message.spoolQuotaBytes;
                            continue;
                        }
                    case 15: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.unackedRecords = value;
                            else
                                delete message.unackedRecords;
                            continue;
                        }
                    case 16: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.oldestUnackedAgeMs = value;
                            else
                                delete message.oldestUnackedAgeMs;
                            continue;
                        }
                    case 17: {
                            if (wireType !== 2)
                                break;
                            if (!(message.streams && message.streams.length))
                                message.streams = [];
                            message.streams.push($root.probe.v1.StreamState.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 18: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.bdSeq = value;
                            else
                                delete message.bdSeq;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Status message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof probe.v1.Status
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {probe.v1.Status & probe.v1.Status.$Shape} Status
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Status.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Gets the type url for Status
             * @function getTypeUrl
             * @memberof probe.v1.Status
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Status.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/probe.v1.Status";
            };

            return Status;
        })();

        v1.SeqRange = (function() {

            /**
             * Properties of a SeqRange.
             * @typedef {Object} probe.v1.SeqRange.$Properties
             * @property {number|Long|null} [first] SeqRange first
             * @property {number|Long|null} [last] SeqRange last
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SeqRange.
             * @memberof probe.v1
             * @interface ISeqRange
             * @augments probe.v1.SeqRange.$Properties
             * @deprecated Use probe.v1.SeqRange.$Properties instead.
             */

            /**
             * Shape of a SeqRange.
             * @typedef {probe.v1.SeqRange.$Properties} probe.v1.SeqRange.$Shape
             */

            /**
             * Constructs a new SeqRange.
             * @memberof probe.v1
             * @classdesc Represents a SeqRange.
             * @constructor
             * @param {probe.v1.SeqRange.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SeqRange = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SeqRange first.
             * @member {number|Long} first
             * @memberof probe.v1.SeqRange
             * @instance
             */
            SeqRange.prototype.first = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * SeqRange last.
             * @member {number|Long} last
             * @memberof probe.v1.SeqRange
             * @instance
             */
            SeqRange.prototype.last = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new SeqRange instance using the specified properties.
             * @function create
             * @memberof probe.v1.SeqRange
             * @static
             * @param {probe.v1.SeqRange.$Properties=} [properties] Properties to set
             * @returns {probe.v1.SeqRange} SeqRange instance
             * @type {{
             *   (properties: probe.v1.SeqRange.$Shape): probe.v1.SeqRange & probe.v1.SeqRange.$Shape;
             *   (properties?: probe.v1.SeqRange.$Properties): probe.v1.SeqRange;
             * }}
             */
            SeqRange.create = function(properties) {
                return new SeqRange(properties);
            };

            /**
             * Encodes the specified SeqRange message. Does not implicitly {@link probe.v1.SeqRange.verify|verify} messages.
             * @function encode
             * @memberof probe.v1.SeqRange
             * @static
             * @param {probe.v1.SeqRange.$Properties} message SeqRange message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SeqRange.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.first != null && $Object.hasOwnProperty.call(message, "first") && (typeof message.first === "object" ? message.first.low || message.first.high : message.first !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.first);
                if (message.last != null && $Object.hasOwnProperty.call(message, "last") && (typeof message.last === "object" ? message.last.low || message.last.high : message.last !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.last);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified SeqRange message, length delimited. Does not implicitly {@link probe.v1.SeqRange.verify|verify} messages.
             * @function encodeDelimited
             * @memberof probe.v1.SeqRange
             * @static
             * @param {probe.v1.SeqRange.$Properties} message SeqRange message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SeqRange.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a SeqRange message from the specified reader or buffer.
             * @function decode
             * @memberof probe.v1.SeqRange
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {probe.v1.SeqRange & probe.v1.SeqRange.$Shape} SeqRange
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SeqRange.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.probe.v1.SeqRange();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.first = value;
                            else
                                delete message.first;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.last = value;
                            else
                                delete message.last;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a SeqRange message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof probe.v1.SeqRange
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {probe.v1.SeqRange & probe.v1.SeqRange.$Shape} SeqRange
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SeqRange.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Gets the type url for SeqRange
             * @function getTypeUrl
             * @memberof probe.v1.SeqRange
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SeqRange.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/probe.v1.SeqRange";
            };

            return SeqRange;
        })();

        v1.Ack = (function() {

            /**
             * Properties of an Ack.
             * @typedef {Object} probe.v1.Ack.$Properties
             * @property {probe.v1.Stream|null} [stream] Ack stream
             * @property {number|Long|null} [epoch] Ack epoch
             * @property {Array.<probe.v1.SeqRange.$Properties>|null} [ranges] Ack ranges
             * @property {string|null} [collectorId] Ack collectorId
             * @property {number|Long|null} [timeMs] Ack timeMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Ack.
             * @memberof probe.v1
             * @interface IAck
             * @augments probe.v1.Ack.$Properties
             * @deprecated Use probe.v1.Ack.$Properties instead.
             */

            /**
             * Shape of an Ack.
             * @typedef {probe.v1.Ack.$Properties} probe.v1.Ack.$Shape
             */

            /**
             * Constructs a new Ack.
             * @memberof probe.v1
             * @classdesc Represents an Ack.
             * @constructor
             * @param {probe.v1.Ack.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Ack = function (properties) {
                this.ranges = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Ack stream.
             * @member {probe.v1.Stream} stream
             * @memberof probe.v1.Ack
             * @instance
             */
            Ack.prototype.stream = 0;

            /**
             * Ack epoch.
             * @member {number|Long} epoch
             * @memberof probe.v1.Ack
             * @instance
             */
            Ack.prototype.epoch = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Ack ranges.
             * @member {Array.<probe.v1.SeqRange.$Properties>} ranges
             * @memberof probe.v1.Ack
             * @instance
             */
            Ack.prototype.ranges = $util.emptyArray;

            /**
             * Ack collectorId.
             * @member {string} collectorId
             * @memberof probe.v1.Ack
             * @instance
             */
            Ack.prototype.collectorId = "";

            /**
             * Ack timeMs.
             * @member {number|Long} timeMs
             * @memberof probe.v1.Ack
             * @instance
             */
            Ack.prototype.timeMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new Ack instance using the specified properties.
             * @function create
             * @memberof probe.v1.Ack
             * @static
             * @param {probe.v1.Ack.$Properties=} [properties] Properties to set
             * @returns {probe.v1.Ack} Ack instance
             * @type {{
             *   (properties: probe.v1.Ack.$Shape): probe.v1.Ack & probe.v1.Ack.$Shape;
             *   (properties?: probe.v1.Ack.$Properties): probe.v1.Ack;
             * }}
             */
            Ack.create = function(properties) {
                return new Ack(properties);
            };

            /**
             * Encodes the specified Ack message. Does not implicitly {@link probe.v1.Ack.verify|verify} messages.
             * @function encode
             * @memberof probe.v1.Ack
             * @static
             * @param {probe.v1.Ack.$Properties} message Ack message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Ack.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.stream != null && $Object.hasOwnProperty.call(message, "stream") && message.stream !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.stream);
                if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch") && (typeof message.epoch === "object" ? message.epoch.low || message.epoch.high : message.epoch !== 0))
                    writer.uint32(/* id 2, wireType 1 =*/17).fixed64(message.epoch);
                if (message.ranges != null && message.ranges.length)
                    for (let i = 0; i < message.ranges.length; ++i)
                        $root.probe.v1.SeqRange.encode(message.ranges[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.collectorId != null && $Object.hasOwnProperty.call(message, "collectorId") && message.collectorId !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.collectorId);
                if (message.timeMs != null && $Object.hasOwnProperty.call(message, "timeMs") && (typeof message.timeMs === "object" ? message.timeMs.low || message.timeMs.high : message.timeMs !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.timeMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Ack message, length delimited. Does not implicitly {@link probe.v1.Ack.verify|verify} messages.
             * @function encodeDelimited
             * @memberof probe.v1.Ack
             * @static
             * @param {probe.v1.Ack.$Properties} message Ack message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Ack.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an Ack message from the specified reader or buffer.
             * @function decode
             * @memberof probe.v1.Ack
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {probe.v1.Ack & probe.v1.Ack.$Shape} Ack
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Ack.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.probe.v1.Ack();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.stream = value;
                            else
                                delete message.stream;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 1)
                                break;
                            if (typeof (value = reader.fixed64()) === "object" ? value.low || value.high : value !== 0)
                                message.epoch = value;
                            else
                                delete message.epoch;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.ranges && message.ranges.length))
                                message.ranges = [];
                            message.ranges.push($root.probe.v1.SeqRange.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.collectorId = value;
                            else
                                delete message.collectorId;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.timeMs = value;
                            else
                                delete message.timeMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes an Ack message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof probe.v1.Ack
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {probe.v1.Ack & probe.v1.Ack.$Shape} Ack
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Ack.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Gets the type url for Ack
             * @function getTypeUrl
             * @memberof probe.v1.Ack
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Ack.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/probe.v1.Ack";
            };

            return Ack;
        })();

        v1.SignedEnvelope = (function() {

            /**
             * Properties of a SignedEnvelope.
             * @typedef {Object} probe.v1.SignedEnvelope.$Properties
             * @property {Uint8Array|null} [body] SignedEnvelope body
             * @property {string|null} [keyId] SignedEnvelope keyId
             * @property {Uint8Array|null} [signature] SignedEnvelope signature
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SignedEnvelope.
             * @memberof probe.v1
             * @interface ISignedEnvelope
             * @augments probe.v1.SignedEnvelope.$Properties
             * @deprecated Use probe.v1.SignedEnvelope.$Properties instead.
             */

            /**
             * Shape of a SignedEnvelope.
             * @typedef {probe.v1.SignedEnvelope.$Properties} probe.v1.SignedEnvelope.$Shape
             */

            /**
             * Constructs a new SignedEnvelope.
             * @memberof probe.v1
             * @classdesc Represents a SignedEnvelope.
             * @constructor
             * @param {probe.v1.SignedEnvelope.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SignedEnvelope = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SignedEnvelope body.
             * @member {Uint8Array} body
             * @memberof probe.v1.SignedEnvelope
             * @instance
             */
            SignedEnvelope.prototype.body = $util.newBuffer([]);

            /**
             * SignedEnvelope keyId.
             * @member {string} keyId
             * @memberof probe.v1.SignedEnvelope
             * @instance
             */
            SignedEnvelope.prototype.keyId = "";

            /**
             * SignedEnvelope signature.
             * @member {Uint8Array} signature
             * @memberof probe.v1.SignedEnvelope
             * @instance
             */
            SignedEnvelope.prototype.signature = $util.newBuffer([]);

            /**
             * Creates a new SignedEnvelope instance using the specified properties.
             * @function create
             * @memberof probe.v1.SignedEnvelope
             * @static
             * @param {probe.v1.SignedEnvelope.$Properties=} [properties] Properties to set
             * @returns {probe.v1.SignedEnvelope} SignedEnvelope instance
             * @type {{
             *   (properties: probe.v1.SignedEnvelope.$Shape): probe.v1.SignedEnvelope & probe.v1.SignedEnvelope.$Shape;
             *   (properties?: probe.v1.SignedEnvelope.$Properties): probe.v1.SignedEnvelope;
             * }}
             */
            SignedEnvelope.create = function(properties) {
                return new SignedEnvelope(properties);
            };

            /**
             * Encodes the specified SignedEnvelope message. Does not implicitly {@link probe.v1.SignedEnvelope.verify|verify} messages.
             * @function encode
             * @memberof probe.v1.SignedEnvelope
             * @static
             * @param {probe.v1.SignedEnvelope.$Properties} message SignedEnvelope message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SignedEnvelope.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.body != null && $Object.hasOwnProperty.call(message, "body") && message.body.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.body);
                if (message.keyId != null && $Object.hasOwnProperty.call(message, "keyId") && message.keyId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.keyId);
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature") && message.signature.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.signature);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified SignedEnvelope message, length delimited. Does not implicitly {@link probe.v1.SignedEnvelope.verify|verify} messages.
             * @function encodeDelimited
             * @memberof probe.v1.SignedEnvelope
             * @static
             * @param {probe.v1.SignedEnvelope.$Properties} message SignedEnvelope message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SignedEnvelope.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a SignedEnvelope message from the specified reader or buffer.
             * @function decode
             * @memberof probe.v1.SignedEnvelope
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {probe.v1.SignedEnvelope & probe.v1.SignedEnvelope.$Shape} SignedEnvelope
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SignedEnvelope.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.probe.v1.SignedEnvelope();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.body = value;
                            else
                                delete message.body;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.keyId = value;
                            else
                                delete message.keyId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.signature = value;
                            else
                                delete message.signature;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a SignedEnvelope message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof probe.v1.SignedEnvelope
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {probe.v1.SignedEnvelope & probe.v1.SignedEnvelope.$Shape} SignedEnvelope
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SignedEnvelope.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Gets the type url for SignedEnvelope
             * @function getTypeUrl
             * @memberof probe.v1.SignedEnvelope
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SignedEnvelope.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/probe.v1.SignedEnvelope";
            };

            return SignedEnvelope;
        })();

        v1.SignedBody = (function() {

            /**
             * Properties of a SignedBody.
             * @typedef {Object} probe.v1.SignedBody.$Properties
             * @property {string|null} [type] SignedBody type
             * @property {string|null} [target] SignedBody target
             * @property {number|Long|null} [version] SignedBody version
             * @property {number|Long|null} [issuedMs] SignedBody issuedMs
             * @property {number|Long|null} [expiresMs] SignedBody expiresMs
             * @property {Uint8Array|null} [payload] SignedBody payload
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SignedBody.
             * @memberof probe.v1
             * @interface ISignedBody
             * @augments probe.v1.SignedBody.$Properties
             * @deprecated Use probe.v1.SignedBody.$Properties instead.
             */

            /**
             * Shape of a SignedBody.
             * @typedef {probe.v1.SignedBody.$Properties} probe.v1.SignedBody.$Shape
             */

            /**
             * Constructs a new SignedBody.
             * @memberof probe.v1
             * @classdesc Represents a SignedBody.
             * @constructor
             * @param {probe.v1.SignedBody.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SignedBody = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SignedBody type.
             * @member {string} type
             * @memberof probe.v1.SignedBody
             * @instance
             */
            SignedBody.prototype.type = "";

            /**
             * SignedBody target.
             * @member {string} target
             * @memberof probe.v1.SignedBody
             * @instance
             */
            SignedBody.prototype.target = "";

            /**
             * SignedBody version.
             * @member {number|Long} version
             * @memberof probe.v1.SignedBody
             * @instance
             */
            SignedBody.prototype.version = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * SignedBody issuedMs.
             * @member {number|Long} issuedMs
             * @memberof probe.v1.SignedBody
             * @instance
             */
            SignedBody.prototype.issuedMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * SignedBody expiresMs.
             * @member {number|Long} expiresMs
             * @memberof probe.v1.SignedBody
             * @instance
             */
            SignedBody.prototype.expiresMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * SignedBody payload.
             * @member {Uint8Array} payload
             * @memberof probe.v1.SignedBody
             * @instance
             */
            SignedBody.prototype.payload = $util.newBuffer([]);

            /**
             * Creates a new SignedBody instance using the specified properties.
             * @function create
             * @memberof probe.v1.SignedBody
             * @static
             * @param {probe.v1.SignedBody.$Properties=} [properties] Properties to set
             * @returns {probe.v1.SignedBody} SignedBody instance
             * @type {{
             *   (properties: probe.v1.SignedBody.$Shape): probe.v1.SignedBody & probe.v1.SignedBody.$Shape;
             *   (properties?: probe.v1.SignedBody.$Properties): probe.v1.SignedBody;
             * }}
             */
            SignedBody.create = function(properties) {
                return new SignedBody(properties);
            };

            /**
             * Encodes the specified SignedBody message. Does not implicitly {@link probe.v1.SignedBody.verify|verify} messages.
             * @function encode
             * @memberof probe.v1.SignedBody
             * @static
             * @param {probe.v1.SignedBody.$Properties} message SignedBody message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SignedBody.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.type);
                if (message.target != null && $Object.hasOwnProperty.call(message, "target") && message.target !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.target);
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && (typeof message.version === "object" ? message.version.low || message.version.high : message.version !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.version);
                if (message.issuedMs != null && $Object.hasOwnProperty.call(message, "issuedMs") && (typeof message.issuedMs === "object" ? message.issuedMs.low || message.issuedMs.high : message.issuedMs !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.issuedMs);
                if (message.expiresMs != null && $Object.hasOwnProperty.call(message, "expiresMs") && (typeof message.expiresMs === "object" ? message.expiresMs.low || message.expiresMs.high : message.expiresMs !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.expiresMs);
                if (message.payload != null && $Object.hasOwnProperty.call(message, "payload") && message.payload.length)
                    writer.uint32(/* id 6, wireType 2 =*/50).bytes(message.payload);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified SignedBody message, length delimited. Does not implicitly {@link probe.v1.SignedBody.verify|verify} messages.
             * @function encodeDelimited
             * @memberof probe.v1.SignedBody
             * @static
             * @param {probe.v1.SignedBody.$Properties} message SignedBody message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SignedBody.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a SignedBody message from the specified reader or buffer.
             * @function decode
             * @memberof probe.v1.SignedBody
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {probe.v1.SignedBody & probe.v1.SignedBody.$Shape} SignedBody
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SignedBody.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.probe.v1.SignedBody();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.type = value;
                            else
                                delete message.type;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.target = value;
                            else
                                delete message.target;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.version = value;
                            else
                                delete message.version;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.issuedMs = value;
                            else
                                delete message.issuedMs;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.expiresMs = value;
                            else
                                delete message.expiresMs;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.payload = value;
                            else
                                delete message.payload;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a SignedBody message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof probe.v1.SignedBody
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {probe.v1.SignedBody & probe.v1.SignedBody.$Shape} SignedBody
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SignedBody.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Gets the type url for SignedBody
             * @function getTypeUrl
             * @memberof probe.v1.SignedBody
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SignedBody.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/probe.v1.SignedBody";
            };

            return SignedBody;
        })();

        return v1;
    })();

    return probe;
})();

export {
  $root as default
};
