package io.phasewise.domain.sentiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Sentiment sources, their ids, channels and tiers: codes, defaults and invariants. */
class SentimentSourceTest {

  @ParameterizedTest
  @EnumSource(SentimentChannel.class)
  void a_channel_round_trips_through_its_lower_case_code(SentimentChannel channel) {
    assertThat(channel.code()).isEqualTo(channel.name().toLowerCase());
    assertThat(SentimentChannel.fromCode(channel.code())).contains(channel);
    assertThat(SentimentChannel.fromCode(" " + channel.name() + " ")).contains(channel);
  }

  @Test
  void channel_codes_are_the_seed_enum() {
    assertThat(SentimentChannel.values()).extracting(SentimentChannel::code).containsExactly("news", "social", "forum");
  }

  @ParameterizedTest
  @EnumSource(ReliabilityTier.class)
  void a_tier_round_trips_through_its_stored_letter(ReliabilityTier tier) {
    assertThat(tier.code()).isEqualTo(tier.name());
    assertThat(ReliabilityTier.fromCode(tier.code())).contains(tier);
    assertThat(ReliabilityTier.fromCode(tier.code().toLowerCase())).contains(tier);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "d", "tier-a", "rss"})
  void unknown_codes_are_empty(String code) {
    assertThat(SentimentChannel.fromCode(code)).isEmpty();
    assertThat(ReliabilityTier.fromCode(code)).isEmpty();
  }

  @Test
  void null_codes_are_empty() {
    assertThat(SentimentChannel.fromCode(null)).isEmpty();
    assertThat(ReliabilityTier.fromCode(null)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(longs = {0, -1, Long.MIN_VALUE})
  void non_positive_ids_are_rejected_with_the_value(long value) {
    assertThatIllegalArgumentException().isThrownBy(() -> SentimentSourceId.of(value))
        .withMessage("sentiment source id must be positive: " + value);
  }

  @Test
  void an_id_prints_as_its_number() {
    assertThat(SentimentSourceId.of(42)).hasToString("42").isEqualTo(new SentimentSourceId(42));
  }

  @Test
  void a_source_without_a_tier_gets_tier_b_as_in_the_seed() {
    SentimentSource source = SentimentSource.of(SentimentSourceId.of(1), "Finnhub", SentimentChannel.NEWS);
    assertThat(source.tier()).isEqualTo(ReliabilityTier.B).isEqualTo(SentimentSource.DEFAULT_TIER);
    assertThat(source.meta()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t\n"})
  void a_blank_name_is_rejected_naming_the_field(String name) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> SentimentSource.of(SentimentSourceId.of(1), name, SentimentChannel.FORUM))
        .withMessageContaining("name");
  }

  @Test
  void missing_parts_are_rejected_naming_the_field() {
    SentimentSourceId id = SentimentSourceId.of(1);
    assertThatNullPointerException()
        .isThrownBy(() -> new SentimentSource(null, "X", SentimentChannel.SOCIAL, ReliabilityTier.A, Map.of()))
        .withMessage("id");
    assertThatNullPointerException()
        .isThrownBy(() -> new SentimentSource(id, null, SentimentChannel.SOCIAL, ReliabilityTier.A, Map.of()))
        .withMessage("name");
    assertThatNullPointerException()
        .isThrownBy(() -> new SentimentSource(id, "X", null, ReliabilityTier.A, Map.of()))
        .withMessage("channel");
    assertThatNullPointerException()
        .isThrownBy(() -> new SentimentSource(id, "X", SentimentChannel.SOCIAL, null, Map.of()))
        .withMessage("tier");
    assertThatNullPointerException()
        .isThrownBy(() -> new SentimentSource(id, "X", SentimentChannel.SOCIAL, ReliabilityTier.A, null))
        .withMessage("meta");
  }

  @Test
  void meta_is_copied_and_immutable() {
    Map<String, String> meta = new HashMap<>(Map.of("lang", "en"));
    SentimentSource source =
        new SentimentSource(SentimentSourceId.of(3), "Reddit", SentimentChannel.FORUM, ReliabilityTier.C, meta);
    meta.put("lang", "de");
    assertThat(source.meta()).containsExactly(Map.entry("lang", "en"));
    assertThatThrownBy(() -> source.meta().put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
  }
}
