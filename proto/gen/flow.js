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

        v1.FlowBatch = (function() {

            /**
             * Properties of a FlowBatch.
             * @typedef {Object} probe.v1.FlowBatch.$Properties
             * @property {Array.<probe.v1.FlowRecord.$Properties>|null} [flows] FlowBatch flows
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
                let end, message;
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

        return v1;
    })();

    return probe;
})();

export {
  $root as default
};
