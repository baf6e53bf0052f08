-- wrk script for the slow-uploads load test: GET /api/health and a page of assets in turn, at a fixed pace.
-- Each connection waits PACE_MS (default 90) after each answer, as in dashboard.lua.
local pace = tonumber(os.getenv("PACE_MS") or "90")
local paths = { "/api/health", "/api/assets?limit=20" }
local n = 0

function request()
  n = n + 1
  return wrk.format("GET", paths[n % #paths + 1], { ["Accept"] = "application/json" })
end

function delay()
  return pace
end

dofile("benchmarks/load/report.lua")
