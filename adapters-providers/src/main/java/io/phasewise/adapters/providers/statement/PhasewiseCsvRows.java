package io.phasewise.adapters.providers.statement;

import io.phasewise.adapters.providers.csv.RowRejection;
import io.phasewise.application.portfolio.model.StatementFormat;
import io.phasewise.application.portfolio.model.StatementRow;
import io.phasewise.domain.portfolio.CurrencyCode;
import io.phasewise.domain.portfolio.LedgerEventType;
import io.phasewise.domain.shared.InvalidInputException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Rows of the Phasewise generic CSV (the layout the ledger export writes) and of its column-mapped
 * variant, where a mapping names the file's header for each Phasewise field. The fields are those of
 * {@link #FIELDS}; {@code type}, {@code date} and {@code currency} are required, the others optional.
 */
final class PhasewiseCsvRows {
  static final String TYPE = "type";
  static final String DATE = "date";
  static final String TIME = "time";
  static final String SYMBOL = "symbol";
  static final String QUANTITY = "quantity";
  static final String UNIT_PRICE = "unit_price";
  static final String CURRENCY = "currency";
  static final String GROSS = "gross";
  static final String FEE = "fee";
  static final String TAX = "tax";
  static final String FX_RATE = "fx_rate";
  static final String SOURCE_ID = "source_id";
  static final String NOTE = "note";
  /** Every field, in the order the export writes them. */
  static final List<String> FIELDS = List.of(TYPE, DATE, TIME, SYMBOL, QUANTITY, UNIT_PRICE, CURRENCY, GROSS, FEE, TAX, FX_RATE, SOURCE_ID, NOTE);
  private static final List<String> REQUIRED = List.of(TYPE, DATE, CURRENCY);

  private final Map<String, String> headers;
  private final boolean strictDates;
  private final SourceIds ids;

  private PhasewiseCsvRows(Map<String, String> headers, boolean strictDates, StatementFormat format) {
    this.headers = headers;
    this.strictDates = strictDates;
    this.ids = new SourceIds(format);
  }

  /** A Phasewise CSV: its header names the fields themselves, in any order and case; an unknown column is refused. */
  static List<StatementRow> phasewise(InputStream in) {
    CsvTable table = CsvTable.read(in, StatementFormat.PHASEWISE_CSV);
    List<String> unknown = table.header().names().stream().filter(n -> !FIELDS.contains(n.strip().toLowerCase(Locale.ROOT))).toList();
    if (!unknown.isEmpty()) {
      throw new InvalidInputException("header", "unknown column " + String.join(", ", unknown) + "; a PHASEWISE_CSV file has the columns " + String.join(",", FIELDS));
    }
    table.require(REQUIRED.toArray(String[]::new));
    Map<String, String> identity = FIELDS.stream().collect(Collectors.toMap(f -> f, f -> f));
    return table.rows(new PhasewiseCsvRows(identity, true, StatementFormat.PHASEWISE_CSV)::row);
  }

  /** Any CSV whose columns {@code columns} maps from Phasewise field to header; dates may also be written as in {@link StatementDates#lenientDate}. */
  static List<StatementRow> mapped(InputStream in, Map<String, String> columns) {
    if (columns == null || columns.isEmpty()) {
      throw new InvalidInputException("columns", "a COLUMN_MAPPED_CSV import maps Phasewise fields to the file's headers; the fields are " + String.join(", ", FIELDS));
    }
    Map<String, String> headers = new LinkedHashMap<>();
    columns.forEach((field, header) -> {
      String key = field == null ? "" : field.strip().toLowerCase(Locale.ROOT);
      if (!FIELDS.contains(key)) {
        throw new InvalidInputException("columns", "unknown field '" + CsvRecord.quote(String.valueOf(field)) + "'; the fields are " + String.join(", ", FIELDS));
      }
      if (header == null || header.isBlank()) throw new InvalidInputException("columns", "the field " + key + " maps to no header");
      headers.put(key, header.strip());
    });
    List<String> unmapped = REQUIRED.stream().filter(f -> !headers.containsKey(f)).toList();
    if (!unmapped.isEmpty()) throw new InvalidInputException("columns", "the mapping lacks the field" + (unmapped.size() > 1 ? "s " : " ") + String.join(", ", unmapped));
    CsvTable table = CsvTable.read(in, StatementFormat.COLUMN_MAPPED_CSV).require(headers.values().toArray(String[]::new));
    return table.rows(new PhasewiseCsvRows(headers, false, StatementFormat.COLUMN_MAPPED_CSV)::row);
  }

  private StatementRow row(CsvRecord record) {
    LedgerEventType type = type(record.required(column(TYPE)));
    String dateText = record.required(column(DATE));
    LocalDate date = strictDates ? StatementDates.isoDate(column(DATE), dateText) : StatementDates.lenientDate(column(DATE), dateText);
    String time = record.text(column(TIME));
    String symbol = record.text(column(SYMBOL));
    return ActivityDraft.of(type, date)
        .time(time == null ? null : StatementDates.isoTime(column(TIME), time))
        .symbol(symbol, symbol)
        .quantity(record.nonNegative(column(QUANTITY)))
        .unitPrice(record.nonNegative(column(UNIT_PRICE)))
        .currency(CurrencyCode.of(record.required(column(CURRENCY))))
        .gross(record.nonNegative(column(GROSS)))
        .fee(record.nonNegative(column(FEE)))
        .tax(record.nonNegative(column(TAX)))
        .fxRate(record.decimal(column(FX_RATE)))
        .sourceId(record.text(column(SOURCE_ID)))
        .note(record.text(column(NOTE)))
        .read(record.line(), ids);
  }

  /** The file's header of a field, or {@code null} when the field is not in the file. */
  private String column(String field) {
    return headers.get(field);
  }

  /** A Phasewise event type in any case, words separated by {@code _}, {@code -} or spaces. */
  static LedgerEventType type(String text) {
    String name = text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    try {
      return LedgerEventType.valueOf(name);
    } catch (IllegalArgumentException e) {
      throw new RowRejection("type '" + CsvRecord.quote(text) + "' is not one of "
          + Arrays.stream(LedgerEventType.values()).map(Enum::name).collect(Collectors.joining(", ")));
    }
  }
}
