package io.phasewise.domain.indicator;

/** Package helper: remembers the last {@code lag} values so each push returns the one {@code lag} pushes back. */
final class LagRing {

  private final double[] ring;
  private int next;
  private int size;

  LagRing(int lag) {
    ring = new double[lag];
  }

  /** Stores {@code x}; returns the value pushed {@code lag} pushes earlier, or NaN while there is none. */
  double push(double x) {
    double old = size == ring.length ? ring[next] : Double.NaN;
    if (size < ring.length) size++;
    ring[next] = x;
    next = next + 1 == ring.length ? 0 : next + 1;
    return old;
  }
}
