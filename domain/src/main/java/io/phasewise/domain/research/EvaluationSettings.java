package io.phasewise.domain.research;

/**
 * The knobs of an evaluation: the forward horizon H in bars, the bootstrap's block length (at least H, so
 * that a block keeps the overlap of neighbouring forward windows), its number of resamples and its seed.
 */
public record EvaluationSettings(int horizon, int blockLength, int resamples, long seed) {
  /** Forward horizon of the report when none is given. */
  public static final int DEFAULT_HORIZON = 20;
  /**
   * Default block length in horizons: blocks of 3H. Blocks of exactly H keep only about two thirds of the
   * overlap's variance (pairs of windows up to H bars apart fall in one block less often the further apart
   * they are), and on 100 random walks flagged 8%, 7% and 17% of them (return, drawdown, volatility) at a
   * nominal 5%; blocks of 3H flagged 7%, 5% and 9% (docs/ANALYTICS.md, "Evaluating phases").
   */
  public static final int DEFAULT_BLOCK_HORIZONS = 3;
  /** Bootstrap resamples when none are given. */
  public static final int DEFAULT_RESAMPLES = 2000;
  /** Seed of the bootstrap when none is given. */
  public static final long DEFAULT_SEED = 20_261_208L;
  /** The fewest resamples whose 2.5% and 97.5% quantiles mean something. */
  public static final int MIN_RESAMPLES = 200;

  public EvaluationSettings {
    if (horizon < 1 || horizon > 1_000) throw new IllegalArgumentException("horizon must be 1..1000 bars: " + horizon);
    if (blockLength < horizon || blockLength > 10_000) {
      throw new IllegalArgumentException("block length must be at least the horizon (" + horizon + ") and at most 10000: " + blockLength);
    }
    if (resamples < MIN_RESAMPLES || resamples > 100_000) {
      throw new IllegalArgumentException("resamples must be " + MIN_RESAMPLES + "..100000: " + resamples);
    }
  }

  /** H = 20, blocks of 3H bars, 2000 resamples, the default seed. */
  public static EvaluationSettings defaults() {
    return of(DEFAULT_HORIZON);
  }

  /** Horizon {@code horizon} with the default block length, resamples and seed. */
  public static EvaluationSettings of(int horizon) {
    return new EvaluationSettings(horizon, DEFAULT_BLOCK_HORIZONS * horizon, DEFAULT_RESAMPLES, DEFAULT_SEED);
  }
}
