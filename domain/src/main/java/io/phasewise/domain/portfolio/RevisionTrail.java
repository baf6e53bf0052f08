package io.phasewise.domain.portfolio;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.RandomAccess;

/**
 * A portfolio's audit trail as an unmodifiable list of {@link LedgerRevision}s that derives the ledger
 * in force once, when first asked: every valuation and report replays that ledger, and a portfolio is
 * immutable, so rebuilding its latest revisions and sorting them on each call would only repeat work.
 * Equal to any list of the same revisions.
 */
final class RevisionTrail extends AbstractList<LedgerRevision> implements RandomAccess {
  private final List<LedgerRevision> revisions;
  /** Null until first asked; a race only derives the same value twice. */
  private volatile InForce inForce;

  private RevisionTrail(List<LedgerRevision> revisions) {
    this.revisions = revisions;
  }

  /** {@code revisions} itself when it is a trail already, else a trail of a copy. */
  static RevisionTrail of(List<LedgerRevision> revisions) {
    return revisions instanceof RevisionTrail trail ? trail : new RevisionTrail(List.copyOf(revisions));
  }

  @Override
  public LedgerRevision get(int index) {
    return revisions.get(index);
  }

  @Override
  public int size() {
    return revisions.size();
  }

  /** The events in force, in {@link LedgerEvent#LEDGER_ORDER}, unmodifiable. */
  List<LedgerEvent> ledger() {
    return inForce().ledger;
  }

  /** The latest revision of the event with this id (a deletion included), or null. */
  LedgerRevision latest(LedgerEventId id) {
    return inForce().latest.get(id);
  }

  /** The event in force with this source id. */
  Optional<LedgerEvent> withSource(String sourceId) {
    return Optional.ofNullable(inForce().bySource.get(sourceId));
  }

  private InForce inForce() {
    InForce derived = inForce;
    if (derived == null) {
      derived = new InForce(revisions);
      inForce = derived;
    }
    return derived;
  }

  /** The latest revision per event, and the events in force in ledger order and by source id. */
  private static final class InForce {
    final Map<LedgerEventId, LedgerRevision> latest = new HashMap<>();
    final List<LedgerEvent> ledger;
    final Map<String, LedgerEvent> bySource = new HashMap<>();

    InForce(List<LedgerRevision> revisions) {
      for (LedgerRevision r : revisions) latest.merge(r.eventId(), r, (a, b) -> a.revision() >= b.revision() ? a : b);
      List<LedgerEvent> events = new ArrayList<>(latest.size());
      for (LedgerRevision r : latest.values()) {
        if (r.kind() != RevisionKind.DELETED) events.add(r.event());
      }
      events.sort(LedgerEvent.LEDGER_ORDER);
      // the first in ledger order, as a search of the ledger finds it
      for (LedgerEvent e : events) bySource.putIfAbsent(e.sourceId(), e);
      ledger = Collections.unmodifiableList(events);
    }
  }
}
