#!/usr/bin/env sh
# Issue 12, acceptance 4 (REST part): portfolio reads of a 10,000-event portfolio over 100 assets x 20 years of
# daily candles, p99 per route. Stores the synthetic market (100 stocks x 5,040 trading days, with splits) in a
# temporary home with benchmarks' PortfolioLoadSetup, which also writes the 10,000-event ledger as a Phasewise
# CSV statement; starts the server; signs up a user, opens a USD portfolio and imports the statement over REST;
# then, for each of holdings, summary, performance and value-series, warms up and measures with wrk (Debian
# package "wrk"; one thread, CONNECTIONS connections, default 2, each sending its next request as soon as
# the last is answered). Needs the benchmarks jar (./mvnw -q -pl benchmarks -am package -DskipTests), curl, jq.
# Usage: benchmarks/load/portfolio-load.sh [duration per route, default 15s]
set -eu
cd "$(dirname "$0")/../.."
duration=${1:-15s}
connections=${CONNECTIONS:-2}
jar=benchmarks/target/benchmarks.jar
[ -f "$jar" ] || { echo "build $jar first: ./mvnw -q -pl benchmarks -am package -DskipTests" >&2; exit 1; }
home=$(mktemp -d)
port=${PHASEWISE_PORT:-18291}
export PHASEWISE_HOME="$home" PHASEWISE_PORT="$port"
base="http://127.0.0.1:$port"

started=$(date +%s)
java -cp "$jar" io.phasewise.benchmarks.PortfolioLoadSetup "$home/statement.csv" >"$home/setup.log" 2>&1 \
  || { cat "$home/setup.log" >&2; exit 1; }
echo "market stored and statement written in $(( $(date +%s) - started )) s"
./phasewise serve --no-demo >"$home/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$home"' EXIT
until curl -sf "$base/api/health" >/dev/null; do sleep 1; done

token=$(curl -sf -X POST "$base/api/users" -H 'Content-Type: application/json' \
  -d '{"email":"portfolio-load@example.com"}' | jq -r '.token.secret')
auth="Authorization: Bearer $token"
portfolio=$(curl -sf -X POST "$base/api/me/portfolios" -H "$auth" -H 'Content-Type: application/json' \
  -d '{"name":"Load test","baseCurrency":"USD"}' | jq -r '.id')
started=$(date +%s)
stored=$(curl -sf -X POST "$base/api/me/portfolios/$portfolio/imports?format=PHASEWISE_CSV&origin=statement.csv" \
  -H "$auth" -H 'Content-Type: text/csv' --data-binary "@$home/statement.csv" | jq '.log.stored')
echo "statement imported over REST in $(( $(date +%s) - started )) s: $stored events stored"
[ "$stored" -eq 10000 ] || { echo "expected 10000 events stored" >&2; exit 1; }

export PHASEWISE_TOKEN="$token"
for route in holdings summary performance value-series; do
  export PORTFOLIO_PATH="/api/me/portfolios/$portfolio/$route"
  wrk -t1 -c"$connections" -d10s -s benchmarks/load/portfolio.lua "$base" >/dev/null   # warm-up: JIT, pool, caches
  echo "GET $route ($duration, $connections connections):"
  wrk -t1 -c"$connections" -d"$duration" -s benchmarks/load/portfolio.lua "$base" | sed -n '/^requests /,$p'
done
