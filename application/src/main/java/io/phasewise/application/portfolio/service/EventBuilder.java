package io.phasewise.application.portfolio.service;

import io.phasewise.application.market.port.in.FindAssetUseCase;
import io.phasewise.application.portfolio.port.in.EventDetails;
import io.phasewise.application.portfolio.port.in.InstrumentRef;
import io.phasewise.domain.market.Asset;
import io.phasewise.domain.portfolio.CurrencyCode;
import io.phasewise.domain.portfolio.EntrySnapshot;
import io.phasewise.domain.portfolio.Instrument;
import io.phasewise.domain.portfolio.LedgerEvent;
import io.phasewise.domain.portfolio.LedgerEventId;
import io.phasewise.domain.portfolio.Portfolio;
import io.phasewise.domain.shared.Failure;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.List;

/**
 * Turns what a caller entered into a {@link LedgerEvent}: the instrument resolved (a tracked asset must
 * exist, and is priced in its quote currency), the currency and gross filled in, and, for a tracked
 * asset, the analysis Phasewise had of it captured unless an earlier one is kept.
 */
final class EventBuilder {
  private final FindAssetUseCase assets;
  private final EntrySnapshots snapshots;

  EventBuilder(FindAssetUseCase assets, EntrySnapshots snapshots) {
    this.assets = assets;
    this.snapshots = snapshots;
  }

  /**
   * The event {@code id} of {@code portfolio} as {@code d} describes it.
   *
   * @param sourceId the source id when {@code d} names none
   * @param kept the entry snapshot to keep, or {@code null} to capture one as of {@code now}
   */
  Either<Failure, LedgerEvent> build(LedgerEventId id, EventDetails d, Portfolio portfolio, String sourceId, EntrySnapshot kept,
      Instant now) {
    Either<Failure, Instrument> resolved = d.instrument() == null ? Either.right(null) : instrument(assets, d.instrument(), d.currency());
    return resolved.flatMap(instrument -> Inputs.checked(() -> {
      CurrencyCode currency = d.currency() != null ? d.currency() : instrument != null ? instrument.currency() : portfolio.baseCurrency();
      EntrySnapshot snapshot = kept != null || !(instrument instanceof Instrument.Tracked tracked) ? kept
          : snapshots.capture(tracked.asset(), now);
      return new LedgerEvent(id, d.type(), d.date(), d.time(), d.sequence(), instrument, d.quantity(), d.unitPrice(), currency,
          d.grossOrProduct(), d.fee(), d.tax(), d.fxRate(), d.sourceId() != null ? d.sourceId() : sourceId, d.lotPicks(), null,
          List.of(), d.annotations(), snapshot);
    }));
  }

  /** The instrument {@code ref} names; a tracked asset without a quote currency takes {@code currency}. */
  static Either<Failure, Instrument> instrument(FindAssetUseCase assets, InstrumentRef ref, CurrencyCode currency) {
    if (ref.external() != null) return Either.right(ref.external());
    return assets.find(ref.asset()).flatMap(asset -> tracked(asset, currency));
  }

  static Either<Failure, Instrument> tracked(Asset asset, CurrencyCode currency) {
    String quote = asset.profile().quoteCurrency();
    if (quote == null && currency == null) {
      return Either.left(Failure.InvalidInput.of("currency", "asset " + asset.symbol() + " has no quote currency: give the event's currency"));
    }
    return Either.right(new Instrument.Tracked(asset.id(), quote != null ? new CurrencyCode(quote) : currency));
  }
}
