package io.phasewise.domain.sentiment;

import java.time.Duration;
import java.util.Objects;

/**
 * How much one observation counts in a {@link SentimentMeter}: trust in its source, its age and its
 * intensity. An observation of tier {@code k}, age {@code a} (as-of time minus observed time) and
 * magnitude {@code m} weighs
 *
 * <pre>
 *   w = tierWeight(k) × 2^(−a / halfLife) × min(1 + m, magnitudeCap)
 * </pre>
 *
 * so an observation exactly one half-life old weighs half a fresh one, and an intense reading counts
 * up to {@code magnitudeCap} times a neutral one ({@code magnitudeCap = 1} ignores magnitude).
 * Observations older than {@code lookback} are not counted at all; the window is inclusive, an
 * observation exactly {@code lookback} old still counts.
 *
 * <p>Defaults ({@link #defaults()}): tiers A = 1.0, B = 0.6, C = 0.3; half-life 24 hours; lookback
 * 7 days; magnitude cap 3.
 *
 * <p>Bounds keep every counted weight a positive normal double: tier weights within
 * [{@value #MIN_TIER_WEIGHT}, {@value #MAX_TIER_WEIGHT}], magnitude cap within [1, {@value #MAX_MAGNITUDE_CAP}],
 * half-life and lookback positive, lookback at most {@value #MAX_HALF_LIVES_IN_LOOKBACK} half-lives.
 *
 * @param tierA weight of a tier-A source
 * @param tierB weight of a tier-B source
 * @param tierC weight of a tier-C source
 * @param halfLife age at which an observation's weight has halved
 * @param lookback oldest age still counted (inclusive)
 * @param magnitudeCap upper bound of the magnitude factor {@code 1 + magnitude}
 */
public record SentimentWeights(
    double tierA, double tierB, double tierC, Duration halfLife, Duration lookback, double magnitudeCap) {

  public static final double MIN_TIER_WEIGHT = 1e-6;
  public static final double MAX_TIER_WEIGHT = 1e6;
  public static final double MAX_MAGNITUDE_CAP = 1e6;
  public static final long MAX_HALF_LIVES_IN_LOOKBACK = 1000;

  private static final SentimentWeights DEFAULTS =
      new SentimentWeights(1.0, 0.6, 0.3, Duration.ofHours(24), Duration.ofDays(7), 3.0);

  public SentimentWeights {
    requireTierWeight("tierA", tierA);
    requireTierWeight("tierB", tierB);
    requireTierWeight("tierC", tierC);
    Objects.requireNonNull(halfLife, "halfLife");
    Objects.requireNonNull(lookback, "lookback");
    if (halfLife.isNegative() || halfLife.isZero()) {
      throw new IllegalArgumentException("halfLife must be positive: " + halfLife);
    }
    if (lookback.isNegative() || lookback.isZero()) {
      throw new IllegalArgumentException("lookback must be positive: " + lookback);
    }
    if (seconds(lookback) / seconds(halfLife) > MAX_HALF_LIVES_IN_LOOKBACK) {
      throw new IllegalArgumentException("lookback must be at most " + MAX_HALF_LIVES_IN_LOOKBACK
          + " half-lives: lookback " + lookback + ", halfLife " + halfLife);
    }
    if (!(magnitudeCap >= 1 && magnitudeCap <= MAX_MAGNITUDE_CAP)) {
      throw new IllegalArgumentException("magnitudeCap must be within [1, " + MAX_MAGNITUDE_CAP + "]: " + magnitudeCap);
    }
  }

  /** Tiers A = 1.0, B = 0.6, C = 0.3; half-life 24 hours; lookback 7 days; magnitude cap 3. */
  public static SentimentWeights defaults() {
    return DEFAULTS;
  }

  /** These weights with magnitude ignored (cap 1). */
  public SentimentWeights withoutMagnitude() {
    return new SentimentWeights(tierA, tierB, tierC, halfLife, lookback, 1.0);
  }

  public double tierWeight(ReliabilityTier tier) {
    return switch (Objects.requireNonNull(tier, "tier")) {
      case A -> tierA;
      case B -> tierB;
      case C -> tierC;
    };
  }

  /** Whether an observation of this age is counted: {@code 0 ≤ age ≤ lookback}. */
  public boolean counts(Duration age) {
    return !age.isNegative() && age.compareTo(lookback) <= 0;
  }

  /**
   * The weight {@code tierWeight(tier) × 2^(−age / halfLife) × min(1 + magnitude, magnitudeCap)} of an
   * observation that {@link #counts(Duration) counts}.
   *
   * @throws IllegalArgumentException if the age is negative or beyond the lookback, or the magnitude
   *     negative or not finite
   */
  public double weight(ReliabilityTier tier, Duration age, double magnitude) {
    Objects.requireNonNull(age, "age");
    if (!counts(age)) throw new IllegalArgumentException("age must be within [0, " + lookback + "]: " + age);
    if (!(magnitude >= 0) || Double.isInfinite(magnitude)) {
      throw new IllegalArgumentException("magnitude must be finite and not negative: " + magnitude);
    }
    double decay = Math.pow(2, -seconds(age) / seconds(halfLife));
    return tierWeight(tier) * decay * Math.min(1 + magnitude, magnitudeCap);
  }

  private static double seconds(Duration duration) {
    return duration.getSeconds() + duration.getNano() / 1e9;
  }

  private static void requireTierWeight(String field, double value) {
    if (!(value >= MIN_TIER_WEIGHT && value <= MAX_TIER_WEIGHT)) {
      throw new IllegalArgumentException(
          field + " must be within [" + MIN_TIER_WEIGHT + ", " + MAX_TIER_WEIGHT + "]: " + value);
    }
  }
}
