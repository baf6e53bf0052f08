package io.phasewise.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code phases evaluate} on the nine real daily series and on a stored asset, in a temporary home. */
class PhasesEvaluateCommandTest {
  private static final Path DAILY = Path.of("src/test/resources/prices/daily");
  private static final List<String> NINE = List.of("AAPL", "SPY", "BTC-USD", "GOOG", "GLD", "IBM", "NDX", "NYA", "XAU");

  @TempDir
  Path home;

  private final CliRun cli = new CliRun();

  @Test
  void theNineRealSeriesGetTheirTablesTheSummaryTheReactionAndTheNullCalibration() {
    List<String> args = new ArrayList<>(List.of("phases", "evaluate", "--resamples", "500", "--walks", "3"));
    NINE.forEach(symbol -> args.add(DAILY.resolve(symbol + ".csv").toString()));

    assertThat(cli.runIn(home, args.toArray(String[]::new))).as(cli.err()).isZero();

    String report = cli.out();
    assertThat(report).startsWith("Phase evaluation: forward horizon 20 bars, moving blocks of 60 bars, 500 resamples");
    for (String symbol : NINE) {
      assertThat(report).contains("== " + symbol + " (" + (PhaseEvaluationText.TUNING.contains(symbol) ? "tuning" : "validation") + ")");
    }
    assertThat(report).contains("== SPY (tuning): 2000-02-01 to 2012-09-11, 3174 bars", "naive SMA-50  DOWN", "tit-for-tat   FORGIVE",
        "fwd max drawdown", "* worse", "hold unless DEFECT", "buy and hold", "== Summary",
        "tit-for-tat: DEFECT significantly worse in forward drawdown on ", "validation series only: ",
        "== Reaction to drawdowns deeper than 15% (all series)", "tit-for-tat: 47 drawdowns, median lag from peak to first DEFECT ",
        "== Null calibration: 3 seeded geometric random walks");
    // SPY 2007-2009 fell 55% from its peak (adjusted closes): buy-and-hold's worst drawdown, which the DEFECT-to-cash rule cuts
    assertThat(report).containsPattern("buy and hold +\\+27\\.8% +\\+2\\.0% +-55\\.2%");
    assertThat(report).doesNotContain("skipped");
  }

  @Test
  void aStoredAssetIsEvaluatedByItsSymbolAndAnUnknownOneIsABadArgument() {
    assertThat(cli.runIn(home, "import", DAILY.resolve("GLD.csv").toString())).isZero();

    assertThat(cli.runIn(home, "phases", "evaluate", "--asset", "gld", "--resamples", "200", "--walks", "0")).as(cli.err()).isZero();
    assertThat(cli.out()).contains("== GLD (validation): 2004-11-18 to 2012-09-12, 1969 bars", "no random walks asked for");

    assertThat(cli.runIn(home, "phases", "evaluate", "--asset", "NOPE", "--walks", "0")).isEqualTo(CommandLine.ExitCode.USAGE);
    assertThat(cli.err()).contains("no asset has the symbol 'NOPE'");
  }

  @Test
  void aBlockShorterThanTheHorizonOrAMissingFileIsRefusedBeforeAnyDatabaseWork() {
    assertThat(cli.runIn(home, "phases", "evaluate", "--horizon", "30", "--block", "20")).isEqualTo(CommandLine.ExitCode.USAGE);
    assertThat(cli.err()).contains("block length must be at least the horizon (30)");

    assertThat(cli.runIn(home, "phases", "evaluate", "no-such.csv")).isEqualTo(CommandLine.ExitCode.USAGE);
    assertThat(cli.err()).contains("no such file or folder: no-such.csv");
    assertThat(home.resolve("pgdata")).doesNotExist();
  }
}
