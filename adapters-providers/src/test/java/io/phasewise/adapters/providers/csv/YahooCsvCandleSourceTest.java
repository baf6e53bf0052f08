package io.phasewise.adapters.providers.csv;

import static io.phasewise.adapters.providers.csv.Rows.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.phasewise.application.market.model.CandleRow;
import io.phasewise.domain.market.Candle;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each way a Yahoo export row can be bad, and each file-level quirk that must not matter. */
class YahooCsvCandleSourceTest {

  private static final String HEADER = "Date,Open,High,Low,Close,Adj Close,Volume\n";
  private static final String DAY1 = "2020-01-02,10.5,11.25,10.0,11.0,10.0,1000\n";
  private static final String DAY2 = "2020-01-03,11.0,12.0,10.5,11.5,10.5,2000\n";

  private final YahooCsvCandleSource yahoo = YahooCsvCandleSource.create();

  private List<CandleRow> read(String text) {
    return Rows.all(yahoo.open(utf8(text), "test.csv"));
  }

  private CandleRow.Rejected onlyRejection(String text) {
    List<CandleRow.Rejected> rejected = Rows.rejected(read(text));
    assertThat(rejected).hasSize(1);
    return rejected.get(0);
  }

  @Test
  void a_good_row_becomes_a_daily_candle_at_midnight_utc() {
    Candle candle = Rows.good(read(HEADER + DAY1)).get(0).candle();

    assertThat(candle).isEqualTo(new Candle(Instant.parse("2020-01-02T00:00:00Z"), new BigDecimal("10.5"),
        new BigDecimal("11.25"), new BigDecimal("10.0"), new BigDecimal("11.0"), new BigDecimal("1000"),
        new Candle.Adjusted(new BigDecimal("9.54545454545"), new BigDecimal("10.2272727273"),
            new BigDecimal("9.09090909091"), new BigDecimal("10.0"), null),
        null, null, "yahoo-csv"));
  }

  @Test
  void a_null_cell_is_named() {
    assertThat(onlyRejection(HEADER + DAY1 + "2020-01-03,null,null,null,null,null,null\n"))
        .isEqualTo(new CandleRow.Rejected(3, "Open is null"));
    assertThat(onlyRejection(HEADER + "2020-01-03,11.0,12.0,10.5,11.5,10.5,null\n").reason())
        .isEqualTo("Volume is null");
  }

  @Test
  void an_empty_cell_is_named() {
    assertThat(onlyRejection(HEADER + "2020-01-03,11.0,,10.5,11.5,10.5,2000\n").reason()).isEqualTo("High is empty");
  }

  @Test
  void an_unparsable_number_is_quoted() {
    assertThat(onlyRejection(HEADER + "2020-01-03,11.0,12.0,10.5,11.5,10.5,12x\n"))
        .isEqualTo(new CandleRow.Rejected(2, "Volume '12x' is not a number"));
  }

  @Test
  void a_bad_date_is_quoted() {
    assertThat(onlyRejection(HEADER + "2020-02-30,11.0,12.0,10.5,11.5,10.5,2000\n").reason())
        .isEqualTo("Date '2020-02-30' is not an ISO date or date-time");
    assertThat(onlyRejection(HEADER + "02/01/2020,11.0,12.0,10.5,11.5,10.5,2000\n").reason())
        .isEqualTo("Date '02/01/2020' is not an ISO date or date-time");
  }

  @Test
  void a_wrong_column_count_is_stated() {
    assertThat(onlyRejection(HEADER + "2020-01-03,11.0,12.0,10.5,11.5,2000\n").reason())
        .isEqualTo("expected 7 columns, found 6");
    assertThat(onlyRejection(HEADER + "2020-01-03,11.0,12.0,10.5,11.5,10.5,2000,7\n").reason())
        .isEqualTo("expected 7 columns, found 8");
  }

  @Test
  void a_broken_candle_invariant_gives_the_candle_message() {
    assertThat(onlyRejection(HEADER + "2020-01-03,11.0,10.0,10.5,11.5,10.5,2000\n").reason())
        .isEqualTo("low 10.5 above high 10.0");
    assertThat(onlyRejection(HEADER + "2020-01-03,11.0,12.0,10.5,12.5,10.5,2000\n").reason())
        .isEqualTo("close 12.5 outside low..high 10.5..12.0");
    assertThat(onlyRejection(HEADER + "2020-01-03,11.0,12.0,10.5,11.5,10.5,-1\n").reason())
        .isEqualTo("volume must not be negative: -1");
  }

  @Test
  void an_adjusted_close_that_cannot_scale_the_bar_is_rejected() {
    assertThat(onlyRejection(HEADER + "2020-01-03,0,1,0,0,0.5,2000\n").reason())
        .isEqualTo("Adj Close 0.5 cannot scale a bar whose Close is 0");
    assertThat(onlyRejection(HEADER + "2020-01-03,11.0,12.0,10.5,11.5,-1,2000\n").reason())
        .startsWith("adjusted low");
  }

