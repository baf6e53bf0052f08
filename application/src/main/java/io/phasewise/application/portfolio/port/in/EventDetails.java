package io.phasewise.application.portfolio.port.in;

import io.phasewise.domain.portfolio.CurrencyCode;
import io.phasewise.domain.portfolio.LedgerEventType;
import io.phasewise.domain.portfolio.LotPick;
import io.phasewise.domain.portfolio.TradeAnnotations;
import io.phasewise.domain.shared.InvalidInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;

/**
 * A ledger event as a caller enters it; the use case adds its id, resolves the instrument, fills the
 * defaults and captures the entry snapshot. Transfers between portfolios have their own use case.
 *
 * @param instrument {@code null} exactly for cash-only types
 * @param currency the currency of price and amounts; {@code null}: the instrument's, or the portfolio's
 *     base currency for cash-only events
 * @param gross {@code null}: quantity × unit price (cash-only events must give it)
 * @param fxRate units of {@code currency} per one unit of the base currency actually applied, or {@code null}
 * @param sourceId the broker's id, or {@code null} for one made from the event id (on an edit: keep the old one)
 */
public record EventDetails(
    LedgerEventType type,
    LocalDate date,
    LocalTime time,
    int sequence,
    InstrumentRef instrument,
    BigDecimal quantity,
    BigDecimal unitPrice,
    CurrencyCode currency,
    BigDecimal gross,
    BigDecimal fee,
    BigDecimal tax,
    BigDecimal fxRate,
    String sourceId,
    List<LotPick> lotPicks,
    TradeAnnotations annotations) {

  public EventDetails {
    Objects.requireNonNull(type, "type");
    if (date == null) throw new InvalidInputException("date", "an event needs its date");
    if (type == LedgerEventType.TRANSFER_IN || type == LedgerEventType.TRANSFER_OUT) {
      throw new InvalidInputException("type", "a transfer moves lots between two portfolios: record it as a transfer");
    }
    if (!type.hasInstrument() && gross == null) {
      throw new InvalidInputException("gross", type + " moves cash: give its amount");
    }
    lotPicks = lotPicks == null ? List.of() : List.copyOf(lotPicks);
  }

  /** The amount before fee and tax: {@code gross} as given, else quantity × unit price. */
  public BigDecimal grossOrProduct() {
    if (gross != null) return gross;
    return quantity == null || unitPrice == null ? null : quantity.multiply(unitPrice);
  }
}
