package io.phasewise.benchmarks;

import io.phasewise.domain.account.UserId;
import io.phasewise.domain.portfolio.BookingMethod;
import io.phasewise.domain.portfolio.Portfolio;
import io.phasewise.domain.portfolio.PortfolioId;
import io.phasewise.domain.portfolio.PortfolioValuation;
import io.phasewise.domain.portfolio.RecordedBatch;
import io.phasewise.domain.portfolio.Valuation;
import io.phasewise.domain.portfolio.performance.PerformanceAnalysis;
import io.phasewise.domain.portfolio.performance.PerformanceReport;
import io.phasewise.domain.portfolio.performance.PerformanceSettings;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * A portfolio's full report from its events in memory against a plain loop over the same grid (issue
 * 12, acceptance 4): {@link SyntheticLedger}'s events over {@link TradingDayMarket}'s trading days
 * (5,040 weekdays, 20 years of 252) across 100 assets, recorded once in setup. {@link #fullReport} is
 * the holdings with lots and P&amp;L ({@link PortfolioValuation#asOf}) plus the performance report over
 * the calendar days from the first to the last trading day ({@link PerformanceAnalysis#report}: daily
 * values, TWR, XIRR, drawdown, volatility, Sharpe, Sortino); {@link #baseline} values the trading-day
 * grid, quantity × close summed per day, in {@code double[]} columns.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@State(Scope.Benchmark)
public class PortfolioReportBenchmark {
  private static final Instant RECORDED = Instant.parse("2026-01-12T00:00:00Z");

  @Param("FIFO")
  public BookingMethod method;

  private TradingDayMarket market;
  private Portfolio portfolio;
  private double[][] quantities;
  private int assets;
  private int tradingDays;

  @Setup(Level.Trial)
  public void setUp(LedgerSize size) {
    market = size.market(true);
    assets = market.assets();
    tradingDays = market.tradingDays();
    SyntheticLedger ledger = size.ledger(market);
    quantities = ledger.quantities();
    Portfolio empty = Portfolio.open(PortfolioId.of(new UUID(1, 1)), UserId.of(new UUID(2, 2)), "Benchmark", TradingDayMarket.USD,
        method, false, RECORDED);
    RecordedBatch batch = empty.recordAll(ledger.events(), market, RECORDED).get();
    if (!batch.rejected().isEmpty()) throw new IllegalStateException("the ledger refused " + batch.rejected().get(0));
    portfolio = batch.portfolio();
    checkSameGrid();
  }

  @Benchmark
  public void fullReport(Blackhole blackhole) {
    blackhole.consume(valuation());
    blackhole.consume(performance());
  }

  /** The holdings part of {@link #fullReport} alone. */
  @Benchmark
  public Valuation holdingsOnly() {
    return valuation();
  }

  /** The performance part of {@link #fullReport} alone. */
  @Benchmark
  public PerformanceReport performanceOnly() {
    return performance();
  }

  @Benchmark
  public void baseline(Blackhole blackhole) {
    double[] value = new double[tradingDays];
    for (int a = 0; a < assets; a++) {
      double[] quantity = quantities[a];
      double[] close = market.closes(a);
      for (int d = 0; d < tradingDays; d++) value[d] += quantity[d] * close[d];
    }
    blackhole.consume(value);
  }

  private Valuation valuation() {
    return PortfolioValuation.asOf(portfolio, market.period().to(), market);
  }

  private PerformanceReport performance() {
    return PerformanceAnalysis.report(portfolio, market, market.period(), PerformanceSettings.calendarDays());
  }

  /** The report and the baseline agree on the holdings' value at the last close, and the report has nothing to warn about. */
  private void checkSameGrid() {
    Valuation valuation = valuation();
    if (!valuation.warnings().isEmpty()) throw new IllegalStateException("valuation warnings: " + valuation.warnings());
    PerformanceReport report = performance();
    if (!report.warnings().isEmpty()) throw new IllegalStateException("report warnings: " + report.warnings());
    double holdings = 0;
    for (Valuation.Holding h : valuation.holdings()) holdings += h.marketValue().doubleValue();
    double baseline = 0;
    for (int a = 0; a < assets; a++) baseline += quantities[a][tradingDays - 1] * market.closes(a)[tradingDays - 1];
    BigDecimal cash = valuation.summary().cashBalance();
    double series = report.series().closingValue() - cash.doubleValue();
    if (Math.abs(holdings - baseline) > 1 || Math.abs(series - baseline) > 1e-6 * Math.abs(baseline)) {
      throw new IllegalStateException("the holdings are worth " + holdings + " (valuation) and " + series + " (series), the baseline says " + baseline);
    }
  }
}
