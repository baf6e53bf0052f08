package io.phasewise.domain.indicator;

/**
 * Package helper: the sum of the last {@code window} values, updated in constant time. The running
 * sum is rebuilt from the window once every {@code window} pushes (amortised constant work), so
 * rounding residue never outlives one window, and at once when the sum falls four orders of magnitude
 * below its peak since the last rebuild (large values leaving a quiet window), where the residue of
 * the large values would otherwise swamp the small ones.
 */
final class WindowSum {

  private static final double COLLAPSE = 1e-4;

  private final double[] ring;
  private int next;
  private int size;
  private int sinceRebuild;
  private double sum;
  private double peak;

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
    peak = Math.max(peak, Math.abs(sum));
    if (++sinceRebuild == ring.length || Math.abs(sum) < COLLAPSE * peak) {
      double exact = 0;
      for (int i = 0; i < size; i++) exact += ring[i];
      sum = exact;
      peak = Math.abs(exact);
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
