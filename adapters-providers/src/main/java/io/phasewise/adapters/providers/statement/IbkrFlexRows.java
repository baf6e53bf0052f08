package io.phasewise.adapters.providers.statement;

import io.phasewise.adapters.providers.csv.RowRejection;
import io.phasewise.application.portfolio.model.StatementFormat;
import io.phasewise.application.portfolio.model.StatementRow;
import io.phasewise.domain.portfolio.CurrencyCode;
import io.phasewise.domain.portfolio.LedgerEventType;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Rows of an Interactive Brokers Flex Query in CSV: the Trades section, and the Cash Transactions
 * section when the query includes it. Each section starts with its own header line (the query's
 * "include column headers"); section codes and header/trailer records ({@code BOF}, {@code EOS}...)
 * are skipped. Trades: stocks, funds and crypto, a negative {@code Quantity} being a sale;
 * {@code Open/CloseIndicator} tells a short sale ({@code SELL} + {@code O}) and a cover
 * ({@code BUY} + {@code C}). {@code FXRateToBase} (base per unit of currency) is recorded inverted, as
 * units of currency per unit of base; it is the account's base currency, which the portfolio's should match.
 */
final class IbkrFlexRows {
  private static final String CURRENCY = "CurrencyPrimary";
  private static final String SYMBOL = "Symbol";
  private static final String QUANTITY = "Quantity";
  private static final String PRICE = "TradePrice";
  private static final String AMOUNT = "Amount";
  private static final String TYPE = "Type";
  private static final String FX = "FXRateToBase";
  private static final Set<String> ASSET_CLASSES = Set.of("STK", "FUND", "CRYPTO");
  private static final Set<String> RECORD_CODES = Set.of("BOF", "BOA", "BOS", "EOS", "EOA", "EOF");
  /** Cash transaction types: the event of a positive amount and of a negative one ({@code null}: not imported). */
  private static final Map<String, LedgerEventType[]> CASH_TYPES = Map.of(
      "deposits/withdrawals", new LedgerEventType[] {LedgerEventType.DEPOSIT, LedgerEventType.WITHDRAWAL},
      "dividends", new LedgerEventType[] {LedgerEventType.DIVIDEND, null},
      "payment in lieu of dividends", new LedgerEventType[] {LedgerEventType.DIVIDEND, null},
      "withholding tax", new LedgerEventType[] {null, LedgerEventType.TAX},
      "broker interest received", new LedgerEventType[] {LedgerEventType.INTEREST, null},
      "bond interest received", new LedgerEventType[] {LedgerEventType.INTEREST, null},
      "broker interest paid", new LedgerEventType[] {null, LedgerEventType.FEE},
      "other fees", new LedgerEventType[] {null, LedgerEventType.FEE},
      "commission adjustments", new LedgerEventType[] {null, LedgerEventType.FEE});

  private final SourceIds ids = new SourceIds(StatementFormat.IBKR_FLEX_TRADES);

  private IbkrFlexRows() {}

  static List<StatementRow> read(InputStream in) {
    CsvTable table = CsvTable.read(in, StatementFormat.IBKR_FLEX_TRADES, IbkrFlexRows::isHeader, IbkrFlexRows::isHeader)
        .require(CURRENCY, SYMBOL, QUANTITY, PRICE);
    table.requireOneOf("DateTime", "TradeDate");
    return table.rows(new IbkrFlexRows()::row);
  }

  private static boolean isHeader(List<String> cells) {
    return cells.contains(CURRENCY);
  }

  private StatementRow row(CsvRecord record) {
    List<String> cells = record.cells();
    if (record.columns() == null || (!cells.isEmpty() && RECORD_CODES.contains(cells.get(0)))) {
      return new StatementRow.Skipped(record.line(), "a Flex header or trailer record");
    }
    if (record.isHeader()) return new StatementRow.Skipped(record.line(), "the header of a Flex section");
    CsvColumns columns = record.columns();
    if (columns.has(PRICE)) return trade(record);
    if (columns.has(AMOUNT) && columns.has(TYPE)) return cash(record);
    return new StatementRow.Skipped(record.line(), "a row of a Flex section other than Trades and Cash Transactions");
  }

