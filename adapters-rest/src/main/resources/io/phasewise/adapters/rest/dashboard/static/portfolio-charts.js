/**
 * The portfolio view's charts: the allocation pie (ECharts, labels instead of an HTML tooltip, which the
 * page's policy would refuse) and the TimeChart spec of the value series with the TWR index against a
 * benchmark rebased to the same start.
 */
import { num } from "./format.js";

const TEXT = "#8b9bab";
const PALETTE = ["#4c9be8", "#2fb36b", "#e3a008", "#b48ead", "#e5534b", "#56c2c9", "#d08770", "#a3be8c", "#8fbcbb", "#ebcb8b"];
const CASH_COLOR = "#6b7785";

/** The allocation pie of one element, drawn again on every valuation. */
export class AllocationChart {
  constructor(element) {
    this.element = element;
    this.chart = null;
  }

  /** `slices`: [{ name, value }] with positive values, cash last; `currency` labels the amounts. */
  draw(slices, currency) {
    if (!this.chart) this.chart = echarts.init(this.element, null, { renderer: "canvas" });
    this.chart.resize(); // created or last drawn while hidden
    const narrow = this.element.clientWidth < 420;
    this.chart.setOption({
      animation: false,
      backgroundColor: "transparent",
      textStyle: { color: TEXT },
      series: [{
        type: "pie", name: "allocation", radius: narrow ? ["30%", "55%"] : ["38%", "66%"], center: ["50%", "52%"],
        avoidLabelOverlap: true, minShowLabelAngle: 3,
        label: { color: "#e6edf3", lineHeight: 16, formatter: (p) => p.name + "\n" + num(p.percent, 1) + "%" },
        labelLine: { lineStyle: { color: TEXT } },
        itemStyle: { borderColor: "#171e26", borderWidth: 2 },
        data: slices.map((s, i) => ({ name: s.name, value: s.value,
          itemStyle: { color: s.cash ? CASH_COLOR : PALETTE[i % PALETTE.length] } }))
      }],
      title: { text: num(slices.reduce((sum, s) => sum + s.value, 0), 0) + " " + currency, left: "center", top: "center",
        textStyle: { color: TEXT, fontSize: 12, fontWeight: "normal" } }
    }, { notMerge: true });
  }

  clear() {
    if (this.chart) this.chart.clear();
  }
}

/**
 * The TimeChart spec of a value series (GET .../value-series): market value and the net amount put in on
 * top, the TWR index and the benchmark in % from the opening below. The benchmark's own index starts at 1
 * on its first close in the period; it is rebased to the TWR index of that day so both lines start together,
 * and carried over the days it has no close (weekends), as the portfolio's value is.
 */
export function performanceSpec(series) {
  const points = series.points;
  const times = points.map((p) => Date.parse(p.date));
  const twr = points.map((p) => p.twrIndex);
  let put = points.length ? points[0].marketValue || 0 : 0;
  const netIn = points.map((p, i) => (i === 0 ? put : (put += (p.inflow || 0) - (p.outflow || 0))));
  // the days before anything was in the portfolio are left blank rather than drawn as a value of 0
  const started = points.findIndex((p) => p.marketValue || p.inflow);
  const held = (values) => values.map((v, i) => (started < 0 || i < started ? null : v));
  const lower = [{ kind: "line", name: "Portfolio TWR", values: twr.map(percentOf), color: "#e6edf3", width: 1.6 }];
  if (series.benchmark) {
    lower.push({ kind: "line", name: series.benchmark, values: rebased(points.map((p) => p.benchmarkIndex), twr).map(percentOf),
      color: "#4c9be8", width: 1.6 });
  }
  return {
    times,
    panes: [
      { id: "value", weight: 1.4, series: [
        { kind: "line", name: "Value " + series.baseCurrency, values: held(points.map((p) => p.marketValue)), color: "#2fb36b", width: 1.6 },
        { kind: "line", name: "Net invested", values: held(netIn), color: "#8b9bab", dashed: true }] },
      { id: "twr", weight: 1.6, percent: true, levels: [0], series: lower }]
  };
}

/** The benchmark index scaled by the TWR index on the benchmark's first day, its last value carried over days without one. */
function rebased(benchmark, twr) {
  const first = benchmark.findIndex((v) => v !== null && v !== undefined);
  if (first < 0) return benchmark;
  const scale = (twr[first] || 1) / benchmark[first];
  let last = null;
  return benchmark.map((v) => {
    if (v !== null && v !== undefined) last = v * scale;
    return last;
  });
}

function percentOf(index) {
  return index === null || index === undefined ? null : (index - 1) * 100;
}
