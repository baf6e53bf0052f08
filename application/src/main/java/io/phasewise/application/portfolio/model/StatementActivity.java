package io.phasewise.application.portfolio.model;

import io.phasewise.domain.portfolio.CurrencyCode;
import io.phasewise.domain.portfolio.LedgerEventType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/**
 * One activity read from a statement, before its symbol is matched to an asset: what a ledger event
 * needs, in the statement's own terms.
 *
 * @param symbol the instrument in Phasewise's naming (as the candle store names it: {@code AAPL},
 *     {@code BTC-USD}), or {@code null} for cash-only activities
 * @param brokerSymbol the symbol as the statement spells it ({@code XXBT}, {@code BTC-USDT}), for messages
 * @param sourceId the statement's id of the row (trade id, ledger id), or a hash of the row's content
 */
public record StatementActivity(
    LedgerEventType type,
    LocalDate date,
    LocalTime time,
    String symbol,
    String brokerSymbol,
    BigDecimal quantity,
    BigDecimal unitPrice,
    CurrencyCode currency,
    BigDecimal gross,
    BigDecimal fee,
    BigDecimal tax,
    BigDecimal fxRate,
    String sourceId,
    String note) {
  public StatementActivity {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(sourceId, "sourceId");
  }
}
