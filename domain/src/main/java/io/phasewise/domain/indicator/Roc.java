package io.phasewise.domain.indicator;

/**
 * Rate of change, as TA-Lib's ROC: {@code (p[t] / p[t-period] - 1) * 100}, in percent, computed in
 * that order so it agrees with TA-Lib to the last bit; 0 when the earlier price is 0. For returns at
 * full precision use {@link Returns}.
 */
public final class Roc {

  private Roc() {}

  /** Leading NaN outputs of {@link #batch}: {@code period} (TA-Lib's lookback). */
  public static int warmUp(int period) {
    return ParamCheck.atLeast("period", period, 1);
  }

  public static double[] batch(double[] prices, int period) {
    return StreamedBatch.of(prices, streaming(period)::next);
  }

  public static Streaming streaming(int period) {
    return new Streaming(warmUp(period));
  }

  /** ROC bar by bar: the k-th {@link #next} equals {@code batch(...)[k]}. */
  public static final class Streaming {
    private final LagRing lag;

    private Streaming(int period) {
      lag = new LagRing(period);
    }

    public double next(double price) {
      double earlier = lag.push(price);
      if (earlier == 0) return 0;
      return (price / earlier - 1.0) * 100.0;
    }
  }
}
