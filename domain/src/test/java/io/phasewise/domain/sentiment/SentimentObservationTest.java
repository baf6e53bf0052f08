package io.phasewise.domain.sentiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.phasewise.domain.market.AssetId;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Sentiment observations: score and magnitude ranges, features, natural key. */
class SentimentObservationTest {

  private static final AssetId ASSET = AssetId.of(7);
  private static final SentimentSourceId SOURCE = SentimentSourceId.of(3);
  private static final Instant T = Instant.parse("2024-05-01T12:00:00Z");

  @ParameterizedTest
  @ValueSource(doubles = {-1, -0.5, -0.0, 0, 0.25, 1})
  void scores_within_minus_one_and_one_are_accepted(double score) {
    assertThat(SentimentObservation.of(ASSET, SOURCE, T, score, 0).score()).isEqualTo(score);
  }

  @ParameterizedTest
  @ValueSource(doubles = {-1.0000001, 1.0000001, 2, -7, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
  void scores_outside_minus_one_and_one_are_rejected_with_field_and_value(double score) {
    assertThatIllegalArgumentException().isThrownBy(() -> SentimentObservation.of(ASSET, SOURCE, T, score, 0))
        .withMessage("score must be within [-1, 1]: " + score);
  }

  @ParameterizedTest
  @ValueSource(doubles = {0, 0.3, 1, 1e9})
  void non_negative_finite_magnitudes_are_accepted(double magnitude) {
    assertThat(SentimentObservation.of(ASSET, SOURCE, T, 0, magnitude).magnitude()).isEqualTo(magnitude);
  }

  @ParameterizedTest
  @ValueSource(doubles = {-0.001, -1, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
  void negative_or_non_finite_magnitudes_are_rejected_with_field_and_value(double magnitude) {
    assertThatIllegalArgumentException().isThrownBy(() -> SentimentObservation.of(ASSET, SOURCE, T, 0, magnitude))
        .withMessage("magnitude must be finite and not negative: " + magnitude);
  }

  @ParameterizedTest
  @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
  void non_finite_features_are_rejected_naming_the_feature(double value) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new SentimentObservation(ASSET, SOURCE, T, 0, 0, Map.of("bullish_words", value)))
        .withMessage("feature 'bullish_words' must be finite: " + value);
  }

  @Test
  void features_are_copied_and_immutable() {
    Map<String, Double> features = new HashMap<>(Map.of("mentions", 12.0));
    SentimentObservation observation = new SentimentObservation(ASSET, SOURCE, T, 0.4, 1, features);
    features.put("mentions", 99.0);
    assertThat(observation.features()).containsExactly(Map.entry("mentions", 12.0));
    assertThatThrownBy(() -> observation.features().put("x", 1.0)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void missing_parts_are_rejected_naming_the_field() {
    assertThatNullPointerException().isThrownBy(() -> SentimentObservation.of(null, SOURCE, T, 0, 0)).withMessage("asset");
    assertThatNullPointerException().isThrownBy(() -> SentimentObservation.of(ASSET, null, T, 0, 0)).withMessage("source");
    assertThatNullPointerException()
        .isThrownBy(() -> SentimentObservation.of(ASSET, SOURCE, null, 0, 0)).withMessage("observedAt");
    assertThatNullPointerException()
        .isThrownBy(() -> new SentimentObservation(ASSET, SOURCE, T, 0, 0, null)).withMessage("features");
  }

  @Test
  void the_key_is_asset_source_and_time_only() {
    SentimentObservation a = SentimentObservation.of(ASSET, SOURCE, T, 0.9, 2);
    SentimentObservation b = new SentimentObservation(ASSET, SOURCE, T, -0.9, 0, Map.of("x", 1.0));
    assertThat(a.key()).isEqualTo(b.key()).isEqualTo(new SentimentObservation.Key(ASSET, SOURCE, T));
    assertThat(a.key()).isNotEqualTo(SentimentObservation.of(ASSET, SOURCE, T.plusNanos(1), 0.9, 2).key());
    assertThat(a.key()).isNotEqualTo(SentimentObservation.of(ASSET, SentimentSourceId.of(4), T, 0.9, 2).key());
    assertThat(a.key()).isNotEqualTo(SentimentObservation.of(AssetId.of(8), SOURCE, T, 0.9, 2).key());
  }
}
