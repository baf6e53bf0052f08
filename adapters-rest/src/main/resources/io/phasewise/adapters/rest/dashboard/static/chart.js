/**
 * TimeChart: the dashboard's one chart component, time series in stacked panes that share one time axis,
 * drawn with Apache ECharts (the global `echarts`, loaded before this module). Prices, portfolios,
 * backtests, regimes and sectors all draw through it.
 *
 *   const chart = new TimeChart(element, { readout: node });   // readout: where the crosshair values go
 *   chart.draw({
 *     times: [ms, ...],                        // bar times, oldest first; every series is aligned to them
 *     panes: [{                                // top to bottom
 *       id: "price", weight: 3,                // weight: share of the height
 *       log: false, percent: false,            // log scale (positive values only); values are % changes
 *       levels: [30, 70],                      // optional dashed horizontal lines
 *       series: [
 *         { kind: "candles", name: "AAPL", values: [[open, close, low, high] or null, ...] },
 *         { kind: "line", name: "SMA 20", values: [v or null, ...], color: "#hex", dashed: false },
 *         { kind: "bars", name: "Volume", values: [v, ...], colors: ["#hex", ...] },   // colors: per bar, optional
 *       ] }],
 *     bands: [{ from: ms, to: ms, color: "#hex", label: "COOP" }],   // background spans over every pane
 *     marks: [{ at: ms, color: "#hex", label: "DEFECT -> FORGIVE" }], // vertical lines on the first pane
 *     window: { from: ms, to: ms },             // the zoom to start with; default: everything
 *     describe: (index) => "text"               // optional: more readout text for the bar under the cursor
 *   });
 *   chart.zoomTo(fromMs, toMs); chart.resize(); chart.clear(); chart.dispose();
 *
 * The crosshair's values go to the readout node rather than a floating tooltip, so nothing ever covers
 * the chart or the panel around it. Price axes format every magnitude from 0.0001 to 100,000 and the
 * layout narrows its margins and labels below 500 px.
 */
import { compact, dateTime, price } from "./format.js";

const TEXT = "#8b9bab";
const LINE = "#2b3745";

export class TimeChart {
  constructor(element, options) {
    this.element = element;
    this.readout = options && options.readout;
    this.chart = echarts.init(element, null, { renderer: "canvas" });
    this.spec = null;
    this.chart.on("updateAxisPointer", (event) => this.showValues(event));
  }

  draw(spec) {
    this.spec = spec;
    this.chart.resize(); // the element may have been hidden (no size) when the chart was created
    this.chart.setOption(this.option(spec), { notMerge: true });
    if (spec.window) this.zoomTo(spec.window.from, spec.window.to);
    this.showValues(null);
  }

  /** Shows the bars from `from` to `to` (ms), keeping every series loaded for panning. */
  zoomTo(from, to) {
    if (!this.spec || !this.spec.times.length) return;
    this.chart.dispatchAction({ type: "dataZoom", startValue: indexAt(this.spec.times, from),
      endValue: indexAt(this.spec.times, to) });
  }

  resize() {
    this.chart.resize();
    if (this.spec) this.chart.setOption(this.option(this.spec), { notMerge: false, replaceMerge: ["grid", "xAxis", "yAxis"] });
  }

  /** Empties the chart and the readout. */
  clear() {
    this.spec = null;
    this.chart.clear();
    if (this.readout) this.readout.textContent = "";
  }

  dispose() {
    this.chart.dispose();
  }

  option(spec) {
    const narrow = this.element.clientWidth < 500;
    const height = this.element.clientHeight || 500;
    const panes = layout(spec.panes, height, narrow);
    const categories = spec.times.map(String);
    const option = {
      animation: false,
      backgroundColor: "transparent",
      textStyle: { color: TEXT },
      axisPointer: { link: [{ xAxisIndex: "all" }], label: { backgroundColor: "#1e2732", color: "#e6edf3" } },
      tooltip: { trigger: "axis", showContent: false, axisPointer: { type: "cross" } },
      dataZoom: [
        { type: "inside", xAxisIndex: panes.map((p, i) => i), minValueSpan: 10 },
        { type: "slider", xAxisIndex: panes.map((p, i) => i), bottom: 4, height: 18, showDetail: false,
          borderColor: LINE, textStyle: { color: TEXT } }],
      grid: [], xAxis: [], yAxis: [], series: []
    };
    panes.forEach((pane, i) => {
      const last = i === panes.length - 1;
      option.grid.push({ left: narrow ? 6 : 12, right: narrow ? 6 : 14, top: pane.top, height: pane.height,
        containLabel: true });
      option.xAxis.push({ type: "category", gridIndex: i, data: categories, boundaryGap: true,
        axisLine: { lineStyle: { color: LINE } }, axisTick: { show: false },
        axisLabel: { show: last, color: TEXT, hideOverlap: true, formatter: (v) => dateTime(Number(v)).slice(0, 10) },
        axisPointer: { label: { formatter: (p) => dateTime(Number(p.value)) } } });
      option.yAxis.push({ type: pane.log ? "log" : "value", gridIndex: i, scale: true,
        splitNumber: (pane.weight || 1) < 1.5 ? 2 : narrow ? 3 : 4,
        position: "right", splitLine: { lineStyle: { color: LINE } },
        axisLabel: { color: TEXT, fontSize: narrow ? 10 : 11, formatter: axisFormat(pane) },
        axisPointer: { label: { formatter: (p) => axisFormat(pane)(p.value) } } });
      pane.series.forEach((s, k) => option.series.push(series(s, i, pane, k === 0 ? decorations(spec, i) : {})));
    });
    return option;
  }

