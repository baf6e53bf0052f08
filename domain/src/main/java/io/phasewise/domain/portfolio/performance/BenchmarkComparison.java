package io.phasewise.domain.portfolio.performance;

import io.phasewise.domain.statistics.ActiveReturn;
import io.phasewise.domain.statistics.Beta;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A portfolio's TWR index against a benchmark's closes, aligned first on the points where the benchmark
 * has a close (ANALYTICS.md section 4), then returns taken between consecutive common points:
 * benchmark return = B_last / B_first − 1, portfolio return over the same span = I_last / I_first − 1,
 * excess = their difference, beta = cov(r, b) / var(b), tracking error = sd(r − b) × √P (sample).
 *
 * @param from the first common point's day
 * @param to the last common point's day
 * @param commonPoints how many points both series have
 */
public record BenchmarkComparison(
    LocalDate from, LocalDate to, int commonPoints, double portfolioReturn, double benchmarkReturn, double excessReturn, double beta,
    double trackingError) {

  /**
   * The comparison of {@code twr} with {@code benchmarkCloses}, one close per point of the index (point 0
   * the opening day), NaN (or not positive) where the benchmark has none; empty with fewer than two common points.
   */
  public static Optional<BenchmarkComparison> of(TwrIndex twr, double[] benchmarkCloses, double periodsPerYear) {
    double[] index = twr.index();
    if (benchmarkCloses.length != index.length) {
      throw new IllegalArgumentException("the benchmark needs one close per point of the index: " + index.length + ", not " + benchmarkCloses.length);
    }
    int[] common = new int[index.length];
    int count = 0;
    for (int t = 0; t < index.length; t++) {
      if (benchmarkCloses[t] > 0 && Double.isFinite(benchmarkCloses[t])) common[count++] = t;
    }
    if (count < 2) return Optional.empty();
    double[] portfolio = new double[count - 1];
    double[] benchmark = new double[count - 1];
    for (int k = 1; k < count; k++) {
      portfolio[k - 1] = index[common[k]] / index[common[k - 1]] - 1;
      benchmark[k - 1] = benchmarkCloses[common[k]] / benchmarkCloses[common[k - 1]] - 1;
    }
    int first = common[0];
    int last = common[count - 1];
    double portfolioReturn = index[last] / index[first] - 1;
    double benchmarkReturn = benchmarkCloses[last] / benchmarkCloses[first] - 1;
    return Optional.of(new BenchmarkComparison(twr.date(first), twr.date(last), count, portfolioReturn, benchmarkReturn,
        ActiveReturn.excess(portfolioReturn, benchmarkReturn), Beta.of(portfolio, benchmark),
        ActiveReturn.trackingError(portfolio, benchmark, periodsPerYear)));
  }
}
