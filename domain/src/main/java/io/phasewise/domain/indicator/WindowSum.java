package io.phasewise.domain.indicator;

/**
 * Package helper: the sum of the last {@code window} values, updated in constant time. The running
 * sum is rebuilt from the window once every {@code window} pushes (amortised constant work), so
 * rounding residue never outlives one window however long the series.
 */
final class WindowSum {

  private final double[] ring;
  private int next;
  private int size;
  private int sinceRebuild;
  private double sum;

  WindowSum(int window) {
    ring = new double[window];
  }

  void push(double x) {
    if (size == ring.length) {
      sum -= ring[next];
    } else {
      size++;
    }
    ring[next] = x;
    sum += x;
    next = next + 1 == ring.length ? 0 : next + 1;
    if (++sinceRebuild == ring.length) {
      double exact = 0;
      for (int i = 0; i < size; i++) exact += ring[i];
      sum = exact;
      sinceRebuild = 0;
    }
  }

  boolean full() {
    return size == ring.length;
  }

  double sum() {
    return sum;
  }
}
