package io.phasewise.domain.phase;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.TradingCalendar;
import io.phasewise.domain.snapshot.SnapshotEngine;
import io.phasewise.domain.snapshot.SnapshotFrame;
import java.time.Instant;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The numeric replay of {@link TitForTatClassifier} (phases in one pass, states built on demand)
 * gives the same states and transitions as classifying bar after bar through the generic path.
 */
class PhaseReplayEquivalenceTest {

  private static final TitForTatRules TWITCHY = new TitForTatRules(0.05, 0.25, 15, 35, 20, 1.5, 1, 2, 0.45, 0.45, 0.10,
      0.20, 10, 3, 2, 0.15, 2, 52, 2, 0.10, 3, 1);

  @Test
  void numericReplayEqualsBarByBarClassification() {
    for (TitForTatRules rules : new TitForTatRules[] {TitForTatRules.DEFAULTS, TWITCHY}) {
      TitForTatClassifier classifier = new TitForTatClassifier(rules);
      PhaseClassifier barByBar = classifier::classify;
      for (long seed = 1; seed <= 6; seed++) {
        SnapshotFrame frame = SnapshotEngine.standard()
            .compute(AssetId.of(seed), PhaseFixtures.regimeWalk(seed, 900), TradingCalendar.CRYPTO);
        Function<Instant, SentimentInput> sentiment = seed % 2 == 0 ? PhaseReplayPinTest.sentiment()
            : t -> SentimentInput.NONE;
        PhaseTimeline fast = PhaseTimeline.replay(frame, classifier, sentiment);
        PhaseTimeline slow = PhaseTimeline.replay(frame, barByBar, sentiment);
        assertThat(fast.transitions()).isEqualTo(slow.transitions());
        for (int k = 0; k < fast.transitions().size(); k++) {
          assertThat(fast.transitionBar(k)).isEqualTo(slow.transitionBar(k));
        }
        for (int i = 0; i < frame.size(); i++) assertThat(fast.phaseAt(i)).isEqualTo(slow.phaseAt(i));
        assertThat(fast.states()).isEqualTo(slow.states());
        assertThat(fast.transitions().size()).isGreaterThan(rules == TWITCHY ? 20 : 3);
      }
    }
  }
}
