package io.phasewise.application.phase.port.out;

import static io.phasewise.application.testing.PhaseSamples.day;
import static io.phasewise.application.testing.PhaseSamples.event;
import static io.phasewise.application.testing.PhaseSamples.state;
import static io.phasewise.application.testing.PhaseSamples.transition;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.Interval;
import io.phasewise.domain.phase.Phase;
import io.phasewise.domain.phase.PhaseTransition;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PhaseRecordingTest {
  private static final AssetId A = AssetId.of(1);
  private static final AssetId B = AssetId.of(2);
  private static final Instant NOW = Instant.parse("2030-01-01T00:00:00Z");

  @Test
  void transitions_and_events_must_belong_to_the_recording_and_be_in_order() {
    PhaseTransition first = transition(A, null, Phase.COOP, 0);
    PhaseTransition defect = transition(A, Phase.COOP, Phase.DEFECT, 20);
    var state = state(A, Phase.DEFECT, 0.8, 20, 25);

    assertThatThrownBy(() -> new PhaseRecording(A, Interval.D1, state(B, Phase.COOP, 0.5, 0, 1), Optional.empty(), List.of(),
        List.of(), NOW)).hasMessageContaining("state of asset 2");
    assertThatThrownBy(() -> new PhaseRecording(A, Interval.D1, state, Optional.empty(), List.of(first), List.of(), NOW))
        .hasMessageContaining("replace");
    assertThatThrownBy(() -> new PhaseRecording(A, Interval.D1, state, Optional.of(day(0)), List.of(defect, first), List.of(),
        NOW)).hasMessageContaining("increasing");
    assertThatThrownBy(() -> new PhaseRecording(A, Interval.D1, state, Optional.of(day(5)), List.of(first), List.of(), NOW))
        .hasMessageContaining("before replaceFrom");
    assertThatThrownBy(() -> new PhaseRecording(A, Interval.D1, state(A, Phase.COOP, 0.5, 0, 10), Optional.of(day(0)),
        List.of(first, defect), List.of(), NOW)).hasMessageContaining("after the state's asOf");
    assertThatThrownBy(() -> new PhaseRecording(A, Interval.D1, state, Optional.of(day(0)), List.of(first, defect),
        List.of(event(transition(B, null, Phase.COOP, 0), "B", Interval.D1, NOW)), NOW)).hasMessageContaining("event of 2");
    assertThatThrownBy(() -> new PhaseRecording(A, Interval.D1, state, Optional.of(day(20)), List.of(defect),
        List.of(event(first, "A", Interval.D1, NOW)), NOW)).hasMessageContaining("not recorded here");
    assertThatThrownBy(() -> new PhaseRecording(A, Interval.D1, state, Optional.of(day(20)), List.of(defect),
        List.of(event(defect, "A", Interval.W1, NOW)), NOW)).hasMessageContaining("1w");
  }
}
