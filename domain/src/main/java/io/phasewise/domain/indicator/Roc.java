package io.phasewise.domain.indicator;

/**
 * Rate of change, as TA-Lib's ROC: {@code (p[t] / p[t-period] - 1) * 100}, in percent; 0 when the
 * earlier price is 0. It is the simple {@link Returns} over {@code period} bars, times 100.
 */
public final class Roc {

  private Roc() {}

  /** Leading NaN outputs of {@link #batch}: {@code period} (TA-Lib's lookback). */
  public static int warmUp(int period) {
    return Returns.warmUp(period);
  }

  public static double[] batch(double[] prices, int period) {
    Streaming s = streaming(period);
    double[] out = new double[prices.length];
    for (int i = 0; i < prices.length; i++) out[i] = s.next(prices[i]);
    return out;
  }

  public static Streaming streaming(int period) {
    return new Streaming(Returns.streaming(period, Returns.Kind.SIMPLE));
  }

  /** ROC bar by bar: the k-th {@link #next} equals {@code batch(...)[k]}. */
  public static final class Streaming {
    private final Returns.Streaming simple;

    private Streaming(Returns.Streaming simple) {
      this.simple = simple;
    }

    public double next(double price) {
      return simple.next(price) * 100.0;
    }
  }
}
