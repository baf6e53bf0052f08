/**
 * The signed-in user's portfolio view: a picker of their portfolios; the valuation as of a day (summary
 * cards, holdings table, allocation pie); the performance over a period (value and TWR chart against a
 * benchmark, every return and risk figure with its name and formula as a tooltip); the empty and error states.
 */
import { api, q } from "./api.js";
import { TimeChart } from "./chart.js";
import { el } from "./dom.js";
import { num, pct, price } from "./format.js";
import { figures } from "./portfolio-figures.js";
import { AllocationChart, performanceSpec } from "./portfolio-charts.js";

const $ = (id) => document.getElementById(id);
const DASH = "\u2013";
const RANGES = { "3m": 91, "1y": 365, "5y": 1826 };
const view = { id: null, range: "all", benchmark: null, benchmarks: false, assets: null, symbols: new Map(), say: null,
  chart: null, allocation: null };

/** `assets()` resolves to the stored assets (symbols, benchmarks); `say(text)` shows a message; `asOf` the day to open on. */
export function initPortfolio(hooks) {
  view.assets = hooks.assets;
  view.say = hooks.say;
  view.chart = new TimeChart($("pf-chart"), { readout: $("pf-readout") });
  view.allocation = new AllocationChart($("pf-allocation"));
  $("pf-asof").value = hooks.asOf || new Date().toISOString().slice(0, 10);
  $("pf-select").addEventListener("change", (e) => { view.id = e.target.value; load(); });
  $("pf-asof").addEventListener("change", () => { if ($("pf-asof").checkValidity()) load(); });
  $("pf-benchmark").addEventListener("change", (e) => { view.benchmark = e.target.value || null; loadPerformance(); });
  $("pf-range").addEventListener("click", (e) => {
    const range = e.target.getAttribute("data-range");
    if (!range) return;
    view.range = range;
    markRange();
    loadPerformance();
  });
  markRange();
  window.addEventListener("resize", () => { if (!$("portfolio").hidden) view.chart.resize(); });
}

/** Reads the caller's portfolios afresh and shows the one picked (the first by name at first). */
export function showPortfolio() {
  return api("GET", "/api/me/portfolios").then((r) => {
    const list = r.json;
    if (!list.length) { showState(noPortfolio()); return; }
    if (!list.some((p) => p.id === view.id)) view.id = list[0].id;
    $("pf-select").replaceChildren(...list.map((p) => new Option(p.name + " (" + p.baseCurrency + ")", p.id)));
    $("pf-select").value = view.id;
    return fillBenchmarks().then(load);
  }).catch((e) => failed("Loading your portfolios", e));
}

function load() {
  const p = $("pf-select").selectedOptions[0];
  $("portfolio").classList.remove("no-portfolio");
  $("pf-state").hidden = true;
  $("pf-body").hidden = false;
  $("pf-about").textContent = p ? "valued at the close of the day, in " + p.textContent.replace(/^.*\(|\)$/g, "") : "";
  loadValuation();
  loadPerformance();
}

/** The empty and error states replace the whole view. */
function showState(nodes) {
  $("portfolio").classList.add("no-portfolio");
  $("pf-body").hidden = true;
  $("pf-state").replaceChildren(...nodes);
  $("pf-state").hidden = false;
}

function noPortfolio() {
  const docs = el("a", null, "API explorer");
  docs.href = "/api/docs/";
  const how = el("p", null, "Open one with ");
  how.append(el("code", null, "POST /api/me/portfolios"), " (a name and a base currency), then import a broker statement with ",
    el("code", null, "POST /api/me/portfolios/{id}/imports?format=..."),
    " (Interactive Brokers, Kraken, KuCoin, Yahoo Finance, Ghostfolio or the Phasewise CSV) or record its events with ",
    el("code", null, "POST /api/me/portfolios/{id}/events"), ". The ", docs, " lists every format and field.");
  return [el("p", "no-data", "No portfolio yet"), how];
}

/** A refused token signs out (api.js), which asks for a token again; anything else is said where it happened. */
function failed(what, e) {
  if (e.status === 401) showState([el("p", "no-data", "Your API token was refused"), el("p", null, "Sign in again with a valid token.")]);
  else showState([el("p", "no-data", what + " failed"), el("p", null, e.message)]);
}

