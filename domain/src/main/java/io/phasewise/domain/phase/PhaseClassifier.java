package io.phasewise.domain.phase;

import java.util.ArrayList;
import java.util.List;

/**
 * Decides the phase of an asset at one bar. Implementations are pure: the same inputs always give
 * the same state, and they read nothing but the inputs (which expose bars at or before the current
 * one only).
 */
@FunctionalInterface
public interface PhaseClassifier {
  PhaseState classify(PhaseInputs inputs);

  /**
   * The decisions for every bar of {@code frame} from scratch, bar 0 first, each bar fed the state of
   * the bar before. By default {@link #classify} bar after bar; a classifier may override this with a
   * faster pass (e.g. columnar) that decides the same phases, and then leave the states out: the
   * replay builds the state of a bar on demand with {@link #classify}, fed a previous state of which
   * only the phase, its start and its bars are meaningful.
   */
  default PhaseDecisions classifyAll(PhaseFrame frame) {
    List<PhaseState> states = new ArrayList<>(frame.size());
    PhaseState previous = null;
    for (int i = 0; i < frame.size(); i++) {
      previous = classify(frame.inputs(i, previous));
      states.add(previous);
    }
    return PhaseDecisions.ofStates(states);
  }
}
