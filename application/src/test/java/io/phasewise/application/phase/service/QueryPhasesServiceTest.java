package io.phasewise.application.phase.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasewise.application.market.port.in.RegisterAssetCommand;
import io.phasewise.application.phase.port.in.CurrentPhases;
import io.phasewise.application.phase.port.in.PhaseHistory;
import io.phasewise.application.phase.port.in.PhaseTimelineQuery;
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
import io.phasewise.domain.phase.PhaseState;
import io.phasewise.domain.phase.PhaseTransition;
import io.phasewise.domain.phase.Rationale;
import io.phasewise.domain.shared.Failure;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class QueryPhasesServiceTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2030-01-01T00:00:00Z"), ZoneOffset.UTC);
  private static final long DAY = 86_400L;
  private final InMemoryMarket market = new InMemoryMarket(CLOCK);
  private final InMemoryPhases phases = market.phases;

  private AssetId computed(String symbol, long seed, int bars) {
    AssetId asset = market.useCases.registerAsset().register(new RegisterAssetCommand(AssetProfile.of(symbol, symbol, AssetType.STOCK))).get().id();
    market.candles.saveAll(asset, Interval.D1, PhaseWalks.regimes(seed, bars));
    phases.useCases.recompute().recompute(asset, Interval.D1).get();
    return asset;
  }

  private AssetId uncomputed(String symbol) {
    return market.useCases.registerAsset().register(new RegisterAssetCommand(AssetProfile.of(symbol, symbol, AssetType.STOCK))).get().id();
  }

  @Test
  void the_current_phase_carries_the_reasons_and_the_one_line_summary_of_a_tooltip() {
    AssetId asset = computed("TIP", 21, 600);

    PhaseState state = phases.useCases.query().current(asset, Interval.D1).get();

    Rationale rationale = state.rationale();
    assertThat(rationale.summary()).startsWith(state.phase().code()).contains("confidence");
    assertThat(rationale.reasons()).isNotEmpty().allSatisfy(r -> assertThat(r.text()).isNotBlank());
    assertThat(rationale.reasons()).extracting(r -> r.key()).contains("close_vs_sma50", "rsi_14");
    assertThat(state.confidence()).isBetween(0.0, 1.0);
  }

  @Test
  void an_unknown_asset_and_an_asset_never_computed_are_told_apart() {
    AssetId fresh = uncomputed("NEW");

    assertThat(phases.useCases.query().current(AssetId.of(999), Interval.D1).getLeft()).isEqualTo(new Failure.NotFound("asset", "999"));
    Failure notComputed = phases.useCases.query().current(fresh, Interval.D1).getLeft();
    assertThat(notComputed).isInstanceOf(Failure.NotFound.class);
    assertThat(((Failure.NotFound) notComputed).kind()).isEqualTo("phase");
    assertThat(notComputed.message()).contains("NEW", "1d", "not computed yet");
    assertThat(phases.useCases.query().timeline(new PhaseTimelineQuery(fresh, Interval.D1, TimeBounds.BEGINNING, TimeBounds.END)).getLeft()).isEqualTo(notComputed);
  }

  @Test
  void many_current_phases_come_in_request_order_with_the_assets_without_one_apart() {
    AssetId a = computed("CA", 22, 300);
    AssetId b = computed("CB", 23, 300);
    AssetId none = uncomputed("CN");

    CurrentPhases current = phases.useCases.query().current(List.of(b, none, a, b), Interval.D1).get();

    assertThat(current.phases()).extracting(PhaseState::asset).containsExactly(b, a);
    assertThat(current.withoutPhase()).containsExactly(none);
    Failure unknown = phases.useCases.query().current(List.of(a, AssetId.of(77), AssetId.of(78)), Interval.D1).getLeft();
    assertThat(unknown).isInstanceOf(Failure.InvalidInput.class);
    assertThat(unknown.message()).contains("77, 78");
    assertThat(phases.useCases.query().current(List.of(a), Interval.W1).get().withoutPhase()).containsExactly(a);
  }

  @Test
  void the_timeline_has_the_transitions_the_spans_and_the_prices_of_the_range() {
    AssetId asset = computed("LINE", 24, 1_500);
    List<PhaseTransition> all = phases.store.transitions(asset, Interval.D1, TimeBounds.BEGINNING, TimeBounds.END);
    assertThat(all.size()).isGreaterThan(4);
    PhaseTransition second = all.get(1);
    PhaseTransition fourth = all.get(3);
    Instant from = second.changedAt().minusSeconds(5 * DAY);
    Instant to = fourth.changedAt().plusSeconds(DAY);

    PhaseHistory history = phases.useCases.query().timeline(new PhaseTimelineQuery(asset, Interval.D1, from, to)).get();

    assertThat(history.transitions()).containsExactly(second, all.get(2), fourth);
    assertThat(history.spans()).containsExactly(
        new PhaseHistory.Span(all.get(0).to(), from, second.changedAt()),
        new PhaseHistory.Span(second.to(), second.changedAt(), all.get(2).changedAt()),
        new PhaseHistory.Span(all.get(2).to(), all.get(2).changedAt(), fourth.changedAt()),
        new PhaseHistory.Span(fourth.to(), fourth.changedAt(), to));
    List<Candle> bars = market.candles.load(asset, Interval.D1, from, to, null, 0, 10_000);
    assertThat(history.prices()).hasSize(bars.size());
    assertThat(history.prices().get(0)).isEqualTo(new PhaseHistory.Price(bars.get(0).time(), bars.get(0).close().doubleValue()));
    assertThat(history.current()).isEqualTo(phases.useCases.query().current(asset, Interval.D1).get());
  }

  @Test
  void the_last_span_ends_where_the_phase_is_known_and_a_bad_range_is_invalid() {
    AssetId asset = computed("END", 25, 400);
    PhaseState state = phases.useCases.query().current(asset, Interval.D1).get();

    PhaseHistory history = phases.useCases.query().timeline(new PhaseTimelineQuery(asset, Interval.D1, state.since(), TimeBounds.END)).get();

    assertThat(history.spans()).containsExactly(new PhaseHistory.Span(state.phase(), state.since(), state.asOf()));
    Failure backwards = phases.useCases.query().timeline(new PhaseTimelineQuery(asset, Interval.D1, state.asOf(), state.since())).getLeft();
    assertThat(backwards).isInstanceOf(Failure.InvalidInput.class);
    assertThat(backwards.message()).startsWith("to:");
  }

  @Test
  void spans_clip_each_stay_to_the_range() {
    AssetId a = AssetId.of(1);
    Instant t0 = Instant.parse("2020-01-01T00:00:00Z");
    List<PhaseTransition> transitions = List.of(
        new PhaseTransition(a, null, Phase.COOP, 0.5, new Rationale(List.of(), "c"), t0),
        new PhaseTransition(a, Phase.COOP, Phase.DEFECT, 0.5, new Rationale(List.of(), "d"), t0.plusSeconds(10 * DAY)));

    assertThat(QueryPhasesService.spans(transitions, t0.plusSeconds(DAY), t0.plusSeconds(5 * DAY)))
        .containsExactly(new PhaseHistory.Span(Phase.COOP, t0.plusSeconds(DAY), t0.plusSeconds(5 * DAY)));
    assertThat(QueryPhasesService.spans(transitions, t0.plusSeconds(11 * DAY), t0.plusSeconds(12 * DAY)))
        .containsExactly(new PhaseHistory.Span(Phase.DEFECT, t0.plusSeconds(11 * DAY), t0.plusSeconds(12 * DAY)));
    assertThat(QueryPhasesService.spans(transitions, t0.minusSeconds(5 * DAY), t0)).isEmpty();
  }
}
