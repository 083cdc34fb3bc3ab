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
