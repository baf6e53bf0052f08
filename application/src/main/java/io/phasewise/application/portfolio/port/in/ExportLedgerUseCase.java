package io.phasewise.application.portfolio.port.in;

import io.phasewise.domain.shared.Failure;
import io.vavr.control.Either;

/** Use case: a portfolio's ledger in force as a Phasewise CSV statement, which imports back to the same ledger. */
public interface ExportLedgerUseCase {
  Either<Failure, LedgerExport> export(PortfolioQuery query);
}
