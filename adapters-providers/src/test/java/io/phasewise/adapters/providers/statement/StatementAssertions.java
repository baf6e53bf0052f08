package io.phasewise.adapters.providers.statement;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasewise.application.portfolio.model.StatementActivity;
import io.phasewise.application.portfolio.model.StatementFormat;
import io.phasewise.application.portfolio.model.StatementRow;
import io.phasewise.domain.portfolio.CurrencyCode;
import io.phasewise.domain.portfolio.LedgerEventType;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

/** Reading sample statements and comparing what they give field by field, amounts by {@code compareTo}. */
final class StatementAssertions {
  /** The source id an expected activity gives when the reader must have hashed the row. */
  static final String HASHED = "<hashed>";

  private StatementAssertions() {}

  static List<StatementRow> sample(String name, StatementFormat format) {
    return sample(name, format, Map.of());
  }

  static List<StatementRow> sample(String name, StatementFormat format, Map<String, String> columns) {
    InputStream in = StatementAssertions.class.getResourceAsStream("/statements/" + name);
    assertThat(in).as(name).isNotNull();
    return new StatementFileReader().read(in, format, columns);
  }

  static List<StatementRow> text(String content, StatementFormat format) {
    return new StatementFileReader().read(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), format, Map.of());
  }

  /** An expected activity; amounts as text, {@code null} for none. */
  static StatementActivity activity(LedgerEventType type, String date, String time, String symbol, String brokerSymbol, String quantity,
      String unitPrice, String currency, String gross, String fee, String tax, String fxRate, String sourceId, String note) {
    return new StatementActivity(type, LocalDate.parse(date), time == null ? null : LocalTime.parse(time), symbol, brokerSymbol,
        decimal(quantity), decimal(unitPrice), CurrencyCode.of(currency), decimal(gross), decimal(fee), decimal(tax),
        fxRate == null ? null : new BigDecimal(fxRate), sourceId, note);
  }

  private static BigDecimal decimal(String text) {
    return new BigDecimal(text == null ? "0" : text);
  }

  /** Asserts that {@code row} is the activity {@code expected} read at {@code line}. */
  static void assertRead(StatementRow row, long line, StatementActivity expected) {
    assertThat(row).as("line %d", line).isInstanceOf(StatementRow.Read.class);
    assertThat(row.line()).isEqualTo(line);
    StatementActivity actual = ((StatementRow.Read) row).activity();
    if (HASHED.equals(expected.sourceId())) {
      assertThat(actual.sourceId()).as("line %d source id", line).matches("[A-Z_]+:[0-9a-f]{64}(#\\d+)?");
    }
    assertThat(actual).as("line %d", line)
        .usingRecursiveComparison()
        .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
        .ignoringFields(HASHED.equals(expected.sourceId()) ? new String[] {"sourceId"} : new String[0])
        .isEqualTo(expected);
  }

  static void assertUnreadable(StatementRow row, long line, String reasonPart) {
    assertThat(row).as("line %d", line).isInstanceOf(StatementRow.Unreadable.class);
    assertThat(row.line()).isEqualTo(line);
    assertThat(((StatementRow.Unreadable) row).reason()).contains(reasonPart);
  }

  static void assertSkipped(StatementRow row, long line, String reasonPart) {
    assertThat(row).as("line %d", line).isInstanceOf(StatementRow.Skipped.class);
    assertThat(row.line()).isEqualTo(line);
    assertThat(((StatementRow.Skipped) row).reason()).contains(reasonPart);
  }

  static StatementActivity activityAt(List<StatementRow> rows, int index) {
    return ((StatementRow.Read) rows.get(index)).activity();
  }
}
