package io.phasewise.domain.indicator;

/** Momentum, as TA-Lib's MOM: {@code p[t] - p[t-period]}, in price units. */
public final class Momentum {

  private Momentum() {}

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

  /** Momentum bar by bar: the k-th {@link #next} equals {@code batch(...)[k]}. */
  public static final class Streaming {
    private final LagRing lag;

    private Streaming(int period) {
      lag = new LagRing(period);
    }

    public double next(double price) {
      return price - lag.push(price);
    }
  }
}
