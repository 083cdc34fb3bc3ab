#!/usr/bin/env bash
# Generates the protobufjs static code for proto/*.proto into OUTDIR (default proto/gen), one
# module (probe.js + probe.d.ts) for every schema of the package probe.v1.
# test/proto-gen.test.ts runs it into a temporary folder and compares with what is committed.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-proto/gen}
mkdir -p "$out"
node_modules/.bin/pbjs -t static-module -w es6 --no-verify --no-convert --no-service -o "$out/probe.js" proto/flow.proto proto/export.proto
node_modules/.bin/pbts -o "$out/probe.d.ts" "$out/probe.js"
