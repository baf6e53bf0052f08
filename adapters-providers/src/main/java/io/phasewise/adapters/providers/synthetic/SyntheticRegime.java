package io.phasewise.adapters.providers.synthetic;

/** The market regime a synthetic bar was generated in: the ground truth a regime detector can be tested against. */
public enum SyntheticRegime {
  /** Steady drift up or down with ordinary volatility. */
  TRENDING,
  /** Prices pulled back toward the level where the regime began (Ornstein-Uhlenbeck in log price). */
  MEAN_REVERTING,
  /** A sharp drawdown at high volatility and heavy volume, then a partial or full recovery. */
  CRASH
}
