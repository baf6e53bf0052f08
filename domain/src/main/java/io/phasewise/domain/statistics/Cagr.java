package io.phasewise.domain.statistics;

/**
 * Compound annual growth rate (ANALYTICS.md section 3): over calendar time (E_end / E_start)^(365.25 /
 * days) − 1; derived from periods instead, (Π(1 + r_i))^(P / N) − 1, a form a report must name as such.
 */
public final class Cagr {

  /** Mean days of a calendar year, counting leap years. */
  public static final double DAYS_PER_YEAR = 365.25;

  private Cagr() {}

  /** (end / start)^(365.25 / days) − 1 for two positive values {@code days} calendar days apart (days &gt; 0). */
  public static double overCalendarDays(double start, double end, long days) {
    if (!(start > 0) || !(end >= 0) || days <= 0) {
      throw new IllegalArgumentException("CAGR needs a positive start, a non-negative end and days > 0: " + start + ", " + end + ", " + days);
    }
    return Math.pow(end / start, DAYS_PER_YEAR / days) - 1;
  }

  /** (Π(1 + r_i))^(P / N) − 1: the growth rate implied by N per-period returns; NaN for no returns. */
  public static double fromPeriodReturns(double[] returns, double periodsPerYear) {
    Checks.periodsPerYear(periodsPerYear);
    if (Checks.series("returns", returns).length == 0) return Double.NaN;
    double logGrowth = 0;
    for (double r : returns) logGrowth += Math.log1p(r);
    return Math.expm1(logGrowth * periodsPerYear / returns.length);
  }
}
