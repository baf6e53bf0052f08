package io.phasewise.domain.portfolio;

import io.phasewise.domain.shared.InputText;
import io.phasewise.domain.shared.InvalidInputException;
import io.phasewise.domain.shared.SaneDecimal;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One event of a portfolio's ledger, as entered or imported: amounts are never netted on entry
 * (quantity, unit price, gross, fee and tax are separate), all in {@code currency}.
 *
 * @param time the time of day, for ordering within a day ({@link LocalTime#MIDNIGHT} when unknown)
 * @param sequence the order among events at the same time (their order in a statement)
 * @param instrument what the event concerns; {@code null} exactly for cash-only types
 * @param quantity shares or units moved (&gt; 0) for instrument events except {@code DIVIDEND}, where it
 *     is optional; {@code 0} for cash-only events
 * @param unitPrice price per unit in {@code currency} ({@code 0} where it has no meaning)
 * @param gross the amount before fee and tax: quantity × unit price for trades, the cash amount for
 *     cash events, the reinvested amount for {@code DIVIDEND_REINVEST}
 * @param recordedFxRate units of {@code currency} per one unit of the portfolio's base currency that
 *     were actually applied, or {@code null} to use the day's rate from the market store
 * @param sourceId the broker's id of the row, or a hash of its content: a ledger holds a source id once
 * @param lotPicks the lots a {@link BookingMethod#SPECIFIC_ID} sale closes (empty otherwise)
 * @param counterpart the other portfolio of a {@code TRANSFER_IN}/{@code TRANSFER_OUT}, else {@code null}
 * @param carriedLots the lots a {@code TRANSFER_IN} brings, with their dates and costs (empty otherwise)
 * @param annotations the user's journal notes, {@code null} for none
 * @param entrySnapshot the analysis Phasewise had of the asset when the event was recorded, or {@code null}
 */
public record LedgerEvent(
    LedgerEventId id,
    LedgerEventType type,
    LocalDate date,
    LocalTime time,
    int sequence,
    Instrument instrument,
    BigDecimal quantity,
    BigDecimal unitPrice,
    CurrencyCode currency,
    BigDecimal gross,
    BigDecimal fee,
    BigDecimal tax,
    BigDecimal recordedFxRate,
    String sourceId,
    List<LotPick> lotPicks,
    PortfolioId counterpart,
    List<CarriedLot> carriedLots,
    TradeAnnotations annotations,
    EntrySnapshot entrySnapshot) {

  /** Ledger order: date, then time, then sequence, then id, so every derivation is deterministic. */
  public static final Comparator<LedgerEvent> LEDGER_ORDER = Comparator.comparing(LedgerEvent::date)
      .thenComparing(LedgerEvent::time)
      .thenComparingInt(LedgerEvent::sequence)
      .thenComparing(e -> e.id().value());

  /** Longest source id. */
  public static final int MAX_SOURCE_ID = 200;

  public LedgerEvent {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(date, "date");
    time = time == null ? LocalTime.MIDNIGHT : time;
    Objects.requireNonNull(currency, "currency");
    quantity = nonNegative("quantity", quantity);
    unitPrice = nonNegative("unitPrice", unitPrice);
    gross = nonNegative("gross", gross);
    fee = nonNegative("fee", fee);
    tax = nonNegative("tax", tax);
    if (recordedFxRate != null && (recordedFxRate.signum() <= 0 || SaneDecimal.problem(recordedFxRate).isPresent())) {
      throw new InvalidInputException("fxRate", "a recorded exchange rate must be positive and below 1E18, not " + recordedFxRate.toPlainString());
    }
    if (sourceId == null || sourceId.isBlank() || sourceId.length() > MAX_SOURCE_ID) {
      throw new InvalidInputException("sourceId", "a source id is 1-" + MAX_SOURCE_ID + " characters");
    }
    InputText.require("sourceId", sourceId, MAX_SOURCE_ID);
    if (type.hasInstrument() != (instrument != null)) {
      throw new InvalidInputException("instrument", type + (type.hasInstrument() ? " needs an instrument" : " moves cash only and takes no instrument"));
    }
    lotPicks = lotPicks == null ? List.of() : List.copyOf(lotPicks);
    carriedLots = carriedLots == null ? List.of() : List.copyOf(carriedLots);
    boolean transfer = type == LedgerEventType.TRANSFER_IN || type == LedgerEventType.TRANSFER_OUT;
    if (transfer != (counterpart != null)) {
      throw new InvalidInputException("counterpart", transfer ? type + " names the other portfolio" : type + " has no counterpart portfolio");
    }
  }

  private static BigDecimal nonNegative(String field, BigDecimal value) {
    if (value == null) return BigDecimal.ZERO;
    if (value.signum() < 0) throw new InvalidInputException(field, field + " must not be negative, not " + value.toPlainString());
    SaneDecimal.problem(value).ifPresent(p -> {
      throw new InvalidInputException(field, field + " " + p);
    });
    return value;
  }
}
