package io.phasewise.domain.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.DoubleUnaryOperator;

/** Test assertions: NaN exactly during warm-up, then agreement within a relative tolerance. */
final class Closeness {

  private Closeness() {}

  /**
   * Asserts {@code actual} is NaN before {@code warmUp} and within {@code relative} of {@code expected}
   * (relative to the larger magnitude, floored at {@code floor}) from there on; returns the largest
   * relative error seen so reports can quote it.
   */
  static double assertClose(double[] expected, double[] actual, int warmUp, double relative, double floor,
      String label) {
    assertThat(actual).as(label + ": length").hasSameSizeAs(expected);
    double worst = 0;
    for (int i = 0; i < actual.length; i++) {
      if (i < warmUp) {
        assertThat(actual[i]).as(label + ": warm-up output at " + i).isNaN();
        continue;
      }
      assertThat(Double.isFinite(actual[i])).as(label + ": finite at " + i + " but " + actual[i]).isTrue();
      double scale = Math.max(floor, Math.max(Math.abs(expected[i]), Math.abs(actual[i])));
      double error = Math.abs(expected[i] - actual[i]) / scale;
      assertThat(error).as(label + ": at " + i + " expected " + expected[i] + " got " + actual[i])
          .isLessThanOrEqualTo(relative);
      worst = Math.max(worst, error);
    }
    return worst;
  }

  /** The outputs of a streaming form fed {@code in} one value at a time. */
  static double[] feed(double[] in, DoubleUnaryOperator next) {
    double[] out = new double[in.length];
    for (int i = 0; i < in.length; i++) out[i] = next.applyAsDouble(in[i]);
    return out;
  }

  /** Prints a golden comparison's worst error, so the figures can be quoted without rerunning by hand. */
  static void report(String indicator, Object series, double worst) {
    System.out.printf("golden %-28s %-32s max relative error %.3e%n", indicator, series, worst);
  }

  /** {@link #assertClose} with a purely relative tolerance. */
  static double assertClose(double[] expected, double[] actual, int warmUp, double relative, String label) {
    return assertClose(expected, actual, warmUp, relative, Double.MIN_NORMAL, label);
  }
}
