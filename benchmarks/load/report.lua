-- wrk reporting shared by the load scripts (run from the repository root): rate, errors and latency percentiles.
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
