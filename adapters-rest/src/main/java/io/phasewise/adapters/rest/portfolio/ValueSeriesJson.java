package io.phasewise.adapters.rest.portfolio;

import io.phasewise.adapters.rest.csv.CsvLine;
import io.phasewise.adapters.rest.shared.JsonNumbers;
import io.phasewise.application.portfolio.port.in.BenchmarkCloses;
import io.phasewise.application.portfolio.port.in.PortfolioPerformance;
import io.phasewise.domain.portfolio.performance.ValueSeries;
import io.swagger.v3.oas.annotations.media.Schema;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A portfolio's daily values over a period with its flows, TWR index and, when asked, the benchmark's index. */
@Schema(name = "PortfolioValueSeries", description = "one point per calendar day, the first the opening (the close of the day before "
    + "'from', without flows); values are numbers in the base currency")
record ValueSeriesJson(
    String portfolioId,
    String baseCurrency,
    LocalDate from,
    LocalDate to,
    @Schema(description = "the benchmark's symbol, null without one") String benchmark,
    List<PointJson> points) {

  /** The CSV columns, one line per point. */
  static final List<String> COLUMNS = List.of("date", "market_value", "inflow", "outflow", "twr_index", "benchmark_index");

  /** One day. */
  @Schema(name = "PortfolioValuePoint")
  record PointJson(
      LocalDate date,
      @Schema(description = "MV_t: cash in every currency × rate + Σ quantity × close × rate, at the day's close") Double marketValue,
      @Schema(description = "In_t: deposits, deliveries and transfers in, at the day's value") Double inflow,
      @Schema(description = "Out_t: withdrawals, deliveries and transfers out, at the day's value") Double outflow,
      @Schema(description = "the TWR index: 1 at the opening, index_t = index_{t−1} × (MV_t + Out_t) / (MV_{t−1} + In_t)") Double twrIndex,
      @Schema(description = "the benchmark's adjusted close over its first close in the period; null on a day it has none, "
          + "or without a benchmark") Double benchmarkIndex) {

    void writeTo(Writer out) throws IOException {
      new CsvLine(date).number(orNaN(marketValue)).number(orNaN(inflow)).number(orNaN(outflow)).number(orNaN(twrIndex))
          .number(orNaN(benchmarkIndex)).writeTo(out);
    }

    private static double orNaN(Double value) {
      return value == null ? Double.NaN : value;
    }
  }

  static ValueSeriesJson of(String portfolioId, PortfolioPerformance performance) {
    ValueSeries series = performance.report().series();
    double[] value = series.marketValue();
    double[] in = series.inflow();
    double[] out = series.outflow();
    double[] index = series.twr().index();
    double[] benchmark = performance.benchmark().map(BenchmarkCloses::index).orElse(null);
    LocalDate opening = series.period().opening();
    List<PointJson> points = new ArrayList<>(value.length);
    for (int t = 0; t < value.length; t++) {
      points.add(new PointJson(opening.plusDays(t), JsonNumbers.orNull(value[t]), JsonNumbers.orNull(in[t]), JsonNumbers.orNull(out[t]),
          JsonNumbers.orNull(index[t]), benchmark == null ? null : JsonNumbers.orNull(benchmark[t])));
    }
    return new ValueSeriesJson(portfolioId, performance.baseCurrency().code(), series.period().from(), series.period().to(),
        performance.benchmark().map(b -> b.asset().symbol()).orElse(null), points);
  }

  void writeCsv(Writer out) throws IOException {
    CsvLine.header(COLUMNS).writeTo(out);
    for (PointJson p : points) p.writeTo(out);
  }
}
