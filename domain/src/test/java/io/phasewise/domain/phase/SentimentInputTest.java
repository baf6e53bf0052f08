package io.phasewise.domain.phase;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.sentiment.ReliabilityTier;
import io.phasewise.domain.sentiment.SentimentChannel;
import io.phasewise.domain.sentiment.SentimentMeter;
import io.phasewise.domain.sentiment.SentimentObservation;
import io.phasewise.domain.sentiment.SentimentSource;
import io.phasewise.domain.sentiment.SentimentSourceId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SentimentInputTest {
  private static final AssetId ASSET = AssetId.of(7);
  private static final Instant T = Instant.parse("2024-03-01T00:00:00Z");

  @Test
  void a_meter_gives_its_score_count_tier_a_share_and_summary() {
    SentimentSourceId news = new SentimentSourceId(1);
    SentimentSourceId forum = new SentimentSourceId(2);
    Map<SentimentSourceId, SentimentSource> sources = Map.of(
        news, SentimentSource.of(news, "news", SentimentChannel.NEWS, ReliabilityTier.A),
        forum, SentimentSource.of(forum, "forum", SentimentChannel.FORUM, ReliabilityTier.C));
    SentimentMeter meter = SentimentMeter.asOf(ASSET, T, List.of(
        SentimentObservation.of(ASSET, news, T.minusSeconds(3_600), -0.8, 0),
        SentimentObservation.of(ASSET, forum, T.minusSeconds(60), 0.4, 0)), sources);

    SentimentInput input = SentimentInput.of(meter);

    assertThat(input.score()).isEqualTo(meter.score());
    assertThat(input.observations()).isEqualTo(2);
    assertThat(input.tierAShare()).isEqualTo(meter.tierAShare()).isBetween(0.5, 1.0);
    assertThat(input.summary()).isEqualTo("spread 0.51; tiers A 1, B 0, C 1");
    assertThat(input.isPresent()).isTrue();
  }

  @Test
  void an_empty_meter_is_no_sentiment() {
    assertThat(SentimentInput.of(SentimentMeter.empty(ASSET, T))).isSameAs(SentimentInput.NONE);
  }
}
