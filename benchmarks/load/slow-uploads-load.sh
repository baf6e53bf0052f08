#!/usr/bin/env bash
# Issue 11, acceptance 3: reads stay fast while 20 clients trickle uploads in.
# Serves the demo universe from a temporary home, opens 20 CSV uploads that each declare 1,000,000 bytes
# and send one byte every 300 ms (they hold the upload threads: 16 by default, the other 4 wait), then
# measures GET /api/health and GET /api/assets?limit=20 in turn with wrk (one thread, 10 connections,
# each waiting 90 ms after every answer: about 100 requests/s). Needs bash (/dev/tcp), curl, jq and wrk.
# Usage: benchmarks/load/slow-uploads-load.sh [duration, default 30s]
set -eu
cd "$(dirname "$0")/../.."
duration=${1:-30s}
home=$(mktemp -d)
port=${PHASEWISE_PORT:-18291}
export PHASEWISE_HOME="$home" PHASEWISE_PORT="$port"
base="http://127.0.0.1:$port"
pids=()

./phasewise serve >"$home/server.log" 2>&1 &
pids+=($!)
trap 'kill "${pids[@]}" 2>/dev/null; wait 2>/dev/null; rm -rf "$home"' EXIT
until curl -sf "$base/api/health" >/dev/null; do sleep 1; done
asset=$(curl -sf "$base/api/assets?q=AAPL" | jq '.items[0].id')

trickle() {
  exec 3<>"/dev/tcp/127.0.0.1/$port"
  printf 'POST /api/assets/%s/candles/import?interval=1d&format=yahoo HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/csv\r\nContent-Length: 1000000\r\n\r\n' "$asset" >&3
  while printf 'D' >&3 2>/dev/null; do sleep 0.3; done
}
for _ in $(seq 20); do
  trickle &
  pids+=($!)
done
sleep 2

wrk -t1 -c10 -d5s -s benchmarks/load/reads.lua "$base" >/dev/null   # warm-up
echo "measured run ($duration) beside 20 trickling uploads:"
wrk -t1 -c10 -d"$duration" -s benchmarks/load/reads.lua "$base"
