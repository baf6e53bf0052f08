package io.phasewise.adapters.rest.market;

import io.phasewise.application.market.MarketUseCases;
import io.phasewise.application.market.port.out.ReadCandleFilePort;
import java.time.Clock;
import java.util.List;

/** The market context's resources: assets, candles, candle imports and their log, latest candles, ticks. */
public final class MarketResources {
  private MarketResources() {}

  /** The resources over {@code market}, reading uploaded candle files with {@code candleFiles}. */
  public static List<Object> of(MarketUseCases market, ReadCandleFilePort candleFiles, Clock clock) {
    return List.of(
        new AssetResource(market.registerAsset(), market.updateAsset(), market.findAsset(), market.listAssets(),
            market.deleteAsset()),
        new CandleResource(market.queryCandles(), clock),
        new ImportCandlesResource(market.findAsset(), market.importCandles(), candleFiles),
        new ImportRunsResource(market.listImportRuns()),
        new LatestCandlesResource(market.latestCandles()),
        new TickResource(market.recordTicks()));
  }
}
