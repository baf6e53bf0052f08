/**
 * The asset detail panel: the phase in plain words with its technical reasons one click away, the
 * TimeChart of candles, overlays, volume, RSI and MACD with the phase bands, its controls (interval,
 * range, log scale, overlays, compare) and the sentiment meter. Reads public endpoints only.
 */
import { api, q } from "./api.js";
import { TimeChart } from "./chart.js";
import { chartSpec, loadCloses, loadSeries } from "./asset-data.js";
import { asOf, day, num } from "./format.js";
import { PHASES } from "./phases.js";

const $ = (id) => document.getElementById(id);
const RANGES = { "3m": 91, "1y": 365, "5y": 1826 };
const view = { asset: null, stored: [], interval: null, data: null, range: "1y", log: false, compare: null,
  overlays: { sma20: true, sma50: true, bollinger: false }, chart: null, others: () => [] };

/** Wires the controls once; `others()` lists the assets offered for comparison. */
export function initDetail(others) {
  view.others = others;
  view.chart = new TimeChart($("chart"), { readout: $("readout") });
  $("interval").addEventListener("change", (e) => load(e.target.value));
  $("range").addEventListener("click", (e) => {
    const range = e.target.getAttribute("data-range");
    if (!range) return;
    view.range = range;
    $("range").querySelectorAll("button").forEach((b) => b.classList.toggle("on", b === e.target));
    draw();
  });
  $("log").addEventListener("change", (e) => { view.log = e.target.checked; draw(); });
  ["sma20", "sma50", "bollinger"].forEach((k) => $("ov-" + k).addEventListener("change", (e) => { view.overlays[k] = e.target.checked; draw(); }));
  $("compare").addEventListener("change", (e) => compareWith(e.target.value));
  $("detail-close").addEventListener("click", closeDetail);
  let resizing = null;
  window.addEventListener("resize", () => { clearTimeout(resizing); resizing = setTimeout(() => view.chart.resize(), 150); });
}

/** Opens `asset` ({id, symbol, name}) at `preferred` interval if it has candles there, else its first one. */
export function openDetail(asset, preferred) {
  view.asset = asset;
  view.compare = null;
  $("detail").hidden = false;
  $("detail-title").textContent = asset.symbol + " \u2014 " + (asset.name || "");
  $("chart-note").textContent = "loading\u2026";
  fillCompare();
  api("GET", "/api/assets/" + asset.id + "/intervals").then((r) => {
    if (view.asset !== asset) return;
    view.stored = r.json.intervals;
    const select = $("interval");
    select.replaceChildren(...view.stored.map((s) => new Option(s.interval, s.interval)));
    if (!view.stored.length) { noData("No candles stored for " + asset.symbol + " yet."); return; }
    const chosen = view.stored.some((s) => s.interval === preferred) ? preferred : view.stored[0].interval;
    select.value = chosen;
    load(chosen);
  }).catch((e) => noData("Cannot read " + asset.symbol + ": " + e.message));
  $("detail").scrollIntoView({ block: "nearest" });
}

export function closeDetail() {
  view.asset = null;
  $("detail").hidden = true;
  document.dispatchEvent(new CustomEvent("detail-closed"));
}

function load(interval) {
  const asset = view.asset, stored = view.stored.find((s) => s.interval === interval);
  view.interval = interval;
  $("detail-asof").textContent = asOf(stored.asOf);
  $("chart-note").textContent = "loading\u2026";
  loadPhase(asset, interval);
  loadSentiment(asset, stored.asOf);
  loadSeries(asset.id, stored).then((data) => {
    if (view.asset !== asset || view.interval !== interval) return;
    view.data = data;
    if (view.compare) compareWith(String(view.compare.id)); else draw();
  }).catch((e) => noData("Chart unavailable: " + e.message));
}

