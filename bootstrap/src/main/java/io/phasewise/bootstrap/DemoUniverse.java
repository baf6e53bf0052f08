package io.phasewise.bootstrap;

import io.phasewise.application.market.port.in.CandleFeed;
import io.phasewise.application.market.port.in.ImportCandlesCommand;
import io.phasewise.application.market.port.in.ImportReport;
import io.phasewise.application.market.port.in.ListAssetsQuery;
import io.phasewise.application.market.port.in.RegisterAssetCommand;
import io.phasewise.application.market.port.out.ReadCandleFilePort;
import io.phasewise.application.phase.port.in.PhaseRecomputeProgress;
import io.phasewise.application.shared.PageRequest;
import io.phasewise.domain.market.Asset;
import io.phasewise.domain.market.AssetProfile;
import io.phasewise.domain.market.AssetType;
import io.phasewise.domain.market.Interval;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;

/**
 * The demo universe loaded into an empty database on {@code serve}: three real daily histories
 * shipped inside the jar (Apple, the S&P 500 ETF, Bitcoin) and five synthetic assets.
 */
final class DemoUniverse {
  private record Sample(String symbol, String name, AssetType type) {}

  private static final List<Sample> SAMPLES = List.of(
      new Sample("AAPL", "Apple Inc.", AssetType.STOCK),
      new Sample("SPY", "SPDR S&P 500 ETF Trust", AssetType.ETF),
      new Sample("BTC-USD", "Bitcoin", AssetType.CRYPTO));
  private static final int SYNTHETIC_ASSETS = 5;
  private static final int SYNTHETIC_BARS = 2520;
  private static final long SYNTHETIC_SEED = 42;

  private DemoUniverse() {}

  /** Loads the demo universe when no asset is registered; returns whether it did. */
  static boolean loadIfEmpty(Phasewise app, PrintStream progress) {
    if (app.listAssets().list(new ListAssetsQuery(null, null, null, PageRequest.first(1))).total() > 0) return false;
    progress.println("empty database: loading the demo universe");
    for (Sample sample : SAMPLES) {
      Asset asset = app.registerAsset().register(new RegisterAssetCommand(AssetProfile.of(sample.symbol(), sample.name(), sample.type())))
          .getOrElseThrow(f -> new IllegalStateException(f.message()));
      InputStream csv = DemoUniverse.class.getResourceAsStream("/demo/" + sample.symbol() + ".csv");
      if (csv == null) throw new IllegalStateException("demo sample missing from the jar: " + sample.symbol());
      CandleFeed feed = app.readCandleFile().open(csv, sample.symbol() + ".csv", ReadCandleFilePort.Format.YAHOO,
          sample.type() == AssetType.CRYPTO);
      ImportReport report = app.importCandles().importCandles(new ImportCandlesCommand(asset.id(), Interval.D1, feed))
          .getOrElseThrow(f -> new IllegalStateException(f.message()));
      progress.println("  " + report);
    }
    progress.println("  " + SyntheticUniverse.generate(app, SYNTHETIC_ASSETS, SYNTHETIC_BARS, SYNTHETIC_SEED, progress));
    // phases last, from everything loaded above; a first computation records history and emits no event
    progress.println("  " + PhaseRecomputeLog.summary(app.recomputePhases().recomputeAll(Interval.D1, PhaseRecomputeProgress.NONE)));
    return true;
  }
}
