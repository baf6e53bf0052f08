package io.phasewise.domain.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/** Test helper: element-wise comparison of indicator columns by relative error, NaN positions included. */
final class Compare {

  private Compare() {}

  /** {@code |a - b| / max(|a|, |b|)}, 0 when both are equal (including both 0). */
  static double relativeError(double a, double b) {
    if (a == b) return 0;
    return Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b));
  }

  /**
   * Asserts that {@code actual} is NaN exactly where {@code expected} is and elsewhere within
   * {@code tolerance} relative; prints and returns the largest relative error seen.
   */
  static double assertClose(String label, double[] expected, double[] actual, double tolerance) {
    assertThat(actual).as(label + " length").hasSize(expected.length);
    double worst = 0;
    for (int i = 0; i < expected.length; i++) {
      if (Double.isNaN(expected[i]) || Double.isNaN(actual[i])) {
        if (Double.isNaN(expected[i]) != Double.isNaN(actual[i])) {
          fail(label + " at " + i + ": expected " + expected[i] + " but was " + actual[i]);
        }
        continue;
      }
      double error = relativeError(expected[i], actual[i]);
      if (!(error <= tolerance)) {
        fail(label + " at " + i + ": expected " + expected[i] + " but was " + actual[i] + " (relative error " + error + ")");
      }
      worst = Math.max(worst, error);
    }
    System.out.println("MAXREL " + label + " " + worst);
    return worst;
  }

  /** The number of leading NaN values. */
  static int leadingNaN(double[] values) {
    int i = 0;
    while (i < values.length && Double.isNaN(values[i])) i++;
    return i;
  }

  /** Asserts no NaN (nor infinity) from {@code from} on. */
  static void assertFiniteFrom(String label, double[] values, int from) {
    for (int i = from; i < values.length; i++) {
      if (!Double.isFinite(values[i])) fail(label + " at " + i + " is " + values[i]);
    }
  }
}
