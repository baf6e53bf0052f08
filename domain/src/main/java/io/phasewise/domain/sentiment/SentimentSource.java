package io.phasewise.domain.sentiment;

import java.util.Map;
import java.util.Objects;

/**
 * A provider of sentiment observations, e.g. Finnhub (news), Reddit (forum) or X (social).
 *
 * @param name display name, not blank
 * @param tier how far its observations are trusted; it defaults to {@link #DEFAULT_TIER}
 * @param meta free facts about the source (endpoint, language, ...), copied immutably
 */
public record SentimentSource(
    SentimentSourceId id, String name, SentimentChannel channel, ReliabilityTier tier, Map<String, String> meta) {

  /** The tier a source gets when none is given: B, the middle one. */
  public static final ReliabilityTier DEFAULT_TIER = ReliabilityTier.B;

  public SentimentSource {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) throw new IllegalArgumentException("sentiment source name must not be blank: '" + name + "'");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(tier, "tier");
    meta = Map.copyOf(Objects.requireNonNull(meta, "meta"));
  }

  /** A source with the default tier and no meta. */
  public static SentimentSource of(SentimentSourceId id, String name, SentimentChannel channel) {
    return new SentimentSource(id, name, channel, DEFAULT_TIER, Map.of());
  }

  /** A source with the given tier and no meta. */
  public static SentimentSource of(SentimentSourceId id, String name, SentimentChannel channel, ReliabilityTier tier) {
    return new SentimentSource(id, name, channel, tier, Map.of());
  }
}
