package io.phasewise.domain.indicator;

/**
 * Rolling volume-weighted average price over the last {@code bars} bars: Σ(typical × volume) / Σ volume
 * with typical price (high + low + close) / 3. When every bar in the window has zero volume the
 * average is undefined; it is then defined as the current bar's typical price. For the per-day
 * average that resets at UTC midnight see {@link SessionVwap}.
 */
public final class Vwap {

  private Vwap() {}

  /** Leading NaN outputs of {@link #batch}: {@code bars − 1}. */
  public static int warmUp(int bars) {
    return ParamCheck.atLeast("bars", bars, 1) - 1;
  }

  public static double[] batch(double[] high, double[] low, double[] close, double[] volume, int bars) {
    int n = ParamCheck.sameLength("high", high, "low", low);
    ParamCheck.sameLength("high", high, "close", close);
    ParamCheck.sameLength("high", high, "volume", volume);
    Streaming s = streaming(bars);
    double[] out = new double[n];
    for (int i = 0; i < n; i++) out[i] = s.next(high[i], low[i], close[i], volume[i]);
    return out;
  }

  public static Streaming streaming(int bars) {
    warmUp(bars);
    return new Streaming(bars);
  }

  /** Rolling VWAP bar by bar: the k-th {@link #next} equals {@code batch(...)[k]}. */
  public static final class Streaming {
    private final WindowSum priceVolume;
    private final WindowSum volume;
    private final WindowSum tradedBars;

    private Streaming(int bars) {
      priceVolume = new WindowSum(bars);
      volume = new WindowSum(bars);
      tradedBars = new WindowSum(bars);
    }

    public double next(double high, double low, double close, double volume) {
      double typical = (high + low + close) / 3.0;
      priceVolume.push(typical * volume);
      this.volume.push(volume);
      // Counting traded bars tells an all-zero window exactly; the running volume sum may keep a residue.
      tradedBars.push(volume == 0 ? 0 : 1);
      if (!this.volume.full()) return Double.NaN;
      return tradedBars.sum() == 0 ? typical : priceVolume.sum() / this.volume.sum();
    }
  }
}
