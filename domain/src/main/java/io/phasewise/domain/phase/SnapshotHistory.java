package io.phasewise.domain.phase;

import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.snapshot.SnapshotFrame;
import io.phasewise.domain.snapshot.SnapshotFrame.Column;
import java.time.Instant;
import java.util.Objects;

/**
 * A look-back-only view of a {@link SnapshotFrame} at one bar: values of the current bar
 * ({@code barsAgo = 0}) and of earlier bars, never of a later one. The frame is causal per bar (its
 * value at bar i reads bars ≤ i), so a classifier that reads through this view cannot look ahead.
 */
public final class SnapshotHistory {
  private final SnapshotFrame frame;
  private final int index;

  private SnapshotHistory(SnapshotFrame frame, int index) {
    this.frame = Objects.requireNonNull(frame, "frame");
    if (index < 0 || index >= frame.size()) {
      throw new IndexOutOfBoundsException("bar " + index + " of " + frame.size());
    }
    this.index = index;
  }

  /** The view of {@code frame} as of bar {@code index}. */
  public static SnapshotHistory of(SnapshotFrame frame, int index) {
    return new SnapshotHistory(frame, index);
  }

  public AssetId asset() {
    return frame.asset();
  }

  /** Number of bars visible: the current one and all before it. */
  public int bars() {
    return index + 1;
  }

  /** Open time of the bar {@code barsAgo} bars before the current one. */
  public Instant barTime(int barsAgo) {
    return frame.barTime(barIndex(barsAgo));
  }

  /** End time of the current bar: the moment its values are known. */
  public Instant asOf() {
    return frame.endTime(index);
  }

  /** A fixed column {@code barsAgo} bars before the current one; NaN before the first bar or in warm-up. */
  public double value(Column column, int barsAgo) {
    if (barsAgo > index) return Double.NaN;
    return frame.value(column, barIndex(barsAgo));
  }

  /** An extra feature by name {@code barsAgo} bars before the current one; NaN if unknown. */
  public double extra(String name, int barsAgo) {
    int k = frame.extraNames().indexOf(name);
    if (k < 0 || barsAgo > index) return Double.NaN;
    return frame.extra(k, barIndex(barsAgo));
  }

  /** The frame viewed, for numeric readers in this package that index it by {@link #barIndex}. */
  SnapshotFrame frame() {
    return frame;
  }

  /** The frame index of the bar {@code barsAgo} bars before the current one (never a later bar). */
  int barIndex(int barsAgo) {
    if (barsAgo < 0) throw new IllegalArgumentException("no look-ahead: barsAgo must be >= 0, was " + barsAgo);
    if (barsAgo > index) throw new IndexOutOfBoundsException(barsAgo + " bars before bar " + index);
    return index - barsAgo;
  }
}
