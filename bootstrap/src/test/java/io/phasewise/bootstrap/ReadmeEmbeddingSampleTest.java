package io.phasewise.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasewise.application.market.MarketUseCases;
import io.phasewise.application.market.model.CandleFileFormat;
import io.phasewise.application.market.model.ImportReport;
import io.phasewise.application.market.port.in.CandleQuery;
import io.phasewise.application.market.port.in.ImportCandleFileCommand;
import io.phasewise.application.market.port.in.RegisterAssetCommand;
import io.phasewise.application.shared.PageRequest;
import io.phasewise.domain.market.Asset;
import io.phasewise.domain.market.AssetProfile;
import io.phasewise.domain.market.AssetType;
import io.phasewise.domain.market.CandleAggregator;
import io.phasewise.domain.market.CandleSeries;
import io.phasewise.domain.market.Interval;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keeps the README's "embed it in your app" sample compiling, running, and identical to the README. */
class ReadmeEmbeddingSampleTest {
  @TempDir
  Path home;

  static CandleSeries embed(Map<String, String> env, Path csv) throws IOException {
    // README:start
    try (Phasewise phasewise = Phasewise.start(PhasewiseSettings.fromEnvironment(env))) {
      MarketUseCases market = phasewise.useCases().market();
      Asset spy = market.registerAsset()
          .register(new RegisterAssetCommand(AssetProfile.of("SPY", "SPDR S&P 500 ETF", AssetType.ETF)))
          .getOrElseThrow(failure -> new IllegalStateException(failure.message()));

      ImportReport report = market.importCandleFile().importFile(ImportCandleFileCommand.of(spy.id(), Interval.D1,
          Files.newInputStream(csv), "SPY.csv", CandleFileFormat.YAHOO)).get();
      System.out.println(report); // SPY.csv: read 3174, stored 3174 (3174 new, 0 changed), unchanged 0, rejected 0

      CandleQuery query = new CandleQuery(spy.id(), Interval.D1, Instant.parse("2008-01-01T00:00:00Z"),
          Instant.parse("2009-01-01T00:00:00Z"), true, null, PageRequest.first(1000));
      CandleSeries daily = market.queryCandles().series(query).get(); // dividend-adjusted, columnar
      return CandleAggregator.resample(daily, Interval.W1);
    }
    // README:end
  }

  @Test
  void the_sample_runs_on_a_fresh_embedded_database() throws IOException {
    Path csv = home.resolve("SPY.csv");
    try (InputStream in = getClass().getResourceAsStream("/prices/daily/SPY.csv")) {
      Files.copy(in, csv);
    }

    CandleSeries weekly = embed(Map.of("PHASEWISE_HOME", home.toString()), csv);

    assertThat(weekly.interval()).isEqualTo(Interval.W1);
    assertThat(weekly.size()).isBetween(52, 53);
    assertThat(weekly.close(weekly.size() - 1)).isLessThan(weekly.close(0));
  }

  @Test
  void the_readme_shows_the_sample_verbatim() throws IOException {
    String source = Files.readString(Path.of("src/test/java/io/phasewise/bootstrap/ReadmeEmbeddingSampleTest.java"));
    String sample = source.substring(source.indexOf("// README:start") + "// README:start".length(), source.indexOf("    // README:end"));
    String readme = Files.readString(Path.of("..", "README.md"));

    assertThat(normalise(readme)).contains(normalise(sample));
  }

  private static String normalise(String code) {
    return code.lines().map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.joining("\n"));
  }
}
