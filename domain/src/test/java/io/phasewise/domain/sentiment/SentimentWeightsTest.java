package io.phasewise.domain.sentiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Observation weights: defaults, tier, half-life decay, magnitude factor, lookback and bounds. */
class SentimentWeightsTest {

  private static final SentimentWeights DEFAULTS = SentimentWeights.defaults();

  static LongStream seeds() {
    return LongStream.range(0, 50);
  }

  @Test
  void defaults_are_the_documented_ones() {
    assertThat(DEFAULTS).isEqualTo(
        new SentimentWeights(1.0, 0.6, 0.3, Duration.ofHours(24), Duration.ofDays(7), 3.0));
    assertThat(DEFAULTS.tierWeight(ReliabilityTier.A)).isEqualTo(1.0);
    assertThat(DEFAULTS.tierWeight(ReliabilityTier.B)).isEqualTo(0.6);
    assertThat(DEFAULTS.tierWeight(ReliabilityTier.C)).isEqualTo(0.3);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 3600, 86_400, 7 * 86_400, 123_457})
  void an_observation_exactly_one_half_life_old_weighs_half_a_fresh_one(long halfLifeSeconds) {
    Duration halfLife = Duration.ofSeconds(halfLifeSeconds);
    SentimentWeights weights = new SentimentWeights(1, 0.6, 0.3, halfLife, halfLife.multipliedBy(3), 3);
    for (ReliabilityTier tier : ReliabilityTier.values()) {
      double fresh = weights.weight(tier, Duration.ZERO, 0);
      assertThat(weights.weight(tier, halfLife, 0)).isEqualTo(fresh / 2);
      assertThat(weights.weight(tier, halfLife.multipliedBy(2), 0)).isEqualTo(fresh / 4);
    }
  }

  @Test
  void the_default_weight_is_tier_times_decay_times_capped_magnitude_factor() {
    assertThat(DEFAULTS.weight(ReliabilityTier.A, Duration.ZERO, 0)).isEqualTo(1.0);
    assertThat(DEFAULTS.weight(ReliabilityTier.B, Duration.ofHours(24), 1)).isCloseTo(0.6 * 0.5 * 2, within(1e-15));
    assertThat(DEFAULTS.weight(ReliabilityTier.C, Duration.ofHours(48), 5)).isCloseTo(0.3 * 0.25 * 3, within(1e-15));
    assertThat(DEFAULTS.weight(ReliabilityTier.A, Duration.ofHours(12), 0.5))
        .isCloseTo(Math.sqrt(0.5) * 1.5, within(1e-15));
  }

  @Test
  void without_magnitude_the_magnitude_is_ignored() {
    SentimentWeights plain = DEFAULTS.withoutMagnitude();
    assertThat(plain.magnitudeCap()).isEqualTo(1.0);
    assertThat(plain.weight(ReliabilityTier.B, Duration.ofHours(3), 0))
        .isEqualTo(plain.weight(ReliabilityTier.B, Duration.ofHours(3), 1e9));
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void weights_are_positive_and_fall_with_age_and_rise_with_tier(long seed) {
    Random random = new Random(seed);
    Duration older = Duration.ofSeconds(random.nextInt(7 * 86_400) + 1);
    Duration younger = Duration.ofSeconds(random.nextInt((int) older.getSeconds()));
    double magnitude = random.nextDouble() * 4;
    for (ReliabilityTier tier : ReliabilityTier.values()) {
      double weight = DEFAULTS.weight(tier, older, magnitude);
      assertThat(weight).isPositive().isLessThan(DEFAULTS.weight(tier, younger, magnitude));
      assertThat(weight).isLessThanOrEqualTo(DEFAULTS.tierWeight(tier) * 3);
    }
    assertThat(DEFAULTS.weight(ReliabilityTier.A, older, magnitude))
        .isGreaterThan(DEFAULTS.weight(ReliabilityTier.B, older, magnitude))
        .isGreaterThan(DEFAULTS.weight(ReliabilityTier.C, older, magnitude));
  }

  @Test
  void the_lookback_window_is_inclusive_at_both_ends() {
    Duration lookback = DEFAULTS.lookback();
    assertThat(DEFAULTS.counts(Duration.ZERO)).isTrue();
    assertThat(DEFAULTS.counts(lookback)).isTrue();
    assertThat(DEFAULTS.counts(lookback.plusNanos(1))).isFalse();
    assertThat(DEFAULTS.counts(Duration.ofNanos(-1))).isFalse();
    assertThat(DEFAULTS.weight(ReliabilityTier.A, lookback, 0)).isEqualTo(1.0 / 128);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> DEFAULTS.weight(ReliabilityTier.A, lookback.plusNanos(1), 0))
        .withMessageContaining("age");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> DEFAULTS.weight(ReliabilityTier.A, Duration.ofSeconds(-1), 0))
        .withMessageContaining("age");
  }

  @Test
  void the_weighted_magnitude_must_be_valid() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> DEFAULTS.weight(ReliabilityTier.A, Duration.ZERO, -1))
        .withMessage("magnitude must be finite and not negative: -1.0");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> DEFAULTS.weight(ReliabilityTier.A, Duration.ZERO, Double.NaN))
        .withMessage("magnitude must be finite and not negative: NaN");
  }

  @ParameterizedTest
  @ValueSource(doubles = {0, -1, 1e-7, 1e7, Double.NaN, Double.POSITIVE_INFINITY})
  void tier_weights_out_of_bounds_are_rejected_naming_the_tier(double bad) {
    Duration day = Duration.ofDays(1);
    assertThatIllegalArgumentException().isThrownBy(() -> new SentimentWeights(bad, 1, 1, day, day, 1))
        .withMessage("tierA must be within [1.0E-6, 1000000.0]: " + bad);
    assertThatIllegalArgumentException().isThrownBy(() -> new SentimentWeights(1, bad, 1, day, day, 1))
        .withMessageStartingWith("tierB ");
    assertThatIllegalArgumentException().isThrownBy(() -> new SentimentWeights(1, 1, bad, day, day, 1))
        .withMessageStartingWith("tierC ");
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.999, 0, -1, 1e7, Double.NaN, Double.POSITIVE_INFINITY})
  void a_magnitude_cap_below_one_or_too_large_is_rejected(double bad) {
    Duration day = Duration.ofDays(1);
    assertThatIllegalArgumentException().isThrownBy(() -> new SentimentWeights(1, 1, 1, day, day, bad))
        .withMessage("magnitudeCap must be within [1, 1000000.0]: " + bad);
  }

  @Test
  void durations_must_be_positive_and_the_lookback_not_too_many_half_lives() {
    Duration day = Duration.ofDays(1);
    assertThatIllegalArgumentException().isThrownBy(() -> new SentimentWeights(1, 1, 1, Duration.ZERO, day, 1))
        .withMessage("halfLife must be positive: PT0S");
    assertThatIllegalArgumentException().isThrownBy(() -> new SentimentWeights(1, 1, 1, day.negated(), day, 1))
        .withMessage("halfLife must be positive: PT-24H");
    assertThatIllegalArgumentException().isThrownBy(() -> new SentimentWeights(1, 1, 1, day, Duration.ZERO, 1))
        .withMessage("lookback must be positive: PT0S");
    assertThat(new SentimentWeights(1, 1, 1, Duration.ofHours(1), Duration.ofHours(1000), 1).lookback())
        .isEqualTo(Duration.ofHours(1000));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new SentimentWeights(1, 1, 1, Duration.ofHours(1), Duration.ofHours(1001), 1))
        .withMessageStartingWith("lookback must be at most 1000 half-lives");
    assertThatNullPointerException().isThrownBy(() -> new SentimentWeights(1, 1, 1, null, day, 1))
        .withMessage("halfLife");
    assertThatNullPointerException().isThrownBy(() -> new SentimentWeights(1, 1, 1, day, null, 1))
        .withMessage("lookback");
  }

  @Test
  void the_smallest_allowed_weight_is_still_a_positive_normal_double() {
    SentimentWeights extreme = new SentimentWeights(1e-6, 1e-6, 1e-6, Duration.ofSeconds(1), Duration.ofSeconds(1000), 1);
    double weight = extreme.weight(ReliabilityTier.C, Duration.ofSeconds(1000), 0);
    assertThat(weight).isGreaterThanOrEqualTo(Double.MIN_NORMAL);
  }
}
