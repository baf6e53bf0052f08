package io.phasewise.application.sentiment.port.out;

import io.phasewise.domain.sentiment.ReliabilityTier;
import io.phasewise.domain.sentiment.SentimentChannel;
import io.phasewise.domain.sentiment.SentimentSource;
import java.time.Instant;
import java.util.Map;

/** Outgoing port: stores new sentiment sources, unique by name. */
public interface SaveSentimentSourcePort {
  /**
   * Stores a new source registered at {@code now}, assigning its id.
   *
   * @throws DuplicateSentimentSourceException when a source with exactly this name exists
   */
  SentimentSource insert(String name, SentimentChannel channel, ReliabilityTier tier, Map<String, String> meta, Instant now);
}
