package io.phasewise.application.shared;

import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.shared.Failure;
import io.vavr.control.Either;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Function;

/**
 * The outcome of one asset's work in a batch: its result, or why it failed, and how long it took.
 *
 * @param symbol the asset's symbol, or null when no asset has this id (or looking it up failed)
 */
public record AssetResult<R>(AssetId asset, String symbol, Either<Failure, R> outcome, Duration elapsed) {

  public AssetResult {
    Objects.requireNonNull(asset, "asset");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(elapsed, "elapsed");
  }

  public boolean succeeded() {
    return outcome.isRight();
  }

  /** The same asset and time with the result turned by {@code f}; a failure stays as it is. */
  public <S> AssetResult<S> map(Function<? super R, ? extends S> f) {
    return new AssetResult<>(asset, symbol, outcome.map(f), elapsed);
  }
}
