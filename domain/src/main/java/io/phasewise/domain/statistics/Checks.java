package io.phasewise.domain.statistics;

/** Package helper: validates the arguments of the statistics, naming the offender. */
final class Checks {

  private Checks() {}

  static double periodsPerYear(double periodsPerYear) {
    if (!(periodsPerYear > 0) || Double.isInfinite(periodsPerYear)) {
      throw new IllegalArgumentException("periodsPerYear must be positive and finite: " + periodsPerYear);
    }
    return periodsPerYear;
  }

  static double[] series(String name, double[] values) {
    if (values == null) throw new IllegalArgumentException(name + " must be given: null");
    return values;
  }

  static int sameLength(double[] a, double[] b) {
    series("returns", a);
    series("benchmark returns", b);
    if (a.length != b.length) {
      throw new IllegalArgumentException("returns has " + a.length + " values but benchmark returns has " + b.length);
    }
    return a.length;
  }
}
