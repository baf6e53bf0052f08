#!/usr/bin/env sh
# Issue 4, acceptance 4: dashboard cards of a 50-asset watchlist under 100 requests/s for 30 s.
# Builds a fresh universe (50 synthetic assets x 2,520 daily bars, snapshots and phases) in a temporary
# home, starts the server, signs up a user, watches the 50 assets, warms up, then measures with wrk
# (Debian package "wrk"; one thread, as light as a load generator on the same 2 cores can be; 10
# connections, each waiting 90 ms after every answer: about 100 requests/s). Needs curl and jq.
# Usage: benchmarks/load/dashboard-load.sh [duration, default 30s]
set -eu
cd "$(dirname "$0")/../.."
duration=${1:-30s}
home=$(mktemp -d)
port=${PHASEWISE_PORT:-18290}
export PHASEWISE_HOME="$home" PHASEWISE_PORT="$port"
base="http://127.0.0.1:$port"

./phasewise generate --assets 50 --bars 2520 >/dev/null
./phasewise phases >/dev/null
./phasewise serve --no-demo >"$home/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$home"' EXIT
until curl -sf "$base/api/health" >/dev/null; do sleep 1; done

token=$(curl -sf -X POST "$base/api/users" -H 'Content-Type: application/json' \
  -d '{"email":"load-test@example.com"}' | jq -r '.token.secret')
assets=$(curl -sf "$base/api/assets?limit=50" | jq -c '[.items[].id]')
curl -sf -X PUT "$base/api/me/watchlist" -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
  -d "{\"assets\":$assets}" >/dev/null
cards=$(curl -sf "$base/api/me/dashboard?interval=1d" -H "Authorization: Bearer $token" | jq '.cards | length')
echo "dashboard cards per request: $cards"
[ "$cards" -eq 50 ] || { echo "expected 50 cards" >&2; exit 1; }

export PHASEWISE_TOKEN="$token"
script=benchmarks/load/dashboard.lua
wrk -t1 -c10 -d10s -s "$script" "$base" >/dev/null   # warm-up: JIT, connection pool, caches
echo "measured run ($duration):"
wrk -t1 -c10 -d"$duration" -s "$script" "$base"
