package io.phasewise.domain.research;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, null calibration: on 20 seeded random walks the block bootstrap flags (almost) nothing, while
 * an iid bootstrap (blocks of one bar) on the same overlapping windows flags far more.
 */
class NullCalibrationTest {
  private static final List<NamedClassifier> CANDIDATES = NamedClassifier.shipped();

  private static NullCalibration blocks;
  private static NullCalibration iid;

  @BeforeAll
  static void run() {
    EvaluationSettings settings = new EvaluationSettings(20, 20, 1000, 5);
    blocks = NullCalibration.run(new PhaseEvaluator(settings), CANDIDATES, 20, 14);
    iid = NullCalibration.run(new PhaseEvaluator(settings, 1), CANDIDATES, 20, 14);
    for (int c = 0; c < CANDIDATES.size(); c++) {
      for (Outcome outcome : Outcome.values()) {
        System.out.printf("%-13s %-10s flagged on %2d of 20 walks (blocks of 20), %2d (iid)%n", CANDIDATES.get(c).name(), outcome,
            blocks.flagged(c, outcome), iid.flagged(c, outcome));
      }
    }
  }

  @Test
  void theBlockBootstrapFlagsAtMostTwoWalksPerOutcome() {
    for (int c = 0; c < CANDIDATES.size(); c++) {
      for (Outcome outcome : Outcome.values()) {
        assertThat(blocks.flagged(c, outcome)).as("%s %s", CANDIDATES.get(c).name(), outcome).isLessThanOrEqualTo(2);
      }
    }
  }

  @Test
  void anIidBootstrapOfOverlappingWindowsFlagsMostWalks() {
    for (int c = 0; c < CANDIDATES.size(); c++) {
      assertThat(iid.flagged(c, Outcome.RETURN) + iid.flagged(c, Outcome.DRAWDOWN))
          .as(CANDIDATES.get(c).name()).isGreaterThan(2 * (blocks.flagged(c, Outcome.RETURN) + blocks.flagged(c, Outcome.DRAWDOWN)) + 10);
    }
  }
}
