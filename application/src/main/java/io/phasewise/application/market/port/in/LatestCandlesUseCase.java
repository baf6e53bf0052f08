package io.phasewise.application.market.port.in;

import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.Candle;
import io.phasewise.domain.market.Interval;
import java.util.Collection;
import java.util.Map;

/** Use case: the most recent candle of each of many assets at once (assets with none are absent). */
public interface LatestCandlesUseCase {
  Map<AssetId, Candle> latest(Collection<AssetId> assets, Interval interval);
}
