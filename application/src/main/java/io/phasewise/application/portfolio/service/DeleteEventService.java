package io.phasewise.application.portfolio.service;

import io.phasewise.application.market.MarketUseCases;
import io.phasewise.application.portfolio.port.in.DeleteEventCommand;
import io.phasewise.application.portfolio.port.in.DeleteEventUseCase;
import io.phasewise.application.portfolio.port.in.LedgerChange;
import io.phasewise.application.portfolio.port.out.LoadPortfolioPort;
import io.phasewise.application.portfolio.port.out.SavePortfolioPort;
import io.phasewise.application.shared.TransactionPort;
import io.phasewise.domain.shared.Failure;
import io.vavr.control.Either;
import java.time.Clock;

/** Deletes a ledger event as a new revision; the change names the event as it was. */
public final class DeleteEventService implements DeleteEventUseCase {
  private final LedgerEdits edits;

  public DeleteEventService(LoadPortfolioPort load, SavePortfolioPort save, TransactionPort tx, Clock clock, MarketUseCases market) {
    this.edits = LedgerEdits.of(load, save, tx, clock, market);
  }

  @Override
  public Either<Failure, LedgerChange> delete(DeleteEventCommand command) {
    return edits.apply(command.owner(), command.portfolio(), command.expectedVersion(), (current, facts, now) ->
        current.delete(command.event(), facts, now).mapLeft(PortfolioRejections::failure)
            .map(next -> new LedgerChange(next, current.event(command.event()).orElseThrow())));
  }
}
