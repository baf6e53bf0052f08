package io.phasewise.domain.portfolio.performance;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A time-weighted return index that starts at 1 at the opening: index_t = Π_{s ≤ t}(1 + r_s). Point 0
 * is the close of {@code opening}, point t the close of {@code opening + t}; {@code returns[t − 1]} is
 * r_t. Arrays are handed out as copies.
 */
public record TwrIndex(LocalDate opening, double[] returns, double[] index, List<PerformanceWarning> warnings) {
  public TwrIndex {
    Objects.requireNonNull(opening, "opening");
    if (index.length != returns.length + 1) throw new IllegalArgumentException("an index has one point more than its returns");
    returns = returns.clone();
    index = index.clone();
    warnings = List.copyOf(warnings);
  }

  @Override
  public double[] returns() {
    return returns.clone();
  }

  @Override
  public double[] index() {
    return index.clone();
  }

  /** TWR over the whole index: index_end − 1. */
  public double total() {
    return index[index.length - 1] - 1;
  }

  /** The level at point {@code t}. */
  public double level(int t) {
    return index[t];
  }

  /** The day whose close point {@code t} is. */
  public LocalDate date(int t) {
    return opening.plusDays(t);
  }
}
