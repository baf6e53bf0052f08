package io.phasewise.application.market.port.in;

import io.phasewise.application.market.model.ImportReport;
import io.phasewise.domain.shared.Failure;
import io.vavr.control.Either;

/**
 * Use case: import a feed of candles for one asset and interval, idempotently. Every good row is
 * stored (inserted, or updated when it changed); every bad row is reported with its line and reason.
 * Importing the same feed twice changes no row the second time.
 */
public interface ImportCandlesUseCase {
  Either<Failure, ImportReport> importCandles(ImportCandlesCommand command);
}
