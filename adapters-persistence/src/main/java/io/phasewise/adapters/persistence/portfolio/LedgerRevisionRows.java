package io.phasewise.adapters.persistence.portfolio;

import io.phasewise.adapters.persistence.jooq.generated.tables.records.LedgerRevisionsRecord;
import io.phasewise.domain.portfolio.Instrument;
import io.phasewise.domain.portfolio.LedgerEvent;
import io.phasewise.domain.portfolio.LedgerEventId;
import io.phasewise.domain.portfolio.LedgerEventType;
import io.phasewise.domain.portfolio.LedgerRevision;
import io.phasewise.domain.portfolio.PortfolioId;
import io.phasewise.domain.portfolio.RevisionKind;
import java.time.LocalTime;

/**
 * Maps a ledger revision, with the whole event it holds, to and from its row of
 * {@code ledger_revisions}: written by hand, as the instrument spreads over three columns and four
 * fields are JSON ({@link LedgerJson}).
 */
final class LedgerRevisionRows {
  private LedgerRevisionRows() {}

  static LedgerRevisionsRecord toRecord(PortfolioId portfolio, int position, LedgerRevision revision) {
    LedgerEvent e = revision.event();
    Instrument instrument = e.instrument();
    return new LedgerRevisionsRecord(portfolio.value(), position, revision.eventId().value(), revision.revision(),
        revision.kind().name(), revision.at(), e.type().name(), e.date(), e.time().toNanoOfDay(), e.sequence(),
        PortfolioValues.assetId(instrument), PortfolioValues.externalSymbol(instrument),
        instrument == null ? null : instrument.currency().code(), e.quantity(), e.unitPrice(), e.currency().code(), e.gross(),
        e.fee(), e.tax(), e.recordedFxRate(), e.sourceId(), PortfolioValues.uuid(e.counterpart()),
        LedgerJson.lotPicks(e.lotPicks()), LedgerJson.carriedLots(e.carriedLots()), LedgerJson.annotations(e.annotations()),
        LedgerJson.entrySnapshot(e.entrySnapshot()));
  }

  static LedgerRevision toRevision(LedgerRevisionsRecord row) {
    LedgerEventId id = LedgerEventId.of(row.getEventId());
    LedgerEvent event = new LedgerEvent(id, PortfolioValues.decode(LedgerEventType.class, "ledger event type", row.getType()),
        row.getEventDate(), LocalTime.ofNanoOfDay(row.getEventTimeNs()), row.getSequence(),
        PortfolioValues.instrument(row.getAssetId(), row.getExternalSymbol(), row.getInstrumentCurrency()),
        row.getQuantity(), row.getUnitPrice(), PortfolioValues.currency(row.getCurrency()), row.getGross(), row.getFee(),
        row.getTax(), row.getFxRate(), row.getSourceId(), LedgerJson.lotPicks(row.getLotPicks()),
        PortfolioValues.portfolioId(row.getCounterpartId()), LedgerJson.carriedLots(row.getCarriedLots()),
        LedgerJson.annotations(row.getAnnotations()), LedgerJson.entrySnapshot(row.getEntrySnapshot()));
    return new LedgerRevision(id, row.getRevision(), PortfolioValues.decode(RevisionKind.class, "revision kind", row.getKind()),
        event, row.getRevisedAt());
  }
}
