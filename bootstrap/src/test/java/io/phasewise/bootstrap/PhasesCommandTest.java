package io.phasewise.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.Interval;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The CLI's {@code phases} command against an embedded database in a temporary home. */
class PhasesCommandTest {
  @TempDir
  Path home;

  private final CliRun cli = new CliRun();

  private int run(String... args) {
    return cli.run(args);
  }

  @Test
  void phases_are_recomputed_for_every_asset_or_one_and_a_second_run_writes_nothing() {
    assertThat(run("--home", home.toString(), "generate", "--assets", "2", "--bars", "400", "--seed", "7")).isZero();

    assertThat(run("--home", home.toString(), "phases")).isZero();
    assertThat(cli.out()).contains("SYN001 (1): ", "SYN002 (2): ", " as of ", "events 0",
        "recomputed 1d phases of 2 asset(s)", ": 0 failed");
    assertThat(cli.err()).contains("phases: 2 of 2 assets");

    assertThat(run("--home", home.toString(), "phases", "--asset", "syn002", "--interval", "1d")).isZero();
    assertThat(cli.out()).doesNotContain("SYN001").contains("SYN002 (2): ", "written 0; events 0",
        "recomputed 1d phases of 1 asset(s)", "0 transition(s) written, 0 event(s) emitted");

    try (Phasewise app = Phasewise.start(PhasewiseSettings.fromEnvironment(Map.of("PHASEWISE_HOME", home.toString())))) {
      AssetId first = app.useCases().market().findAsset().withSymbol("SYN001").get(0).id();
      assertThat(app.useCases().phases().query().current(first, Interval.D1).get().asOf())
          .isEqualTo(app.useCases().market().latestCandles().latest(java.util.List.of(first), Interval.D1).get(first).time().plusSeconds(86_400));
    }
  }

  @Test
  void an_unknown_symbol_or_interval_is_one_clear_line_and_a_usage_exit_code() {
    assertThat(run("--home", home.toString(), "phases", "--asset", "NOPE")).isEqualTo(CommandLine.ExitCode.USAGE);
    assertThat(cli.err()).contains("phasewise: no asset has the symbol 'NOPE'");
    assertThat(run("--home", home.toString(), "phases", "--interval", "2d")).isEqualTo(CommandLine.ExitCode.USAGE);
    assertThat(cli.err()).contains("unknown interval '2d'");
  }
}
