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

function done(summary, latency, requests)
  io.write(string.format("requests %d in %.1f s = %.1f/s, errors %d (connect %d, read %d, timeout %d, status %d)\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    summary.errors.connect + summary.errors.read + summary.errors.timeout + summary.errors.status,
    summary.errors.connect, summary.errors.read, summary.errors.timeout, summary.errors.status))
  for _, p in ipairs({ 50, 90, 99, 99.9 }) do
    io.write(string.format("p%s %.2f ms\n", p, latency:percentile(p) / 1000))
  end
  io.write(string.format("max %.2f ms\n", latency.max / 1000))
end
