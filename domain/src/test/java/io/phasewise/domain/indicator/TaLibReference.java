package io.phasewise.domain.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import com.tictactec.ta.lib.Core;
import com.tictactec.ta.lib.MAType;
import com.tictactec.ta.lib.MInteger;
import com.tictactec.ta.lib.RetCode;
import java.util.Arrays;

/**
 * Test oracle: TA-Lib's Java port, its outputs shifted to input indices with NaN before its first
 * output ({@code outBegIdx}), so they line up with our batch forms.
 */
final class TaLibReference {

  private static final Core CORE = new Core();

  /** One TA-Lib output column aligned to the input, and where its first value is. */
  record Aligned(double[] values, int begin) {}

  private TaLibReference() {}

  static Aligned sma(double[] in, int period) {
    return single(in.length, (b, n, o) -> CORE.sma(0, in.length - 1, in, period, b, n, o));
  }

  static Aligned ema(double[] in, int period) {
    return single(in.length, (b, n, o) -> CORE.ema(0, in.length - 1, in, period, b, n, o));
  }

  static Aligned wma(double[] in, int period) {
    return single(in.length, (b, n, o) -> CORE.wma(0, in.length - 1, in, period, b, n, o));
  }

  static Aligned rsi(double[] in, int period) {
    return single(in.length, (b, n, o) -> CORE.rsi(0, in.length - 1, in, period, b, n, o));
  }

  static Aligned trueRange(double[] high, double[] low, double[] close) {
    return single(close.length, (b, n, o) -> CORE.trueRange(0, close.length - 1, high, low, close, b, n, o));
  }

  static Aligned atr(double[] high, double[] low, double[] close, int period) {
    return single(close.length, (b, n, o) -> CORE.atr(0, close.length - 1, high, low, close, period, b, n, o));
  }

  static Aligned stdDev(double[] in, int period) {
    return single(in.length, (b, n, o) -> CORE.stdDev(0, in.length - 1, in, period, 1.0, b, n, o));
  }

  /** MACD line, signal and histogram. */
  static Aligned[] macd(double[] in, int fast, int slow, int signal) {
    double[][] raw = new double[3][in.length];
    MInteger begin = new MInteger();
    MInteger count = new MInteger();
    RetCode code = CORE.macd(0, in.length - 1, in, fast, slow, signal, begin, count, raw[0], raw[1], raw[2]);
    return align(code, begin, count, raw);
  }

  /** Bollinger upper, middle and lower band on an SMA. */
  static Aligned[] bbands(double[] in, int period, double up, double down) {
    double[][] raw = new double[3][in.length];
    MInteger begin = new MInteger();
    MInteger count = new MInteger();
    RetCode code = CORE.bbands(0, in.length - 1, in, period, up, down, MAType.Sma, begin, count, raw[0], raw[1],
        raw[2]);
    return align(code, begin, count, raw);
  }

  private interface Call {
    RetCode run(MInteger begin, MInteger count, double[] out);
  }

  private static Aligned single(int length, Call call) {
    double[][] raw = new double[1][length];
    MInteger begin = new MInteger();
    MInteger count = new MInteger();
    RetCode code = call.run(begin, count, raw[0]);
    return align(code, begin, count, raw)[0];
  }

  private static Aligned[] align(RetCode code, MInteger begin, MInteger count, double[][] raw) {
    assertThat(code).as("TA-Lib return code").isEqualTo(RetCode.Success);
    Aligned[] result = new Aligned[raw.length];
    for (int k = 0; k < raw.length; k++) {
      double[] values = new double[raw[k].length];
      Arrays.fill(values, Double.NaN);
      System.arraycopy(raw[k], 0, values, begin.value, count.value);
      result[k] = new Aligned(values, begin.value);
    }
    return result;
  }
}
