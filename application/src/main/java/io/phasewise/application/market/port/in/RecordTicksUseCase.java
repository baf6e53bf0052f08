package io.phasewise.application.market.port.in;

import io.phasewise.domain.shared.Failure;
import io.vavr.control.Either;

/**
 * Use case: record ticks of an asset idempotently and rebuild the 1-minute candles of every minute
 * the new trades fall into.
 */
public interface RecordTicksUseCase {
  Either<Failure, TickReport> record(RecordTicksCommand command);
}
