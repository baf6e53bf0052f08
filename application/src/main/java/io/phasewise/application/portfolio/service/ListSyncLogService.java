package io.phasewise.application.portfolio.service;

import io.phasewise.application.portfolio.model.SyncLogEntry;
import io.phasewise.application.portfolio.port.in.ListSyncLogUseCase;
import io.phasewise.application.portfolio.port.in.SyncLogQuery;
import io.phasewise.application.portfolio.port.out.LoadPortfolioPort;
import io.phasewise.application.portfolio.port.out.SyncLogPort;
import io.phasewise.domain.shared.Failure;
import io.vavr.control.Either;
import java.util.List;

/** Reads the sync log of one of the caller's portfolios. */
public final class ListSyncLogService implements ListSyncLogUseCase {
  private final LoadPortfolioPort load;
  private final SyncLogPort log;

  public ListSyncLogService(LoadPortfolioPort load, SyncLogPort log) {
    this.load = load;
    this.log = log;
  }

  @Override
  public Either<Failure, List<SyncLogEntry>> list(SyncLogQuery query) {
    return OwnedPortfolios.find(load, query.owner(), query.portfolio()).map(p -> log.recent(p.id(), query.limit()));
  }
}
