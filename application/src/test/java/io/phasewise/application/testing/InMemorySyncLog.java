package io.phasewise.application.testing;

import io.phasewise.application.portfolio.model.SyncLogEntry;
import io.phasewise.application.portfolio.port.out.SyncLogPort;
import io.phasewise.domain.portfolio.PortfolioId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/** In-memory fake of the portfolios' sync log; an entry appended in a failed unit of work is taken back. */
public final class InMemorySyncLog implements SyncLogPort {
  private final List<SyncLogEntry> entries = new ArrayList<>();

  @Override
  public synchronized void append(SyncLogEntry entry) {
    entries.add(entry);
    InMemoryUnitOfWork.onRollback(() -> remove(entry));
  }

  @Override
  public synchronized List<SyncLogEntry> recent(PortfolioId portfolio, int limit) {
    List<SyncLogEntry> newestAppendedFirst = new ArrayList<>(entries);
    Collections.reverse(newestAppendedFirst);
    return newestAppendedFirst.stream().filter(e -> e.portfolio().equals(portfolio))
        .sorted(Comparator.comparing(SyncLogEntry::startedAt).reversed())
        .limit(limit)
        .toList();
  }

  private synchronized void remove(SyncLogEntry entry) {
    entries.remove(entry);
  }
}
