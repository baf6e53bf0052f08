package io.phasewise.adapters.providers.statement;

import static io.phasewise.adapters.providers.statement.StatementAssertions.HASHED;
import static io.phasewise.adapters.providers.statement.StatementAssertions.activity;
import static io.phasewise.adapters.providers.statement.StatementAssertions.activityAt;
import static io.phasewise.adapters.providers.statement.StatementAssertions.assertRead;
import static io.phasewise.adapters.providers.statement.StatementAssertions.assertUnreadable;
import static io.phasewise.adapters.providers.statement.StatementAssertions.sample;
import static io.phasewise.adapters.providers.statement.StatementAssertions.text;
import static io.phasewise.domain.portfolio.LedgerEventType.BUY;
import static io.phasewise.domain.portfolio.LedgerEventType.DEPOSIT;
import static io.phasewise.domain.portfolio.LedgerEventType.DIVIDEND;
import static io.phasewise.domain.portfolio.LedgerEventType.FEE;
import static io.phasewise.domain.portfolio.LedgerEventType.SELL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.phasewise.application.portfolio.model.StatementFormat;
import io.phasewise.application.portfolio.model.StatementRow;
import io.phasewise.domain.shared.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Phasewise generic CSV (the layout of docs/PORTFOLIO.md, "Importing statements") and its column-mapped variant. */
class PhasewiseCsvReadingTest {

  @Test
  void the_generic_csv_gives_each_activity_and_reports_each_bad_line_with_its_reason() {
    List<StatementRow> rows = sample("phasewise.csv", StatementFormat.PHASEWISE_CSV);

    assertThat(rows).hasSize(11);
    assertRead(rows.get(0), 2, activity(DEPOSIT, "2024-01-02", null, null, null, "0", "0", "EUR", "10000", "0", "0", null, HASHED, "first transfer"));
    assertRead(rows.get(1), 3, activity(BUY, "2024-01-03", "15:30", "AAPL", "AAPL", "10", "185.64", "USD", "1856.40", "1.00", "0", "1.0945", HASHED, null));
    assertRead(rows.get(2), 4, activity(BUY, "2024-01-03", "15:30", "AAPL", "AAPL", "10", "185.64", "USD", "1856.40", "1.00", "0", "1.0945", HASHED, null));
    assertThat(activityAt(rows, 2).sourceId()).isEqualTo(activityAt(rows, 1).sourceId() + "#2").startsWith("PHASEWISE_CSV:");
    assertRead(rows.get(3), 5, activity(SELL, "2024-02-15", "16:05:10", "AAPL", "AAPL", "5", "182.31", "USD", "911.55", "1.00", "0.25", "1.0772",
        "broker-7781", "partial, tax withheld"));
    assertRead(rows.get(4), 6, activity(DIVIDEND, "2024-02-16", null, "AAPL", "AAPL", "15", "0.24", "USD", "3.60", "0", "0.54", null, HASHED, null));
    assertRead(rows.get(5), 7, activity(FEE, "2024-03-31", null, null, null, "0", "0", "EUR", "4.95", "0", "0", null, HASHED, "custody fee"));
    assertUnreadable(rows.get(6), 8, "unit_price '-512.10' must not be negative");
    assertUnreadable(rows.get(7), 9, "type 'SWAP' is not one of DEPOSIT, WITHDRAWAL, BUY");
    assertUnreadable(rows.get(8), 10, "BUY needs a symbol");
    assertUnreadable(rows.get(9), 11, "gross '1e30' must be less than 1E18 in magnitude");
    assertUnreadable(rows.get(10), 12, "unit_price '410.2,' is not a number");
  }

  @Test
  void reading_the_same_file_twice_gives_the_same_source_ids() {
    List<String> first = sample("phasewise.csv", StatementFormat.PHASEWISE_CSV).stream().filter(StatementRow.Read.class::isInstance)
        .map(r -> ((StatementRow.Read) r).activity().sourceId()).toList();
    List<String> second = sample("phasewise.csv", StatementFormat.PHASEWISE_CSV).stream().filter(StatementRow.Read.class::isInstance)
        .map(r -> ((StatementRow.Read) r).activity().sourceId()).toList();

    assertThat(second).isEqualTo(first).doesNotHaveDuplicates();
  }

  @Test
  void a_nul_character_or_a_broken_quote_makes_only_its_line_unreadable() {
    List<StatementRow> rows = text("""
        type,date,symbol,quantity,unit_price,currency
        BUY,2024-01-03,AA\u0000PL,1,10,USD
        BUY,2024-01-03,"AAPL,1,10,USD
        BUY,2024-01-03,AAPL,1,10,USD,,,
        BUY,2024-01-03,AAPL,1,10,USD,extra
        """, StatementFormat.PHASEWISE_CSV);

    assertUnreadable(rows.get(0), 2, "symbol 'AA\\u0000PL' must not contain control characters (U+0000");
    assertUnreadable(rows.get(1), 3, "CSV: unterminated quote");
    assertRead(rows.get(2), 4, activity(BUY, "2024-01-03", null, "AAPL", "AAPL", "1", "10", "USD", "10", "0", "0", null, HASHED, null));
    assertUnreadable(rows.get(3), 5, "CSV: 7 cells but the header names 6 columns");
  }

