package io.phasewise.application.portfolio.port.in;

import io.phasewise.domain.shared.Failure;
import io.vavr.control.Either;

/**
 * Use case: record one ledger event. A tracked asset's event carries the analysis Phasewise had of it
 * at that moment. Refused when the ledger cannot take it (the portfolio's reason as the failure), when
 * its asset is unknown, or when the portfolio changed since the expected version (a conflict).
 */
public interface RecordEventUseCase {
  Either<Failure, LedgerChange> record(RecordEventCommand command);
}