  private StatementRow trade(CsvRecord record) {
    String detail = record.text("LevelOfDetail");
    if (detail != null && !detail.equalsIgnoreCase("EXECUTION")) {
      return new StatementRow.Skipped(record.line(), "a " + detail + " summary line; its executions are read");
    }
    String assetClass = record.text("AssetClass");
    if (assetClass != null && !ASSET_CLASSES.contains(assetClass.toUpperCase(Locale.ROOT))) {
      throw new RowRejection("AssetClass '" + assetClass + "' is not imported (only " + String.join(", ", ASSET_CLASSES.stream().sorted().toList()) + ")");
    }
    BigDecimal quantity = record.requiredDecimal(QUANTITY);
    LedgerEventType type = tradeType(record, quantity);
    String broker = record.required(SYMBOL);
    CurrencyCode currency = CurrencyCode.of(record.required(CURRENCY));
    String symbol = "CRYPTO".equalsIgnoreCase(assetClass) ? CryptoSymbols.symbol(broker.toUpperCase(Locale.ROOT), currency.code())
        : broker.replace(' ', '-');
    String commissionCurrency = record.text("IBCommissionCurrency");
    if (commissionCurrency != null && !commissionCurrency.equalsIgnoreCase(currency.code())) {
      throw new RowRejection("IBCommissionCurrency '" + commissionCurrency + "' differs from CurrencyPrimary '" + currency + "'");
    }
    LocalDateTime at = when(record, "DateTime", "TradeDate");
    return ActivityDraft.of(type, at.toLocalDate())
        .time(record.columns().has("DateTime") ? at.toLocalTime() : null)
        .symbol(symbol, broker)
        .quantity(quantity.abs())
        .unitPrice(record.nonNegative(PRICE))
        .currency(currency)
        .fee(charge(record, "IBCommission"))
        .tax(charge(record, "Taxes"))
        .fxRate(fxRate(record))
        .sourceId(prefixed(record.text("TradeID")))
        .note(record.text("Description"))
        .read(record.line(), ids);
  }

  private static LedgerEventType tradeType(CsvRecord record, BigDecimal quantity) {
    String side = record.text("Buy/Sell");
    boolean buy = side == null ? quantity.signum() > 0 : side.toUpperCase(Locale.ROOT).startsWith("BUY");
    if (side != null && !buy && !side.toUpperCase(Locale.ROOT).startsWith("SELL")) throw new RowRejection("Buy/Sell '" + side + "' is neither BUY nor SELL");
    if (quantity.signum() == 0 || (quantity.signum() > 0) != buy) {
      throw new RowRejection("Quantity '" + quantity.toPlainString() + "' does not fit Buy/Sell '" + side + "'");
    }
    String openClose = record.text("Open/CloseIndicator");
    if (openClose == null) return buy ? LedgerEventType.BUY : LedgerEventType.SELL;
    boolean opens = openClose.contains("O");
    if (opens && openClose.contains("C")) {
      throw new RowRejection("Open/CloseIndicator '" + openClose + "' closes a position and opens the opposite one; enter the close and the open apart");
    }
    if (buy) return opens ? LedgerEventType.BUY : LedgerEventType.BUY_TO_COVER;
    return opens ? LedgerEventType.SELL_SHORT : LedgerEventType.SELL;
  }

  private StatementRow cash(CsvRecord record) {
    String typeText = record.required(TYPE);
    LedgerEventType[] events = CASH_TYPES.get(typeText.toLowerCase(Locale.ROOT));
    if (events == null) throw new RowRejection("Type '" + typeText + "' is not imported");
    BigDecimal amount = record.requiredDecimal(AMOUNT);
    if (amount.signum() == 0) return new StatementRow.Skipped(record.line(), "Amount is 0");
    LedgerEventType type = events[amount.signum() > 0 ? 0 : 1];
    if (type == null) {
      throw new RowRejection("Amount '" + amount.toPlainString() + "' of Type '" + typeText + "' is " + (amount.signum() > 0 ? "a refund" : "a reversal") + ", which is not imported");
    }
    String broker = record.text(SYMBOL);
    LocalDateTime at = when(record, "DateTime", "SettleDate", "ReportDate");
    return ActivityDraft.of(type, at.toLocalDate())
        .symbol(broker == null ? null : broker.replace(' ', '-'), broker)
        .currency(CurrencyCode.of(record.required(CURRENCY)))
        .gross(amount.abs())
        .fxRate(fxRate(record))
        .sourceId(prefixed(record.text("TransactionID")))
        .note(record.text("Description"))
        .read(record.line(), ids);
  }

  private static LocalDateTime when(CsvRecord record, String... columns) {
    String column = record.columns().firstOf(columns);
    if (column == null) throw new RowRejection("the section has none of the date columns " + String.join(", ", columns));
    return StatementDates.flex(column, record.required(column));
  }

  /** A charge IBKR writes as a negative number, as a non-negative amount. */
  private static BigDecimal charge(CsvRecord record, String column) {
    BigDecimal value = record.decimal(column);
    if (value != null && value.signum() > 0) throw new RowRejection(column + " '" + value.toPlainString() + "' is a credit; a charge is negative");
    return value == null ? null : value.negate();
  }

  private static BigDecimal fxRate(CsvRecord record) {
    BigDecimal toBase = record.decimal(FX);
    if (toBase == null) return null;
    if (toBase.signum() <= 0) throw new RowRejection(FX + " '" + toBase.toPlainString() + "' must be positive");
    return ActivityDraft.rounded(BigDecimal.ONE.divide(toBase, MathContext.DECIMAL128));
  }

  private static String prefixed(String id) {
    return id == null ? null : "ibkr:" + id;
  }
}
