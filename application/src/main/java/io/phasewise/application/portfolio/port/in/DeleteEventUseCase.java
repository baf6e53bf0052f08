package io.phasewise.application.portfolio.port.in;

import io.phasewise.domain.shared.Failure;
import io.vavr.control.Either;

/** Use case: delete a ledger event; the audit trail keeps it. Refused when the ledger cannot do without it. */
public interface DeleteEventUseCase {
  Either<Failure, LedgerChange> delete(DeleteEventCommand command);
}
