package io.phasewise.application.market.service;

import io.phasewise.application.market.port.out.CandlesChangedPort;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.Interval;
import io.phasewise.domain.shared.Failure;
import io.vavr.control.Either;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings data derived from an asset's candles (snapshots, phases) up to date when they change. A failure
 * is logged, not thrown: the candles are already committed, and a later change, a recompute or the
 * pipeline catches up.
 */
public final class FollowCandles implements CandlesChangedPort {
  private static final Logger LOG = LoggerFactory.getLogger(FollowCandles.class);

  /** The update of the derived data of an asset's candles at an interval, from a bar on. */
  @FunctionalInterface
  public interface Update {
    Either<Failure, ?> apply(AssetId asset, Interval interval, Instant earliestChanged);
  }

  private final String what;
  private final Update update;

  /** A follower updating {@code what} (e.g. "snapshots", named in the log) with {@code update}. */
  public FollowCandles(String what, Update update) {
    this.what = what;
    this.update = update;
  }

  @Override
  public void candlesChanged(AssetId asset, Interval interval, Instant earliestChanged) {
    try {
      update.apply(asset, interval, earliestChanged).peekLeft(failure ->
          LOG.warn("{} of asset {} {} not updated: {}", what, asset, interval.code(), failure.message()));
    } catch (RuntimeException e) {
      LOG.error("{} of asset {} {} not updated", what, asset, interval.code(), e);
    }
  }
}
