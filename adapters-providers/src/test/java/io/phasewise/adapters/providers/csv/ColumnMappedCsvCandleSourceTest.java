package io.phasewise.adapters.providers.csv;

import static io.phasewise.adapters.providers.csv.CandleField.ADJ_CLOSE;
import static io.phasewise.adapters.providers.csv.CandleField.CLOSE;
import static io.phasewise.adapters.providers.csv.CandleField.DIVIDEND;
import static io.phasewise.adapters.providers.csv.CandleField.HIGH;
import static io.phasewise.adapters.providers.csv.CandleField.LOW;
import static io.phasewise.adapters.providers.csv.CandleField.OPEN;
import static io.phasewise.adapters.providers.csv.CandleField.SOURCE;
import static io.phasewise.adapters.providers.csv.CandleField.SPLIT_FACTOR;
import static io.phasewise.adapters.providers.csv.CandleField.TIME;
import static io.phasewise.adapters.providers.csv.CandleField.VOLUME;
import static io.phasewise.adapters.providers.csv.Rows.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.phasewise.application.market.model.CandleRow;
import io.phasewise.domain.market.Candle;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Mapping variants of the generic CSV source: delimiters, decimal commas, time formats, headerless files, quoting. */
class ColumnMappedCsvCandleSourceTest {

  /** A source mapping the six required fields to columns 0..5 in OHLCV order. */
  private static ColumnMappedCsvCandleSource.Builder byIndex() {
    return ColumnMappedCsvCandleSource.builder()
        .column(TIME, 0).column(OPEN, 1).column(HIGH, 2).column(LOW, 3).column(CLOSE, 4).column(VOLUME, 5);
  }

  private static List<CandleRow> read(ColumnMappedCsvCandleSource source, String text) {
    return Rows.all(source.open(utf8(text), "test.csv"));
  }

  private static Candle onlyCandle(ColumnMappedCsvCandleSource source, String text) {
    List<CandleRow> rows = read(source, text);
    assertThat(Rows.rejected(rows)).isEmpty();
    assertThat(rows).hasSize(1);
    return Rows.good(rows).get(0).candle();
  }

  @Test
  void semicolons_decimal_commas_and_a_local_date_pattern() {
    ColumnMappedCsvCandleSource source = ColumnMappedCsvCandleSource.builder()
        .delimiter(';').decimalSeparator(',')
        .column(TIME, "Datum").column(OPEN, "Eröffnung").column(HIGH, "Hoch").column(LOW, "Tief")
        .column(CLOSE, "Schluss").column(VOLUME, "Volumen")
        .timeFormat(TimeFormat.pattern("dd.MM.yyyy", ZoneId.of("Europe/Berlin")))
        .source("onvista")
        .build();

    Candle candle = onlyCandle(source,
        "Datum;Eröffnung;Hoch;Tief;Schluss;Volumen\n02.01.2020;1.234,50;1.240,125;1.230;1.235,5;12.000\n");

    assertThat(candle).isEqualTo(Candle.of(Instant.parse("2020-01-01T23:00:00Z"), new BigDecimal("1234.50"),
        new BigDecimal("1240.125"), new BigDecimal("1230"), new BigDecimal("1235.5"), new BigDecimal("12000"), "onvista"));
  }

  @Test
  void a_misplaced_grouping_separator_is_not_a_number() {
    ColumnMappedCsvCandleSource source = byIndex().delimiter(';').decimalSeparator(',').header(false).build();

    assertThat(Rows.rejected(read(source, "2020-01-02;1.5;2;1;1,5;10\n")))
        .containsExactly(new CandleRow.Rejected(1, "Open '1.5' is not a number"));
    assertThat(Rows.rejected(read(source, "2020-01-02;1,5;2;1;1,5;1.00.000\n")))
        .containsExactly(new CandleRow.Rejected(1, "Volume '1.00.000' is not a number"));
  }

  @Test
  void a_strict_pattern_refuses_a_day_that_does_not_exist() {
    ColumnMappedCsvCandleSource source = byIndex().header(false)
        .timeFormat(TimeFormat.pattern("dd.MM.yyyy", ZoneId.of("UTC"))).build();

    assertThat(Rows.rejected(read(source, "31.02.2020,1,2,1,1,10\n")))
        .containsExactly(new CandleRow.Rejected(1, "Time '31.02.2020' is not a time in the pattern 'dd.MM.yyyy'"));
  }

  @Test
  void a_pattern_with_a_time_is_read_in_its_zone() {
    ColumnMappedCsvCandleSource source = byIndex().header(false)
        .timeFormat(TimeFormat.pattern("yyyy/MM/dd HH:mm", ZoneId.of("America/New_York"))).build();

    assertThat(onlyCandle(source, "2020/07/01 09:30,1,2,1,1,10\n").time()).isEqualTo(Instant.parse("2020-07-01T13:30:00Z"));
  }

