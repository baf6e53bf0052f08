package io.phasewise.domain.indicator;

/** The last {@code length} values of a stream in a ring, for streaming indicators that drop old bars. */
final class SlidingWindow {

  private final double[] values;
  private int next;

  SlidingWindow(int length) {
    values = new double[length];
  }

  /**
   * Stores {@code value} and returns the value that left the window: the one pushed {@code length}
   * calls earlier, or 0 while the window is still filling (so callers can subtract it unconditionally).
   */
  double push(double value) {
    double leaving = values[next];
    values[next] = value;
    next = next + 1 == values.length ? 0 : next + 1;
    return leaving;
  }
}
