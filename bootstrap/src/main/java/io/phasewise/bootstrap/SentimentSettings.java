package io.phasewise.bootstrap;

import io.phasewise.domain.sentiment.ReliabilityTier;
import io.phasewise.domain.sentiment.SentimentWeights;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the weights of the sentiment meter from the environment; anything not set keeps the default
 * of {@link SentimentWeights#defaults()} (tiers A = 1, B = 0.6, C = 0.3; half-life 24 hours; lookback
 * 7 days; magnitude cap 3):
 *
 * <ul>
 *   <li>{@code PHASEWISE_SENTIMENT_HALF_LIFE}: age at which an observation weighs half, an ISO-8601
 *       duration ({@code PT12H}, {@code P2D}) or a number of hours ({@code 12}, {@code 1.5});
 *   <li>{@code PHASEWISE_SENTIMENT_LOOKBACK}: oldest age still counted, written the same way;
 *   <li>{@code PHASEWISE_SENTIMENT_TIER_WEIGHTS}: {@code A=1,B=0.6,C=0.3}, any of the tiers.
 * </ul>
 */
final class SentimentSettings {
  static final String HALF_LIFE = "PHASEWISE_SENTIMENT_HALF_LIFE";
  static final String LOOKBACK = "PHASEWISE_SENTIMENT_LOOKBACK";
  static final String TIER_WEIGHTS = "PHASEWISE_SENTIMENT_TIER_WEIGHTS";
  private static final BigDecimal NANOS_PER_HOUR = BigDecimal.valueOf(3_600_000_000_000L);

  private SentimentSettings() {}

  /** The weights the environment configures; a value that cannot be read fails naming its variable. */
  static SentimentWeights weights(Map<String, String> env) {
    SentimentWeights defaults = SentimentWeights.defaults();
    Duration halfLife = duration(HALF_LIFE, env.get(HALF_LIFE), defaults.halfLife());
    Duration lookback = duration(LOOKBACK, env.get(LOOKBACK), defaults.lookback());
    Map<ReliabilityTier, Double> tiers = tierWeights(env.get(TIER_WEIGHTS), defaults);
    try {
      return new SentimentWeights(tiers.get(ReliabilityTier.A), tiers.get(ReliabilityTier.B), tiers.get(ReliabilityTier.C),
          halfLife, lookback, defaults.magnitudeCap());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("the sentiment weights of " + HALF_LIFE + ", " + LOOKBACK + " and " + TIER_WEIGHTS
          + " do not fit: " + e.getMessage(), e);
    }
  }

  private static Duration duration(String name, String value, Duration absent) {
    if (value == null || value.isBlank()) return absent;
    String text = value.strip();
    Duration duration;
    try {
      duration = text.toUpperCase(Locale.ROOT).startsWith("P") ? Duration.parse(text)
          : Duration.ofNanos(new BigDecimal(text).multiply(NANOS_PER_HOUR).longValueExact());
    } catch (DateTimeParseException | ArithmeticException | NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be an ISO-8601 duration such as PT12H or a number of hours, not '"
          + value + "'", e);
    }
    if (duration.isNegative() || duration.isZero()) throw new IllegalArgumentException(name + " must be positive, not '" + value + "'");
    return duration;
  }

  private static Map<ReliabilityTier, Double> tierWeights(String value, SentimentWeights defaults) {
    Map<ReliabilityTier, Double> weights = new EnumMap<>(ReliabilityTier.class);
    for (ReliabilityTier tier : ReliabilityTier.values()) weights.put(tier, defaults.tierWeight(tier));
    if (value == null || value.isBlank()) return weights;
    for (String pair : value.split(",", -1)) {
      String[] parts = pair.split("=", -1);
      ReliabilityTier tier = parts.length == 2 ? ReliabilityTier.fromCode(parts[0]).orElse(null) : null;
      Double weight = parts.length == 2 ? number(parts[1]) : null;
      if (tier == null || weight == null) {
        throw new IllegalArgumentException(TIER_WEIGHTS + " must look like A=1,B=0.6,C=0.3, not '" + value + "' ('"
            + pair.strip() + "' is not tier=weight)");
      }
      weights.put(tier, weight);
    }
    return weights;
  }

  private static Double number(String text) {
    try {
      double value = new BigDecimal(text.strip()).doubleValue();
      return Double.isFinite(value) ? value : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
