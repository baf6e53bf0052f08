-- wrk script for the portfolio load test: GET one read route of one portfolio, back to back.
-- PHASEWISE_TOKEN is the owner's bearer token, PORTFOLIO_PATH the route, e.g.
-- /api/me/portfolios/<id>/holdings.
local token = os.getenv("PHASEWISE_TOKEN")

wrk.method = "GET"
wrk.path = os.getenv("PORTFOLIO_PATH")
wrk.headers["Authorization"] = "Bearer " .. token
wrk.headers["Accept"] = "application/json"

dofile("benchmarks/load/report.lua")
