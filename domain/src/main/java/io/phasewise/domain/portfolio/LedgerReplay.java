package io.phasewise.domain.portfolio;

import io.vavr.control.Either;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * SKELETON (to be replaced by the lot engine): replays a ledger to check that it can be derived
 * (no oversold position, no short where shorts are not allowed, valid lot picks).
 */
final class LedgerReplay {
  private LedgerReplay() {}

  /** Right when every event of {@code portfolio}'s ledger can be applied in order. */
  static Either<PortfolioRejection, Portfolio> check(Portfolio portfolio, MarketFacts facts) {
    return Either.right(portfolio);
  }

  /** Appends each event the ledger can take, as revision 1 at {@code at}; refuses duplicates of a source id. */
  static RecordedBatch recordAll(Portfolio portfolio, List<LedgerEvent> events, MarketFacts facts, Instant at) {
    List<LedgerRevision> revisions = new ArrayList<>(portfolio.revisions());
    List<RecordedBatch.Refused> refused = new ArrayList<>();
    java.util.Map<String, LedgerEventId> sources = new java.util.HashMap<>();
    for (LedgerEvent e : portfolio.ledger()) sources.put(e.sourceId(), e.id());
    int recorded = 0;
    for (int i = 0; i < events.size(); i++) {
      LedgerEvent e = events.get(i);
      LedgerEventId existing = sources.putIfAbsent(e.sourceId(), e.id());
      if (existing != null) {
        refused.add(new RecordedBatch.Refused(i, e, new PortfolioRejection.AlreadyRecorded(e.sourceId(), existing)));
        continue;
      }
      revisions.add(new LedgerRevision(e.id(), 1, RevisionKind.RECORDED, e, at));
      recorded++;
    }
    return new RecordedBatch(portfolio.withRevisions(revisions), recorded, refused);
  }
}
