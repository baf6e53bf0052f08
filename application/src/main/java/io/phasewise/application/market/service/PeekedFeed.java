package io.phasewise.application.market.service;

import io.phasewise.application.market.model.CandleFeed;
import io.phasewise.application.market.model.CandleRow;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/** A feed read ahead up to its first good row, then replayed whole: tells whether a file holds any good row before it is imported. */
final class PeekedFeed implements CandleFeed {
  private final CandleFeed feed;
  private final Deque<CandleRow> readAhead = new ArrayDeque<>();
  private final boolean hasGoodRow;

  PeekedFeed(CandleFeed feed) {
    this.feed = feed;
    CandleRow row = feed.next();
    while (row != null) {
      readAhead.add(row);
      if (row instanceof CandleRow.Good) break;
      row = feed.next();
    }
    hasGoodRow = row != null;
  }

  boolean hasGoodRow() {
    return hasGoodRow;
  }

  /** The first rejected row read ahead, if any. */
  Optional<CandleRow.Rejected> firstRejected() {
    return readAhead.stream().filter(CandleRow.Rejected.class::isInstance).map(CandleRow.Rejected.class::cast).findFirst();
  }

  /** Rows read ahead. */
  int rowsRead() {
    return readAhead.size();
  }

  @Override
  public String origin() {
    return feed.origin();
  }

  @Override
  public CandleRow next() {
    return readAhead.isEmpty() ? feed.next() : readAhead.poll();
  }

  @Override
  public void close() {
    feed.close();
  }
}
