package io.phasewise.adapters.providers.statement;

import io.phasewise.application.portfolio.model.StatementFormat;
import io.phasewise.application.portfolio.model.StatementRow;
import java.io.InputStream;
import java.util.List;

/**
 * Rows of a Ghostfolio activities CSV: {@code Date, Code, DataSource, Currency, Price, Quantity,
 * Action, Fee, Note}, also under the other headers Ghostfolio's importer accepts ({@code Symbol} for
 * {@code Code}, {@code Type} for {@code Action}, {@code UnitPrice} for {@code Price}, {@code Comment}
 * for {@code Note}...). Dates as in {@link StatementDates#lenientDate}.
 */
final class GhostfolioCsvRows {
  private final String date;
  private final String symbol;
  private final String currency;
  private final String price;
  private final String quantity;
  private final String action;
  private final String fee;
  private final String note;
  private final SourceIds ids = new SourceIds(StatementFormat.GHOSTFOLIO_CSV);

  private GhostfolioCsvRows(CsvTable table) {
    date = table.requireOneOf("Date");
    symbol = table.requireOneOf("Code", "Symbol", "Ticker");
    currency = table.requireOneOf("Currency", "Ccy", "CurrencyPrimary");
    price = table.requireOneOf("Price", "UnitPrice", "TradePrice", "Value");
    quantity = table.requireOneOf("Quantity", "Qty", "Shares", "Units");
    action = table.requireOneOf("Action", "Type", "Buy/Sell");
    fee = table.header().firstOf("Fee", "Commission", "IBCommission");
    note = table.header().firstOf("Note", "Comment");
  }

  static List<StatementRow> read(InputStream in) {
    CsvTable table = CsvTable.read(in, StatementFormat.GHOSTFOLIO_CSV);
    return table.rows(new GhostfolioCsvRows(table)::row);
  }

  private StatementRow row(CsvRecord record) {
    return new GhostfolioActivity(record.required(action), StatementDates.lenientDate(date, record.required(date)), record.text(symbol),
            record.text("DataSource"), record.required(currency), record.decimal(price), record.decimal(quantity), record.decimal(fee),
            record.text(note))
        .draft()
        .read(record.line(), ids);
  }
}
