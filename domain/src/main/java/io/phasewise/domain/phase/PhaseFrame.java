package io.phasewise.domain.phase;

import io.phasewise.domain.snapshot.SnapshotFrame;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Function;

/**
 * The columnar input of a replay: the snapshot frame of one asset and, for each of its bars, the
 * sentiment known at the bar's end time. A {@link PhaseClassifier} decides all its bars in one call.
 */
public final class PhaseFrame {
  private final SnapshotFrame snapshots;
  private final SentimentInput[] sentiments;

  private PhaseFrame(SnapshotFrame snapshots, SentimentInput[] sentiments) {
    this.snapshots = snapshots;
    this.sentiments = sentiments;
  }

  /** The bars of {@code snapshots}; {@code sentimentAsOf} gives the sentiment known at an end time (reading nothing later). */
  public static PhaseFrame of(SnapshotFrame snapshots, Function<Instant, SentimentInput> sentimentAsOf) {
    Objects.requireNonNull(snapshots, "snapshots");
    Objects.requireNonNull(sentimentAsOf, "sentimentAsOf");
    SentimentInput[] sentiments = new SentimentInput[snapshots.size()];
    for (int i = 0; i < sentiments.length; i++) {
      sentiments[i] = Objects.requireNonNull(sentimentAsOf.apply(snapshots.endTime(i)), "sentiment");
    }
    return new PhaseFrame(snapshots, sentiments);
  }

  public SnapshotFrame snapshots() {
    return snapshots;
  }

  /** Number of bars. */
  public int size() {
    return sentiments.length;
  }

  /** The sentiment known at the end of bar {@code bar}. */
  public SentimentInput sentiment(int bar) {
    return sentiments[bar];
  }

  /** What a classifier may read at bar {@code bar}, given the state decided at the bar before (null for bar 0). */
  public PhaseInputs inputs(int bar, PhaseState previous) {
    return new PhaseInputs(SnapshotHistory.of(snapshots, bar), sentiments[bar], previous);
  }
}
