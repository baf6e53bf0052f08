package io.phasewise.adapters.rest.portfolio;

import io.phasewise.domain.portfolio.CarriedLot;
import io.phasewise.domain.portfolio.EntrySnapshot;
import io.phasewise.domain.portfolio.LedgerEvent;
import io.phasewise.adapters.rest.shared.JsonNumbers;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

/** One event of a ledger as stored: every amount separate and exact, in the event's currency. */
@Schema(name = "LedgerEvent", description = "one event of a portfolio's ledger; holdings, cash and gains are derived from the ledger")
record LedgerEventJson(
    @Schema(format = "uuid", description = "kept by every revision of the event") String id,
    @Schema(description = "DEPOSIT, WITHDRAWAL, BUY, SELL, SELL_SHORT, BUY_TO_COVER, DIVIDEND, DIVIDEND_REINVEST, INTEREST, FEE, TAX, "
        + "TRANSFER_IN, TRANSFER_OUT, DELIVERY_IN or DELIVERY_OUT") String type,
    LocalDate date,
    @Schema(type = "string", example = "15:30:00") LocalTime time,
    @Schema(description = "order among events at the same time; the ledger is ordered by date, time, sequence, id") int sequence,
    @Schema(description = "null exactly for cash-only events") InstrumentJson instrument,
    @Schema(description = "units moved; 0 for cash-only events") BigDecimal quantity,
    @Schema(description = "price per unit in currency; 0 where it has no meaning") BigDecimal unitPrice,
    String currency,
    @Schema(description = "before fee and tax: quantity × unitPrice for trades, the cash amount for cash events") BigDecimal gross,
    BigDecimal fee,
    BigDecimal tax,
    @Schema(description = "units of currency per one unit of the base currency applied, or null for the day's rate") BigDecimal fxRate,
    @Schema(description = "the broker's id of the row, or one Phasewise made; a ledger holds each once") String sourceId,
    List<LotPickJson> lotPicks,
    @Schema(format = "uuid", description = "the other portfolio of a transfer, else null") String counterpart,
    @Schema(description = "the lots a TRANSFER_IN brings, with their dates and costs in the base currency") List<CarriedLotJson> carriedLots,
    AnnotationsJson annotations,
    @Schema(description = "what Phasewise knew of the asset when the event was recorded, or null") EntrySnapshotJson entrySnapshot) {

  static LedgerEventJson of(LedgerEvent e) {
    return new LedgerEventJson(e.id().toString(), e.type().name(), e.date(), e.time(), e.sequence(),
        e.instrument() == null ? null : InstrumentJson.of(e.instrument()), e.quantity(), e.unitPrice(), e.currency().code(), e.gross(),
        e.fee(), e.tax(), e.recordedFxRate(), e.sourceId(), e.lotPicks().stream().map(LotPickJson::of).toList(),
        e.counterpart() == null ? null : e.counterpart().toString(), e.carriedLots().stream().map(CarriedLotJson::of).toList(),
        AnnotationsJson.of(e.annotations()), e.entrySnapshot() == null ? null : EntrySnapshotJson.of(e.entrySnapshot()));
  }

  /** A lot carried by a transfer: its acquisition date and cost stay what they were. */
  @Schema(name = "CarriedLot")
  record CarriedLotJson(LocalDate acquiredOn, BigDecimal quantity, @Schema(description = "in the base currency") BigDecimal cost) {
    static CarriedLotJson of(CarriedLot lot) {
      return new CarriedLotJson(lot.acquiredOn(), lot.quantity(), lot.cost());
    }
  }

  /** The analysis captured when a trade on a tracked asset was recorded. */
  @Schema(name = "EntrySnapshot")
  record EntrySnapshotJson(
      @Schema(description = "when the analysis was read") Instant asOf,
      @Schema(description = "COOP, DEFECT or FORGIVE, or null when none was computed") String phase,
      Double phaseConfidence,
      List<String> phaseReasons,
      @Schema(description = "the latest market and indicator snapshot by feature name; null while warming up") Map<String, Double> features,
      @Schema(description = "the sentiment meter, or null when no sentiment was stored") Double sentiment) {
    static EntrySnapshotJson of(EntrySnapshot s) {
      return new EntrySnapshotJson(s.asOf(), s.phase(), finite(s.phaseConfidence()), s.phaseReasons(), JsonNumbers.sorted(s.features()),
          finite(s.sentiment()));
    }

    private static Double finite(Double value) {
      return value == null ? null : JsonNumbers.orNull(value);
    }
  }
}
