package io.phasewise.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasewise.domain.market.AssetProfile;
import io.phasewise.domain.market.AssetType;
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
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code import} command on the ten real daily files: every good row stored, exactly TNX's
 * 392 null rows (the first 100 in one grouped line, the rest counted) and BTC-USD's in-progress last row rejected with their lines, and a second import
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
      first = new CandleFileImport(app, Optional.empty(), Optional.empty(), new PrintStream(firstOut, true, StandardCharsets.UTF_8)).importAll(CandleFileImport.csvFiles(List.of(folder)), Interval.D1);
      second = new CandleFileImport(app, Optional.empty(), Optional.empty(), new PrintStream(secondOut, true, StandardCharsets.UTF_8)).importAll(CandleFileImport.csvFiles(List.of(folder)), Interval.D1);
      Map<String, String> types = new TreeMap<>();
      FILES.forEach(symbol -> types.put(symbol, app.useCases().market().findAsset().withSymbol(symbol).stream()
          .map(a -> a.type().code() + " " + a.profile().name()).collect(Collectors.joining(", "))));
      assertThat(types).as("one asset per file, of the inferred type and name").containsExactlyEntriesOf(new TreeMap<>(Map.of(
          "AAPL", "stock AAPL", "BTC-USD", "crypto BTC-USD", "GLD", "etf SPDR Gold Shares", "GOOG", "stock GOOG",
          "IBM", "stock IBM", "NDX", "index Nasdaq 100", "NYA", "index NYSE Composite", "SPY", "etf SPDR S&P 500 ETF Trust",
          "TNX", "macro 10-Year Treasury Yield", "XAU", "index PHLX Gold/Silver Sector")));
    }

    long dataRows = 3175 + 2723 + 1969 + 2032 + 3175 + 1877 + 1876 + 3174 + 2265 + 1877;
    assertThat(first).isEqualTo(new CandleFileImport.Summary(10, 0, dataRows, dataRows - 393, 0, 393));
    assertThat(second).isEqualTo(new CandleFileImport.Summary(10, 0, dataRows, 0, dataRows - 393, 393));

    String report = firstOut.toString(StandardCharsets.UTF_8);
    // a report lists the first 100 rejected rows, one line per distinct reason, and counts the rest
    assertThat(report).contains("    TNX.csv: 100 rows: Open is null (lines 5, ", ", ...)\n",
        "    TNX.csv: 292 more rejected rows not listed\n", "    BTC-USD.csv:2724: partial bar");
    assertThat(report.lines().filter(l -> l.startsWith("    ")).count()).isEqualTo(3);
    assertThat(secondOut.toString(StandardCharsets.UTF_8)).as("nothing new the second time").doesNotContain("; new ");
  }

  @Test
  void a_file_that_fails_validation_registers_nothing_and_a_given_type_and_name_win() throws IOException {
    Files.writeString(folder.resolve("BAD.csv"), "when,price\n2024-01-02,1\n");
    Files.writeString(folder.resolve("EMPTY.csv"), "Date,Open,High,Low,Close,Adj Close,Volume\n2024-01-02,null,null,null,null,null,null\n");
    Path gold = Files.writeString(folder.resolve("GOLD.csv"), "Date,Open,High,Low,Close,Adj Close,Volume\n"
        + "2024-01-02,10,11,9,10.5,10.5,100\n");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (Phasewise app = Phasewise.start(PhasewiseSettings.fromEnvironment(Map.of("PHASEWISE_HOME", home.toString())))) {
      PrintStream progress = new PrintStream(out, true, StandardCharsets.UTF_8);
      CandleFileImport.Summary failed = new CandleFileImport(app, Optional.empty(), Optional.empty(), progress)
          .importAll(CandleFileImport.csvFiles(List.of(folder.resolve("BAD.csv"), folder.resolve("EMPTY.csv"))), Interval.D1);
      CandleFileImport.Summary named = new CandleFileImport(app, Optional.of(AssetType.ETF), Optional.of("Gold fund"), progress)
          .importAll(List.of(gold), Interval.D1);

      assertThat(failed.failedFiles()).isEqualTo(2);
      assertThat(named.failedFiles()).isZero();
      assertThat(app.useCases().market().findAsset().withSymbol("BAD")).isEmpty();
      assertThat(app.useCases().market().findAsset().withSymbol("EMPTY")).isEmpty();
      assertThat(app.useCases().market().findAsset().withSymbol("GOLD")).singleElement()
          .satisfies(a -> assertThat(a.profile()).isEqualTo(AssetProfile.of("GOLD", "Gold fund", AssetType.ETF)));
    }
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("[                              ] 0/2 BAD.csv", "[###############               ] 1/2 EMPTY.csv")
        .contains("EMPTY.csv: no valid row among 1 (line 2: ").contains("nothing imported, no asset registered")
        .contains("; new etf GOLD \"Gold fund\"");
  }
}
