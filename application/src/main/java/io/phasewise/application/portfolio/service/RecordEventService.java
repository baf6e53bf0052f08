package io.phasewise.application.portfolio.service;

import io.phasewise.application.portfolio.port.in.LedgerChange;
import io.phasewise.application.portfolio.port.in.RecordEventCommand;
import io.phasewise.application.portfolio.port.in.RecordEventUseCase;
import io.phasewise.application.market.MarketUseCases;
import io.phasewise.application.portfolio.port.out.LoadPortfolioPort;
import io.phasewise.application.portfolio.port.out.SavePortfolioPort;
import io.phasewise.application.shared.IdGenerator;
import io.phasewise.application.shared.Infrastructure;
import io.phasewise.application.shared.TransactionPort;
import io.phasewise.domain.portfolio.LedgerEventId;
import io.phasewise.domain.shared.Failure;
import io.vavr.control.Either;

/** Records one ledger event with a new id; without a source id of its own, the event's id makes one. */
public final class RecordEventService implements RecordEventUseCase {
  static final String MANUAL_SOURCE = "manual:";

  private final LedgerEdits edits;
  private final EventBuilder events;
  private final IdGenerator ids;

  public RecordEventService(LoadPortfolioPort load, SavePortfolioPort save, TransactionPort tx, Infrastructure infra,
      MarketUseCases market, EntrySnapshots snapshots) {
    this.edits = LedgerEdits.of(load, save, tx, infra.clock(), market);
    this.events = new EventBuilder(market.findAsset(), snapshots);
    this.ids = infra.ids();
  }

  @Override
  public Either<Failure, LedgerChange> record(RecordEventCommand command) {
    return edits.apply(command.owner(), command.portfolio(), command.expectedVersion(), (current, facts, now) -> {
      LedgerEventId id = LedgerEventId.of(ids.next());
      return events.build(id, command.event(), current, MANUAL_SOURCE + id, null, now)
          .flatMap(event -> current.record(event, facts, now).mapLeft(PortfolioRejections::failure)
              .map(next -> new LedgerChange(next, event)));
    });
  }
}
