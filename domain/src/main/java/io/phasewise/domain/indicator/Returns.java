package io.phasewise.domain.indicator;

/**
 * Returns over {@code bars} bars: simple {@code (p[t] - p[t-bars]) / p[t-bars]} or log {@code ln(p[t] / p[t-bars])},
 * both computed from the difference so that tiny returns keep full precision ({@code p / p0 - 1} would
 * lose up to ten digits on a one-tick move).
 * A simple return from a zero price is defined as 0 (no measurable change, as TA-Lib's ROC); a log
 * return needs positive prices and rejects any other with {@link IllegalArgumentException}.
 */
public final class Returns {

  /** Which return: simple (arithmetic) or log (continuously compounded). */
  public enum Kind { SIMPLE, LOG }

  private Returns() {}

  /** Leading NaN outputs of {@link #batch}: {@code bars}. */
  public static int warmUp(int bars) {
    return ParamCheck.atLeast("bars", bars, 1);
  }

  public static double[] batch(double[] prices, int bars, Kind kind) {
    return StreamedBatch.of(prices, streaming(bars, kind)::next);
  }

  public static Streaming streaming(int bars, Kind kind) {
    if (kind == null) throw new IllegalArgumentException("kind must not be null");
    return new Streaming(warmUp(bars), kind);
  }

  /** Returns bar by bar: the k-th {@link #next} equals {@code batch(...)[k]}. */
  public static final class Streaming {
    private final LagRing lag;
    private final boolean log;

    private Streaming(int bars, Kind kind) {
      lag = new LagRing(bars);
      log = kind == Kind.LOG;
    }

    public double next(double price) {
      if (log && !(price > 0)) throw new IllegalArgumentException("log return needs a positive price: " + price);
      double earlier = lag.push(price);
      if (Double.isNaN(earlier)) return Double.NaN;
      if (log) return Math.log1p((price - earlier) / earlier);
      return earlier == 0 ? 0 : (price - earlier) / earlier;
    }
  }
}
