package io.phasewise.domain.phase;

import java.util.Objects;

/**
 * What a {@link PhaseClassifier} may read at one bar: the snapshots of that bar and earlier ones
 * (never later), the sentiment known then ({@link SentimentInput#NONE} if none) and the state decided
 * at the previous bar (null for the first bar).
 */
public record PhaseInputs(SnapshotHistory history, SentimentInput sentiment, PhaseState previous) {
  public PhaseInputs {
    Objects.requireNonNull(history, "history");
    Objects.requireNonNull(sentiment, "sentiment");
    if (previous != null && !previous.asset().equals(history.asset())) {
      throw new IllegalArgumentException("previous state is of asset " + previous.asset() + ", not " + history.asset());
    }
  }
}
