package io.phasewise.adapters.providers.statement;

import io.phasewise.adapters.providers.csv.RowRejection;
import io.phasewise.application.portfolio.model.StatementFormat;
import io.phasewise.application.portfolio.model.StatementRow;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/**
 * Rows of a KuCoin spot trade history, in either layout KuCoin has exported: the filled-orders
 * export ({@code Order ID, Order Time(UTC), Symbol, Side, ..., Filled Amount, Filled Volume, Filled
 * Time(UTC), Fee, Fee Currency, ...}; the header's UTC offset is applied, times are stored in UTC)
 * and the older fills export ({@code tradeCreatedAt, orderId, symbol, side, price, size, funds, fee,
 * liquidity, feeCurrency, orderType}, times taken as UTC). A fee in the base is valued at the trade's
 * price; a fee in a third currency (KCS) is kept out of the amounts and named in the note. Source id
 * {@code kucoin:<order id>}, numbered when an order's fills repeat it.
 */
final class KucoinTradesRows {
  private final Layout layout;
  private final ZoneOffset offset;
  private final SourceIds ids = new SourceIds(StatementFormat.KUCOIN_TRADES);

  /** The columns of one export layout. */
  private record Layout(String time, String order, String symbol, String side, String amount, String volume, String fee, String feeCurrency) {}

  private static final Layout FILLS = new Layout("tradeCreatedAt", "orderId", "symbol", "side", "size", "funds", "fee", "feeCurrency");

  private KucoinTradesRows(Layout layout, ZoneOffset offset) {
    this.layout = layout;
    this.offset = offset;
  }

  static List<StatementRow> read(InputStream in) {
    CsvTable table = CsvTable.read(in, StatementFormat.KUCOIN_TRADES);
    Layout layout = FILLS;
    if (!table.header().has(FILLS.time())) {
      String time = table.header().startingWith("Filled Time");
      layout = new Layout(time == null ? "Filled Time(UTC)" : time, "Order ID", "Symbol", "Side", "Filled Amount", "Filled Volume", "Fee", "Fee Currency");
    }
    table.require(layout.time(), layout.order(), layout.symbol(), layout.side(), layout.amount(), layout.volume(), layout.fee(), layout.feeCurrency());
    return table.rows(new KucoinTradesRows(layout, StatementDates.headerOffset(layout.time()))::row);
  }

  private StatementRow row(CsvRecord record) {
    BigDecimal amount = record.requiredNonNegative(layout.amount());
    if (amount.signum() == 0) return new StatementRow.Skipped(record.line(), layout.amount() + " is 0: nothing was filled");
    String side = record.required(layout.side()).toLowerCase(Locale.ROOT);
    if (!side.equals("buy") && !side.equals("sell")) throw new RowRejection(layout.side() + " '" + CsvRecord.quote(side) + "' is neither buy nor sell");
    String pair = record.required(layout.symbol());
    String[] assets = CryptoSymbols.dashedPair(layout.symbol(), pair);
    BigDecimal fee = record.nonNegative(layout.fee());
    fee = fee == null ? BigDecimal.ZERO : fee;
    String feeCurrency = record.text(layout.feeCurrency());
    feeCurrency = feeCurrency == null ? assets[1] : feeCurrency.toUpperCase(Locale.ROOT);
    boolean inBase = feeCurrency.equals(assets[0]);
    boolean inQuote = feeCurrency.equals(assets[1]);
    return new CryptoTrade(side.equals("buy"), assets[0], assets[1], pair, amount, record.requiredNonNegative(layout.volume()),
            inBase ? fee : BigDecimal.ZERO, inQuote ? fee : BigDecimal.ZERO)
        .draft(StatementDates.exchangeTime(layout.time(), record.required(layout.time()), offset))
        .repeatableSourceId("kucoin:" + record.required(layout.order()))
        .note(inBase || inQuote || fee.signum() == 0 ? null : "fee " + fee.toPlainString() + " " + feeCurrency + " not included")
        .read(record.line(), ids);
  }
}
