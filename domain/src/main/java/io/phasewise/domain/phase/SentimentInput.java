package io.phasewise.domain.phase;

import io.phasewise.domain.sentiment.ReliabilityTier;
import io.phasewise.domain.sentiment.SentimentMeter;
import java.util.Locale;
import java.util.Objects;

/**
 * The sentiment a classifier may read at one bar: the aggregated score (−1..1), how many
 * observations it rests on, the share of their weight from tier-A sources (0..1) and a readable
 * summary. {@link #NONE} when no sentiment is known; the sentiment context feeds it.
 */
public record SentimentInput(double score, int observations, double tierAShare, String summary) {

  /** No sentiment known. */
  public static final SentimentInput NONE = new SentimentInput(0, 0, 0, "no sentiment");

  public SentimentInput {
    if (!(score >= -1 && score <= 1)) throw new IllegalArgumentException("score must be in [-1,1]: " + score);
    if (observations < 0) throw new IllegalArgumentException("observations must be >= 0: " + observations);
    if (!(tierAShare >= 0 && tierAShare <= 1)) {
      throw new IllegalArgumentException("tierAShare must be in [0,1]: " + tierAShare);
    }
    Objects.requireNonNull(summary, "summary");
  }

  /**
   * What a classifier reads of a {@link SentimentMeter}: its score, count and tier-A share, and as the
   * summary what those numbers leave out (the spread and the count per tier), since a rationale
   * already states score, count and tier-A share; {@link #NONE} for an empty meter.
   */
  public static SentimentInput of(SentimentMeter meter) {
    Objects.requireNonNull(meter, "meter");
    if (meter.isEmpty()) return NONE;
    String detail = String.format(Locale.ROOT, "spread %.2f; tiers A %d, B %d, C %d", meter.spread(),
        meter.count(ReliabilityTier.A), meter.count(ReliabilityTier.B), meter.count(ReliabilityTier.C));
    return new SentimentInput(meter.score(), meter.count(), meter.tierAShare(), detail);
  }

  /** Whether there is any sentiment to read. */
  public boolean isPresent() {
    return observations > 0;
  }
}
