package io.phasewise.domain.phase;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link PhaseClassifier} decided for every bar of a {@link PhaseFrame}: the phase of each bar
 * and the full states it built on the way, if any (a numeric fast path builds none; the replay then
 * builds a state on demand by classifying that one bar).
 */
public final class PhaseDecisions {
  private final Phase[] phases;
  private final PhaseState[] states;

  private PhaseDecisions(Phase[] phases, PhaseState[] states) {
    this.phases = phases;
    this.states = states;
  }

  /** The decisions of a classification bar after bar: one state per bar, in bar order. */
  public static PhaseDecisions ofStates(List<PhaseState> states) {
    PhaseState[] all = states.toArray(PhaseState[]::new);
    Phase[] phases = new Phase[all.length];
    for (int i = 0; i < all.length; i++) phases[i] = Objects.requireNonNull(all[i], "state").phase();
    return new PhaseDecisions(phases, all);
  }

  /** The decisions of a numeric pass: the phase of each bar, in bar order, without states. */
  public static PhaseDecisions ofPhases(Phase[] phases) {
    Phase[] copy = phases.clone();
    for (Phase phase : copy) Objects.requireNonNull(phase, "phase");
    return new PhaseDecisions(copy, new PhaseState[copy.length]);
  }

  /** Number of bars decided. */
  public int size() {
    return phases.length;
  }

  /** The phase of bar {@code bar}. */
  public Phase phase(int bar) {
    return phases[bar];
  }

  /** The full state of bar {@code bar} if the classifier built it. */
  public Optional<PhaseState> state(int bar) {
    return Optional.ofNullable(states[bar]);
  }

  /** The phase of every bar, in bar order. */
  public List<Phase> phases() {
    return List.of(phases);
  }
}
