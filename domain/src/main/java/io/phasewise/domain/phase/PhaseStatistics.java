package io.phasewise.domain.phase;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Figures of a sequence of phases, one per bar: changes per year, the spells (stays in one phase)
 * with their lengths, median stays and the share of bars in each phase. A spell is completed when a
 * change ends it; the last one never is.
 */
public final class PhaseStatistics {
  private static final double DAY_MILLIS = 86_400_000.0;
  private static final double YEAR_MILLIS = 365.25 * DAY_MILLIS;

  private final long[] openTimes;
  private final Phase[] phases;
  private final List<Spell> spells;

  /**
   * One stay in {@code phase} from bar {@code firstBar} up to, not including, {@code endBar}.
   *
   * @param completed whether a change of phase ended it (at {@code endBar})
   */
  public record Spell(Phase phase, int firstBar, int endBar, boolean completed) {
    public Spell {
      Objects.requireNonNull(phase, "phase");
      if (firstBar < 0 || endBar <= firstBar) throw new IllegalArgumentException("bars " + firstBar + ".." + endBar);
    }

    /** Number of bars in the spell. */
    public int bars() {
      return endBar - firstBar;
    }
  }

  private PhaseStatistics(long[] openTimes, Phase[] phases) {
    this.openTimes = openTimes;
    this.phases = phases;
    List<Spell> found = new ArrayList<>();
    for (int first = 0, i = 1; i <= phases.length; i++) {
      if (i == phases.length || phases[i] != phases[first]) {
        found.add(new Spell(phases[first], first, i, i < phases.length));
        first = i;
      }
    }
    this.spells = Collections.unmodifiableList(found);
  }

  /** The figures of a replay. */
  public static PhaseStatistics of(PhaseTimeline timeline) {
    int n = timeline.states().size();
    long[] openTimes = new long[n];
    Phase[] phases = new Phase[n];
    for (int i = 0; i < n; i++) {
      openTimes[i] = timeline.frame().openTimeMillis(i);
      phases[i] = timeline.phaseAt(i);
    }
    return new PhaseStatistics(openTimes, phases);
  }

  /** The figures of {@code phases[i]} held at the bar opening at {@code openTimeMillis[i]} (increasing). */
  public static PhaseStatistics of(long[] openTimeMillis, Phase[] phases) {
    if (openTimeMillis.length != phases.length) {
      throw new IllegalArgumentException(openTimeMillis.length + " open times but " + phases.length + " phases");
    }
    for (int i = 0; i < phases.length; i++) {
      Objects.requireNonNull(phases[i], "phase");
      if (i > 0 && openTimeMillis[i] <= openTimeMillis[i - 1]) {
        throw new IllegalArgumentException("open time " + i + " does not follow the one before");
      }
    }
    return new PhaseStatistics(openTimeMillis.clone(), phases.clone());
  }

  /** Every spell, in bar order; the last one is not completed. */
  public List<Spell> spells() {
    return spells;
  }

  /**
   * Changes of phase per calendar year (UTC) of the bar that decided them, for every year the bars
   * cover (zero included); the first phase is not a change.
   */
  public SortedMap<Integer, Integer> transitionsPerYear() {
    SortedMap<Integer, Integer> perYear = new TreeMap<>();
    if (phases.length == 0) return perYear;
    for (int y = year(0); y <= year(phases.length - 1); y++) perYear.put(y, 0);
    for (Spell spell : spells.subList(1, spells.size())) perYear.merge(year(spell.firstBar()), 1, Integer::sum);
    return perYear;
  }

  /** Changes of phase per year: their number over the calendar span of the bars in years of 365.25 days. */
  public double transitionsPerYearAverage() {
    if (phases.length < 2) return 0;
    return (spells.size() - 1) / ((openTimes[phases.length - 1] - openTimes[0]) / YEAR_MILLIS);
  }

  /** The completed spells in {@code phase}, each as its number of bars. */
  public int[] spellBars(Phase phase) {
    return completed(phase).mapToInt(Spell::bars).toArray();
  }

  /** The completed spells in {@code phase}, each in calendar days from the bar that entered it to the bar that left it. */
  public double[] spellDays(Phase phase) {
    return completed(phase).mapToDouble(s -> (openTimes[s.endBar()] - openTimes[s.firstBar()]) / DAY_MILLIS).toArray();
  }

  /** Median bars spent in {@code phase} over its completed spells; NaN if none was completed. */
  public double medianBarsIn(Phase phase) {
    return median(Arrays.stream(spellBars(phase)).asDoubleStream().toArray());
  }

  /** Median calendar days spent in {@code phase} over its completed spells; NaN if none was completed. */
  public double medianDaysIn(Phase phase) {
    return median(spellDays(phase));
  }

  /** Median bars of every completed spell, whatever its phase; NaN if none. */
  public double medianBarsInAnyPhase() {
    return median(spells.stream().filter(Spell::completed).mapToDouble(Spell::bars).toArray());
  }

  /** The share of all bars spent in {@code phase}; NaN without bars. */
  public double share(Phase phase) {
    return share(phase, 0, phases.length);
  }

  /** The share of bars {@code fromBar} up to, not including, {@code endBar} spent in {@code phase}; NaN if none. */
  public double share(Phase phase, int fromBar, int endBar) {
    Objects.checkFromToIndex(fromBar, endBar, phases.length);
    return (double) IntStream.range(fromBar, endBar).filter(i -> phases[i] == phase).count() / (endBar - fromBar);
  }

  /** The first bar in {@code [fromBar, endBar)} at which a spell in {@code phase} starts. */
  public OptionalInt firstEntry(Phase phase, int fromBar, int endBar) {
    return spells.stream().filter(s -> s.phase() == phase && s.firstBar() >= fromBar && s.firstBar() < endBar)
        .mapToInt(Spell::firstBar).findFirst();
  }

  /** The median (mean of the two middle values for an even count); NaN for no values. */
  public static double median(double[] values) {
    if (values.length == 0) return Double.NaN;
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int mid = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  }

  private Stream<Spell> completed(Phase phase) {
    return spells.stream().filter(s -> s.completed() && s.phase() == phase);
  }

  private int year(int bar) {
    return Instant.ofEpochMilli(openTimes[bar]).atOffset(ZoneOffset.UTC).getYear();
  }
}
