package io.phasewise.domain.research;

/**
 * A difference of two group means (hostile minus favourable) with its bootstrap 95% confidence interval.
 *
 * @param estimate the difference on the sample; NaN if a group is empty
 * @param low the 2.5% quantile of the resampled differences; NaN if none could be drawn
 * @param high the 97.5% quantile of the resampled differences; NaN if none could be drawn
 * @param hostileBars bars in the hostile group (DEFECT)
 * @param favourableBars bars in the favourable group (COOP)
 */
public record Difference(double estimate, double low, double high, int hostileBars, int favourableBars) {

  /** Which way a difference points for a holder, if the interval excludes 0. */
  public enum Verdict {
    /** the hostile phase was followed by significantly worse outcomes */
    WORSE,
    /** significantly better: the hostile phase got it backwards */
    BETTER,
    /** the interval includes 0 (or could not be drawn) */
    NONE
  }

  public Difference {
    if (hostileBars < 0 || favourableBars < 0) throw new IllegalArgumentException("negative group size");
    if (low > high) throw new IllegalArgumentException("interval " + low + ".." + high + " is reversed");
  }

  /** Whether the interval excludes 0. */
  public boolean significant() {
    return low > 0 || high < 0;
  }

  /** The holder's reading of the difference in {@code outcome}. */
  public Verdict verdict(Outcome outcome) {
    if (!significant()) return Verdict.NONE;
    return (low > 0) == outcome.higherIsWorse() ? Verdict.WORSE : Verdict.BETTER;
  }
}
