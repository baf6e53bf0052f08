package io.phasewise.domain.phase;

import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.CandleSeries;
import io.phasewise.domain.market.TradingCalendar;
import io.phasewise.domain.snapshot.SnapshotEngine;
import io.phasewise.domain.snapshot.SnapshotFrame;
import java.time.Instant;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * A replay of the phases of one asset, bar by bar, using only what was known at each bar: the
 * snapshot frame is built once (it is causal per bar), and bar i is classified from the view of bars
 * ≤ i, the sentiment known at its end time and the state decided at bar i − 1. Appending later bars
 * therefore never changes an earlier state or transition.
 */
public final class PhaseTimeline {

  private static final Rationale NOT_READ = new Rationale(List.of(), "");

  private final PhaseFrame input;
  private final PhaseClassifier classifier;
  private final Phase[] phases;
  private final int[] barsInPhase;
  private final int[] sinceBar;
  /** States built so far (all of them for a classifier that classifies bar after bar); see {@link #states}. */
  private final PhaseState[] built;
  private final List<PhaseState> states;
  private final List<PhaseTransition> transitions;
  private final int[] transitionBars;

  private PhaseTimeline(PhaseFrame input, PhaseClassifier classifier, PhaseDecisions decided) {
    int n = input.size();
    if (decided.size() != n) throw new IllegalStateException("the classifier decided " + decided.size() + " of " + n + " bars");
    this.input = input;
    this.classifier = classifier;
    this.phases = new Phase[n];
    this.barsInPhase = new int[n];
    this.sinceBar = new int[n];
    this.built = new PhaseState[n];
    for (int i = 0; i < n; i++) {
      phases[i] = decided.phase(i);
      built[i] = decided.state(i).orElse(null);
      boolean stays = i > 0 && phases[i] == phases[i - 1];
      barsInPhase[i] = stays ? barsInPhase[i - 1] + 1 : 1;
      sinceBar[i] = stays ? sinceBar[i - 1] : i;
    }
    this.states = new States();
    this.transitionBars = IntStream.range(0, phases.length).filter(i -> i == 0 || phases[i] != phases[i - 1]).toArray();
    List<PhaseTransition> transitions = new ArrayList<>(transitionBars.length);
    for (int i : transitionBars) transitions.add(PhaseTransition.into(i == 0 ? null : phases[i - 1], stateAt(i)));
    this.transitions = Collections.unmodifiableList(transitions);
  }

  /** The replay of {@code series} with the standard snapshot engine and no sentiment. */
  public static PhaseTimeline replay(AssetId asset, CandleSeries series, TradingCalendar calendar,
      PhaseClassifier classifier) {
    return replay(SnapshotEngine.standard().compute(asset, series, calendar), classifier, t -> SentimentInput.NONE);
  }

  /**
   * The replay of every bar of {@code frame}; {@code sentimentAsOf} gives the sentiment known at a bar's
   * end time (it must read nothing observed later).
   *
   * <p>The classifier decides all bars in one {@link PhaseClassifier#classifyAll} call; states it did not
   * build (a numeric fast path builds none) are built for the transitions and on demand by
   * {@link #states}, and are the same as classifying bar after bar.
   */
  public static PhaseTimeline replay(SnapshotFrame frame, PhaseClassifier classifier,
      Function<Instant, SentimentInput> sentimentAsOf) {
    Objects.requireNonNull(classifier, "classifier");
    PhaseFrame input = PhaseFrame.of(frame, sentimentAsOf);
    return new PhaseTimeline(input, classifier, classifier.classifyAll(input));
  }

  /**
   * The state at bar {@code i}: the classifier's state for that bar given the state of the bar before
   * (of which it reads the phase, its start and its bars only). Built once; a race builds equal states.
   */
  private PhaseState stateAt(int i) {
    PhaseState state = built[i];
    if (state != null) return state;
    SnapshotFrame frame = input.snapshots();
    PhaseState previous = i == 0 ? null : new PhaseState(frame.asset(), phases[i - 1], 0, NOT_READ, Map.of(),
        frame.endTime(i - 1), frame.endTime(sinceBar[i - 1]), barsInPhase[i - 1]);
    state = classifier.classify(input.inputs(i, previous));
    if (state.phase() != phases[i] || state.barsInPhase() != barsInPhase[i]) {
      throw new IllegalStateException("replay of bar " + i + " decided " + phases[i] + " (" + barsInPhase[i]
          + " bars), the classifier " + state.phase() + " (" + state.barsInPhase() + " bars)");
    }
    built[i] = state;
    return state;
  }

  /** The states by bar, each built on first read. */
  private final class States extends AbstractList<PhaseState> implements RandomAccess {
    @Override
    public PhaseState get(int i) {
      Objects.checkIndex(i, phases.length);
      return stateAt(i);
    }

    @Override
    public int size() {
      return phases.length;
    }
  }

  public SnapshotFrame frame() {
    return input.snapshots();
  }

  /** The state at every bar, in bar order. */
  public List<PhaseState> states() {
    return states;
  }

  /** Every change of phase, the first phase (from null) included, in time order. */
  public List<PhaseTransition> transitions() {
    return transitions;
  }

  /** The bar index of transition {@code k}. */
  public int transitionBar(int k) {
    return transitionBars[k];
  }

  /** The phase at bar {@code i}. */
  public Phase phaseAt(int i) {
    Objects.checkIndex(i, phases.length);
    return phases[i];
  }
}
