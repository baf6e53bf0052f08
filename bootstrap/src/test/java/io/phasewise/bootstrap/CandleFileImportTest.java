package io.phasewise.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasewise.domain.market.Interval;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code import} command on the ten real daily files: every good row stored, exactly TNX's
 * 392 null rows (one grouped line) and BTC-USD's in-progress last row rejected with their lines, and a second import
 * of the same folder changes no row.
 */
class CandleFileImportTest {
  private static final List<String> FILES =
      List.of("AAPL", "BTC-USD", "GLD", "GOOG", "IBM", "NDX", "NYA", "SPY", "TNX", "XAU");

  @TempDir
  Path home;

  @TempDir
  Path folder;

  @Test
  void imports_the_real_files_reports_only_the_known_defects_and_is_idempotent() throws IOException {
    for (String f : FILES) {
      try (InputStream in = getClass().getResourceAsStream("/prices/daily/" + f + ".csv")) {
        Files.copy(in, folder.resolve(f + ".csv"));
      }
    }
    ByteArrayOutputStream firstOut = new ByteArrayOutputStream();
    ByteArrayOutputStream secondOut = new ByteArrayOutputStream();
    CandleFileImport.Summary first;
    CandleFileImport.Summary second;
    try (Phasewise app = Phasewise.start(PhasewiseSettings.fromEnvironment(Map.of("PHASEWISE_HOME", home.toString())))) {
      first = new CandleFileImport(app, new PrintStream(firstOut, true, StandardCharsets.UTF_8)).importAll(CandleFileImport.csvFiles(List.of(folder)), Interval.D1);
      second = new CandleFileImport(app, new PrintStream(secondOut, true, StandardCharsets.UTF_8)).importAll(CandleFileImport.csvFiles(List.of(folder)), Interval.D1);
    }

    long dataRows = 3175 + 2723 + 1969 + 2032 + 3175 + 1877 + 1876 + 3174 + 2265 + 1877;
    assertThat(first).isEqualTo(new CandleFileImport.Summary(10, 0, dataRows, dataRows - 393, 0, 393));
    assertThat(second).isEqualTo(new CandleFileImport.Summary(10, 0, dataRows, 0, dataRows - 393, 393));

    String report = firstOut.toString(StandardCharsets.UTF_8);
    assertThat(report).contains("    TNX.csv: 392 rows: Open is null (lines 5, ", ", ...)\n", "    BTC-USD.csv:2724: partial bar");
    assertThat(report.lines().filter(l -> l.startsWith("    ")).count()).as("one line per distinct reason").isEqualTo(2);
  }
}
