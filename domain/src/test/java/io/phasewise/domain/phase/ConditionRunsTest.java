package io.phasewise.domain.phase;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.TradingCalendar;
import io.phasewise.domain.snapshot.SnapshotEngine;
import io.phasewise.domain.snapshot.SnapshotFrame;
import org.junit.jupiter.api.Test;

/**
 * The runs of condition bars counted back through the history (per-bar classification) answer as the
 * runs carried along a replay, for every bar and every run length the rules could ask.
 */
class ConditionRunsTest {

  @Test
  void runsCountedBackAnswerAsRunsCarriedAlong() {
    TitForTatRules rules = TitForTatRules.DEFAULTS;
    SnapshotFrame frame = SnapshotEngine.standard().compute(AssetId.of(7), PhaseFixtures.regimeWalk(7, 900),
        TradingCalendar.CRYPTO);
    BarConditions replay = new BarConditions(frame, rules);
    ConditionRuns.Carried carried = new ConditionRuns.Carried();
    boolean[] longRun = new boolean[3];
    for (int i = 0; i < frame.size(); i++) {
      carried.advance(replay.at(i, SentimentInput.NONE));
      ConditionRuns counted = new ConditionRuns.CountedBack(SnapshotHistory.of(frame, i), new BarConditions(frame, rules));
      for (int bars = 1; bars <= rules.persistenceBars() + 1; bars++) {
        assertThat(counted.breakdown(bars)).isEqualTo(carried.breakdown(bars));
        assertThat(counted.recovery(bars)).isEqualTo(carried.recovery(bars));
        assertThat(counted.cooperative(bars)).isEqualTo(carried.cooperative(bars));
      }
      int longest = rules.persistenceBars() + 1;
      longRun[0] |= carried.breakdown(longest);
      longRun[1] |= carried.recovery(longest);
      longRun[2] |= carried.cooperative(longest);
    }
    // The walk has runs of every condition longer than the rules read.
    assertThat(longRun).containsOnly(true);
  }
}
