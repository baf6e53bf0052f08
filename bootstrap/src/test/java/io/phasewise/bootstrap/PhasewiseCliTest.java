package io.phasewise.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The CLI's generate and import commands against an embedded database in a temporary home. */
class PhasewiseCliTest {
  @TempDir
  Path home;

  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = PhasewiseCli.commandLine();
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  @Test
  void generate_twice_stores_the_synthetic_market_once() {
    assertThat(run("--home", home.toString(), "generate", "--assets", "2", "--bars", "300", "--seed", "3")).isZero();
    assertThat(run("--home", home.toString(), "generate", "--assets", "2", "--bars", "300", "--seed", "3")).isZero();

    try (Phasewise app = Phasewise.start(PhasewiseSettings.fromEnvironment(java.util.Map.of("PHASEWISE_HOME", home.toString())))) {
      assertThat(app.assets().findBySymbol("SYN002")).hasSize(1);
      assertThat(app.listImportRuns().recent(app.assets().findBySymbol("SYN001").get(0).id(), 10).get())
          .extracting(r -> r.report().stored()).containsExactly(0L, 300L);
    }
  }

  @Test
  void a_missing_file_or_a_bad_interval_is_one_clear_line_and_a_usage_exit_code() {
    assertThat(run("--home", home.toString(), "import", home.resolve("nope.csv").toString())).isEqualTo(CommandLine.ExitCode.USAGE);
    assertThat(run("--home", home.toString(), "import", "--interval", "2d", home.toString())).isEqualTo(CommandLine.ExitCode.USAGE);

    assertThat(err.toString()).contains("phasewise: no such file or folder: " + home.resolve("nope.csv"))
        .contains("phasewise: unknown interval '2d'").doesNotContain("Exception");
  }
}
