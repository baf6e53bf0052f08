package io.phasewise.domain.statistics;

/**
 * A series against its benchmark over the same periods: excess return = R − R_b (arithmetic, of the
 * two compounded returns) and tracking error = sample sd(r_i − b_i) × √P.
 */
public final class ActiveReturn {

  private ActiveReturn() {}

  /** {@code totalReturn − benchmarkTotalReturn}. */
  public static double excess(double totalReturn, double benchmarkTotalReturn) {
    return totalReturn - benchmarkTotalReturn;
  }

  /** sd(returns − benchmark returns) × √periodsPerYear, sample sd; NaN for fewer than two periods. */
  public static double trackingError(double[] returns, double[] benchmarkReturns, double periodsPerYear) {
    int n = Checks.sameLength(returns, benchmarkReturns);
    double[] differences = new double[n];
    for (int i = 0; i < n; i++) differences[i] = returns[i] - benchmarkReturns[i];
    return Volatility.annualised(differences, periodsPerYear);
  }
}
