package io.phasewise.application.sentiment.port.in;

import io.phasewise.application.sentiment.model.SentimentRejection;
import io.phasewise.domain.shared.Failure;
import io.vavr.control.Either;

/**
 * Use case: record a batch of sentiment observations idempotently, in one transaction. Each row names
 * its asset (id or symbol) and source (id or name); a row with any problem is rejected with one
 * {@link SentimentRejection} per bad field and the other rows are still stored. Recording an identical
 * row again changes nothing; a row with the key (asset, source, time) of a stored observation but
 * other values replaces it. A batch in which every row is bad stores nothing and is still a report.
 */
public interface RecordSentimentUseCase {
  Either<Failure, SentimentReport> record(RecordSentimentCommand command);
}