  showValues(event) {
    if (!this.readout || !this.spec) return;
    const times = this.spec.times;
    let index = times.length - 1;
    const axis = event && event.axesInfo && event.axesInfo[0];
    if (axis && axis.value !== undefined && axis.value !== null) index = Number(axis.value);
    if (!(index >= 0 && index < times.length)) { this.readout.textContent = ""; return; }
    const parts = [dateTime(times[index])];
    this.spec.panes.forEach((pane) => pane.series.forEach((s) => {
      const v = s.values[index];
      if (v === null || v === undefined) return;
      parts.push(s.kind === "candles" ? s.name + " O " + price(v[0]) + " H " + price(v[3]) + " L " + price(v[2]) + " C " + price(v[1])
        : s.name + " " + (pane.percent ? percent(v) : s.kind === "bars" ? compact(v) : price(v)));
    }));
    if (this.spec.describe) parts.push(this.spec.describe(index));
    this.readout.textContent = parts.filter(Boolean).join("  \u00b7  ");
  }
}

/** The index of the last bar at or before `ms` (0 when before the first). */
export function indexAt(times, ms) {
  let lo = 0, hi = times.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (times[mid] <= ms) lo = mid; else hi = mid - 1;
  }
  return lo;
}

/** Pixel tops and heights of the panes: the slider and the date labels keep 48 px at the bottom. */
function layout(panes, height, narrow) {
  const gap = narrow ? 14 : 18, top = 8, bottom = 48;
  const total = panes.reduce((sum, p) => sum + (p.weight || 1), 0);
  const usable = height - top - bottom - gap * (panes.length - 1);
  let y = top;
  return panes.map((p) => {
    const h = Math.max(40, Math.floor(usable * (p.weight || 1) / total));
    const placed = Object.assign({}, p, { top: y, height: h });
    y += h + gap;
    return placed;
  });
}

function series(s, gridIndex, pane, extra) {
  const base = Object.assign({ name: s.name, xAxisIndex: gridIndex, yAxisIndex: gridIndex }, extra);
  const positive = (v) => (pane.log && !(v > 0) ? null : v);
  if (s.kind === "candles") {
    return Object.assign(base, { type: "candlestick", data: s.values.map((v) => v || "-"),
      itemStyle: { color: "#2fb36b", color0: "#e5534b", borderColor: "#2fb36b", borderColor0: "#e5534b" } });
  }
  if (s.kind === "bars") {
    return Object.assign(base, { type: "bar", barCategoryGap: "20%",
      data: s.values.map((v, i) => ({ value: v, itemStyle: { color: s.colors ? s.colors[i] : s.color || "#4c9be8" } })) });
  }
  return Object.assign(base, { type: "line", showSymbol: false, connectNulls: false, sampling: "lttb",
    data: s.values.map((v) => (v === null || v === undefined ? "-" : positive(v))),
    lineStyle: { width: s.width || 1.2, color: s.color, type: s.dashed ? "dashed" : "solid", opacity: s.opacity || 1 },
    itemStyle: { color: s.color } });
}

/** The bands (behind every pane), the marks (first pane) and the level lines, carried by a pane's first series. */
function decorations(spec, gridIndex) {
  const times = spec.times;
  const pane = spec.panes[gridIndex];
  const lines = [];
  (pane.levels || []).forEach((level) => lines.push({ yAxis: level, lineStyle: { color: TEXT, type: "dashed", opacity: 0.6 },
    label: { show: false } }));
  if (gridIndex === 0) {
    (spec.marks || []).forEach((m) => {
      if (m.at < times[0] || m.at > times[times.length - 1]) return;
      lines.push({ xAxis: indexAt(times, m.at), name: m.label, lineStyle: { color: m.color, type: "solid", width: 1.5, opacity: 0.9 },
        label: { show: false } });
    });
  }
  const areas = (spec.bands || []).filter((b) => b.to > times[0] && b.from <= times[times.length - 1])
    .map((b) => [{ xAxis: indexAt(times, b.from), itemStyle: { color: b.color, opacity: 0.13 } },
      { xAxis: indexAt(times, b.to) }]);
  return {
    markArea: { silent: true, data: areas },
    markLine: { silent: true, symbol: ["none", "triangle"], symbolSize: 7, animation: false, data: lines }
  };
}

function axisFormat(pane) {
  return pane.percent ? (v) => percent(v) : (v) => axisNumber(v);
}

function percent(v) {
  return (v > 0 ? "+" : "") + Number(v).toFixed(Math.abs(v) < 10 ? 1 : 0) + "%";
}

/** A short axis label for any magnitude: 0.000123, 0.0456, 1.23, 123.4, 12.3k, 104k, 2.5M. */
export function axisNumber(v) {
  const a = Math.abs(v);
  if (a >= 1e4) return compact(v);
  if (a >= 100) return Number(v).toFixed(0);
  if (a >= 1) return Number(v).toFixed(2);
  if (a === 0) return "0";
  return Number(v).toPrecision(3);
}
