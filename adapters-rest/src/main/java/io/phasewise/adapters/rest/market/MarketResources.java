package io.phasewise.adapters.rest.market;

import io.phasewise.application.market.MarketUseCases;
import java.time.Clock;
import java.util.List;

/**
 * The market context's resources: assets, candles, the intervals stored per asset, candle imports and
 * their log, latest candles, ticks.
 */
public final class MarketResources {
  private MarketResources() {}

  /** The resources over {@code market}. */
  public static List<Object> of(MarketUseCases market, Clock clock) {
    return List.of(
        new AssetResource(market.registerAsset(), market.updateAsset(), market.findAsset(), market.listAssets(),
            market.deleteAsset()),
        new CandleResource(market.queryCandles(), clock),
        new ImportCandlesResource(market.importCandleFile()),
        new ImportRunsResource(market.listImportRuns()),
        new LatestCandlesResource(market.latestCandles()),
        new AssetIntervalsResource(market.findAsset(), market.latestCandles()),
        new TickResource(market.recordTicks()));
  }
}
