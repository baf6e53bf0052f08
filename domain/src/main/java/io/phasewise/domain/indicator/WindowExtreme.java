package io.phasewise.domain.indicator;

/**
 * Package helper: the maximum (or minimum) of the last {@code window} values, by a monotonic deque
 * held in fixed rings: amortised constant work per value, no allocation.
 */
final class WindowExtreme {

  private final boolean max;
  private final int window;
  private final double[] values;
  private final long[] positions;
  private int head;
  private int count;
  private long position;

  private WindowExtreme(int window, boolean max) {
    this.window = window;
    this.max = max;
    values = new double[window];
    positions = new long[window];
  }

  static WindowExtreme max(int window) {
    return new WindowExtreme(window, true);
  }

  static WindowExtreme min(int window) {
    return new WindowExtreme(window, false);
  }

  /** Adds {@code x} and returns the extreme of the last {@code window} values (fewer at the start). */
  double push(double x) {
    if (count > 0 && positions[head] <= position - window) {
      head = head + 1 == window ? 0 : head + 1;
      count--;
    }
    while (count > 0) {
      int back = slot(count - 1);
      if (max ? values[back] <= x : values[back] >= x) count--; else break;
    }
    int tail = slot(count);
    values[tail] = x;
    positions[tail] = position++;
    count++;
    return values[head];
  }

  private int slot(int offset) {
    int s = head + offset;
    return s >= window ? s - window : s;
  }
}
