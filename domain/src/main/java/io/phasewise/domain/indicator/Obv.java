package io.phasewise.domain.indicator;

/**
 * On-balance volume, as TA-Lib's OBV: starts at the first bar's volume, then adds each bar's volume
 * when the close rises, subtracts it when the close falls, and keeps the total when the close is unchanged.
 * No warm-up; zero volume simply leaves the total unchanged. The level depends on where the series
 * starts; the change between any two of its bars does not.
 */
public final class Obv {

  private Obv() {}

  /** Leading NaN outputs of {@link #batch}: none. */
  public static int warmUp() {
    return 0;
  }

  /** OBV of every bar; {@code close} and {@code volume} have equal length. */
  public static double[] batch(double[] close, double[] volume) {
    int n = ParamCheck.sameLength("close", close, "volume", volume);
    double[] out = new double[n];
    Streaming s = streaming();
    for (int i = 0; i < n; i++) out[i] = s.next(close[i], volume[i]);
    return out;
  }

  public static Streaming streaming() {
    return new Streaming();
  }

  /** OBV bar by bar: the k-th {@link #next} equals {@code batch(...)[k]}. */
  public static final class Streaming {
    private boolean started;
    private double previousClose;
    private double total;

    private Streaming() {}

    public double next(double close, double volume) {
      if (!started) {
        started = true;
        total = volume;
      } else if (close > previousClose) {
        total += volume;
      } else if (close < previousClose) {
        total -= volume;
      }
      previousClose = close;
      return total;
    }
  }
}
