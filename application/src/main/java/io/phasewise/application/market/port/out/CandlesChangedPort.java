package io.phasewise.application.market.port.out;

import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.Interval;
import java.time.Instant;

/**
 * Outgoing port: told after a committed transaction stored new or changed candles, so that data
 * derived from them (snapshots) can follow. Implementations handle their own failures: the candles
 * are stored whatever happens here.
 */
@FunctionalInterface
public interface CandlesChangedPort {
  /** For callers with nothing derived to update. */
  CandlesChangedPort NONE = (asset, interval, earliestChanged) -> { };

  /** Candles of {@code asset} at {@code interval} changed, none before {@code earliestChanged}. */
  void candlesChanged(AssetId asset, Interval interval, Instant earliestChanged);

  /** This port, then {@code next}: e.g. snapshots first, then the phases read from the same candles. */
  default CandlesChangedPort andThen(CandlesChangedPort next) {
    return (asset, interval, earliestChanged) -> {
      candlesChanged(asset, interval, earliestChanged);
      next.candlesChanged(asset, interval, earliestChanged);
    };
  }
}
