package io.phasewise.adapters.providers.statement;

import io.phasewise.adapters.providers.csv.RowRejection;
import io.phasewise.application.portfolio.model.StatementFormat;
import io.phasewise.application.portfolio.model.StatementRow;
import io.phasewise.domain.portfolio.CurrencyCode;
import io.phasewise.domain.portfolio.LedgerEventType;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rows of a Yahoo Finance portfolio download ({@code quotes.csv}): each lot (a line with a
 * {@code Trade Date} and a {@code Quantity}) is a BUY of {@code Quantity} at {@code Purchase Price}
 * with {@code Commission} as fee; a line with neither is a watched symbol and is skipped. The file
 * names no currency: it follows from the symbol, as Yahoo names listings (no suffix: USD; {@code .TO}:
 * CAD; {@code .DE}, {@code .PA}...: EUR; {@code .SW}: CHF; a crypto pair {@code BTC-EUR}: its quote).
 * A suffix outside the table ({@code .L}, quoted in pence, among them) makes the line unreadable.
 */
final class YahooPortfolioRows {
  private static final String SYMBOL = "Symbol";
  private static final String TRADE_DATE = "Trade Date";
  private static final String PRICE = "Purchase Price";
  private static final String QUANTITY = "Quantity";
  private static final Pattern CRYPTO = Pattern.compile("[A-Z0-9]+-([A-Z]{3,4})");
  private static final Pattern PLAIN = Pattern.compile("[A-Z0-9-]+");
  private static final Map<String, String> SUFFIX_CURRENCIES = Map.ofEntries(
      Map.entry("TO", "CAD"), Map.entry("V", "CAD"), Map.entry("NE", "CAD"), Map.entry("DE", "EUR"), Map.entry("F", "EUR"),
      Map.entry("PA", "EUR"), Map.entry("AS", "EUR"), Map.entry("MI", "EUR"), Map.entry("MC", "EUR"), Map.entry("BR", "EUR"),
      Map.entry("LS", "EUR"), Map.entry("VI", "EUR"), Map.entry("HE", "EUR"), Map.entry("IR", "EUR"), Map.entry("SW", "CHF"),
      Map.entry("T", "JPY"), Map.entry("HK", "HKD"), Map.entry("AX", "AUD"), Map.entry("ST", "SEK"), Map.entry("OL", "NOK"),
      Map.entry("CO", "DKK"));

  private final SourceIds ids = new SourceIds(StatementFormat.YAHOO_PORTFOLIO);

  private YahooPortfolioRows() {}

  static List<StatementRow> read(InputStream in) {
    return CsvTable.read(in, StatementFormat.YAHOO_PORTFOLIO).require(SYMBOL, TRADE_DATE, PRICE, QUANTITY).rows(new YahooPortfolioRows()::row);
  }

  private StatementRow row(CsvRecord record) {
    String tradeDate = record.text(TRADE_DATE);
    String quantity = record.text(QUANTITY);
    if (tradeDate == null && quantity == null) return new StatementRow.Skipped(record.line(), "a watched symbol without a lot (no Trade Date, no Quantity)");
    String symbol = record.required(SYMBOL);
    return ActivityDraft.of(LedgerEventType.BUY, StatementDates.lenientDate(TRADE_DATE, record.required(TRADE_DATE)))
        .symbol(symbol, symbol)
        .quantity(record.requiredNonNegative(QUANTITY))
        .unitPrice(record.requiredNonNegative(PRICE))
        .currency(currency(symbol))
        .fee(record.nonNegative("Commission"))
        .note(record.text("Comment"))
        .read(record.line(), ids);
  }

  private static CurrencyCode currency(String symbol) {
    Matcher crypto = CRYPTO.matcher(symbol);
    if (crypto.matches()) return CurrencyCode.of(crypto.group(1));
    if (PLAIN.matcher(symbol).matches()) return CurrencyCode.of("USD");
    int dot = symbol.lastIndexOf('.');
    String currency = dot < 0 ? null : SUFFIX_CURRENCIES.get(symbol.substring(dot + 1));
    if (currency == null) throw new RowRejection("Symbol '" + CsvRecord.quote(symbol) + "': its currency is not known from its suffix");
    return CurrencyCode.of(currency);
  }
}
