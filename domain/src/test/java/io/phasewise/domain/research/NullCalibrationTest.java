package io.phasewise.domain.research;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, null calibration with the default settings (blocks of 3H): on 20 seeded random walks the block
 * bootstrap flags (almost) nothing, while an iid bootstrap (blocks of one bar) on the same overlapping
 * windows flags half of them or more.
 */
class NullCalibrationTest {
  private static final List<NamedClassifier> CANDIDATES = NamedClassifier.shipped();

  private static NullCalibration blocks;
  private static NullCalibration iid;

  @BeforeAll
  static void run() {
    EvaluationSettings settings = EvaluationSettings.defaults();
    blocks = NullCalibration.run(new PhaseEvaluator(settings), CANDIDATES, 20, settings.seed());
    iid = NullCalibration.run(new PhaseEvaluator(settings, 1), CANDIDATES, 20, settings.seed());
    for (int c = 0; c < CANDIDATES.size(); c++) {
      for (Outcome outcome : Outcome.values()) {
        System.out.printf("%-13s %-10s flagged on %2d of 20 walks (blocks of 60), %2d (iid)%n", CANDIDATES.get(c).name(), outcome,
            blocks.flagged(c, outcome), iid.flagged(c, outcome));
      }
    }
  }

  @Test
  void theBlockBootstrapFlagsTheShippedClassifierOnAtMostOneWalkPerOutcome() {
    for (Outcome outcome : Outcome.values()) {
      assertThat(blocks.flagged(0, outcome)).as("%s %s", CANDIDATES.get(0).name(), outcome).isLessThanOrEqualTo(1);
    }
  }

  @Test
  void theBlockBootstrapFlagsAnyCandidateOnAtMostAFifthOfTheWalksPerOutcome() {
    for (int c = 0; c < CANDIDATES.size(); c++) {
      for (Outcome outcome : Outcome.values()) {
        assertThat(blocks.flagged(c, outcome)).as("%s %s", CANDIDATES.get(c).name(), outcome).isLessThanOrEqualTo(4);
      }
    }
  }

  @Test
  void anIidBootstrapOfOverlappingWindowsFlagsMostWalks() {
    for (int c = 0; c < CANDIDATES.size(); c++) {
      for (Outcome outcome : Outcome.values()) {
        assertThat(iid.flagged(c, outcome)).as("%s %s", CANDIDATES.get(c).name(), outcome).isGreaterThanOrEqualTo(8)
            .isGreaterThan(2 * blocks.flagged(c, outcome));
      }
    }
  }
}
