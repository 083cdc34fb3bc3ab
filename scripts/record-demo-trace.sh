#!/usr/bin/env bash
# Records fixtures/demo.pcap, the small trace `npm start` reads: real traffic from real tools on
# this machine's loopback (HTTP with curl against python's http.server, a TLS handshake with
# openssl s_client/s_server, a few UDP datagrams). Run as root; needs tcpdump, curl, openssl,
# python3. The committed file was made with this script.
set -euo pipefail
cd "$(dirname "$0")/.."
out=fixtures/demo.pcap
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT

tcpdump -i lo -s 0 -U -w "$out" 'host 127.0.0.1 and (tcp port 18080 or tcp port 18443 or udp port 18053)' 2>/dev/null &
sleep 1
echo "probe-agent demo page" > "$work/index.html"
(cd "$work" && python3 -m http.server 18080 --bind 127.0.0.1 >/dev/null 2>&1) &
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout "$work/key.pem" -out "$work/cert.pem" \
  -subj "/CN=demo.probe.test" -days 1 2>/dev/null
openssl s_server -accept 18443 -cert "$work/cert.pem" -key "$work/key.pem" -www -quiet >/dev/null 2>&1 &
sleep 1
for i in 1 2 3; do curl -s -o /dev/null "http://127.0.0.1:18080/index.html?n=$i"; done
echo | openssl s_client -connect 127.0.0.1:18443 -servername demo.probe.test >/dev/null 2>&1 || true
python3 - <<'PY'
import socket
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
for i in range(3):
    s.sendto(b"demo datagram %d" % i, ("127.0.0.1", 18053))
PY
sleep 1
kill %1
wait %1 2>/dev/null || true
echo "wrote $out"
