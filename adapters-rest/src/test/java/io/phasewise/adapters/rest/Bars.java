package io.phasewise.adapters.rest;

import io.phasewise.application.market.port.in.ImportCandlesCommand;
import io.phasewise.application.market.port.in.RegisterAssetCommand;
import io.phasewise.application.testing.MarketFixtures;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.AssetProfile;
import io.phasewise.domain.market.AssetType;
import io.phasewise.domain.market.Candle;
import io.phasewise.domain.market.Interval;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Daily bars whose prices and volumes move, put into the in-memory market the way an import does. */
final class Bars {
  private Bars() {}

  /** {@code n} daily bars from 2024-01-01: a wave on a slow rise, so every indicator has something to measure. */
  static List<Candle> walk(int n) {
    return walk(MarketFixtures.T0, n);
  }

  /** {@code n} daily bars of the same wave from {@code start}. */
  static List<Candle> walk(Instant start, int n) {
    List<Candle> bars = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      double close = 100 + 10 * Math.sin(i / 5.0) + i / 4.0;
      bars.add(Candle.of(start.plusSeconds(86_400L * i), price(close + 0.5 * Math.sin(i)), price(close + 1 + i % 3),
          price(close - 1 - i % 2), price(close), BigDecimal.valueOf(1000 + i * 37L % 500), "test"));
    }
    return bars;
  }

  /** A new stock {@code symbol} holding {@code bars}, imported so its snapshots are computed as in production. */
  static AssetId imported(ApiServer api, String symbol, List<Candle> bars) {
    AssetId asset = registered(api, symbol);
    api.market.useCases.importCandles().importCandles(new ImportCandlesCommand(asset, Interval.D1,
        MarketFixtures.feed(MarketFixtures.good(bars)))).get();
    return asset;
  }

  /** A new stock {@code symbol} holding {@code bars}, stored directly: no snapshot or phase is computed for them. */
  static AssetId stored(ApiServer api, String symbol, List<Candle> bars) {
    AssetId asset = registered(api, symbol);
    api.market.candles.saveAll(asset, Interval.D1, bars);
    return asset;
  }

  static AssetId registered(ApiServer api, String symbol) {
    return api.market.useCases.registerAsset().register(new RegisterAssetCommand(AssetProfile.of(symbol, symbol, AssetType.STOCK)))
        .get().id();
  }

  private static BigDecimal price(double value) {
    return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
  }
}
