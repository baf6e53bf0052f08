package io.phasewise.application.portfolio.port.in;

import io.phasewise.domain.shared.Failure;
import io.vavr.control.Either;

/**
 * Use case: edit a ledger event. The audit trail keeps every earlier revision; the event keeps its id,
 * its source id unless a new one is given, and its entry snapshot while its instrument is unchanged.
 */
public interface EditEventUseCase {
  Either<Failure, LedgerChange> edit(EditEventCommand command);
}
