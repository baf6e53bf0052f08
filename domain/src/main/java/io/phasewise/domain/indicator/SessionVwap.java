package io.phasewise.domain.indicator;

/**
 * Session volume-weighted average price: Σ(typical × volume) / Σ volume from the first bar of the UTC
 * day (by bar open time) to the current bar, typical price (high + low + close) / 3; it resets at each
 * UTC midnight. While the session has traded no volume the average is undefined and is defined as the
 * current bar's typical price. No warm-up. Open times must increase.
 */
public final class SessionVwap {

  private static final long DAY_MILLIS = 86_400_000L;

  private SessionVwap() {}

  /** Leading NaN outputs of {@link #batch}: none. */
  public static int warmUp() {
    return 0;
  }

  public static double[] batch(long[] openTimeMillis, double[] high, double[] low, double[] close, double[] volume) {
    int n = ParamCheck.sameLength("high", high, "low", low);
    ParamCheck.sameLength("high", high, "close", close);
    ParamCheck.sameLength("high", high, "volume", volume);
    if (openTimeMillis.length != n) {
      throw new IllegalArgumentException("openTimeMillis has " + openTimeMillis.length + " values but high has " + n);
    }
    Streaming s = streaming();
    double[] out = new double[n];
    for (int i = 0; i < n; i++) out[i] = s.next(openTimeMillis[i], high[i], low[i], close[i], volume[i]);
    return out;
  }

  public static Streaming streaming() {
    return new Streaming();
  }

  /** Session VWAP bar by bar: the k-th {@link #next} equals {@code batch(...)[k]}. */
  public static final class Streaming {
    private long previousTime = Long.MIN_VALUE;
    private long day;
    private double priceVolume;
    private double volume;

    private Streaming() {}

    public double next(long openTimeMillis, double high, double low, double close, double volume) {
      if (openTimeMillis <= previousTime) {
        throw new IllegalArgumentException("openTimeMillis " + openTimeMillis + " does not follow " + previousTime);
      }
      long barDay = Math.floorDiv(openTimeMillis, DAY_MILLIS);
      if (previousTime == Long.MIN_VALUE || barDay != day) {
        day = barDay;
        priceVolume = 0;
        this.volume = 0;
      }
      previousTime = openTimeMillis;
      double typical = (high + low + close) / 3.0;
      priceVolume += typical * volume;
      this.volume += volume;
      return this.volume == 0 ? typical : priceVolume / this.volume;
    }
  }
}
