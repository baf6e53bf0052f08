package io.phasewise.domain.research;

import io.phasewise.domain.phase.Phase;
import io.phasewise.domain.phase.PhaseStatistics;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * How late a classifier turns DEFECT in a real fall: for every peak-to-trough drawdown of a close series
 * deeper than a threshold (a peak is a running high; its drawdown lasts until the close regains it or the
 * series ends, its trough is the lowest close in between), the first bar after the peak, up to the trough,
 * decided DEFECT, in bars from the peak and as the fall from the peak's close to that bar's close.
 */
public final class ReactionLag {
  /** Depth a drawdown must exceed to be counted when none is given: 15%. */
  public static final double DEFAULT_DEPTH = 0.15;

  /**
   * One drawdown and the classifier's reaction to it.
   *
   * @param peak bar of the running high
   * @param trough bar of the lowest close before the high was regained
   * @param depth close[trough] / close[peak] − 1
   * @param firstDefect the first bar in (peak, trough] decided DEFECT, empty if none ("never")
   * @param fallAtDefect close[firstDefect] / close[peak] − 1; NaN for never
   */
  public record Episode(int peak, int trough, double depth, OptionalInt firstDefect, double fallAtDefect) {
    /** Bars from the peak to the first DEFECT; empty for never. */
    public OptionalInt lagBars() {
      return firstDefect.isPresent() ? OptionalInt.of(firstDefect.getAsInt() - peak) : OptionalInt.empty();
    }
  }

  private ReactionLag() {}

  /** The drawdowns of {@code closes} deeper than {@code depth} (0.15 for 15%) with the reaction of {@code phases}. */
  public static List<Episode> episodes(double[] closes, Phase[] phases, double depth) {
    if (closes.length != phases.length) throw new IllegalArgumentException(phases.length + " phases for " + closes.length + " closes");
    List<Episode> found = new ArrayList<>();
    int peak = 0;
    int trough = 0;
    for (int t = 1; t <= closes.length; t++) {
      if (t == closes.length || closes[t] >= closes[peak]) {
        if (closes[trough] / closes[peak] - 1 < -depth) found.add(episode(closes, phases, peak, trough));
        if (t < closes.length) {
          peak = t;
          trough = t;
        }
      } else if (closes[t] < closes[trough]) {
        trough = t;
      }
    }
    return found;
  }

  private static Episode episode(double[] closes, Phase[] phases, int peak, int trough) {
    for (int t = peak + 1; t <= trough; t++) {
      if (phases[t] == Phase.DEFECT) {
        return new Episode(peak, trough, closes[trough] / closes[peak] - 1, OptionalInt.of(t), closes[t] / closes[peak] - 1);
      }
    }
    return new Episode(peak, trough, closes[trough] / closes[peak] - 1, OptionalInt.empty(), Double.NaN);
  }

  /**
   * The median lag in bars over {@code episodes}, a "never" counting as longer than any lag; empty when
   * there are none or when the median falls on a never.
   */
  public static OptionalDouble medianLagBars(List<Episode> episodes) {
    double median = PhaseStatistics.median(episodes.stream()
        .mapToDouble(e -> e.lagBars().isPresent() ? e.lagBars().getAsInt() : Double.POSITIVE_INFINITY).toArray());
    return Double.isNaN(median) || Double.isInfinite(median) ? OptionalDouble.empty() : OptionalDouble.of(median);
  }

  /** The median fall from the peak at the first DEFECT, over the episodes that had one; NaN if none did. */
  public static double medianFallAtDefect(List<Episode> episodes) {
    return PhaseStatistics.median(episodes.stream().filter(e -> e.firstDefect().isPresent()).mapToDouble(Episode::fallAtDefect).toArray());
  }
}