  @Test
  void a_file_that_is_not_a_phasewise_csv_is_refused_naming_what_is_missing() {
    assertThatThrownBy(() -> text("type,symbol,currency\nBUY,AAPL,USD\n", StatementFormat.PHASEWISE_CSV))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("has the column date");
    assertThatThrownBy(() -> text("type,date,currency,price\n", StatementFormat.PHASEWISE_CSV))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("unknown column price");
    assertThatThrownBy(() -> text("\n\n", StatementFormat.PHASEWISE_CSV))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("has none");
  }

  @Test
  void more_than_the_row_limit_is_refused() {
    StringBuilder file = new StringBuilder("type,date,currency,gross\n");
    for (int i = 0; i <= StatementFileReader.MAX_ROWS; i++) file.append("DEPOSIT,2024-01-02,EUR,1\n");

    assertThatThrownBy(() -> text(file.toString(), StatementFormat.PHASEWISE_CSV))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("at most 200000 rows");
  }

  @Test
  void a_generated_file_of_ten_thousand_rows_is_read_row_for_row() {
    StringBuilder file = new StringBuilder("type,date,symbol,quantity,unit_price,currency,fee,source_id\n");
    for (int i = 0; i < 10_000; i++) {
      file.append(i % 2 == 0 ? "BUY" : "SELL").append(',').append(java.time.LocalDate.of(2004, 1, 1).plusDays(i / 2)).append(",SYM")
          .append(i % 100).append(',').append(1 + i % 7).append(',').append(100 + i % 13).append(".25,USD,0.5,t-").append(i).append('\n');
    }

    List<StatementRow> rows = text(file.toString(), StatementFormat.PHASEWISE_CSV);

    assertThat(rows).hasSize(10_000).allMatch(StatementRow.Read.class::isInstance);
    assertThat(rows.get(9_999).line()).isEqualTo(10_001);
    assertRead(rows.get(9_999), 10_001, activity(SELL, "2017-09-08", null, "SYM99", "SYM99", "4", "102.25", "USD", "409.00", "0.5", "0", null,
        "t-9999", null));
  }

  @Test
  void a_column_mapped_csv_reads_the_mapped_headers_and_lenient_dates() {
    Map<String, String> columns = new LinkedHashMap<>();
    columns.put("date", "Trade day");
    columns.put("type", "Operation");
    columns.put("symbol", "Ticker");
    columns.put("quantity", "Shares");
    columns.put("unit_price", "Price");
    columns.put("currency", "Ccy");
    columns.put("fee", "Commission");
    columns.put("source_id", "Reference");

    List<StatementRow> rows = sample("column-mapped.csv", StatementFormat.COLUMN_MAPPED_CSV, columns);

    assertThat(rows).hasSize(5);
    assertRead(rows.get(0), 2, activity(BUY, "2024-03-05", null, "NOVN.SW", "NOVN.SW", "20", "88.40", "CHF", "1768.00", "9.00", "0", null, "A-1001", null));
    assertRead(rows.get(1), 3, activity(BUY, "2024-03-06", null, "NESN.SW", "NESN.SW", "15", "96.12", "CHF", "1441.80", "9.00", "0", null, "A-1002", null));
    assertRead(rows.get(2), 4, activity(DIVIDEND, "2024-04-10", null, "NOVN.SW", "NOVN.SW", "20", "3.20", "CHF", "64.00", "0", "0", null, "A-1003", null));
    assertUnreadable(rows.get(3), 5, "Trade day '31/02/2024' is not a date");
    assertRead(rows.get(4), 6, activity(SELL, "2024-04-12", null, "NESN.SW", "NESN.SW", "5", "94.80", "CHF", "474.00", "9.00", "0", null, "A-1005", null));
  }

  @Test
  void a_column_mapping_that_does_not_fit_is_refused() {
    assertThatThrownBy(() -> sample("column-mapped.csv", StatementFormat.COLUMN_MAPPED_CSV, Map.of("date", "Trade day", "type", "Operation")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("lacks the field currency");
    assertThatThrownBy(() -> sample("column-mapped.csv", StatementFormat.COLUMN_MAPPED_CSV,
        Map.of("date", "Trade day", "type", "Operation", "currency", "Currency")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("has the column Currency");
    assertThatThrownBy(() -> sample("column-mapped.csv", StatementFormat.COLUMN_MAPPED_CSV,
        Map.of("date", "Trade day", "type", "Operation", "currency", "Ccy", "isin", "ISIN")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("unknown field 'isin'");
  }
}
