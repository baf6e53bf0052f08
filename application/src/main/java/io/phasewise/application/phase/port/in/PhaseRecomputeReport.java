package io.phasewise.application.phase.port.in;

import io.phasewise.domain.market.Interval;
import java.time.Duration;
import java.util.List;

/** A recompute of many assets' phases: one outcome per asset, in the order asked for, and the wall time it took. */
public record PhaseRecomputeReport(Interval interval, List<AssetPhaseRecompute> assets, Duration elapsed) {

  public PhaseRecomputeReport {
    assets = List.copyOf(assets);
  }

  public long succeeded() {
    return assets.stream().filter(a -> a.outcome().isRight()).count();
  }

  public long failed() {
    return assets.size() - succeeded();
  }

  /** Outbox events written over all assets. */
  public long eventsEmitted() {
    return assets.stream().filter(a -> a.outcome().isRight()).mapToLong(a -> a.outcome().get().eventsEmitted()).sum();
  }

  /** Transitions inserted over all assets. */
  public long transitionsWritten() {
    return assets.stream().filter(a -> a.outcome().isRight()).mapToLong(a -> a.outcome().get().transitionsWritten()).sum();
  }
}
