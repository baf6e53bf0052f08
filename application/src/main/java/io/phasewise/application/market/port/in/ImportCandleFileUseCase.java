package io.phasewise.application.market.port.in;

import io.phasewise.application.market.model.ImportReport;
import io.phasewise.domain.shared.Failure;
import io.vavr.control.Either;

/**
 * Use case: import a candle file (an upload, a local file) into an asset through the same idempotent
 * store as {@link ImportCandlesUseCase}. An unknown asset is not found; a file whose header does not
 * fit the format fails as invalid input; rows the reader rejects are reported with their lines.
 */
public interface ImportCandleFileUseCase {
  Either<Failure, ImportReport> importFile(ImportCandleFileCommand command);
}
