package io.phasewise.application.phase.port.out;

import static io.phasewise.application.testing.PhaseSamples.day;
import static io.phasewise.application.testing.PhaseSamples.event;
import static io.phasewise.application.testing.PhaseSamples.state;
import static io.phasewise.application.testing.PhaseSamples.transition;
import static org.assertj.core.api.Assertions.assertThat;

import io.phasewise.application.shared.TimeBounds;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.Interval;
import io.phasewise.domain.phase.Phase;
import io.phasewise.domain.phase.PhaseEvent;
import io.phasewise.domain.phase.PhaseState;
import io.phasewise.domain.phase.PhaseTransition;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Contract every implementation of the phase ports passes (fake and database); each test starts from an empty store. */
public abstract class PhasePortsContract {
  private static final Instant RECORDED = Instant.parse("2030-01-01T00:00:00Z");

  protected abstract SavePhasesPort save();

  protected abstract LoadPhasesPort load();

  /** Registers a fresh asset the phases can belong to. */
  protected abstract AssetId newAsset(String symbol);

  /** The outbox events of an asset on an interval as stored, by transition time. */
  protected abstract List<PhaseEvent> outbox(AssetId asset, Interval interval);

  private List<PhaseTransition> all(AssetId asset, Interval interval) {
    return load().transitions(asset, interval, TimeBounds.BEGINNING, TimeBounds.END);
  }

  private int record(AssetId asset, PhaseState state, Optional<Instant> replaceFrom, List<PhaseTransition> transitions,
      List<PhaseEvent> events) {
    return save().record(new PhaseRecording(asset, Interval.D1, state, replaceFrom, transitions, events, RECORDED));
  }

  @Test
  void a_recorded_state_reads_back_equal_and_the_next_one_replaces_it() {
    AssetId a = newAsset("PS");
    PhaseState first = state(a, Phase.COOP, 0.73, 0, 10);
    PhaseState second = state(a, Phase.COOP, 0.61, 0, 11);

    assertThat(save().record(PhaseRecording.stateOnly(a, Interval.D1, first, RECORDED))).isZero();
    assertThat(load().current(a, Interval.D1)).contains(first);
    save().record(PhaseRecording.stateOnly(a, Interval.D1, second, RECORDED));

    assertThat(load().current(a, Interval.D1)).contains(second);
    assertThat(load().current(a, Interval.W1)).isEmpty();
    assertThat(all(a, Interval.D1)).isEmpty();
  }

  @Test
  void reasons_signals_and_texts_with_awkward_values_round_trip() {
    AssetId a = newAsset("AWK");
    PhaseState state = state(a, Phase.DEFECT, 1.0, 3, 3);
    PhaseTransition first = transition(a, null, Phase.DEFECT, 3);
    record(a, state, Optional.of(first.changedAt()), List.of(first), List.of());

    PhaseState read = load().current(a, Interval.D1).orElseThrow();
    assertThat(read).isEqualTo(state);
    assertThat(read.signals().get("minus_zero")).isEqualTo(-0.0);
    assertThat(read.rationale().reasons()).extracting(r -> r.key()).containsExactly("close_vs_sma50", "tiny", "nan", "huge");
    assertThat(all(a, Interval.D1)).containsExactly(first);
    assertThat(all(a, Interval.D1).get(0).from()).isNull();
  }

  @Test
  void current_of_many_assets_reads_those_that_have_a_state() {
    AssetId a = newAsset("MA");
    AssetId b = newAsset("MB");
    AssetId none = newAsset("MC");
    PhaseState sa = state(a, Phase.COOP, 0.5, 0, 20);
    PhaseState sb = state(b, Phase.FORGIVE, 0.4, 15, 20);
    save().record(PhaseRecording.stateOnly(a, Interval.D1, sa, RECORDED));
    save().record(PhaseRecording.stateOnly(b, Interval.D1, sb, RECORDED));
    save().record(PhaseRecording.stateOnly(b, Interval.W1, state(b, Phase.DEFECT, 0.9, 14, 14), RECORDED));

    Map<AssetId, PhaseState> current = load().current(List.of(none, b, a), Interval.D1);
    assertThat(current).containsOnlyKeys(a, b);
    assertThat(current.get(a)).isEqualTo(sa);
    assertThat(current.get(b)).isEqualTo(sb);
    assertThat(load().current(List.of(), Interval.D1)).isEmpty();
    assertThat(load().current(List.of(a, b), Interval.W1)).containsOnlyKeys(b);
  }

