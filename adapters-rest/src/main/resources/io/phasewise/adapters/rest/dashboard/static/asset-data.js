/**
 * The asset detail's data from the public endpoints (candles, indicators, phase timeline), aligned on the
 * asset's bar times, and the TimeChart spec drawn from it.
 */
import { api, q } from "./api.js";
import { indexAt } from "./chart.js";
import { PHASE_COLORS } from "./phases.js";

/** Bars loaded per asset and interval: enough for years of daily bars, one call per series. */
const BARS = 5000;
const INTERVAL_MS = { "1m": 6e4, "5m": 3e5, "15m": 9e5, "30m": 18e5, "1h": 36e5, "4h": 144e5, "1d": 864e5, "1w": 6048e5 };

/** Everything the chart of `assetId` needs at `stored` (an entry of GET /api/assets/{id}/intervals). */
export function loadSeries(assetId, stored) {
  const from = new Date(Date.parse(stored.lastBar) - BARS * INTERVAL_MS[stored.interval]).toISOString();
  const range = { interval: stored.interval, from };
  const indicator = (name, params) => api("GET", "/api/assets/" + assetId + "/indicators/" + name + "?"
    + q(Object.assign({}, range, params))).then((r) => r.json.points);
  return Promise.all([
    candles(assetId, range),
    indicator("sma", { period: 20 }), indicator("sma", { period: 50 }), indicator("bollinger", {}),
    indicator("rsi", {}), indicator("macd", {}),
    api("GET", "/api/assets/" + assetId + "/phases?" + q(range)).then((r) => r.json, () => null)
  ]).then(([bars, sma20, sma50, bollinger, rsi, macd, timeline]) => {
    const times = bars.map((c) => Date.parse(c.time));
    const at = aligner(times);
    return {
      times, bars, timeline,
      sma20: at(sma20, "sma"), sma50: at(sma50, "sma"),
      upper: at(bollinger, "upper"), lower: at(bollinger, "lower"),
      rsi: at(rsi, "rsi"), macd: at(macd, "macd"), signal: at(macd, "signal"), histogram: at(macd, "histogram")
    };
  });
}

/** The closes of another asset on `times`: at each bar, its last close at or before that time. */
export function loadCloses(assetId, interval, times) {
  const range = { interval, from: new Date(times[0] - 30 * INTERVAL_MS[interval]).toISOString() };
  return candles(assetId, range).then((bars) => {
    const own = bars.map((c) => Date.parse(c.time));
    return times.map((t) => (own.length && own[0] <= t ? Number(bars[indexAt(own, t)].close) : null));
  });
}

function candles(assetId, range) {
  return api("GET", "/api/assets/" + assetId + "/candles?" + q(Object.assign({ limit: 10000 }, range)))
    .then((r) => r.json.items);
}

/** A function putting one output of indicator points on the bar times (null where a bar has none). */
function aligner(times) {
  const index = new Map(times.map((t, i) => [t, i]));
  return (points, output) => {
    const values = new Array(times.length).fill(null);
    points.forEach((p) => {
      const i = index.get(Date.parse(p.time));
      if (i !== undefined) values[i] = p[output];
    });
    return values;
  };
}

/**
 * The chart spec: candles (or, comparing, both assets in % from the window's first bar), the chosen
 * overlays, volume, RSI and MACD panes, phase bands and transition marks.
 */
export function chartSpec(data, view) {
  const { times, bars } = data;
  const panes = [pricePane(data, view), volumePane(bars), {
    id: "rsi", weight: 0.9, levels: [30, 70],
    series: [{ kind: "line", name: "RSI 14", values: data.rsi, color: "#b48ead" }]
  }, {
    id: "macd", weight: 0.9, levels: [0],
    series: [
      { kind: "bars", name: "MACD hist", values: data.histogram, colors: data.histogram.map((v) => (v >= 0 ? "#2fb36b" : "#e5534b")) },
      { kind: "line", name: "MACD", values: data.macd, color: "#4c9be8" },
      { kind: "line", name: "signal", values: data.signal, color: "#e3a008" }]
  }];
  const timeline = data.timeline;
  const spans = timeline ? timeline.spans : [];
  return {
    times, panes,
    bands: spans.map((s) => ({ from: Date.parse(s.from), to: Date.parse(s.to), color: PHASE_COLORS[s.phase], label: s.phase })),
    marks: (timeline ? timeline.transitions : []).map((t) => ({ at: Date.parse(t.changedAt), color: PHASE_COLORS[t.to],
      label: (t.from || "start") + " \u2192 " + t.to })),
    window: view.window,
    describe: (i) => phaseAt(spans, times[i])
  };
}

function pricePane(data, view) {
  const { times, bars } = data;
  if (view.compare) {
    const start = indexAt(times, view.window.from);
    const own = bars.map((c) => Number(c.close));
    return { id: "price", weight: 3, percent: true, levels: [0], series: [
      { kind: "line", name: view.symbol + " %", values: relative(own, start), color: "#e6edf3", width: 1.6 },
      { kind: "line", name: view.compare.symbol + " %", values: relative(view.compare.closes, start), color: "#4c9be8", width: 1.6 }] };
  }
  const series = [{ kind: "candles", name: view.symbol,
    values: bars.map((c) => [Number(c.open), Number(c.close), Number(c.low), Number(c.high)]) }];
  if (view.overlays.sma20) series.push({ kind: "line", name: "SMA 20", values: data.sma20, color: "#e3a008" });
  if (view.overlays.sma50) series.push({ kind: "line", name: "SMA 50", values: data.sma50, color: "#4c9be8" });
  if (view.overlays.bollinger) {
    series.push({ kind: "line", name: "BB upper", values: data.upper, color: "#8b9bab", dashed: true });
    series.push({ kind: "line", name: "BB lower", values: data.lower, color: "#8b9bab", dashed: true });
  }
  return { id: "price", weight: 3, log: view.log, series };
}

function volumePane(bars) {
  return { id: "volume", weight: 0.8, series: [{ kind: "bars", name: "Volume", values: bars.map((c) => Number(c.volume)),
    colors: bars.map((c) => (Number(c.close) >= Number(c.open) ? "#2fb36b" : "#e5534b")) }] };
}

/** Each value in % from the first known value at or after `start`. */
function relative(values, start) {
  let base = null;
  for (let i = start; i < values.length && base === null; i++) if (values[i] > 0) base = values[i];
  return values.map((v) => (base === null || v === null ? null : (v / base - 1) * 100));
}

function phaseAt(spans, t) {
  const span = spans.find((s) => Date.parse(s.from) <= t && t < Date.parse(s.to));
  return span ? "phase " + span.phase : "";
}
