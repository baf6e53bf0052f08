package io.phasewise.adapters.providers.statement;

import io.phasewise.adapters.providers.csv.RowRejection;
import io.phasewise.domain.portfolio.CurrencyCode;
import io.phasewise.domain.portfolio.LedgerEventType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

/**
 * One Ghostfolio activity, from its CSV or its JSON export, as a ledger activity. BUY and SELL are
 * trades (and ITEM, a manually valued possession, a BUY); DIVIDEND is {@code quantity} shares ×
 * {@code unitPrice} per share; INTEREST is {@code quantity} × {@code unitPrice} of cash; FEE is its
 * {@code fee} as a charge of its own. LIABILITY has no Phasewise event. Yahoo's crypto symbols as
 * Ghostfolio writes them ({@code BTCUSD}, currency USD) become {@code BTC-USD}.
 *
 * @param type the activity type as written ({@code BUY}, {@code buy}...)
 * @param symbol the symbol (Ghostfolio's {@code symbol}, the CSV's {@code Code}), or {@code null}
 * @param dataSource where Ghostfolio prices it ({@code YAHOO}, {@code COINGECKO}, {@code MANUAL}), or {@code null}
 */
record GhostfolioActivity(String type, LocalDate date, String symbol, String dataSource, String currency, BigDecimal unitPrice,
    BigDecimal quantity, BigDecimal fee, String comment) {

  ActivityDraft draft() {
    CurrencyCode code = CurrencyCode.of(currency);
    String kind = type.strip().toUpperCase(Locale.ROOT);
    return switch (kind) {
      case "BUY", "SELL", "ITEM" -> instrument(kind.equals("SELL") ? LedgerEventType.SELL : LedgerEventType.BUY, code)
          .unitPrice(unitPrice).quantity(quantity).fee(fee);
      case "DIVIDEND" -> instrument(LedgerEventType.DIVIDEND, code).quantity(quantity).unitPrice(unitPrice).fee(fee).gross(product());
      case "INTEREST" -> cash(LedgerEventType.INTEREST, code).gross(product()).fee(fee);
      case "FEE" -> cash(LedgerEventType.FEE, code).gross(fee).note(comment == null ? symbol : comment);
      case "LIABILITY" -> throw new RowRejection("type LIABILITY (a debt) has no Phasewise event type");
      default -> throw new RowRejection("type '" + CsvRecord.quote(type) + "' is not one of BUY, SELL, DIVIDEND, FEE, INTEREST, ITEM, LIABILITY");
    };
  }

  private ActivityDraft instrument(LedgerEventType event, CurrencyCode code) {
    return ActivityDraft.of(event, date).symbol(phasewiseSymbol(code), symbol).currency(code).note(comment);
  }

  private ActivityDraft cash(LedgerEventType event, CurrencyCode code) {
    return ActivityDraft.of(event, date).currency(code).note(comment);
  }

  private BigDecimal product() {
    if (quantity == null || unitPrice == null) return null;
    return ActivityDraft.rounded(quantity.multiply(unitPrice));
  }

  private String phasewiseSymbol(CurrencyCode code) {
    if (symbol == null) return null;
    String upper = symbol.toUpperCase(Locale.ROOT);
    boolean yahoo = dataSource == null || dataSource.equalsIgnoreCase("YAHOO");
    int base = upper.length() - code.code().length();
    if (yahoo && base >= 2 && upper.endsWith(code.code()) && upper.chars().allMatch(Character::isLetterOrDigit)) {
      return upper.substring(0, base) + "-" + code.code();
    }
    return symbol;
  }
}
