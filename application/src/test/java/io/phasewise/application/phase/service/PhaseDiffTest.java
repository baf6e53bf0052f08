package io.phasewise.application.phase.service;

import static io.phasewise.application.testing.PhaseSamples.day;
import static io.phasewise.application.testing.PhaseSamples.transition;
import static org.assertj.core.api.Assertions.assertThat;

import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.phase.Phase;
import io.phasewise.domain.phase.PhaseTransition;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PhaseDiffTest {
  private static final AssetId A = AssetId.of(1);
  private static final PhaseTransition COOP = transition(A, null, Phase.COOP, 0);
  private static final PhaseTransition DEFECT = transition(A, Phase.COOP, Phase.DEFECT, 10);
  private static final PhaseTransition FORGIVE = transition(A, Phase.DEFECT, Phase.FORGIVE, 20);

  @Test
  void equal_histories_keep_everything() {
    assertThat(PhaseDiff.between(List.of(COOP, DEFECT), List.of(COOP, DEFECT)))
        .isEqualTo(new PhaseDiff(2, 0, Optional.empty(), List.of()));
    assertThat(PhaseDiff.between(List.of(), List.of())).isEqualTo(new PhaseDiff(0, 0, Optional.empty(), List.of()));
  }

  @Test
  void a_longer_replay_appends_from_its_first_new_transition() {
    assertThat(PhaseDiff.between(List.of(COOP), List.of(COOP, DEFECT, FORGIVE)))
        .isEqualTo(new PhaseDiff(1, 0, Optional.of(day(10)), List.of(DEFECT, FORGIVE)));
    assertThat(PhaseDiff.between(List.of(), List.of(COOP))).isEqualTo(new PhaseDiff(0, 0, Optional.of(day(0)), List.of(COOP)));
  }

  @Test
  void only_time_from_and_to_make_a_transition_the_same() {
    PhaseTransition sameButReworded = new PhaseTransition(A, Phase.COOP, Phase.DEFECT, 0.99, FORGIVE.rationale(), day(10));
    assertThat(PhaseDiff.between(List.of(COOP, DEFECT), List.of(COOP, sameButReworded)).unchanged()).isTrue();
  }

  @Test
  void a_difference_replaces_from_the_earlier_of_the_two_times() {
    PhaseTransition earlierDefect = transition(A, Phase.COOP, Phase.DEFECT, 8);
    assertThat(PhaseDiff.between(List.of(COOP, DEFECT, FORGIVE), List.of(COOP, earlierDefect)))
        .isEqualTo(new PhaseDiff(1, 2, Optional.of(day(8)), List.of(earlierDefect)));
    PhaseTransition laterDefect = transition(A, Phase.COOP, Phase.DEFECT, 12);
    assertThat(PhaseDiff.between(List.of(COOP, DEFECT), List.of(COOP, laterDefect)))
        .isEqualTo(new PhaseDiff(1, 1, Optional.of(day(10)), List.of(laterDefect)));
    assertThat(PhaseDiff.between(List.of(COOP, DEFECT), List.of(COOP)))
        .isEqualTo(new PhaseDiff(1, 1, Optional.of(day(10)), List.of()));
  }
}
