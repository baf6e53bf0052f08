package io.phasewise.bootstrap;

import io.phasewise.application.market.model.CandleFileFormat;
import io.phasewise.application.market.MarketUseCases;
import io.phasewise.application.market.model.ImportReport;
import io.phasewise.application.market.port.in.ImportCandleFileCommand;
import io.phasewise.application.market.port.in.ListAssetsQuery;
import io.phasewise.application.market.port.in.RegisterAssetCommand;
import io.phasewise.application.sentiment.port.in.ImportSentimentFileCommand;
import io.phasewise.application.sentiment.port.in.RegisterSentimentSourceCommand;
import io.phasewise.application.sentiment.port.in.SentimentReport;
import io.phasewise.application.shared.BatchProgress;
import io.phasewise.application.shared.PageRequest;
import io.phasewise.domain.market.Asset;
import io.phasewise.domain.market.AssetProfile;
import io.phasewise.domain.market.AssetType;
import io.phasewise.domain.market.Interval;
import io.phasewise.domain.sentiment.ReliabilityTier;
import io.phasewise.domain.sentiment.SentimentChannel;
import io.phasewise.domain.sentiment.SentimentSource;
import io.phasewise.domain.shared.Failure;
import io.vavr.control.Either;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The demo universe loaded into an empty database on {@code serve}: three real daily histories
 * shipped inside the jar (Apple, the S&P 500 ETF, Bitcoin) and five synthetic assets, then three
 * fictional sentiment sources with a few dozen synthetic observations of the three real assets over
 * the last days of their histories ({@code demo/sentiment.csv} says so in its header); on {@code serve},
 * also the demo user's sample portfolio ({@link DemoPortfolio}) and the demo operator, an admin ({@link DemoOperator}).
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
  private static final List<RegisterSentimentSourceCommand> SENTIMENT_SOURCES = List.of(
      new RegisterSentimentSourceCommand("Demo Newswire", SentimentChannel.NEWS, ReliabilityTier.A, Map.of("demo", "synthetic")),
      new RegisterSentimentSourceCommand("Demo Market Forum", SentimentChannel.FORUM, ReliabilityTier.B, Map.of("demo", "synthetic")),
      new RegisterSentimentSourceCommand("Demo Social Pulse", SentimentChannel.SOCIAL, ReliabilityTier.C, Map.of("demo", "synthetic")));
  private static final String SENTIMENT_FILE = "sentiment.csv";

  private DemoUniverse() {}

  /** Loads the demo universe when no asset is registered; returns whether it did. */
  static boolean loadIfEmpty(Phasewise app, PrintStream progress) {
    MarketUseCases market = app.useCases().market();
    if (market.listAssets().list(new ListAssetsQuery(null, null, null, PageRequest.first(1))).total() > 0) return false;
    progress.println("empty database: loading the demo universe");
    for (Sample sample : SAMPLES) {
      Asset asset = market.registerAsset()
          .register(new RegisterAssetCommand(AssetProfile.of(sample.symbol(), sample.name(), sample.type())))
          .getOrElseThrow(f -> new IllegalStateException(f.message()));
      InputStream csv = DemoUniverse.class.getResourceAsStream("/demo/" + sample.symbol() + ".csv");
      if (csv == null) throw new IllegalStateException("demo sample missing from the jar: " + sample.symbol());
      ImportReport report = market.importCandleFile()
          .importFile(ImportCandleFileCommand.of(asset.id(), Interval.D1, csv, sample.symbol() + ".csv", CandleFileFormat.YAHOO))
          .getOrElseThrow(f -> new IllegalStateException(f.message()));
      progress.println("  " + report);
    }
    progress.println("  " + SyntheticUniverse.generate(app,
        SyntheticUniverse.config(SYNTHETIC_ASSETS, SYNTHETIC_BARS, SYNTHETIC_SEED), progress));
    progress.println("  " + loadSentiment(app));
    // phases last, from everything loaded above; a first computation records history and emits no event
    progress.println("  " + RecomputeLog.phaseSummary(Interval.D1,
        app.useCases().phases().recompute().recomputeAll(Interval.D1, BatchProgress.none())));
    return true;
  }

  /**
   * Like {@link #loadIfEmpty(Phasewise, PrintStream)}, then the demo user's sample portfolio, with its
   * token and id written in {@code home} ({@link DemoPortfolio}), and the demo operator's admin token
   * ({@link DemoOperator}).
   */
  static boolean loadIfEmpty(Phasewise app, Path home, PrintStream progress) {
    if (!loadIfEmpty(app, progress)) return false;
    DemoPortfolio.create(app, home, progress);
    DemoOperator.create(app, home, progress);
    return true;
  }

  /** Registers the demo's sentiment sources (unless a source of that name exists) and imports its synthetic observations. */
  private static SentimentReport loadSentiment(Phasewise app) {
    for (RegisterSentimentSourceCommand source : SENTIMENT_SOURCES) {
      Either<Failure, SentimentSource> registered = app.useCases().sentiment().registerSource().register(source);
      if (registered.isLeft() && !(registered.getLeft() instanceof Failure.Conflict)) {
        throw new IllegalStateException(registered.getLeft().message());
      }
    }
    InputStream csv = DemoUniverse.class.getResourceAsStream("/demo/" + SENTIMENT_FILE);
    if (csv == null) throw new IllegalStateException("demo sample missing from the jar: " + SENTIMENT_FILE);
    return app.useCases().sentiment().importFile().importFile(new ImportSentimentFileCommand(csv, SENTIMENT_FILE, null))
        .getOrElseThrow(f -> new IllegalStateException(f.message()));
  }
}
