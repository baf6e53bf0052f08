package io.phasewise.application.sentiment.port.in;

import io.phasewise.domain.shared.Failure;
import io.vavr.control.Either;

/**
 * Use case: import a file of sentiment observations (CSV or JSON lines) through the same checks and
 * idempotent store as {@link RecordSentimentUseCase}; rows the file reader cannot parse are rejected
 * with their line numbers. A file whose format cannot be told, whose header is wrong or that cannot
 * be read at all fails as invalid input.
 */
public interface ImportSentimentFileUseCase {
  Either<Failure, SentimentReport> importFile(ImportSentimentFileCommand command);
}
