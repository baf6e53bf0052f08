package io.phasewise.domain.indicator;

import java.util.function.DoubleUnaryOperator;

/** Runs a one-input streaming indicator over a whole column, so its batch form is its stream by construction. */
final class StreamedBatch {
  private StreamedBatch() {}

  static double[] of(double[] in, DoubleUnaryOperator next) {
    double[] out = new double[in.length];
    for (int i = 0; i < in.length; i++) out[i] = next.applyAsDouble(in[i]);
    return out;
  }
}
