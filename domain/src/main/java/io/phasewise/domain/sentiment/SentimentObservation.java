package io.phasewise.domain.sentiment;

import io.phasewise.domain.market.AssetId;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One sentiment reading of an asset by a source at a time; unique by {@link #key()}.
 *
 * @param score polarity from −1 (most negative) to 1 (most positive)
 * @param magnitude absolute intensity, not negative, unbounded above (0 when the source gives none)
 * @param features extra finite numbers the source reported (keyword counts, embedding components, ...),
 *     copied immutably
 */
public record SentimentObservation(
    AssetId asset,
    SentimentSourceId source,
    Instant observedAt,
    double score,
    double magnitude,
    Map<String, Double> features) {

  /** The natural key: at most one observation per asset, source and time. */
  public record Key(AssetId asset, SentimentSourceId source, Instant observedAt) {
    public Key {
      Objects.requireNonNull(asset, "asset");
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(observedAt, "observedAt");
    }
  }

  public SentimentObservation {
    Objects.requireNonNull(asset, "asset");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(observedAt, "observedAt");
    if (!(score >= -1 && score <= 1)) throw new IllegalArgumentException("score must be within [-1, 1]: " + score);
    if (!(magnitude >= 0) || Double.isInfinite(magnitude)) {
      throw new IllegalArgumentException("magnitude must be finite and not negative: " + magnitude);
    }
    features = Map.copyOf(Objects.requireNonNull(features, "features"));
    features.forEach((name, value) -> {
      if (!Double.isFinite(value)) {
        throw new IllegalArgumentException("feature '" + name + "' must be finite: " + value);
      }
    });
  }

  /** An observation without features. */
  public static SentimentObservation of(
      AssetId asset, SentimentSourceId source, Instant observedAt, double score, double magnitude) {
    return new SentimentObservation(asset, source, observedAt, score, magnitude, Map.of());
  }

  public Key key() {
    return new Key(asset, source, observedAt);
  }
}
