package io.phasewise.application.portfolio.service;

import io.phasewise.application.market.MarketUseCases;
import io.phasewise.application.market.port.in.CandleQuery;
import io.phasewise.application.portfolio.port.in.BenchmarkCloses;
import io.phasewise.application.portfolio.port.in.PerformanceQuery;
import io.phasewise.application.portfolio.port.in.PortfolioPerformance;
import io.phasewise.application.portfolio.port.in.PortfolioPerformanceUseCase;
import io.phasewise.application.portfolio.port.out.LoadPortfolioPort;
import io.phasewise.application.shared.PageRequest;
import io.phasewise.application.shared.TransactionPort;
import io.phasewise.domain.market.Asset;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.CandleSeries;
import io.phasewise.domain.market.Interval;
import io.phasewise.domain.portfolio.Portfolio;
import io.phasewise.domain.portfolio.performance.PerformanceAnalysis;
import io.phasewise.domain.portfolio.performance.PerformanceReport;
import io.phasewise.domain.portfolio.performance.ReportPeriod;
import io.phasewise.domain.shared.Failure;
import io.vavr.control.Either;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Optional;

/**
 * Measures one of the caller's portfolios over a period on a {@link CandlePriceGrid}, in one
 * transaction. A benchmark is read as one adjusted daily series over the period; an unknown benchmark
 * asset is an invalid input of the {@code benchmark} field.
 */
public final class PortfolioPerformanceService implements PortfolioPerformanceUseCase {
  private final LoadPortfolioPort load;
  private final TransactionPort tx;
  private final Clock clock;
  private final MarketUseCases market;

  public PortfolioPerformanceService(LoadPortfolioPort load, TransactionPort tx, Clock clock, MarketUseCases market) {
    this.load = load;
    this.tx = tx;
    this.clock = clock;
    this.market = market;
  }

  @Override
  public Either<Failure, PortfolioPerformance> performance(PerformanceQuery query) {
    return tx.inTransaction(() -> OwnedPortfolios.find(load, query.owner(), query.portfolio())
        .flatMap(portfolio -> Inputs.checked(() -> period(query, portfolio))
            .flatMap(period -> benchmark(query.benchmark(), period)
                .map(benchmark -> measure(portfolio, period, benchmark, query)))));
  }

  private ReportPeriod period(PerformanceQuery query, Portfolio portfolio) {
    LocalDate to = query.to() != null ? query.to() : LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    LocalDate from = query.from() != null ? query.from()
        : portfolio.ledger().stream().findFirst().map(e -> e.date().isAfter(to) ? to : e.date()).orElse(to);
    return PerformanceQuery.period(from, to);
  }

  private PortfolioPerformance measure(Portfolio portfolio, ReportPeriod period, Optional<BenchmarkCloses> benchmark, PerformanceQuery query) {
    CandlePriceGrid grid = CandlePriceGrid.of(market, portfolio);
    PerformanceReport report = PerformanceAnalysis.report(portfolio.ledger(), portfolio.baseCurrency(), grid, period, query.settings(),
        benchmark.map(BenchmarkCloses::closes));
    return new PortfolioPerformance(portfolio.baseCurrency(), report, benchmark);
  }

  private Either<Failure, Optional<BenchmarkCloses>> benchmark(Optional<AssetId> id, ReportPeriod period) {
    if (id.isEmpty()) return Either.right(Optional.empty());
    Either<Failure, Asset> asset = market.findAsset().find(id.get()).mapLeft(f -> f instanceof Failure.NotFound
        ? Failure.InvalidInput.of("benchmark", "no asset " + id.get() + " is stored to compare with")
        : f);
    return asset.flatMap(a -> market.queryCandles().series(new CandleQuery(a.id(), Interval.D1, period.opening().atStartOfDay(ZoneOffset.UTC)
            .toInstant(), period.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(), true, null, PageRequest.first(1)))
        .map(series -> Optional.of(new BenchmarkCloses(a, closesByPoint(series, period)))));
  }

  /** One close per point of the period's index, on the day the candle opens (UTC); NaN on days without one. */
  private static double[] closesByPoint(CandleSeries series, ReportPeriod period) {
    double[] closes = new double[period.days() + 1];
    Arrays.fill(closes, Double.NaN);
    long opening = period.opening().toEpochDay();
    for (int i = 0; i < series.size(); i++) {
      long point = LocalDate.ofInstant(series.time(i), ZoneOffset.UTC).toEpochDay() - opening;
      if (point >= 0 && point < closes.length) closes[(int) point] = series.close(i);
    }
    return closes;
  }
}
