package io.phasewise.bootstrap;

import io.phasewise.adapters.providers.synthetic.SyntheticMarket;
import io.phasewise.adapters.providers.synthetic.SyntheticMarketConfig;
import io.phasewise.application.market.MarketUseCases;
import io.phasewise.application.market.model.ImportReport;
import io.phasewise.application.market.port.in.ImportCandlesCommand;
import io.phasewise.application.market.port.in.RegisterAssetCommand;
import io.phasewise.domain.market.Asset;
import io.phasewise.domain.market.AssetProfile;
import io.phasewise.domain.market.AssetType;
import java.io.PrintStream;

/** Registers synthetic assets (SYN001, ...) and imports their generated daily candles. */
final class SyntheticUniverse {
  private SyntheticUniverse() {}

  /**
   * The synthetic market of {@code assets} assets of {@code bars} daily bars from {@code seed}.
   *
   * @throws IllegalArgumentException naming what is out of range, before anything is generated
   */
  static SyntheticMarketConfig config(int assets, int bars, long seed) {
    return SyntheticMarketConfig.defaults().withSeed(seed).withAssets(assets).withBars(bars);
  }

  static String generate(Phasewise app, SyntheticMarketConfig config, PrintStream progress) {
    SyntheticMarket market = new SyntheticMarket(config);
    int assets = config.assets();
    MarketUseCases useCases = app.useCases().market();
    long stored = 0;
    for (int i = 0; i < assets; i++) {
      String symbol = market.assetName(i);
      Asset asset = useCases.findAsset().findBySymbol(symbol, AssetType.STOCK).getOrElseGet(notFound -> useCases
          .registerAsset()
          .register(new RegisterAssetCommand(AssetProfile.of(symbol, "Synthetic asset " + symbol, AssetType.STOCK)))
          .getOrElseThrow(f -> new IllegalStateException(f.message())));
      ImportReport report = useCases.importCandles()
          .importCandles(new ImportCandlesCommand(asset.id(), market.config().interval(), market.feed(i)))
          .getOrElseThrow(f -> new IllegalStateException(f.message()));
      stored += report.stored();
      progress.println("  " + report);
    }
    return "generated " + assets + " synthetic asset(s) x " + config.bars() + " bars (seed " + config.seed() + "): stored "
        + stored + " candles";
  }
}
