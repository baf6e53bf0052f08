package io.phasewise.adapters.rest.market;

import io.phasewise.domain.market.Candle;
import io.phasewise.domain.market.Interval;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/** The intervals at which one asset has candles, shortest first. */
@Schema(name = "StoredIntervals")
record StoredIntervalsJson(long asset, List<Stored> intervals) {

  /** One interval with candles and its newest bar. */
  @Schema(name = "StoredInterval")
  record Stored(
      @Schema(example = "1d") String interval,
      @Schema(description = "open time of the newest bar, UTC") Instant lastBar,
      @Schema(description = "end of the newest bar: the data is as of this time") Instant asOf) {

    static Stored of(Interval interval, Candle newest) {
      return new Stored(interval.code(), newest.time(), newest.time().plus(interval.length()));
    }
  }
}