/* ---------- the valuation as of a day ---------- */
function loadValuation() {
  const id = view.id, asOf = $("pf-asof").value;
  const current = () => id === view.id && asOf === $("pf-asof").value;
  api("GET", "/api/me/portfolios/" + id + "/holdings?" + q({ asOf })).then((r) => namesOf(r.json.holdings).then(() => {
    if (!current()) return;
    const v = r.json;
    summary(v.summary);
    holdings(v);
    allocation(v);
    $("pf-warnings").replaceChildren(...v.summary.warnings.map((w) => el("li", null, w.day + ": " + w.message)));
  })).catch((e) => { if (current() && e.status !== 401) view.say("Valuing the portfolio: " + e.message); });
}

const SUMMARY = [
  { key: "totalValue", name: "Total value", help: "cash + the holdings' market value, in the base currency" },
  { key: "dayGain", name: "Day gain", signed: true, help: "the holdings' change since the previous day's close",
    of: (s) => Number(s.totalValue) - Number(s.dayGain) },
  { key: "totalGain", name: "Total gain", signed: true, help: "total value \u2212 invested amount", of: (s) => Number(s.investedAmount) },
  { key: "cashBalance", name: "Cash", help: "the cash of every currency in the base currency" },
  { key: "investedAmount", name: "Invested", help: "deposits \u2212 withdrawals \u00b1 deliveries, each at its day's rate" }];

function summary(s) {
  $("pf-summary").replaceChildren(...SUMMARY.map((f) => {
    const value = s[f.key];
    const node = el("div", "stat");
    node.setAttribute("data-figure", f.key);
    node.title = f.name + ": " + f.help;
    const shown = el("span", "value " + (f.signed ? tone(value) : ""), (f.signed ? signed(value) : money(value)) + " " + s.baseCurrency);
    node.append(el("span", "name", f.name), shown);
    if (f.of) node.append(el("span", "detail " + tone(value), ratio(value, f.of(s))));
    return node;
  }), holdingsCount(s));
}

function holdingsCount(s) {
  const node = el("div", "stat");
  node.setAttribute("data-figure", "holdings");
  node.append(el("span", "name", "Holdings"), el("span", "value", String(s.holdings)),
    el("span", "detail", "as of " + s.asOf));
  return node;
}

/** The holdings by market value, largest first, as the allocation shows them; unpriced ones last. */
function holdings(v) {
  const body = $("pf-holdings").tBodies[0];
  const value = (h) => (h.marketValue === null ? -Infinity : Number(h.marketValue));
  body.replaceChildren(...v.holdings.slice().sort((a, b) => value(b) - value(a)).map((h) => {
    const row = document.createElement("tr");
    const name = el("th", null, label(h.instrument) + (h.side === "SHORT" ? " (short)" : ""));
    name.scope = "row";
    row.append(name, cell(quantity(h.quantity)), cell(h.price === null ? DASH : price(Number(h.price)) + " " + h.instrument.currency),
      cell(money(h.marketValue)), cell(money(h.costBasis)), gain(h.unrealized, h.costBasis), gain(h.realized, null),
      cell(h.weight === null ? DASH : num(Number(h.weight) * 100, 1) + "%"));
    return row;
  }));
  if (!v.holdings.length) {
    const row = document.createElement("tr");
    const empty = el("td", "note", "Nothing held on " + v.asOf + (v.closed.length ? " (" + v.closed.length + " closed positions)" : ""));
    empty.colSpan = 8;
    row.append(empty);
    body.append(row);
  }
}

function allocation(v) {
  const slices = v.holdings.filter((h) => Number(h.marketValue) > 0)
    .map((h) => ({ name: label(h.instrument), value: Number(h.marketValue) }))
    .sort((a, b) => b.value - a.value);
  const cash = Number(v.summary.cashBalance);
  if (cash > 0) slices.push({ name: "Cash", value: cash, cash: true });
  if (slices.length) view.allocation.draw(slices, v.baseCurrency); else view.allocation.clear();
}