function draw() {
  const data = view.data;
  if (!data || !data.times.length) return;
  const last = data.times[data.times.length - 1];
  const days = RANGES[view.range];
  const window = { from: days ? last - days * 864e5 : data.times[0], to: last };
  view.chart.draw(chartSpec(data, { symbol: view.asset.symbol, log: view.log, overlays: view.overlays, compare: view.compare, window }));
  const t = data.timeline;
  $("chart-note").textContent = data.times.length + " bars from " + day(data.bars[0].time) + " to " + day(data.bars[data.bars.length - 1].time)
    + (t ? ", " + t.transitions.length + " phase changes (marked lines)" : ", no phases computed at this interval yet")
    + (view.compare ? "; both in % from the first bar shown" : "") + ". Drag or pinch to zoom, the slider pans.";
}

function compareWith(id) {
  const other = view.others().find((a) => String(a.id) === id);
  if (!other || !view.data) { view.compare = null; draw(); return; }
  $("chart-note").textContent = "loading " + other.symbol + "\u2026";
  loadCloses(other.id, view.interval, view.data.times).then((closes) => {
    view.compare = { id: other.id, symbol: other.symbol, closes };
    draw();
  }).catch((e) => { $("chart-note").textContent = "Cannot compare with " + other.symbol + ": " + e.message; });
}

function fillCompare() {
  const select = $("compare");
  select.replaceChildren(new Option("nothing", ""),
    ...view.others().filter((a) => a.id !== view.asset.id).map((a) => new Option(a.symbol, String(a.id))));
  select.value = "";
}

function noData(message) {
  view.data = null;
  view.chart.clear();
  $("chart-note").textContent = message;
}

function loadPhase(asset, interval) {
  const badge = $("detail-badge");
  badge.className = "badge none";
  badge.textContent = "\u2026";
  $("detail-meaning").textContent = "";
  $("reasons-list").replaceChildren();
  api("GET", "/api/assets/" + asset.id + "/phase?" + q({ interval })).then((r) => {
    if (view.asset !== asset) return;
    const s = r.json, p = PHASES.find((x) => x.phase === s.phase);
    badge.className = "badge " + s.phase;
    badge.textContent = s.phase + " " + Math.round(s.confidence * 100) + "%";
    $("detail-meaning").textContent = p.title + ": " + p.short + ", since " + day(s.since) + " (" + s.barsInPhase
      + " bars; phase as of " + day(s.asOf) + "). " + p.holder;
    $("reasons-summary").textContent = s.summary;
    $("reasons-list").replaceChildren(...s.reasons.map(reasonItem));
  }).catch((e) => {
    if (view.asset !== asset) return;
    badge.textContent = "not computed";
    $("detail-meaning").textContent = e.status === 404 ? "No phase computed at " + interval + " yet: the next pipeline run computes it."
      : "Phase unavailable: " + e.message;
  });
}

function reasonItem(reason) {
  const li = document.createElement("li");
  const dot = document.createElement("span");
  dot.className = "dot " + reason.supports;
  const text = document.createElement("span");
  text.textContent = reason.text + " (for " + reason.supports + ", strength " + Math.round(reason.strength * 100) + "%)";
  li.append(dot, text);
  return li;
}

/** The meter as of the chart's last bar; without observations it says so instead of drawing a neutral needle. */
function loadSentiment(asset, time) {
  const body = $("sentiment-body");
  body.replaceChildren(text("p", "note", "loading\u2026"));
  api("GET", "/api/assets/" + asset.id + "/sentiment?" + q({ asOf: time })).then((r) => {
    if (view.asset !== asset) return;
    const m = r.json;
    if (!m.count) {
      body.replaceChildren(text("p", "no-data", "No sentiment data"),
        text("p", "note", "No observations in the lookback before " + day(m.asOf) + "."));
      return;
    }
    const track = document.createElement("div");
    track.className = "meter";
    const needle = document.createElement("span");
    needle.style.left = ((Math.max(-1, Math.min(1, m.score)) + 1) * 50) + "%";
    track.append(needle);
    body.replaceChildren(text("p", "score", (m.score > 0 ? "+" : "") + num(m.score, 2)), track,
      text("p", "note", m.summary), text("p", "note", asOf(m.asOf) + ", " + m.count + " observations, newest "
        + day(m.newestObservedAt)));
  }).catch((e) => body.replaceChildren(text("p", "note", "Sentiment unavailable: " + e.message)));
}

function text(tag, cls, content) {
  const node = document.createElement(tag);
  node.className = cls;
  node.textContent = content;
  return node;
}
