package io.phasewise.application.portfolio.port.in;

import io.phasewise.domain.shared.Failure;
import io.vavr.control.Either;

/**
 * Use case: import a statement in one transaction. Every good row is stored while each bad one is
 * reported with its line and reason; a row whose source id the ledger holds already counts as already
 * stored, so importing a statement twice adds nothing. Every run is appended to the sync log, a file
 * that is not in its format at all too (then as failed, and the failure names what is missing).
 */
public interface ImportStatementUseCase {
  Either<Failure, StatementImportReport> importStatement(ImportStatementCommand command);
}
