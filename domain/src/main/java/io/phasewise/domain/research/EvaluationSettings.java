package io.phasewise.domain.research;

/**
 * The knobs of an evaluation: the forward horizon H in bars, the bootstrap's block length (at least H, so
 * that a block keeps the overlap of neighbouring forward windows), its number of resamples and its seed.
 */
public record EvaluationSettings(int horizon, int blockLength, int resamples, long seed) {
  /** Forward horizon of the report when none is given. */
  public static final int DEFAULT_HORIZON = 20;
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

  /** H = 20, blocks of H bars, 2000 resamples, the default seed. */
  public static EvaluationSettings defaults() {
    return new EvaluationSettings(DEFAULT_HORIZON, DEFAULT_HORIZON, DEFAULT_RESAMPLES, DEFAULT_SEED);
  }
}
