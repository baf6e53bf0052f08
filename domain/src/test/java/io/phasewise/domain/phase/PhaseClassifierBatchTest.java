package io.phasewise.domain.phase;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.CandleSeries;
import io.phasewise.domain.market.TradingCalendar;
import io.phasewise.domain.snapshot.SnapshotEngine;
import io.phasewise.domain.snapshot.SnapshotFrame.Column;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link PhaseClassifier#classifyAll}: the default is the per-bar loop, and the tit-for-tat fast path decides alike. */
class PhaseClassifierBatchTest {

  /** A researcher's classifier: COOP while the close is above its SMA20, DEFECT below, FORGIVE while unknown. */
  private static final PhaseClassifier ABOVE_SMA20 = inputs -> {
    SnapshotHistory h = inputs.history();
    double close = h.value(Column.PRICE, 0);
    double sma = h.value(Column.SMA_20, 0);
    Phase phase = Double.isNaN(sma) ? Phase.FORGIVE : close >= sma ? Phase.COOP : Phase.DEFECT;
    PhaseState previous = inputs.previous();
    boolean stays = previous != null && previous.phase() == phase;
    return new PhaseState(h.asset(), phase, 0.5, new Rationale(List.of(), phase.code()), Map.of(), h.asOf(),
        stays ? previous.since() : h.asOf(), stays ? previous.barsInPhase() + 1 : 1);
  };

  @Test
  void theDefaultBatchIsThePerBarLoop() {
    PhaseFrame frame = frame(AssetId.of(1), PhaseFixtures.regimeWalk(11, 700), TradingCalendar.STOCK);
    List<PhaseState> perBar = new ArrayList<>();
    PhaseState previous = null;
    for (int i = 0; i < frame.size(); i++) {
      previous = ABOVE_SMA20.classify(frame.inputs(i, previous));
      perBar.add(previous);
    }

    PhaseDecisions batch = ABOVE_SMA20.classifyAll(frame);

    assertThat(batch.size()).isEqualTo(frame.size());
    assertThat(batch.phases()).isEqualTo(perBar.stream().map(PhaseState::phase).toList());
    for (int i = 0; i < frame.size(); i++) assertThat(batch.state(i)).contains(perBar.get(i));
    assertThat(batch.phases()).contains(Phase.COOP, Phase.DEFECT, Phase.FORGIVE);
  }

  @Test
  void aReplayWithTheDefaultBatchKeepsTheClassifiersStates() {
    PhaseFrame frame = frame(AssetId.of(1), PhaseFixtures.regimeWalk(12, 400), TradingCalendar.STOCK);
    PhaseTimeline timeline = PhaseTimeline.replay(frame.snapshots(), ABOVE_SMA20, t -> SentimentInput.NONE);
    PhaseDecisions batch = ABOVE_SMA20.classifyAll(frame);

    for (int i = 0; i < frame.size(); i++) assertThat(batch.state(i)).contains(timeline.states().get(i));
  }

  @Test
  void theTitForTatBatchDecidesAsItsPerBarFormOnTheRealFiles() {
    TitForTatClassifier titForTat = TitForTatClassifier.standard();
    PhaseClassifier perBar = titForTat::classify;
    List<PhaseFrame> frames = List.of(
        frame(AssetId.of(1), PhaseFixtures.yahoo(PhaseFixtures.AAPL), TradingCalendar.STOCK),
        frame(AssetId.of(2), PhaseFixtures.yahoo(PhaseFixtures.SPY), TradingCalendar.STOCK),
        frame(AssetId.of(3), PhaseFixtures.yahoo(PhaseFixtures.BTC), TradingCalendar.CRYPTO));
    for (PhaseFrame frame : frames) {
      PhaseDecisions fast = titForTat.classifyAll(frame);
      PhaseDecisions slow = perBar.classifyAll(frame);

      assertThat(fast.phases()).isEqualTo(slow.phases());
      assertThat(fast.state(0)).as("the fast path builds no states").isEmpty();
      assertThat(slow.phases()).contains(Phase.COOP, Phase.DEFECT, Phase.FORGIVE);
    }
  }

  private static PhaseFrame frame(AssetId asset, CandleSeries series, TradingCalendar calendar) {
    return PhaseFrame.of(SnapshotEngine.standard().compute(asset, series, calendar), t -> SentimentInput.NONE);
  }
}
