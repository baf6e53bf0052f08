package io.phasewise.application.market.service;

import io.phasewise.application.market.port.in.CandleQuery;
import io.phasewise.application.market.port.in.QueryCandlesUseCase;
import io.phasewise.application.market.port.out.LoadAssetsPort;
import io.phasewise.application.market.port.out.LoadCandlesPort;
import io.phasewise.application.shared.Page;
import io.phasewise.domain.market.BackAdjuster;
import io.phasewise.domain.market.Candle;
import io.phasewise.domain.market.CandleSeries;
import io.phasewise.domain.market.CorporateAction;
import io.phasewise.domain.shared.Failure;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.List;

/**
 * Reads candles of one asset; adjusted reads back-adjust the stored raw bars with every split and
 * dividend after the start of the range, so a range reads the same as the tail of the full history.
 */
public final class QueryCandlesService implements QueryCandlesUseCase {
  private final LoadAssetsPort assets;
  private final LoadCandlesPort candles;

  public QueryCandlesService(LoadAssetsPort assets, LoadCandlesPort candles) {
    this.assets = assets;
    this.candles = candles;
  }

  @Override
  public Either<Failure, Page<Candle>> candles(CandleQuery q) {
    return assetExists(q).map(ok -> {
      List<Candle> raw = candles.load(q.asset(), q.interval(), q.from(), q.to(), q.source(), q.page().offset(), q.page().limit());
      long total = candles.count(q.asset(), q.interval(), q.from(), q.to(), q.source());
      List<Candle> items = q.adjusted() && !raw.isEmpty() ? BackAdjuster.adjust(raw, actionsAfter(q, raw.get(0).time())) : raw;
      return new Page<>(items, total, q.page());
    });
  }

  @Override
  public Either<Failure, CandleSeries> series(CandleQuery q) {
    return assetExists(q).map(ok -> {
      CandleSeries raw = candles.loadSeries(q.asset(), q.interval(), q.from(), q.to(), q.source());
      return q.adjusted() && !raw.isEmpty() ? BackAdjuster.adjust(raw, actionsAfter(q, raw.time(0))) : raw;
    });
  }

  private List<CorporateAction> actionsAfter(CandleQuery q, Instant firstBar) {
    return candles.corporateActionsAfter(q.asset(), q.interval(), firstBar, q.source());
  }

  private Either<Failure, Boolean> assetExists(CandleQuery q) {
    return assets.findById(q.asset()).isPresent()
        ? Either.right(true)
        : Either.left(new Failure.NotFound("asset", q.asset().toString()));
  }
}
