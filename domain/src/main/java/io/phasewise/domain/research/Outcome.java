package io.phasewise.domain.research;

/** A forward outcome measured after each bar, and which way is worse for a holder. */
public enum Outcome {
  /** close[t + H] / close[t] − 1; lower is worse. */
  RETURN(false),
  /** The maximum drawdown of close[t..t + H] (0 or negative, ANALYTICS.md section 3); lower is worse. */
  DRAWDOWN(false),
  /** Sample sd of the H one-bar returns after t × √P; higher is worse. */
  VOLATILITY(true);

  private final boolean higherIsWorse;

  Outcome(boolean higherIsWorse) {
    this.higherIsWorse = higherIsWorse;
  }

  /** Whether a positive difference (hostile minus favourable) means the hostile phase was followed by worse. */
  public boolean higherIsWorse() {
    return higherIsWorse;
  }
}
