package io.phasewise.domain.portfolio.performance;

import io.phasewise.domain.portfolio.CurrencyCode;
import io.phasewise.domain.portfolio.LedgerEvent;
import io.phasewise.domain.portfolio.Portfolio;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Builds a {@link PerformanceReport} from a ledger over a period: {@link DailyValuation} for the values
 * and the TWR index, {@link Xirr} and {@link MoneyWeightedReturns} for the money-weighted figures,
 * {@link RiskFigures} on the TWR index and, given a benchmark, {@link BenchmarkComparison}.
 */
public final class PerformanceAnalysis {

  private PerformanceAnalysis() {}

  /** The report of {@code portfolio}'s ledger in its base currency. */
  public static PerformanceReport report(Portfolio portfolio, PriceGrid grid, ReportPeriod period, PerformanceSettings settings) {
    return report(portfolio.ledger(), portfolio.baseCurrency(), grid, period, settings, Optional.empty());
  }

  /**
   * The report of {@code ledger} (in ledger order) in {@code base}; {@code benchmarkCloses}, when given,
   * has one close per point of the TWR index (the opening day, then every day of the period), NaN where
   * the benchmark has no close.
   */
  public static PerformanceReport report(
      List<LedgerEvent> ledger, CurrencyCode base, PriceGrid grid, ReportPeriod period, PerformanceSettings settings,
      Optional<double[]> benchmarkCloses) {
    Objects.requireNonNull(settings, "settings");
    ValueSeries series = DailyValuation.of(ledger, base, grid, period);
    TwrIndex twr = series.twr();
    XirrResult xirr = Xirr.of(MoneyWeightedReturns.flows(series));
    double contributed = 0;
    for (HoldingReturn h : series.holdings()) contributed += h.contribution();
    return new PerformanceReport(
        period,
        series,
        ReturnFigure.of("TWR", twr.total(), MoneyWeightedReturns.TWR_FORMULA, "the TWR index is not finite"),
        MoneyWeightedReturns.xirr(xirr),
        MoneyWeightedReturns.modifiedDietz(series),
        MoneyWeightedReturns.simpleRoi(series),
        xirr,
        RiskFigures.of(twr, settings),
        series.holdings(),
        twr.total() - contributed,
        benchmarkCloses.flatMap(closes -> BenchmarkComparison.of(twr, closes, settings.periodsPerYear())),
        series.warnings());
  }
}
