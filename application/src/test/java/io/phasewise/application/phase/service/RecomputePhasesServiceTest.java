package io.phasewise.application.phase.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasewise.application.market.port.in.RegisterAssetCommand;
import io.phasewise.application.market.port.in.UpdateAssetCommand;
import io.phasewise.application.phase.port.in.PhaseRecomputeResult;
import io.phasewise.application.shared.AssetBatch;
import io.phasewise.application.shared.AssetResult;
import io.phasewise.application.shared.BatchReport;
import io.phasewise.application.shared.TimeBounds;
import io.phasewise.application.testing.InMemoryMarket;
import io.phasewise.application.testing.InMemoryPhases;
import io.phasewise.application.testing.PhaseWalks;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.AssetProfile;
import io.phasewise.domain.market.AssetType;
import io.phasewise.domain.market.Candle;
import io.phasewise.domain.market.Interval;
import io.phasewise.domain.phase.Phase;
import io.phasewise.domain.phase.PhaseClassifier;
import io.phasewise.domain.phase.PhaseEvent;
import io.phasewise.domain.phase.PhaseState;
import io.phasewise.domain.phase.PhaseTransition;
import io.phasewise.domain.phase.TitForTatClassifier;
import io.phasewise.domain.sentiment.ReliabilityTier;
import io.phasewise.domain.sentiment.SentimentChannel;
import io.phasewise.domain.sentiment.SentimentObservation;
import io.phasewise.domain.sentiment.SentimentSource;
import io.phasewise.domain.sentiment.SentimentSourceId;
import io.phasewise.domain.sentiment.SentimentWeights;
import io.phasewise.domain.shared.Failure;
import io.phasewise.domain.snapshot.SnapshotEngine;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class RecomputePhasesServiceTest {
  private static final Instant NOW = Instant.parse("2030-01-01T00:00:00Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  private final InMemoryMarket market = new InMemoryMarket(CLOCK);
  private final InMemoryPhases phases = market.phases;

  private AssetId register(String symbol, AssetType type) {
    return market.useCases.registerAsset().register(new RegisterAssetCommand(AssetProfile.of(symbol, symbol, type))).get().id();
  }

  private AssetId withBars(String symbol, List<Candle> bars) {
    AssetId asset = register(symbol, AssetType.STOCK);
    market.candles.saveAll(asset, Interval.D1, bars);
    return asset;
  }

  private List<PhaseTransition> stored(AssetId asset) {
    return phases.store.transitions(asset, Interval.D1, TimeBounds.BEGINNING, TimeBounds.END);
  }

  private PhaseRecomputeResult recompute(AssetId asset) {
    return phases.useCases.recompute().recompute(asset, Interval.D1).get();
  }

  @Test
  void the_first_computation_records_the_whole_history_and_the_state_but_emits_no_event() {
    AssetId asset = withBars("FIRST", PhaseWalks.regimes(1, 1_500));

    PhaseRecomputeResult result = recompute(asset);

    assertThat(result.barsRead()).isEqualTo(1_500);
    assertThat(result.transitionsWritten()).isGreaterThan(5).isEqualTo(stored(asset).size());
    assertThat(result.transitionsKept()).isZero();
    assertThat(result.eventsEmitted()).as("history is not news").isZero();
    assertThat(result.stateWritten()).isTrue();
    PhaseState state = result.state().orElseThrow();
    assertThat(state.asOf()).isEqualTo(PhaseWalks.START.plusSeconds(86_400L * 1_500));
    assertThat(phases.store.current(asset, Interval.D1)).contains(state);
    assertThat(stored(asset).get(0).from()).isNull();
    assertThat(stored(asset).get(stored(asset).size() - 1).to()).isEqualTo(state.phase());
    assertThat(phases.store.allEvents()).isEmpty();
  }

  @Test
  void recomputing_twice_in_a_row_writes_nothing_new_and_emits_nothing() {
    AssetId asset = withBars("TWICE", PhaseWalks.regimes(2, 1_200));
    PhaseRecomputeResult first = recompute(asset);
    List<PhaseTransition> before = stored(asset);
    int recordings = phases.store.recordings();

    PhaseRecomputeResult again = recompute(asset);

    assertThat(again.wroteAnything()).isFalse();
    assertThat(again.transitionsKept()).isEqualTo(first.transitionsWritten());
    assertThat(again.transitionsWritten()).isZero();
    assertThat(again.eventsEmitted()).isZero();
    assertThat(again.state()).isEqualTo(first.state());
    assertThat(phases.store.recordings()).as("no write at all").isEqualTo(recordings);
    assertThat(stored(asset)).isEqualTo(before);
  }

  @Test
  void appending_later_candles_keeps_the_earlier_transitions_and_emits_events_for_the_new_ones_only() {
    List<Candle> all = PhaseWalks.regimes(3, 2_000);
    AssetId asset = withBars("GROW", all.subList(0, 1_200));
    PhaseState prefixState = recompute(asset).state().orElseThrow();
    List<PhaseTransition> prefix = stored(asset);

    market.candles.saveAll(asset, Interval.D1, all.subList(1_200, 2_000));
    PhaseRecomputeResult grown = recompute(asset);

    List<PhaseTransition> full = stored(asset);
    assertThat(full.subList(0, prefix.size())).as("earlier transitions, rationale and confidence included")
        .isEqualTo(prefix);
    assertThat(grown.transitionsKept()).isEqualTo(prefix.size());
    assertThat(grown.transitionsRemoved()).isZero();
    List<PhaseTransition> added = full.subList(prefix.size(), full.size());
    assertThat(added).isNotEmpty().allMatch(t -> t.changedAt().isAfter(prefixState.asOf()));
    assertThat(grown.transitionsWritten()).isEqualTo(added.size());
    assertThat(grown.eventsEmitted()).isEqualTo(added.size());
    List<PhaseEvent> events = phases.store.events(asset, Interval.D1);
    assertThat(events).extracting(PhaseEvent::transition).containsExactlyElementsOf(added);
    assertThat(events).allSatisfy(e -> {
      assertThat(e.symbol()).isEqualTo("GROW");
      assertThat(e.interval()).isEqualTo(Interval.D1);
      assertThat(e.recordedAt()).isEqualTo(NOW);
    });
    assertThat(events).extracting(PhaseEvent::id).doesNotHaveDuplicates();
  }

  @Test
  void a_corrected_old_bar_replaces_the_transitions_from_the_first_difference_without_events_for_history() {
    List<Candle> bars = new ArrayList<>(PhaseWalks.regimes(4, 1_500));
    AssetId asset = withBars("FIX", bars);
    recompute(asset);
    List<PhaseTransition> before = stored(asset);
    // a crash that was not there, well inside a long COOP stay: at once DEFECT
    int crashBar = coopBarAwayFromChanges(bars, before);
    Candle old = bars.get(crashBar);
    BigDecimal crashed = old.open().multiply(new BigDecimal("0.6"));
    market.candles.saveAll(asset, Interval.D1, List.of(Candle.of(old.time(), old.open(), old.open(), crashed, crashed,
        old.volume().multiply(BigDecimal.TEN), "walk")));

    PhaseRecomputeResult corrected = recompute(asset);

    List<PhaseTransition> after = stored(asset);
    Instant crashEnd = old.time().plusSeconds(86_400);
    assertThat(after).filteredOn(t -> t.changedAt().isBefore(crashEnd))
        .isEqualTo(before.stream().filter(t -> t.changedAt().isBefore(crashEnd)).toList());
    assertThat(after).anySatisfy(t -> {
      assertThat(t.changedAt()).isEqualTo(crashEnd);
      assertThat(t.to()).isEqualTo(Phase.DEFECT);
      assertThat(t.rationale().reasons().get(0).key()).isEqualTo(TitForTatClassifier.SHOCK);
    });
    assertThat(corrected.transitionsRemoved()).isPositive();
    assertThat(corrected.transitionsKept() + corrected.transitionsWritten()).isEqualTo(after.size());
    assertThat(corrected.eventsEmitted()).as("a rewrite of history is not news").isZero();
  }

  /** A bar at least 15 bars into a COOP stay that lasts 20 more bars. */
  private static int coopBarAwayFromChanges(List<Candle> bars, List<PhaseTransition> transitions) {
    for (int k = 1; k + 1 < transitions.size(); k++) {
      if (transitions.get(k).to() != Phase.COOP) continue;
      Instant candidate = transitions.get(k).changedAt().plusSeconds(15 * 86_400L);
      if (transitions.get(k + 1).changedAt().isAfter(candidate.plusSeconds(20 * 86_400L))) {
        for (int i = 0; i < bars.size(); i++) if (!bars.get(i).time().isBefore(candidate)) return i;
      }
    }
    throw new IllegalStateException("the walk has no long COOP stay");
  }

  @Test
  void sentiment_of_the_whole_range_is_read_once_and_reaches_the_rationale() {
    List<Candle> bars = PhaseWalks.regimes(5, 400);
    AssetId asset = withBars("MOOD", bars);
    SentimentSourceId news = SentimentSourceId.of(1);
    phases.sentiment.add(SentimentSource.of(news, "wire", SentimentChannel.NEWS, ReliabilityTier.A));
    Instant lastEnd = bars.get(399).time().plusSeconds(86_400);
    List<SentimentObservation> observations = new ArrayList<>();
    for (int h = 1; h <= 30; h++) observations.add(SentimentObservation.of(asset, news, lastEnd.minusSeconds(3_600L * h), -0.9, 1));
    phases.sentiment.add(observations);

    PhaseState state = recompute(asset).state().orElseThrow();

    assertThat(phases.sentiment.observationReads()).isOne();
    assertThat(state.signals()).containsKey("sentiment");
    assertThat(state.signals().get("sentiment_observations")).isEqualTo(30.0);
    assertThat(state.rationale().reasons()).anySatisfy(r -> {
      assertThat(r.key()).isEqualTo("sentiment");
      assertThat(r.value()).isEqualTo(-0.9, org.assertj.core.api.Assertions.within(1e-12));
    });
  }

  @Test
  void an_asset_without_bars_gets_no_state_and_an_unknown_one_is_not_found() {
    AssetId empty = register("EMPTY", AssetType.ETF);

    PhaseRecomputeResult result = recompute(empty);

    assertThat(result).isEqualTo(PhaseRecomputeResult.noBars(empty, Interval.D1));
    assertThat(phases.store.current(empty, Interval.D1)).isEmpty();
    assertThat(phases.useCases.recompute().recompute(AssetId.of(404), Interval.D1).getLeft())
        .isEqualTo(new Failure.NotFound("asset", "404"));
  }

  @Test
  void many_assets_each_get_an_outcome_in_request_order_and_a_bad_one_fails_alone() {
    AssetId good = withBars("GOOD", PhaseWalks.regimes(6, 300));
    AssetId bad = withBars("BAD", PhaseWalks.withZeroBar(PhaseWalks.regimes(7, 300), 100));
    List<Integer> progress = new CopyOnWriteArrayList<>();

    BatchReport<PhaseRecomputeResult> report = phases.useCases.recompute().recompute(List.of(bad, AssetId.of(404), good, bad), Interval.D1,
        (done, total, last) -> progress.add(done * 100 + total));

    assertThat(report.assets()).extracting(AssetResult::asset).containsExactly(bad, AssetId.of(404), good);
    assertThat(report.assets()).extracting(AssetResult::symbol).containsExactly("BAD", null, "GOOD");
    assertThat(report.succeeded()).isOne();
    assertThat(report.assets().get(0).outcome().getLeft()).isInstanceOf(Failure.InvalidInput.class);
    assertThat(report.assets().get(0).outcome().getLeft().message()).contains("BAD", "1d");
    assertThat(report.assets().get(1).outcome().getLeft()).isEqualTo(new Failure.NotFound("asset", "404"));
    assertThat(report.assets().get(2).outcome().get().state()).isPresent();
    assertThat(progress).containsExactlyInAnyOrder(103, 203, 303);
    assertThat(phases.store.current(bad, Interval.D1)).isEmpty();
  }

  @Test
  void a_classifier_that_throws_fails_that_asset_with_a_message_naming_it() {
    AssetId fine = withBars("FINE", PhaseWalks.regimes(8, 200));
    AssetId broken = withBars("BROKEN", PhaseWalks.regimes(9, 200));
    PhaseClassifier standard = TitForTatClassifier.standard();
    PhaseClassifier picky = inputs -> {
      if (inputs.history().asset().equals(broken)) throw new IllegalStateException("cannot classify this one");
      return standard.classify(inputs);
    };
    RecomputePhasesService service = new RecomputePhasesService(market.assets, market.candles, phases.sentiment,
        phases.store, phases.store, market.tx, CLOCK, SnapshotEngine.standard(), picky, SentimentWeights.defaults(),
        new AssetBatch(2, System::nanoTime),
        UUID::randomUUID);

    BatchReport<PhaseRecomputeResult> report = service.recompute(List.of(fine, broken), Interval.D1, (done, total, last) -> { });

    assertThat(report.assets().get(0).outcome().isRight()).isTrue();
    Failure failure = report.assets().get(1).outcome().getLeft();
    assertThat(failure).isInstanceOf(Failure.Unavailable.class);
    assertThat(failure.message()).contains("BROKEN (asset " + broken + ")", "cannot classify this one");
  }

  @Test
  void the_universe_is_every_active_asset_analysed_in_id_order() {
    AssetId b = withBars("UB", PhaseWalks.regimes(10, 250));
    AssetId a = withBars("UA", PhaseWalks.regimes(11, 250));
    AssetId retired = withBars("UR", PhaseWalks.regimes(12, 250));
    AssetProfile profile = AssetProfile.of("UR", "UR", AssetType.STOCK);
    market.useCases.updateAsset().update(new UpdateAssetCommand(retired, new AssetProfile(profile.symbol(), profile.name(), profile.type(),
        null, null, null, null, null, null, null, null, false, true, null))).get();

    BatchReport<PhaseRecomputeResult> report = phases.useCases.recompute().recomputeAll(Interval.D1, (done, total, last) -> { });

    assertThat(report.assets()).extracting(AssetResult::asset).containsExactly(b, a);
    assertThat(report.failed()).isZero();
    assertThat(report.sum(PhaseRecomputeResult::transitionsWritten)).isPositive();
    assertThat(phases.store.current(List.of(a, b, retired), Interval.D1)).containsOnlyKeys(a, b);
  }
}
