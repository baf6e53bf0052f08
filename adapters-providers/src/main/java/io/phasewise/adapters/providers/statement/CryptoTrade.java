package io.phasewise.adapters.providers.statement;

import io.phasewise.adapters.providers.csv.RowRejection;
import io.phasewise.domain.portfolio.CurrencyCode;
import io.phasewise.domain.portfolio.LedgerEventType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;

/**
 * A spot trade of a crypto asset (the base) against a currency (the quote), as an exchange reports it,
 * made a BUY or SELL in the quote currency. Exchanges charge the fee in the quote or in the base;
 * a base fee is valued at the trade's price and moves the quantity, so that the ledger's quantity is
 * what arrived (a buy) or left (a sell) and gross ± fee is the cash that moved.
 *
 * @param base the asset bought or sold, in Phasewise's naming
 * @param quote the currency paid or received
 * @param baseAmount units of the base traded, before any fee (positive)
 * @param quoteAmount units of the quote traded, before any fee (positive)
 * @param baseFee fee charged in the base, zero for none
 * @param quoteFee fee charged in the quote, zero for none
 */
record CryptoTrade(boolean buy, String base, String quote, String brokerSymbol, BigDecimal baseAmount, BigDecimal quoteAmount,
    BigDecimal baseFee, BigDecimal quoteFee) {

  CryptoTrade {
    if (baseAmount.signum() <= 0) throw new RowRejection("the traded quantity " + baseAmount.toPlainString() + " must be positive");
    if (quoteAmount.signum() < 0) throw new RowRejection("the traded cost " + quoteAmount.toPlainString() + " must not be negative");
    if (baseFee.signum() < 0 || quoteFee.signum() < 0) throw new RowRejection("a fee must not be negative");
  }

  /** The trade as a ledger activity at {@code at} (UTC). */
  ActivityDraft draft(LocalDateTime at) {
    BigDecimal price = ActivityDraft.rounded(quoteAmount.divide(baseAmount, ActivityDraft.SCALE, RoundingMode.HALF_EVEN));
    BigDecimal baseFeeValue = ActivityDraft.rounded(baseFee.multiply(quoteAmount).divide(baseAmount, ActivityDraft.SCALE, RoundingMode.HALF_EVEN));
    BigDecimal quantity = buy ? baseAmount.subtract(baseFee) : baseAmount.add(baseFee);
    BigDecimal gross = buy ? quoteAmount.subtract(baseFeeValue) : quoteAmount.add(baseFeeValue);
    return ActivityDraft.of(buy ? LedgerEventType.BUY : LedgerEventType.SELL, at.toLocalDate())
        .time(at.toLocalTime())
        .symbol(CryptoSymbols.symbol(base, quote), brokerSymbol)
        .quantity(quantity)
        .unitPrice(price)
        .currency(CurrencyCode.of(quote))
        .gross(gross)
        .fee(quoteFee.add(baseFeeValue));
  }
}
