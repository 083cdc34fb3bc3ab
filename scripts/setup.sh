#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine with Node 20 for probe-agent: the system packages the
# build, the tests and the benchmark need, the npm dependencies, the native addon and the
# TypeScript build. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive

# The package list (with why each is needed) is scripts/system-packages.txt.
mapfile -t packages < <(sed -e 's/#.*//' scripts/system-packages.txt | tr -s ' \t' '\n' | sed '/^$/d')
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# node-gyp builds against Node's own headers (Debian's nodejs ships them in /usr/include/node);
# it cannot download them without internet.
if [ -z "${npm_config_nodedir:-}" ] && [ -d /usr/include/node ]; then export npm_config_nodedir=/usr; fi

npm ci --no-audit --no-fund --loglevel=error   # also builds native/ (node-gyp rebuild)
npm run --silent build:ts
echo "probe-agent is built: node dist/agent/cli/main.js --help"
