package io.phasewise.domain.sentiment;

/** Identity of a registered sentiment source: a positive number assigned by the source store. */
public record SentimentSourceId(long value) {
  public SentimentSourceId {
    if (value <= 0) throw new IllegalArgumentException("sentiment source id must be positive: " + value);
  }

  public static SentimentSourceId of(long value) {
    return new SentimentSourceId(value);
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
