package io.phasewise.application.market.port.in;

import io.phasewise.domain.shared.Failure;
import io.vavr.control.Either;

/**
 * Use case: import a candle file for an asset named by symbol and type, registering the asset first
 * when it is new, but only for a file that passes validation: a file whose header does not match its
 * format, or without a single good row, registers nothing.
 */
public interface ImportSymbolFileUseCase {
  Either<Failure, SymbolFileImport> importFile(ImportSymbolFileCommand command);
}
