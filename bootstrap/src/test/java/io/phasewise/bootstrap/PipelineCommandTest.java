package io.phasewise.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasewise.application.market.model.CandleFeed;
import io.phasewise.application.market.port.in.ImportCandlesCommand;
import io.phasewise.application.market.port.in.RegisterAssetCommand;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.AssetProfile;
import io.phasewise.domain.market.AssetType;
import io.phasewise.domain.market.Candle;
import io.phasewise.domain.market.Interval;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The CLI's {@code pipeline} command against an embedded database in a temporary home. */
class PipelineCommandTest {
  @TempDir
  Path home;

  private final CliRun cli = new CliRun();

  /**
   * A macro series (the one type whose values may be zero) whose 60 daily bars include one with every
   * value zero: the log-return analytics cannot be computed from them.
   */
  private void addBrokenAsset() {
    try (Phasewise app = Phasewise.start(PhasewiseSettings.fromEnvironment(Map.of("PHASEWISE_HOME", home.toString())))) {
      AssetId asset = app.useCases().market().registerAsset()
          .register(new RegisterAssetCommand(AssetProfile.of("BROKEN", "Broken", AssetType.MACRO))).get().id();
      List<Candle> bars = new ArrayList<>();
      Instant start = Instant.parse("2024-01-01T00:00:00Z");
      for (int i = 0; i < 60; i++) {
        BigDecimal close = i == 30 ? BigDecimal.ZERO : BigDecimal.valueOf(100 + i);
        BigDecimal high = i == 30 ? BigDecimal.ZERO : close.add(BigDecimal.ONE);
        BigDecimal low = i == 30 ? BigDecimal.ZERO : close.subtract(BigDecimal.ONE);
        bars.add(Candle.of(start.plusSeconds(86_400L * i), close, high, low, close, BigDecimal.valueOf(1_000), "test"));
      }
      app.useCases().market().importCandles().importCandles(new ImportCandlesCommand(asset, Interval.D1, CandleFeed.of("broken.csv", bars))).get();
    }
  }

  @Test
  void a_run_prints_failed_assets_first_then_the_others_and_a_summary() {
    assertThat(cli.run("--home", home.toString(), "generate", "--assets", "2", "--bars", "300", "--seed", "5")).isZero();
    addBrokenAsset();

    assertThat(cli.run("--home", home.toString(), "pipeline")).as(cli.err()).isEqualTo(1);

    List<String> lines = cli.out().lines().toList();
    assertThat(lines).hasSize(4);
    assertThat(lines.get(0)).startsWith("BROKEN (3): failed: snapshots: ").contains("; phases: ");
    assertThat(lines.get(1)).startsWith("SYN001 (1): ").contains(" as of ", "; snapshots: written 0; phases: transitions ",
        ", events 0");
    assertThat(lines.get(2)).startsWith("SYN002 (2): ");
    assertThat(lines.get(3)).startsWith("pipeline run 1 (on-demand, 1d): 3 asset(s), 1 failed in ")
        .contains("; phases: transitions ", ", events 0; webhooks: events 0, deliveries 0, attempted 0, delivered 0,");

    assertThat(cli.run("--home", home.toString(), "pipeline", "--interval", "1d")).isEqualTo(1);
    assertThat(cli.out()).contains("SYN001 (1): ", "; snapshots: written 0; phases: transitions 0, events 0",
        "pipeline run 2 (on-demand, 1d): 3 asset(s), 1 failed in ",
        "; snapshots: written 0; phases: transitions 0, events 0; webhooks: events 0,");
  }

  @Test
  void an_unknown_interval_is_one_clear_line_and_a_usage_exit_code() {
    assertThat(cli.run("--home", home.toString(), "pipeline", "--interval", "2d")).isEqualTo(CommandLine.ExitCode.USAGE);
    assertThat(cli.err()).contains("unknown interval '2d'");
  }
}
