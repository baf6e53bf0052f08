package io.phasewise.application.portfolio.service;

import io.phasewise.application.market.MarketUseCases;
import io.phasewise.application.portfolio.port.in.EditEventCommand;
import io.phasewise.application.portfolio.port.in.EditEventUseCase;
import io.phasewise.application.portfolio.port.in.LedgerChange;
import io.phasewise.application.portfolio.port.out.LoadPortfolioPort;
import io.phasewise.application.portfolio.port.out.SavePortfolioPort;
import io.phasewise.application.shared.TransactionPort;
import io.phasewise.domain.portfolio.LedgerEvent;
import io.phasewise.domain.shared.Failure;
import io.vavr.control.Either;
import java.time.Clock;
import java.util.Objects;

/**
 * Replaces a ledger event by a new revision with the same id. The source id stays unless a new one is
 * given; the entry snapshot stays while the instrument does (it describes the moment of entry, not of
 * the edit), and is captured anew for a different tracked asset.
 */
public final class EditEventService implements EditEventUseCase {
  private final LedgerEdits edits;
  private final EventBuilder events;

  public EditEventService(LoadPortfolioPort load, SavePortfolioPort save, TransactionPort tx, Clock clock, MarketUseCases market,
      EntrySnapshots snapshots) {
    this.edits = LedgerEdits.of(load, save, tx, clock, market);
    this.events = new EventBuilder(market.findAsset(), snapshots);
  }

  @Override
  public Either<Failure, LedgerChange> edit(EditEventCommand command) {
    return edits.apply(command.owner(), command.portfolio(), command.expectedVersion(), (current, facts, now) -> {
      LedgerEvent old = current.event(command.event()).orElse(null);
      if (old == null) return Either.left(new Failure.NotFound("ledger event", command.event().toString()));
      return events.build(old.id(), command.replacement(), current, old.sourceId(), old.entrySnapshot(), now)
          .flatMap(draft -> Objects.equals(draft.instrument(), old.instrument()) || draft.entrySnapshot() == null
              ? Either.right(draft)
              : events.build(old.id(), command.replacement(), current, old.sourceId(), null, now))
          .flatMap(event -> current.edit(event, facts, now).mapLeft(PortfolioRejections::failure)
              .map(next -> new LedgerChange(next, event)));
    });
  }
}
