package io.phasewise.application.market.service;

import io.phasewise.application.market.port.in.LatestCandlesUseCase;
import io.phasewise.application.market.port.out.LoadCandlesPort;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.Candle;
import io.phasewise.domain.market.Interval;
import java.util.Collection;
import java.util.Map;

/** Reads the latest candle of many assets in one call to the store. */
public final class LatestCandlesService implements LatestCandlesUseCase {
  private final LoadCandlesPort load;

  public LatestCandlesService(LoadCandlesPort load) {
    this.load = load;
  }

  @Override
  public Map<AssetId, Candle> latest(Collection<AssetId> assets, Interval interval) {
    return assets.isEmpty() ? Map.of() : load.latest(assets, interval);
  }
}