  @Test
  void epoch_seconds_and_epoch_millis() {
    ColumnMappedCsvCandleSource seconds = byIndex().header(false).timeFormat(TimeFormat.epochSeconds()).build();
    ColumnMappedCsvCandleSource millis = byIndex().header(false).timeFormat(TimeFormat.epochMillis()).build();

    assertThat(onlyCandle(seconds, "1577923200,1,2,1,1,10\n").time()).isEqualTo(Instant.parse("2020-01-02T00:00:00Z"));
    assertThat(onlyCandle(millis, "1577923200000,1,2,1,1,10\n").time()).isEqualTo(Instant.parse("2020-01-02T00:00:00Z"));
    assertThat(Rows.rejected(read(seconds, "1577923200.5,1,2,1,1,10\n")))
        .containsExactly(new CandleRow.Rejected(1, "Time '1577923200.5' is not epoch seconds"));
  }

  @Test
  void iso_instants_and_strict_iso_dates() {
    ColumnMappedCsvCandleSource instants = byIndex().header(false).build();
    ColumnMappedCsvCandleSource dates = byIndex().header(false).timeFormat(TimeFormat.isoDate()).build();

    assertThat(onlyCandle(instants, "2020-01-02T10:15:00Z,1,2,1,1,10\n").time()).isEqualTo(Instant.parse("2020-01-02T10:15:00Z"));
    assertThat(onlyCandle(instants, "2020-01-02T10:15:00,1,2,1,1,10\n").time()).isEqualTo(Instant.parse("2020-01-02T10:15:00Z"));
    assertThat(onlyCandle(dates, "2020-01-02,1,2,1,1,10\n").time()).isEqualTo(Instant.parse("2020-01-02T00:00:00Z"));
    assertThat(Rows.rejected(read(dates, "2020-01-02T10:15:00Z,1,2,1,1,10\n")))
        .containsExactly(new CandleRow.Rejected(1, "Time '2020-01-02T10:15:00Z' is not an ISO date"));
  }

  @Test
  void a_headerless_file_mapped_by_index_names_fields_in_its_reasons() {
    ColumnMappedCsvCandleSource source = byIndex().header(false).build();

    List<CandleRow> rows = read(source, "2020-01-02,1,2,1,1.5,10\n2020-01-03,1,2,1,1.5,12x\n2020-01-04,1,2\n");

    assertThat(Rows.good(rows)).extracting(CandleRow::line).containsExactly(1L);
    assertThat(Rows.rejected(rows)).containsExactly(
        new CandleRow.Rejected(2, "Volume '12x' is not a number"),
        new CandleRow.Rejected(3, "expected at least 6 columns, found 3"));
  }

  @Test
  void index_mapping_with_a_header_uses_the_header_names_and_extra_columns_are_ignored() {
    ColumnMappedCsvCandleSource source = ColumnMappedCsvCandleSource.builder()
        .column(TIME, 1).column(OPEN, 2).column(HIGH, 3).column(LOW, 4).column(CLOSE, 5).column(VOLUME, 6).build();

    List<CandleRow> rows = read(source, "ticker,ts,o,h,l,c,v\nX,2020-01-02,1,2,1,1,10\nX,2020-01-03,1,2,1,1,-\n");

    assertThat(Rows.good(rows)).hasSize(1);
    assertThat(Rows.rejected(rows)).containsExactly(new CandleRow.Rejected(3, "v '-' is not a number"));
  }

  @Test
  void quoted_cells_may_hold_the_delimiter_and_quotes() {
    ColumnMappedCsvCandleSource source = byIndex().column(SOURCE, 6).build();

    Candle candle = onlyCandle(source,
        "time,open,high,low,close,volume,source\n\"2020-01-02\", \"1,234.5\" ,\"1,300\",1200,\"1,250.25\",\"1,000,000\",\"broker \"\"A\"\"\"\n");

    assertThat(candle).isEqualTo(Candle.of(Instant.parse("2020-01-02T00:00:00Z"), new BigDecimal("1234.5"),
        new BigDecimal("1300"), new BigDecimal("1200"), new BigDecimal("1250.25"), new BigDecimal("1000000"),
        "broker \"A\""));
  }

  @Test
  void broken_quoting_rejects_the_row() {
    ColumnMappedCsvCandleSource source = byIndex().header(false).build();

    assertThat(Rows.rejected(read(source, "2020-01-02,\"1,2,1,1,10\n2020-01-03,\"1\"x,2,1,1,10\n"))).containsExactly(
        new CandleRow.Rejected(1, "unterminated quote"),
        new CandleRow.Rejected(2, "text after a closing quote"));
  }

