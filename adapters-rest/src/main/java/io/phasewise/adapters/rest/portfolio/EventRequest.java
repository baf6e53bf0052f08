package io.phasewise.adapters.rest.portfolio;

import io.phasewise.adapters.rest.problem.FieldErrors;
import io.phasewise.application.portfolio.port.in.EventDetails;
import io.phasewise.application.portfolio.port.in.InstrumentRef;
import io.phasewise.domain.portfolio.CurrencyCode;
import io.phasewise.domain.portfolio.LedgerEventId;
import io.phasewise.domain.portfolio.LedgerEventType;
import io.phasewise.domain.portfolio.LotPick;
import io.phasewise.domain.portfolio.TradeAnnotations;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/** Body of POST .../events and PUT .../events/{eventId}: one ledger event as the caller enters it. */
@Schema(name = "LedgerEventInput", description = "a ledger event; quantity, unit price, gross, fee and tax are separate, never netted")
record EventRequest(
    @NotNull @Schema(implementation = LedgerEventType.class, description = "TRANSFER_IN and TRANSFER_OUT are made by POST .../transfers")
    String type,
    @NotNull @Schema(description = "the trade or booking date, 1900-01-01 to 9999-12-31", example = "2024-03-01") LocalDate date,
    @Schema(type = "string", description = "time of day, for the order within a day; default 00:00", example = "15:30:00") LocalTime time,
    @PositiveOrZero @Max(1_000_000) @Schema(description = "order among events at the same time; default 0") Integer sequence,
    @Valid @Schema(description = "what the event is about; left out exactly for DEPOSIT, WITHDRAWAL, INTEREST, FEE and TAX")
    InstrumentJson instrument,
    @PositiveOrZero @Schema(description = "units moved (> 0 for trades, optional for DIVIDEND)", example = "10") BigDecimal quantity,
    @PositiveOrZero @Schema(description = "price per unit in the event's currency", example = "100.5") BigDecimal unitPrice,
    @Schema(description = "currency of price and amounts; default: the instrument's, or the base currency for cash", example = "USD")
    String currency,
    @PositiveOrZero @Schema(description = "amount before fee and tax; default quantity × unitPrice; required for cash events")
    BigDecimal gross,
    @PositiveOrZero BigDecimal fee,
    @PositiveOrZero BigDecimal tax,
    @Positive @Schema(description = "units of currency per one unit of the base currency actually applied; wins over the day's rate")
    BigDecimal fxRate,
    @Size(min = 1, max = 200) @Schema(description = "the broker's id of the row; a ledger holds each once; default: made from the event id"
        + " (on an edit: the old one is kept)") String sourceId,
    @Valid @Size(max = 1000) @Schema(description = "the lots a SPECIFIC_ID sale closes") List<@NotNull LotPickJson> lotPicks,
    @Valid AnnotationsJson annotations) {

  /** The event as the use case takes it; a 400 naming every bad field otherwise. */
  EventDetails details() {
    FieldErrors errors = new FieldErrors();
    LedgerEventType kind = errors.code("type", type, LedgerEventType.values(), Enum::name);
    LocalDate day = RequestValues.date(errors, "date", date);
    InstrumentRef ref = instrument == null ? null : instrument.ref(errors, "instrument");
    CurrencyCode code = RequestValues.currency(errors, "currency", currency);
    List<LotPick> picks = picks(errors);
    TradeAnnotations notes = annotations == null ? null : annotations.annotations(errors, "annotations");
    errors.throwIfAny();
    return new EventDetails(kind, day, time, sequence == null ? 0 : sequence, ref, quantity, unitPrice, code, gross, fee, tax, fxRate,
        sourceId, picks, notes);
  }

  private List<LotPick> picks(FieldErrors errors) {
    List<LotPick> picks = new ArrayList<>();
    if (lotPicks == null) return picks;
    for (int i = 0; i < lotPicks.size(); i++) {
      LotPickJson pick = lotPicks.get(i);
      var id = PathIds.uuid(pick.openedBy());
      if (id.isEmpty()) errors.add("lotPicks[" + i + "].openedBy", "must be the id of an event of this ledger, not '" + pick.openedBy() + "'");
      else picks.add(new LotPick(LedgerEventId.of(id.get()), pick.quantity()));
    }
    return picks;
  }
}
