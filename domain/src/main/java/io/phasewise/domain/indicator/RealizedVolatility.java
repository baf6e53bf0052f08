package io.phasewise.domain.indicator;

/**
 * Realized volatility: the sample standard deviation (n − 1) of the last {@code window} one-bar log
 * returns, annualised by √{@code periodsPerYear}. The caller states periods per year (252 for daily
 * stock bars, 365 for daily crypto, bars per session × 252 intraday; see docs/ANALYTICS.md): there is no
 * default. Flat prices give exactly 0. Prices must be positive.
 */
public final class RealizedVolatility {

  private RealizedVolatility() {}

  /** Leading NaN outputs of {@link #batch}: {@code window} (a window of returns needs one more price). */
  public static int warmUp(int window) {
    return ParamCheck.atLeast("window", window, 2);
  }

  public static double[] batch(double[] prices, int window, double periodsPerYear) {
    return StreamedBatch.of(prices, streaming(window, periodsPerYear)::next);
  }

  public static Streaming streaming(int window, double periodsPerYear) {
    return new Streaming(warmUp(window), ParamCheck.positive("periodsPerYear", periodsPerYear));
  }

  /** Realized volatility bar by bar: the k-th {@link #next} equals {@code batch(...)[k]}. */
  public static final class Streaming {
    private final Returns.Streaming logReturns = Returns.streaming(1, Returns.Kind.LOG);
    private final PairedWindowMoments moments;
    private final double annualisation;

    private Streaming(int window, double periodsPerYear) {
      moments = new PairedWindowMoments(window);
      annualisation = Math.sqrt(periodsPerYear);
    }

    public double next(double price) {
      double r = logReturns.next(price);
      if (Double.isNaN(r)) return Double.NaN;
      moments.push(r, r);
      return moments.full() ? Math.sqrt(moments.varianceX()) * annualisation : Double.NaN;
    }
  }
}
