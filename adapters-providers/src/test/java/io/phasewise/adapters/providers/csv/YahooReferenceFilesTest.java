package io.phasewise.adapters.providers.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasewise.application.market.model.CandleRow;
import io.phasewise.domain.market.Candle;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Acceptance: the ten real Yahoo exports (copied unchanged from the shared reference data, defects
 * included) read with only their real defects rejected: TNX's {@code null} rows and BTC-USD's
 * still-running last day.
 */
class YahooReferenceFilesTest {

  private static final YahooCsvCandleSource EXCHANGE_TRADED = YahooCsvCandleSource.create();
  private static final YahooCsvCandleSource ROUND_THE_CLOCK = YahooCsvCandleSource.create().lastRowInProgress(true);

  @ParameterizedTest(name = "{0}: {1} good, {2} rejected")
  @CsvSource({
      "AAPL.csv,    3175,   0",
      "BTC-USD.csv, 2722,   1",
      "GLD.csv,     1969,   0",
      "GOOG.csv,    2032,   0",
      "IBM.csv,     3175,   0",
      "NDX.csv,     1877,   0",
      "NYA.csv,     1876,   0",
      "SPY.csv,     3174,   0",
      "TNX.csv,     1873, 392",
      "XAU.csv,     1877,   0",
  })
  void every_row_is_good_except_the_known_defects(String file, int good, int rejected) {
    List<CandleRow> rows = read(file);

    assertThat(Rows.good(rows)).hasSize(good);
    assertThat(Rows.rejected(rows)).hasSize(rejected);
  }

  @Test
  void tnx_rejects_exactly_its_null_rows_naming_the_first_null_column() throws Exception {
    List<CandleRow.Rejected> rejected = Rows.rejected(read("TNX.csv"));
    List<String> lines = Files.readAllLines(resource("TNX.csv"), StandardCharsets.UTF_8);
    List<Long> nullLines = IntStream.range(0, lines.size()).filter(i -> lines.get(i).contains("null"))
        .mapToObj(i -> i + 1L).toList();

    assertThat(rejected).extracting(CandleRow::line).containsExactlyElementsOf(nullLines);
    assertThat(rejected.get(0).line()).isEqualTo(5);
    assertThat(rejected.get(rejected.size() - 1).line()).isEqualTo(2266);
    assertThat(rejected).extracting(CandleRow.Rejected::reason).containsOnly("Open is null");
  }

  @Test
  void btc_rejects_only_its_last_row_as_the_day_in_progress() {
    List<CandleRow> rows = read("BTC-USD.csv");
    List<CandleRow.Good> good = Rows.good(rows);

    // 2723 data rows after the header: the last is on physical line 2724 (the file has no final newline)
    assertThat(Rows.rejected(rows)).containsExactly(new CandleRow.Rejected(2724, YahooCsvCandleSource.PARTIAL_LAST_ROW));
    assertThat(good.get(good.size() - 1).candle().time()).isEqualTo(Instant.parse("2022-02-28T00:00:00Z"));
  }

  @Test
  void btc_read_as_exchange_traded_keeps_its_last_row() {
    List<CandleRow> rows = Rows.all(EXCHANGE_TRADED.open(resource("BTC-USD.csv")));

    assertThat(Rows.rejected(rows)).isEmpty();
    assertThat(rows.get(rows.size() - 1).line()).isEqualTo(2724);
  }

  @Test
  void a_row_keeps_the_file_digits_and_gets_the_adjusted_bar() {
    Candle first = Rows.good(read("AAPL.csv")).get(0).candle();

    assertThat(first.time()).isEqualTo(Instant.parse("2000-02-01T00:00:00Z"));
    assertThat(first.open()).isEqualByComparingTo("0.928571");
    assertThat(first.open().scale()).isEqualTo(6);
    assertThat(first.high().toPlainString()).isEqualTo("0.937500");
    assertThat(first.volume()).isEqualTo(new BigDecimal("318035200"));
    assertThat(first.source()).isEqualTo("yahoo-csv");
    assertThat(first.adjusted().close().toPlainString()).isEqualTo("0.767418");
    assertThat(first.adjusted().open()).isEqualByComparingTo("0.796124295660");
    assertThat(first.adjusted().high()).isEqualByComparingTo("0.803779707940");
    assertThat(first.adjusted().low()).isEqualByComparingTo("0.765504361271");
    assertThat(first.adjusted().volume()).isNull();
    assertThat(first.hasCorporateAction()).isFalse();
  }

  @Test
  void an_unadjusted_row_has_an_adjusted_bar_equal_to_the_raw_one() {
    Candle first = Rows.good(read("GLD.csv")).get(0).candle();

    assertThat(first.adjusted().open()).isEqualTo(first.open());
    assertThat(first.adjusted().high()).isEqualTo(first.high());
    assertThat(first.adjusted().low()).isEqualTo(first.low());
    assertThat(first.adjusted().close()).isEqualTo(first.close());
  }

  private static List<CandleRow> read(String file) {
    return Rows.all((file.equals("BTC-USD.csv") ? ROUND_THE_CLOCK : EXCHANGE_TRADED).open(resource(file)));
  }

  private static Path resource(String file) {
    try {
      return Path.of(YahooReferenceFilesTest.class.getResource("/prices/daily/" + file).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
