package io.phasewise.application.portfolio.port.in;

import io.phasewise.application.portfolio.model.SyncLogEntry;
import io.phasewise.domain.shared.Failure;
import io.vavr.control.Either;
import java.util.List;

/** Use case: a portfolio's imports and syncs, newest first. */
public interface ListSyncLogUseCase {
  Either<Failure, List<SyncLogEntry>> list(SyncLogQuery query);
}
