package io.phasewise.application.indicator.service;

import io.phasewise.application.indicator.port.in.IndicatorDescription;
import io.phasewise.application.indicator.port.in.IndicatorQuery;
import io.phasewise.application.indicator.port.in.IndicatorSeries;
import io.phasewise.application.indicator.port.in.QueryIndicatorUseCase;
import io.phasewise.application.market.port.in.CandleQuery;
import io.phasewise.application.market.port.in.QueryCandlesUseCase;
import io.phasewise.application.market.port.out.LoadAssetsPort;
import io.phasewise.application.shared.PageRequest;
import io.phasewise.application.shared.TimeBounds;
import io.phasewise.domain.indicator.IndicatorArguments;
import io.phasewise.domain.indicator.IndicatorDescriptor;
import io.phasewise.domain.indicator.IndicatorParameter;
import io.phasewise.domain.indicator.IndicatorRegistry;
import io.phasewise.domain.market.Asset;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.CandleSeries;
import io.phasewise.domain.market.TradingCalendar;
import io.phasewise.domain.shared.Failure;
import io.vavr.control.Either;
import java.util.Arrays;
import java.util.List;

/**
 * Computes a registered indicator over the asset's whole history up to the end of the range, so
 * values match a computation from the first bar (as TA-Lib would give), then cuts the range out.
 * Pair indicators run on the bars both assets have (inner join on open time, docs/ANALYTICS.md).
 */
public final class QueryIndicatorService implements QueryIndicatorUseCase {
  private final LoadAssetsPort assets;
  private final QueryCandlesUseCase candles;
  private final IndicatorRegistry indicators;

  public QueryIndicatorService(LoadAssetsPort assets, QueryCandlesUseCase candles, IndicatorRegistry indicators) {
    this.assets = assets;
    this.candles = candles;
    this.indicators = indicators;
  }

  @Override
  public List<IndicatorDescription> catalog() {
    return indicators.descriptors().stream().map(IndicatorDescription::of).toList();
  }

  @Override
  public Either<Failure, IndicatorSeries> compute(IndicatorQuery q) {
    IndicatorDescriptor indicator = indicators.find(q.name()).orElse(null);
    if (indicator == null) return Either.left(new Failure.NotFound("indicator", q.name()));
    Asset asset = assets.findById(q.asset()).orElse(null);
    if (asset == null) return Either.left(new Failure.NotFound("asset", q.asset().toString()));
    double periodsPerYear = TradingCalendar.of(asset.type()).periodsPerYear(q.interval());
    return IndicatorArguments.resolve(indicator, q.parameters(), periodsPerYear)
        .flatMap(args -> history(q, q.asset()).flatMap(series -> withBenchmark(indicator, args, q, series)));
  }

  private Either<Failure, IndicatorSeries> withBenchmark(IndicatorDescriptor indicator, IndicatorArguments args,
      IndicatorQuery q, CandleSeries series) {
    if (!indicator.pair()) return run(indicator, args, q, series, null);
    return history(q, args.asset(IndicatorDescriptor.BENCHMARK)).flatMap(benchmark -> {
      CandleSeries[] aligned = innerJoin(series, benchmark);
      return run(indicator, args, q, aligned[0], aligned[1]);
    });
  }

  private Either<Failure, IndicatorSeries> run(IndicatorDescriptor indicator, IndicatorArguments args, IndicatorQuery q,
      CandleSeries series, CandleSeries benchmark) {
    int warmUp;
    double[][] columns;
    try {
      warmUp = indicator.warmUp().bars(args);
      columns = indicator.columns(args, series, benchmark);
    } catch (IllegalArgumentException rejected) {
      return Either.left(Failure.InvalidInput.of(rejectedParameter(indicator, rejected.getMessage()), rejected.getMessage()));
    }
    int from = series.firstIndexAtOrAfter(q.from().toEpochMilli());
    int to = series.size();
    double[][] range = new double[columns.length][];
    for (int k = 0; k < columns.length; k++) range[k] = Arrays.copyOfRange(columns[k], from, to);
    return Either.right(new IndicatorSeries(q.asset(), q.interval(), indicator.name(), args.values(), warmUp,
        indicator.outputs(), Arrays.copyOfRange(series.openTimes(), from, to), range));
  }

  /** The parameter a kernel's message starts with ("period must be >= 1: 0"), else {@code parameters}. */
  private static String rejectedParameter(IndicatorDescriptor indicator, String message) {
    String first = message == null ? "" : message.split(" ", 2)[0];
    return indicator.parameters().stream().map(IndicatorParameter::name).filter(first::equals).findFirst().orElse("parameters");
  }

  private Either<Failure, CandleSeries> history(IndicatorQuery q, AssetId asset) {
    return candles.series(new CandleQuery(asset, q.interval(), TimeBounds.BEGINNING, q.to(), q.adjusted(), null,
        PageRequest.first(1)));
  }

  /** The bars of {@code a} and of {@code b} at the open times both have. */
  private static CandleSeries[] innerJoin(CandleSeries a, CandleSeries b) {
    CandleSeries.Builder left = CandleSeries.builder(a.interval());
    CandleSeries.Builder right = CandleSeries.builder(b.interval());
    long[] ta = a.openTimes();
    long[] tb = b.openTimes();
    for (int i = 0, j = 0; i < ta.length && j < tb.length; ) {
      if (ta[i] < tb[j]) {
        i++;
      } else if (ta[i] > tb[j]) {
        j++;
      } else {
        left.add(ta[i], a.open(i), a.high(i), a.low(i), a.close(i), a.volume(i));
        right.add(tb[j], b.open(j), b.high(j), b.low(j), b.close(j), b.volume(j));
        i++;
        j++;
      }
    }
    return new CandleSeries[] {left.build(), right.build()};
  }
}
