package io.phasewise.application.market.port.in;

import io.phasewise.application.shared.Page;
import io.phasewise.domain.market.Candle;
import io.phasewise.domain.market.CandleSeries;
import io.phasewise.domain.shared.Failure;
import io.vavr.control.Either;

/**
 * Use case: read the candles of an asset, interval and time range, raw or back-adjusted for
 * splits and dividends, as stored candles (paged) or as a columnar series.
 */
public interface QueryCandlesUseCase {
  Either<Failure, Page<Candle>> candles(CandleQuery query);

  Either<Failure, CandleSeries> series(CandleQuery query);
}
