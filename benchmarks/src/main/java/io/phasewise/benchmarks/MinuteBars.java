package io.phasewise.benchmarks;

import io.phasewise.adapters.providers.synthetic.SyntheticMarket;
import io.phasewise.adapters.providers.synthetic.SyntheticMarketConfig;
import io.phasewise.application.market.model.CandleFeed;
import io.phasewise.application.market.model.ImportReport;
import io.phasewise.application.market.port.in.ImportCandlesCommand;
import io.phasewise.application.market.port.in.RegisterAssetCommand;
import io.phasewise.bootstrap.Phasewise;
import io.phasewise.bootstrap.PhasewiseSettings;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.AssetProfile;
import io.phasewise.domain.market.AssetType;
import io.phasewise.domain.market.Candle;
import io.phasewise.domain.market.Interval;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Benchmark fixture: Phasewise on a fresh embedded PostgreSQL in a temporary directory, one registered
 * asset, and its {@value #ROWS} synthetic one-minute candles held in memory.
 */
@State(Scope.Benchmark)
public class MinuteBars {
  /** Candles per operation. */
  public static final int ROWS = 1_000_000;

  private Path home;
  private Phasewise app;
  private AssetId asset;
  private List<Candle> candles;

  @Setup(Level.Trial)
  public void start() throws IOException {
    home = Files.createTempDirectory("phasewise-bench");
    // the benchmark times storing candles, as a bulk load would with snapshots recomputed afterwards
    app = Phasewise.start(PhasewiseSettings.fromEnvironment(
        Map.of("PHASEWISE_HOME", home.toString(), "PHASEWISE_SNAPSHOTS_ON_IMPORT", "false")));
    asset = app.useCases().market().registerAsset()
        .register(new RegisterAssetCommand(AssetProfile.of("BENCH", "Benchmark asset", AssetType.STOCK)))
        .getOrElseThrow(failure -> new IllegalStateException(failure.message()))
        .id();
    SyntheticMarket market = new SyntheticMarket(
        SyntheticMarketConfig.defaults().withAssets(1).withBars(ROWS).withInterval(Interval.M1));
    candles = List.copyOf(market.candles(0));
  }

  @TearDown(Level.Trial)
  public void stop() throws IOException {
    TempDirectory.deleteAfter(app::close, home);
  }

  /** Imports every candle through the application's use case, as an embedding app would. */
  ImportReport importAll() {
    return app.useCases().market().importCandles()
        .importCandles(new ImportCandlesCommand(asset, Interval.M1, CandleFeed.of("benchmark", candles)))
        .getOrElseThrow(failure -> new IllegalStateException(failure.message()));
  }

  /** Runs each statement on its own in autocommit mode (TRUNCATE, VACUUM, CHECKPOINT). */
  void execute(String... statements) throws SQLException {
    try (Connection connection = app.dataSource().getConnection(); Statement statement = connection.createStatement()) {
      for (String sql : statements) statement.execute(sql);
    }
  }

  DataSource dataSource() {
    return app.dataSource();
  }

  AssetId asset() {
    return asset;
  }

  List<Candle> candles() {
    return candles;
  }
}