  @Test
  void dividend_split_and_source_columns_are_optional_per_row() {
    ColumnMappedCsvCandleSource source = byIndex()
        .column(DIVIDEND, "div").column(SPLIT_FACTOR, "split").column(SOURCE, "src").source("default-src").build();

    List<CandleRow.Good> good = Rows.good(read(source, "t,o,h,l,c,v,div,split,src\n"
        + "2020-01-02,10,11,9,10,5,0.25,,\n"
        + "2020-01-03,5,6,4,5,10,null,2,vendor\n"));

    assertThat(good).extracting(row -> row.candle().dividendCash()).containsExactly(new BigDecimal("0.25"), BigDecimal.ZERO);
    assertThat(good).extracting(row -> row.candle().splitFactor()).containsExactly(BigDecimal.ONE, new BigDecimal("2"));
    assertThat(good).extracting(row -> row.candle().source()).containsExactly("default-src", "vendor");
  }

  @Test
  void an_optional_column_with_a_bad_value_is_still_rejected() {
    ColumnMappedCsvCandleSource source = byIndex().column(SPLIT_FACTOR, 6).header(false).build();

    assertThat(Rows.rejected(read(source, "2020-01-02,10,11,9,10,5,2:1\n2020-01-03,10,11,9,10,5,0\n"))).containsExactly(
        new CandleRow.Rejected(1, "Split Factor '2:1' is not a number"),
        new CandleRow.Rejected(2, "split factor must be positive: 0"));
  }

  @Test
  void an_adjusted_close_column_scales_the_bar() {
    ColumnMappedCsvCandleSource source = byIndex().column(ADJ_CLOSE, 6).header(false).build();

    Candle candle = onlyCandle(source, "2020-01-02,8,12,4,10,5,5\n");

    assertThat(candle.adjusted()).isEqualTo(new Candle.Adjusted(new BigDecimal("4"), new BigDecimal("6"),
        new BigDecimal("2"), new BigDecimal("5"), null));
  }

  @Test
  void the_generic_partial_last_row_reason() {
    ColumnMappedCsvCandleSource source = byIndex().header(false).lastRowInProgress(true).build();

    assertThat(Rows.rejected(read(source, "2020-01-02,1,2,1,1,10\n2020-01-03,1,2,1,1,3\n"))).containsExactly(
        new CandleRow.Rejected(2, "partial bar: the last row is the bar still in progress at export time"));
  }

  @Test
  void a_header_missing_a_mapped_name_or_naming_it_twice_fails_the_file() {
    ColumnMappedCsvCandleSource source = byIndex().column(VOLUME, "Volume").build();

    assertThatThrownBy(() -> source.open(utf8("a,b,c,d,e,f\n"), "x.csv"))
        .isInstanceOf(CsvHeaderException.class)
        .hasMessage("x.csv: header 'a,b,c,d,e,f' does not fit: column 'Volume' is missing; expected columns #0,#1,#2,#3,#4,Volume");
    assertThatThrownBy(() -> source.open(utf8("a,b,c,d,e,volume,VOLUME\n"), "y.csv"))
        .isInstanceOf(CsvHeaderException.class)
        .hasMessageContaining("column 'Volume' appears twice");
    assertThatThrownBy(() -> source.open(utf8("a,b,c,Volume\n"), "z.csv"))
        .isInstanceOf(CsvHeaderException.class)
        .hasMessageContaining("it has no column 4 for Close");
  }

  @Test
  void an_unterminated_quote_in_the_header_fails_the_file() {
    assertThatThrownBy(() -> byIndex().build().open(utf8("\"a,b,c,d,e,f\n"), "q.csv"))
        .isInstanceOf(CsvHeaderException.class)
        .hasMessageStartingWith("q.csv: header '\"a,b,c,d,e,f': unterminated quote");
  }

  @Test
  void an_incomplete_or_inconsistent_mapping_is_refused_when_built() {
    assertThatThrownBy(() -> ColumnMappedCsvCandleSource.builder().column(TIME, 0).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("no column mapped for OPEN");
    assertThatThrownBy(() -> byIndex().column(CLOSE, "Close").header(false).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("only when the file has a header");
    assertThatThrownBy(() -> byIndex().decimalSeparator(';').build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("decimal separator");
    assertThatThrownBy(() -> byIndex().delimiter('"').build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("delimiter");
  }

  @Test
  void a_headerless_empty_stream_is_an_empty_feed() {
    assertThat(read(byIndex().header(false).build(), "")).isEmpty();
  }
}