  @Test
  void an_adjusted_close_with_more_than_twelve_digits_is_still_bracketed() {
    Candle candle = Rows.good(read(HEADER + "2020-01-03,3,3,3,3,1.23456789012345678,1\n")).get(0).candle();

    assertThat(candle.adjusted().low()).isEqualByComparingTo("1.23456789012345678");
    assertThat(candle.adjusted().high()).isEqualByComparingTo("1.23456789012345678");
  }

  @Test
  void a_repeated_date_names_the_line_that_had_it_first() {
    assertThat(onlyRejection(HEADER + DAY1 + DAY2 + DAY1))
        .isEqualTo(new CandleRow.Rejected(4, "duplicate time 2020-01-02, first on line 2"));
  }

  @Test
  void blank_lines_are_skipped_and_still_counted_as_lines() {
    List<CandleRow> rows = read(HEADER + "\n" + DAY1 + "   \n\n" + DAY2 + "\n\n");

    assertThat(rows).extracting(CandleRow::line).containsExactly(3L, 6L);
    assertThat(Rows.rejected(rows)).isEmpty();
  }

  @Test
  void a_byte_order_mark_and_crlf_line_endings_are_tolerated(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("windows.csv");
    Files.write(file, ("\uFEFF" + HEADER + DAY1 + DAY2).replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));

    List<CandleRow> rows = Rows.all(yahoo.open(file));

    assertThat(Rows.rejected(rows)).isEmpty();
    assertThat(Rows.good(rows)).extracting(row -> row.candle().volume())
        .containsExactly(new BigDecimal("1000"), new BigDecimal("2000"));
  }

  @Test
  void the_last_line_may_lack_a_newline() {
    List<CandleRow> rows = read(HEADER + DAY1 + DAY2.strip());

    assertThat(Rows.good(rows)).hasSize(2);
    assertThat(rows.get(1).line()).isEqualTo(3);
  }

  @Test
  void an_intraday_export_keeps_its_times() {
    Candle candle = Rows.good(read(HEADER + "2020-01-02 09:30:00-05:00,10.5,11.25,10.0,11.0,11.0,1000\n"))
        .get(0).candle();

    assertThat(candle.time()).isEqualTo(Instant.parse("2020-01-02T14:30:00Z"));
  }

  @Test
  void a_wrong_header_fails_the_file_naming_it_and_the_expected_columns() {
    assertThatThrownBy(() -> yahoo.open(utf8("Date,Open,High,Low,Close,Volume\n" + DAY1), "AAPL.csv"))
        .isInstanceOf(CsvHeaderException.class)
        .hasMessage("AAPL.csv: header 'Date,Open,High,Low,Close,Volume' does not fit: column 'Adj Close' is missing;"
            + " expected columns Date,Open,High,Low,Close,Adj Close,Volume")
        .extracting(e -> ((CsvHeaderException) e).expectedColumns())
        .isEqualTo(List.of("Date", "Open", "High", "Low", "Close", "Adj Close", "Volume"));
  }

  @Test
  void a_headerless_file_fails_as_its_first_row_is_no_header() {
    assertThatThrownBy(() -> yahoo.open(utf8(DAY1 + DAY2), "noheader.csv"))
        .isInstanceOf(CsvHeaderException.class)
        .hasMessageStartingWith("noheader.csv: header '2020-01-02,10.5,11.25,10.0,11.0,10.0,1000' does not fit");
  }

  @Test
  void an_empty_file_fails_as_it_has_no_header() {
    assertThatThrownBy(() -> yahoo.open(utf8(""), "empty.csv"))
        .isInstanceOf(CsvHeaderException.class)
        .hasMessage("empty.csv: the file is empty; expected columns Date,Open,High,Low,Close,Adj Close,Volume");
  }

  @Test
  void a_header_alone_is_a_feed_without_rows() {
    assertThat(read(HEADER)).isEmpty();
    assertThat(Rows.all(yahoo.lastRowInProgress(true).open(utf8(HEADER), "header-only.csv"))).isEmpty();
  }

  @Test
  void a_missing_file_is_an_io_failure_naming_it(@TempDir Path dir) {
    assertThatThrownBy(() -> yahoo.open(dir.resolve("absent.csv")))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("absent.csv");
  }

  @Test
  void the_last_row_of_a_round_the_clock_export_is_a_partial_bar_even_before_blank_lines() {
    List<CandleRow> rows = Rows.all(yahoo.lastRowInProgress(true).open(utf8(HEADER + DAY1 + DAY2 + "\n\n"), "btc.csv"));

    assertThat(Rows.good(rows)).extracting(CandleRow::line).containsExactly(2L);
    assertThat(Rows.rejected(rows)).containsExactly(new CandleRow.Rejected(3, YahooCsvCandleSource.PARTIAL_LAST_ROW));
  }

  @Test
  void a_defective_last_row_reports_its_own_defect() {
    List<CandleRow> rows = Rows.all(yahoo.lastRowInProgress(true)
        .open(utf8(HEADER + DAY1 + "2020-01-03,null,null,null,null,null,null"), "btc.csv"));

    assertThat(Rows.rejected(rows)).containsExactly(new CandleRow.Rejected(3, "Open is null"));
  }
}
