package io.phasewise.domain.phase;

import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.CandleSeries;
import io.phasewise.domain.market.TradingCalendar;
import io.phasewise.domain.snapshot.SnapshotEngine;
import io.phasewise.domain.snapshot.SnapshotFrame;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A replay of the phases of one asset, bar by bar, using only what was known at each bar: the
 * snapshot frame is built once (it is causal per bar), and bar i is classified from the view of bars
 * ≤ i, the sentiment known at its end time and the state decided at bar i − 1. Appending later bars
 * therefore never changes an earlier state or transition.
 */
public final class PhaseTimeline {

  private final SnapshotFrame frame;
  private final List<PhaseState> states;
  private final List<PhaseTransition> transitions;
  private final int[] transitionBars;

  private PhaseTimeline(SnapshotFrame frame, List<PhaseState> states, List<PhaseTransition> transitions,
      int[] transitionBars) {
    this.frame = frame;
    this.states = Collections.unmodifiableList(states);
    this.transitions = Collections.unmodifiableList(transitions);
    this.transitionBars = transitionBars;
  }

  /** The replay of {@code series} with the standard snapshot engine and no sentiment. */
  public static PhaseTimeline replay(AssetId asset, CandleSeries series, TradingCalendar calendar,
      PhaseClassifier classifier) {
    return replay(SnapshotEngine.standard().compute(asset, series, calendar), classifier, t -> SentimentInput.NONE);
  }

  /**
   * The replay of every bar of {@code frame}; {@code sentimentAsOf} gives the sentiment known at a bar's
   * end time (it must read nothing observed later).
   */
  public static PhaseTimeline replay(SnapshotFrame frame, PhaseClassifier classifier,
      Function<Instant, SentimentInput> sentimentAsOf) {
    Objects.requireNonNull(classifier, "classifier");
    Objects.requireNonNull(sentimentAsOf, "sentimentAsOf");
    List<PhaseState> states = new ArrayList<>(frame.size());
    List<PhaseTransition> transitions = new ArrayList<>();
    int[] bars = new int[8];
    PhaseState previous = null;
    for (int i = 0; i < frame.size(); i++) {
      SnapshotHistory history = SnapshotHistory.of(frame, i);
      PhaseState state = classifier.classify(new PhaseInputs(history, sentimentAsOf.apply(history.asOf()), previous));
      states.add(state);
      PhaseTransition transition = PhaseTransition.between(previous, state);
      if (transition != null) {
        if (transitions.size() == bars.length) bars = Arrays.copyOf(bars, bars.length * 2);
        bars[transitions.size()] = i;
        transitions.add(transition);
      }
      previous = state;
    }
    return new PhaseTimeline(frame, states, transitions, Arrays.copyOf(bars, transitions.size()));
  }

  public SnapshotFrame frame() {
    return frame;
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
    return states.get(i).phase();
  }

  /**
   * Changes of phase per calendar year (UTC) of the bar that decided them, for every year the
   * timeline covers (zero included); the first phase (from null) is not a change.
   */
  public SortedMap<Integer, Integer> transitionsPerYear() {
    SortedMap<Integer, Integer> perYear = new TreeMap<>();
    if (states.isEmpty()) return perYear;
    int first = year(frame.barTime(0));
    int last = year(frame.barTime(frame.size() - 1));
    for (int y = first; y <= last; y++) perYear.put(y, 0);
    for (int k = 0; k < transitions.size(); k++) {
      if (transitions.get(k).from() != null) perYear.merge(year(frame.barTime(transitionBars[k])), 1, Integer::sum);
    }
    return perYear;
  }

  /** Changes of phase per year: their number over the calendar span of the timeline in years of 365.25 days. */
  public double transitionsPerYearAverage() {
    if (states.size() < 2) return 0;
    long changes = transitions.stream().filter(t -> t.from() != null).count();
    double years = Duration.between(frame.barTime(0), frame.barTime(frame.size() - 1)).toMillis() / (365.25 * 86_400_000.0);
    return changes / years;
  }

  /** The completed stays in {@code phase} (ended by a change), each as its number of bars. */
  public int[] spellBars(Phase phase) {
    List<Integer> spells = new ArrayList<>();
    forEachCompletedSpell(phase, (start, end) -> spells.add(end - start));
    return spells.stream().mapToInt(Integer::intValue).toArray();
  }

  /** The completed stays in {@code phase}, each in calendar days from the bar that entered it to the bar that left it. */
  public double[] spellDays(Phase phase) {
    List<Double> spells = new ArrayList<>();
    forEachCompletedSpell(phase, (start, end) -> spells.add(
        (frame.openTimeMillis(end) - frame.openTimeMillis(start)) / 86_400_000.0));
    return spells.stream().mapToDouble(Double::doubleValue).toArray();
  }

  /** Median bars spent in {@code phase} over its completed stays; NaN if none was completed. */
  public double medianBarsIn(Phase phase) {
    return median(Arrays.stream(spellBars(phase)).asDoubleStream().toArray());
  }

  /** Median calendar days spent in {@code phase} over its completed stays; NaN if none was completed. */
  public double medianDaysIn(Phase phase) {
    return median(spellDays(phase));
  }

  /** Median bars of every completed stay, whatever its phase; NaN if none. */
  public double medianBarsInAnyPhase() {
    List<Double> all = new ArrayList<>();
    for (Phase p : Phase.values()) for (int b : spellBars(p)) all.add((double) b);
    return median(all.stream().mapToDouble(Double::doubleValue).toArray());
  }

  private interface SpellVisitor {
    void visit(int startBar, int endBar);
  }

  private void forEachCompletedSpell(Phase phase, SpellVisitor visitor) {
    for (int k = 0; k + 1 < transitions.size(); k++) {
      if (transitions.get(k).to() == phase) visitor.visit(transitionBars[k], transitionBars[k + 1]);
    }
  }

  /** The median (mean of the two middle values for an even count); NaN for no values. */
  static double median(double[] values) {
    if (values.length == 0) return Double.NaN;
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int mid = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  }

  private static int year(Instant t) {
    return t.atOffset(ZoneOffset.UTC).getYear();
  }
}