  @Test
  void transitions_read_back_oldest_first_within_an_inclusive_range() {
    AssetId a = newAsset("TR");
    List<PhaseTransition> history = List.of(transition(a, null, Phase.COOP, 0), transition(a, Phase.COOP, Phase.DEFECT, 30),
        transition(a, Phase.DEFECT, Phase.FORGIVE, 50), transition(a, Phase.FORGIVE, Phase.COOP, 70));
    record(a, state(a, Phase.COOP, 0.8, 70, 90), Optional.of(day(0)), history, List.of());

    assertThat(all(a, Interval.D1)).containsExactlyElementsOf(history);
    assertThat(load().transitions(a, Interval.D1, day(30), day(50))).containsExactly(history.get(1), history.get(2));
    assertThat(load().transitions(a, Interval.D1, day(31), day(69))).containsExactly(history.get(2));
    assertThat(load().transitions(a, Interval.D1, day(71), day(90))).isEmpty();
    assertThat(all(a, Interval.H1)).isEmpty();
  }

  @Test
  void replacing_from_a_time_deletes_the_later_transitions_and_inserts_the_new_ones() {
    AssetId a = newAsset("RP");
    AssetId other = newAsset("RO");
    PhaseTransition coop = transition(a, null, Phase.COOP, 0);
    PhaseTransition defect = transition(a, Phase.COOP, Phase.DEFECT, 30);
    PhaseTransition forgive = transition(a, Phase.DEFECT, Phase.FORGIVE, 50);
    record(a, state(a, Phase.FORGIVE, 0.5, 50, 60), Optional.of(day(0)), List.of(coop, defect, forgive), List.of());
    PhaseTransition otherFirst = transition(other, null, Phase.DEFECT, 31);
    record(other, state(other, Phase.DEFECT, 0.5, 31, 60), Optional.of(day(31)), List.of(otherFirst), List.of());

    PhaseTransition laterDefect = transition(a, Phase.COOP, Phase.DEFECT, 33);
    PhaseTransition recovered = transition(a, Phase.DEFECT, Phase.FORGIVE, 58);
    record(a, state(a, Phase.FORGIVE, 0.6, 58, 61), Optional.of(day(30)), List.of(laterDefect, recovered), List.of());

    assertThat(all(a, Interval.D1)).containsExactly(coop, laterDefect, recovered);
    assertThat(all(other, Interval.D1)).containsExactly(otherFirst);

    record(a, state(a, Phase.COOP, 0.6, 0, 62), Optional.of(day(30)), List.of(), List.of());
    assertThat(all(a, Interval.D1)).containsExactly(coop);
  }

  @Test
  void events_go_to_the_outbox_once_per_transition_time() {
    AssetId a = newAsset("EV");
    PhaseTransition coop = transition(a, null, Phase.COOP, 0);
    PhaseTransition defect = transition(a, Phase.COOP, Phase.DEFECT, 40);
    record(a, state(a, Phase.COOP, 0.7, 0, 39), Optional.of(day(0)), List.of(coop), List.of());
    PhaseEvent news = event(defect, "EV", Interval.D1, RECORDED);

    assertThat(record(a, state(a, Phase.DEFECT, 0.9, 40, 40), Optional.of(day(40)), List.of(defect), List.of(news))).isOne();
    assertThat(outbox(a, Interval.D1)).containsExactly(news);

    PhaseEvent again = event(defect, "EV", Interval.D1, RECORDED.plusSeconds(60));
    assertThat(record(a, state(a, Phase.DEFECT, 0.9, 40, 41), Optional.of(day(40)), List.of(defect), List.of(again))).isZero();
    assertThat(outbox(a, Interval.D1)).containsExactly(news);
    assertThat(outbox(a, Interval.W1)).isEmpty();
    assertThat(all(a, Interval.D1)).containsExactly(coop, defect);
  }
}
