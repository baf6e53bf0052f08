package io.phasewise.application.market.port.out;

import io.phasewise.application.market.model.UpsertCount;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.Candle;
import io.phasewise.domain.market.Interval;
import java.util.List;

/**
 * Outgoing port: stores candles idempotently by natural key (asset, interval, open time, source).
 * A candle equal to the stored one changes nothing; a different one replaces it.
 */
public interface SaveCandlesPort {
  /**
   * Upserts {@code candles} of one asset and interval. The list may be in any order but must not
   * hold two candles with the same open time and source. Large lists take the bulk path.
   */
  UpsertCount saveAll(AssetId asset, Interval interval, List<Candle> candles);
}
