package io.phasewise.domain.research;

import io.phasewise.domain.phase.Phase;
import io.phasewise.domain.phase.PhaseClassifier;
import io.phasewise.domain.phase.PhaseInputs;
import io.phasewise.domain.phase.PhaseState;
import io.phasewise.domain.phase.Rationale;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A researcher's classifier for tests: DEFECT on the bars {@code [from, to)}, COOP elsewhere, by bar number alone. */
record ScriptedClassifier(int from, int to) implements PhaseClassifier {
  @Override
  public PhaseState classify(PhaseInputs inputs) {
    int bar = inputs.history().bars() - 1;
    Phase phase = bar >= from && bar < to ? Phase.DEFECT : Phase.COOP;
    PhaseState previous = inputs.previous();
    Instant asOf = inputs.history().asOf();
    boolean stays = previous != null && previous.phase() == phase;
    return new PhaseState(inputs.history().asset(), phase, 1, new Rationale(List.of(), "bar " + bar), Map.of(), asOf,
        stays ? previous.since() : asOf, stays ? previous.barsInPhase() + 1 : 1);
  }
}
