package io.phasewise.application.shared;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/** A batch of per-asset work: one result per asset, in the order the batch was asked for, and the time it took. */
public record BatchReport<R>(List<AssetResult<R>> assets, Duration elapsed) {

  public BatchReport {
    assets = List.copyOf(assets);
    Objects.requireNonNull(elapsed, "elapsed");
  }

  public long succeeded() {
    return assets.stream().filter(AssetResult::succeeded).count();
  }

  public long failed() {
    return assets.size() - succeeded();
  }

  /** {@code count} summed over the assets that succeeded. */
  public long sum(ToLongFunction<? super R> count) {
    return assets.stream().filter(AssetResult::succeeded).mapToLong(a -> count.applyAsLong(a.outcome().get())).sum();
  }

  /** Every result turned by {@code f}, failures and times as they are. */
  public <S> BatchReport<S> map(Function<? super R, ? extends S> f) {
    return new BatchReport<>(assets.stream().<AssetResult<S>>map(a -> a.map(f)).toList(), elapsed);
  }
}
