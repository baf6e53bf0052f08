package io.phasewise.application.snapshot.port.in;

import io.phasewise.domain.market.Interval;
import java.time.Duration;
import java.util.List;

/**
 * A recompute of many assets: one outcome per asset (in asset id order for the whole universe, in
 * request order for a list of assets), and the wall time it took.
 */
public record UniverseReport(Interval interval, List<AssetRecompute> assets, Duration elapsed) {

  public UniverseReport {
    assets = List.copyOf(assets);
  }

  public long succeeded() {
    return assets.stream().filter(a -> a.outcome().isRight()).count();
  }

  public long failed() {
    return assets.size() - succeeded();
  }
}
