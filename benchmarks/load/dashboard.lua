-- wrk script for the dashboard load test: GET the cards of the token's user at a fixed pace.
-- Each connection waits PACE_MS (default 90) after each answer, so 10 connections make about
-- 10 * 1000 / (PACE_MS + latency) requests per second: 90 ms gives just over 100 at the p50 latency
-- (wrk has no rate option; the figures it reports exclude the wait).
local token = os.getenv("PHASEWISE_TOKEN")
local pace = tonumber(os.getenv("PACE_MS") or "90")

wrk.method = "GET"
wrk.path = "/api/me/dashboard?interval=1d"
wrk.headers["Authorization"] = "Bearer " .. token
wrk.headers["Accept"] = "application/json"

function delay()
  return pace
end

dofile("benchmarks/load/report.lua")
