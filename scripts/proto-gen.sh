#!/usr/bin/env bash
# Generates the protobufjs static code for proto/*.proto into OUTDIR (default proto/gen).
# test/proto-gen.test.ts runs it into a temporary folder and compares with what is committed.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-proto/gen}
mkdir -p "$out"
node_modules/.bin/pbjs -t static-module -w es6 --no-verify --no-convert --no-service -o "$out/flow.js" proto/flow.proto
node_modules/.bin/pbts -o "$out/flow.d.ts" "$out/flow.js"
