package io.phasewise.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.phasewise.application.shared.PageRequest;
import io.phasewise.application.shared.TimeBounds;
import io.phasewise.application.snapshot.port.in.LatestSnapshotsQuery;
import io.phasewise.application.snapshot.port.in.SnapshotHistoryQuery;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.Interval;
import io.phasewise.domain.snapshot.SnapshotSet;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The CLI's generate, import and recompute commands against an embedded database in a temporary home. */
class PhasewiseCliTest {
  @TempDir
  Path home;

  private final CliRun cli = new CliRun();

  private int run(String... args) {
    return cli.run(args);
  }

  @Test
  void generate_twice_stores_the_synthetic_market_once() {
    assertThat(run("--home", home.toString(), "generate", "--assets", "2", "--bars", "300", "--seed", "3")).isZero();
    assertThat(run("--home", home.toString(), "generate", "--assets", "2", "--bars", "300", "--seed", "3")).isZero();

    try (Phasewise app = Phasewise.start(PhasewiseSettings.fromEnvironment(Map.of("PHASEWISE_HOME", home.toString())))) {
      assertThat(app.useCases().market().findAsset().withSymbol("SYN002")).hasSize(1);
      assertThat(app.useCases().market().listImportRuns().recent(app.useCases().market().findAsset().withSymbol("SYN001").get(0).id(), 10).get())
          .extracting(r -> r.report().stored()).containsExactly(0L, 300L);
    }
  }

  @Test
  void imported_candles_get_their_snapshots_and_recompute_rebuilds_them_all() {
    assertThat(run("--home", home.toString(), "generate", "--assets", "2", "--bars", "300", "--seed", "5")).isZero();
    assertThat(run("--home", home.toString(), "recompute", "--rebuild")).isZero();
    assertThat(run("--home", home.toString(), "recompute", "--interval", "1w")).isZero();

    try (Phasewise app = Phasewise.start(PhasewiseSettings.fromEnvironment(Map.of("PHASEWISE_HOME", home.toString())))) {
      AssetId first = app.useCases().market().findAsset().withSymbol("SYN001").get(0).id();
      SnapshotSet latest = app.useCases().snapshots().query().latest(new LatestSnapshotsQuery(List.of(first), Interval.D1, TimeBounds.END)).get().snapshots().get(0);
      assertThat(app.useCases().snapshots().query().history(new SnapshotHistoryQuery(first, Interval.D1, TimeBounds.BEGINNING, TimeBounds.END, PageRequest.first(1)))
          .get().total()).isEqualTo(300);
      assertThat(latest.indicators().sma50()).isPositive();
      assertThat(latest.features().extras()).containsKey("adx_14");
    }
    assertThat(cli.err()).contains("snapshots: 2 of 2 assets");
  }

  @Test
  void a_bulk_load_without_snapshots_on_import_leaves_them_to_recompute() {
    PhasewiseSettings bulk = PhasewiseSettings.fromEnvironment(
        Map.of("PHASEWISE_HOME", home.toString(), "PHASEWISE_SNAPSHOTS_ON_IMPORT", "false"));
    try (Phasewise app = Phasewise.start(bulk)) {
      SyntheticUniverse.generate(app, SyntheticUniverse.config(1, 100, 9), new PrintStream(OutputStream.nullOutputStream()));
      AssetId asset = app.useCases().market().findAsset().withSymbol("SYN001").get(0).id();
      assertThat(app.useCases().snapshots().query().latest(new LatestSnapshotsQuery(List.of(asset), Interval.D1, TimeBounds.END)).get().withoutSnapshots())
          .containsExactly(asset);
      assertThat(app.useCases().snapshots().recompute().recompute(asset, Interval.D1).get().written().inserted()).isEqualTo(100);
    }
    assertThatThrownBy(() -> PhasewiseSettings.fromEnvironment(Map.of("PHASEWISE_SNAPSHOTS_ON_IMPORT", "maybe")))
        .hasMessageContaining("PHASEWISE_SNAPSHOTS_ON_IMPORT");
  }

  @Test
  void a_missing_file_or_a_bad_interval_is_one_clear_line_and_a_usage_exit_code() {
    assertThat(run("--home", home.toString(), "import", home.resolve("nope.csv").toString())).isEqualTo(CommandLine.ExitCode.USAGE);
    assertThat(run("--home", home.toString(), "import", "--interval", "2d", home.toString())).isEqualTo(CommandLine.ExitCode.USAGE);
    assertThat(run("--home", home.toString(), "recompute", "--interval", "3d")).isEqualTo(CommandLine.ExitCode.USAGE);

    assertThat(cli.err()).contains("phasewise: no such file or folder: " + home.resolve("nope.csv"))
        .contains("phasewise: unknown interval '2d'")
        .contains("phasewise: unknown interval '3d'").doesNotContain("Exception");
    assertThat(home.resolve("pgdata")).as("arguments are checked before the database starts").doesNotExist();
  }
}
