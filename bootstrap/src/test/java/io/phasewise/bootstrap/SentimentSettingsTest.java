package io.phasewise.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.phasewise.domain.sentiment.SentimentWeights;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SentimentSettingsTest {

  @Test
  void without_variables_the_weights_are_the_documented_defaults() {
    assertThat(PhasewiseSettings.fromEnvironment(Map.of()).sentimentWeights()).isEqualTo(SentimentWeights.defaults());
    assertThat(SentimentWeights.defaults()).isEqualTo(new SentimentWeights(1.0, 0.6, 0.3, Duration.ofHours(24), Duration.ofDays(7), 3));
  }

  @Test
  void durations_are_iso_8601_or_hours_and_tier_weights_override_only_the_tiers_named() {
    SentimentWeights weights = SentimentSettings.weights(Map.of(
        SentimentSettings.HALF_LIFE, "1.5",
        SentimentSettings.LOOKBACK, "p3d",
        SentimentSettings.TIER_WEIGHTS, " b=0.5 , C=0.1"));

    assertThat(weights).isEqualTo(new SentimentWeights(1.0, 0.5, 0.1, Duration.ofMinutes(90), Duration.ofDays(3), 3));
    assertThat(SentimentSettings.weights(Map.of(SentimentSettings.HALF_LIFE, "PT6H")).halfLife()).isEqualTo(Duration.ofHours(6));
  }

  @Test
  void a_value_that_cannot_be_read_fails_naming_its_variable() {
    assertThatThrownBy(() -> PhasewiseSettings.fromEnvironment(Map.of(SentimentSettings.HALF_LIFE, "a day")))
        .hasMessageStartingWith("PHASEWISE_SENTIMENT_HALF_LIFE must be an ISO-8601 duration");
    assertThatThrownBy(() -> SentimentSettings.weights(Map.of(SentimentSettings.LOOKBACK, "-2")))
        .hasMessage("PHASEWISE_SENTIMENT_LOOKBACK must be positive, not '-2'");
    assertThatThrownBy(() -> SentimentSettings.weights(Map.of(SentimentSettings.TIER_WEIGHTS, "A=1,D=2")))
        .hasMessageContaining("PHASEWISE_SENTIMENT_TIER_WEIGHTS must look like A=1,B=0.6,C=0.3").hasMessageContaining("'D=2'");
    assertThatThrownBy(() -> SentimentSettings.weights(Map.of(SentimentSettings.TIER_WEIGHTS, "A=0")))
        .hasMessageContaining("do not fit: tierA must be within");
    assertThatThrownBy(() -> SentimentSettings.weights(Map.of(SentimentSettings.HALF_LIFE, "PT1S")))
        .hasMessageContaining("lookback must be at most 1000 half-lives");
  }
}
