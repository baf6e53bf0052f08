package io.phasewise.domain.indicator;

/** Package helper: validates indicator parameters and input columns, naming the offender. */
final class ParamCheck {

  private ParamCheck() {}

  static int atLeast(String name, int value, int min) {
    if (value < min) throw new IllegalArgumentException(name + " must be >= " + min + ": " + value);
    return value;
  }

  static double positive(String name, double value) {
    if (!(value > 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(name + " must be positive and finite: " + value);
    }
    return value;
  }

  static int sameLength(String first, double[] a, String second, double[] b) {
    if (a.length != b.length) {
      throw new IllegalArgumentException(first + " has " + a.length + " values but " + second + " has " + b.length);
    }
    return a.length;
  }
}
