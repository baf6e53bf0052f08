/**
 * The return and risk figures of a portfolio's performance (GET .../performance), each a tile with its
 * name, value and, as its tooltip, the formula: the API's own for the four returns, ANALYTICS.md's for the
 * risk figures and the benchmark comparison.
 */
import { el } from "./dom.js";
import { num, pct } from "./format.js";

const DASH = "\u2013";

/** The tiles of one performance answer: returns, risk, then the benchmark comparison when there is one. */
export function figures(p) {
  const r = p.returns, risk = p.risk, dd = risk.maxDrawdown, b = p.benchmark;
  const P = num(risk.periodsPerYear, 0);
  const tiles = [
    returned("twr", r.timeWeighted), returned("xirr", r.moneyWeighted), returned("dietz", r.modifiedDietz), returned("roi", r.simpleRoi),
    tile("maxDrawdown", "Max drawdown", dd ? percent(dd.depth) : DASH,
      "drawdown_t = I_t / max(I_s, s \u2264 t) \u2212 1 on the TWR index I (never on market value); the deepest, with the day of its "
        + "peak, its trough and its recovery (the first day back at the peak)",
      dd ? "peak " + dd.peak + ", trough " + dd.trough + ", " + (dd.recovery ? "recovered " + dd.recovery : "not recovered") : "the index is not positive"),
    tile("volatility", "Volatility", risk.volatility === null ? DASH : num(risk.volatility * 100, 2) + "%",
      "annualised volatility = sd(r) \u00d7 \u221aP, r the daily returns of the TWR index, sample standard deviation, P = " + P, "annualised"),
    tile("sharpe", "Sharpe", ratio(risk.sharpe),
      "Sharpe = mean(r \u2212 rf_p) / sd(r \u2212 rf_p) \u00d7 \u221aP, rf_p = (1 + rf)^(1/P) \u2212 1, rf = "
        + num(risk.riskFreeRate * 100, 2) + "% a year, P = " + P, "risk-free " + num(risk.riskFreeRate * 100, 2) + "%"),
    tile("sortino", "Sortino", ratio(risk.sortino),
      "Sortino = mean(r \u2212 T) \u00d7 P / DD, DD = \u221a(\u03a3 min(r_i \u2212 T, 0)\u00b2 / N) \u00d7 \u221aP over every day, T = 0, P = " + P,
      "target 0"),
    tile("cagr", "CAGR", percent(risk.cagr), "CAGR = I_end^(365.25 / days) \u2212 1 over the calendar days of the period", "annual"),
    tile("calmar", "Calmar", ratio(risk.calmar), "Calmar = CAGR / |maximum drawdown|", "")];
  if (b) {
    const name = p.benchmarkAsset ? p.benchmarkAsset.symbol : "benchmark";
    const span = b.from + " to " + b.to + ", " + b.commonPoints + " common days";
    tiles.push(
      tile("benchmarkReturn", name + " return", percent(b.benchmarkReturn),
        "benchmark return = B_last / B_first \u2212 1 on its closes adjusted for splits and dividends", span),
      tile("excessReturn", "Excess return", percent(b.excessReturn),
        "TWR over the common days (I_last / I_first \u2212 1) \u2212 the benchmark's return", "vs " + name),
      tile("beta", "Beta", ratio(b.beta), "beta = cov(r, b) / var(b) of the returns between common days", "vs " + name),
      tile("trackingError", "Tracking error", b.trackingError === null ? DASH : num(b.trackingError * 100, 2) + "%",
        "tracking error = sd(r \u2212 b) \u00d7 \u221aP, sample standard deviation", "vs " + name));
  }
  return tiles;
}

/** One of the four labelled returns as the API names and explains it. */
function returned(key, f) {
  return tile(key, f.name, percent(f.value), f.formula + (f.note ? "\n" + f.note : ""), f.value === null ? f.note : "");
}

function tile(key, name, value, formula, detail) {
  const node = el("div", "figure");
  node.setAttribute("data-figure", key);
  node.title = name + ": " + formula;
  node.tabIndex = 0;
  node.append(el("span", "name", name), el("span", "value", value));
  if (detail) node.append(el("span", "detail", detail));
  return node;
}

/** A fraction as a signed percentage. */
function percent(v) {
  return v === null || v === undefined ? DASH : pct(v * 100);
}

function ratio(v) {
  return v === null || v === undefined ? DASH : num(v, 2);
}
