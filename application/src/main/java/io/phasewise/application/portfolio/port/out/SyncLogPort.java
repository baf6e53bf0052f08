package io.phasewise.application.portfolio.port.out;

import io.phasewise.application.portfolio.model.SyncLogEntry;
import io.phasewise.domain.portfolio.PortfolioId;
import java.util.List;

/** Outgoing port: the log of a portfolio's imports and syncs, newest first. */
public interface SyncLogPort {

  /** Appends {@code entry}. */
  void append(SyncLogEntry entry);

  /** The newest {@code limit} entries of {@code portfolio}, newest first. */
  List<SyncLogEntry> recent(PortfolioId portfolio, int limit);
}
