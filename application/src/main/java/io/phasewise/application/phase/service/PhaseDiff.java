package io.phasewise.application.phase.service;

import io.phasewise.domain.phase.PhaseTransition;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * How the transitions of a replay differ from the stored ones: the stored transitions are kept as
 * long as they equal the replay's one for one (same time, from and to); from the first that differs
 * on, the stored ones are removed and the replay's written.
 *
 * @param kept how many stored transitions stay
 * @param removed how many stored transitions are deleted
 * @param replaceFrom the earliest time from which stored transitions are replaced; empty when none is
 * @param written the replay's transitions to insert, all at or after {@code replaceFrom}
 */
record PhaseDiff(int kept, int removed, Optional<Instant> replaceFrom, List<PhaseTransition> written) {

  static PhaseDiff between(List<PhaseTransition> stored, List<PhaseTransition> replayed) {
    int common = Math.min(stored.size(), replayed.size());
    int k = 0;
    while (k < common && same(stored.get(k), replayed.get(k))) k++;
    if (k == stored.size() && k == replayed.size()) return new PhaseDiff(k, 0, Optional.empty(), List.of());
    Instant from;
    if (k == stored.size()) from = replayed.get(k).changedAt();
    else if (k == replayed.size()) from = stored.get(k).changedAt();
    else from = earlier(stored.get(k).changedAt(), replayed.get(k).changedAt());
    return new PhaseDiff(k, stored.size() - k, Optional.of(from), replayed.subList(k, replayed.size()));
  }

  private static boolean same(PhaseTransition a, PhaseTransition b) {
    return a.changedAt().equals(b.changedAt()) && a.from() == b.from() && a.to() == b.to();
  }

  private static Instant earlier(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  /** Whether the stored transitions stay exactly as they are. */
  boolean unchanged() {
    return replaceFrom.isEmpty();
  }
}
