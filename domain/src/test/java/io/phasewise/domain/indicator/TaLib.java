package io.phasewise.domain.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import com.tictactec.ta.lib.Core;
import com.tictactec.ta.lib.MInteger;
import com.tictactec.ta.lib.RetCode;
import java.util.Arrays;

/** Test oracle: TA-Lib's Java port, its packed outputs spread to input length with NaN before outBegIdx. */
final class TaLib {

  static final Core CORE = new Core();

  /** A TA-Lib call on the whole input, writing packed outputs. */
  interface Call {
    RetCode run(int end, MInteger begin, MInteger length, double[][] outputs);
  }

  private TaLib() {}

  /** Runs {@code call} over {@code n} inputs with {@code outputs} result columns, each of length n. */
  static double[][] run(int n, int outputs, Call call) {
    double[][] packed = new double[outputs][n];
    MInteger begin = new MInteger();
    MInteger length = new MInteger();
    assertThat(call.run(n - 1, begin, length, packed)).isEqualTo(RetCode.Success);
    double[][] spread = new double[outputs][n];
    for (int k = 0; k < outputs; k++) {
      Arrays.fill(spread[k], Double.NaN);
      System.arraycopy(packed[k], 0, spread[k], begin.value, length.value);
    }
    return spread;
  }
}
