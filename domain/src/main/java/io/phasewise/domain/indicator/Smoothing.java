package io.phasewise.domain.indicator;

/** Facts about exponential smoothing shared by the EMA, Wilder-smoothed and MACD kernels. */
final class Smoothing {

  /** The seed's weight must fall below e^-25 for later outputs to forget it (see {@link Ema}). */
  private static final double FORGOTTEN = 25;

  private Smoothing() {}

  /** Bars until a seed's weight {@code (1 - alpha)^m} falls below e^-25. */
  static int barsToForget(double alpha) {
    return alpha >= 1 ? 0 : (int) Math.ceil(FORGOTTEN / -Math.log1p(-alpha));
  }
}