/* ---------- the performance over a period ---------- */
function loadPerformance() {
  const id = view.id, asOf = $("pf-asof").value, days = RANGES[view.range];
  const params = { from: days ? new Date(Date.parse(asOf) - days * 864e5).toISOString().slice(0, 10) : null, to: asOf,
    benchmark: view.benchmark };
  const key = q(Object.assign({ id }, params));
  view.performance = key;
  $("pf-chart-note").textContent = "loading\u2026";
  Promise.all([
    api("GET", "/api/me/portfolios/" + id + "/performance?" + q(params)),
    api("GET", "/api/me/portfolios/" + id + "/value-series?" + q(params))
  ]).then(([performance, series]) => {
    if (view.performance !== key) return;
    const p = performance.json, s = series.json;
    view.chart.draw(performanceSpec(s));
    $("pf-figures").replaceChildren(...figures(p));
    $("pf-chart-note").textContent = s.points.length + " days from " + p.from + " to " + p.to + " in " + p.baseCurrency
      + (s.benchmark ? "; " + s.benchmark + " rebased to the portfolio's index on its first close" : "")
      + (p.warnings.length ? "; " + p.warnings.length + " warnings, the first: " + p.warnings[0].day + " " + p.warnings[0].message : "")
      + ". Hover a figure for its formula.";
  }).catch((e) => {
    if (view.performance !== key) return;
    view.chart.clear();
    $("pf-figures").replaceChildren();
    $("pf-chart-note").textContent = e.status === 401 ? "" : "Performance unavailable: " + e.message;
  });
}

/** The benchmark picker: every stored asset, SPY chosen when there is one; filled once. */
function fillBenchmarks() {
  if (view.benchmarks) return Promise.resolve();
  return view.assets().then((assets) => {
    view.benchmarks = true;
    $("pf-benchmark").replaceChildren(new Option("none", ""), ...assets.map((a) => new Option(a.symbol, String(a.id))));
    const spy = assets.find((a) => a.symbol === "SPY");
    view.benchmark = spy ? String(spy.id) : null;
    $("pf-benchmark").value = view.benchmark || "";
  });
}

function markRange() {
  $("pf-range").querySelectorAll("button").forEach((b) => b.classList.toggle("on", b.getAttribute("data-range") === view.range));
}

/* ---------- names and numbers ---------- */
/** Learns the symbols of the holdings' assets: from the asset list, else one read each. */
function namesOf(holdings) {
  return view.assets().then((assets) => {
    assets.forEach((a) => view.symbols.set(a.id, a.symbol));
    const missing = [...new Set(holdings.map((h) => h.instrument.assetId).filter((id) => id && !view.symbols.has(id)))];
    return Promise.all(missing.map((id) => api("GET", "/api/assets/" + id)
      .then((r) => view.symbols.set(id, r.json.symbol), () => view.symbols.set(id, "asset " + id))));
  });
}

function label(instrument) {
  return instrument.externalSymbol || view.symbols.get(instrument.assetId) || "asset " + instrument.assetId;
}

function gain(g, cost) {
  if (!g) return cell(DASH);
  const node = cell(signed(g.net) + (cost && Number(cost) !== 0 ? " (" + ratio(g.net, Math.abs(Number(cost))) + ")" : ""), tone(g.net));
  node.title = "net " + money(g.net) + " = gross " + money(g.gross) + " \u2212 fees " + money(g.fees)
    + (g.pricePart !== undefined ? "; price part " + money(g.pricePart) + ", currency part " + money(g.currencyPart) : "");
  return node;
}

function cell(text, cls) {
  return el("td", cls || null, text);
}

function money(v) {
  return v === null || v === undefined ? DASH : num(Number(v), 2);
}

function signed(v) {
  return v === null || v === undefined ? DASH : (Number(v) > 0 ? "+" : "") + num(Number(v), 2);
}

function ratio(part, whole) {
  return part === null || part === undefined || !whole ? "" : pct(Number(part) / whole * 100);
}

function tone(v) {
  const n = Number(v);
  return v === null || v === undefined || n === 0 ? "flat" : n > 0 ? "up" : "down";
}

/** Up to 8 decimals, no trailing zeros: 10, 0.5, 0.00012345. */
function quantity(v) {
  return Number(v).toLocaleString("en-US", { maximumFractionDigits: 8 });
}
