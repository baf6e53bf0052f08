package io.phasewise.domain.indicator;

/** Facts about exponential smoothing shared by the EMA, Wilder-smoothed, MACD and ADX kernels. */
final class Smoothing {

  /**
   * The seed's weight must fall below e^-25 (1.4e-11) for later outputs to forget it to 1e-9: the
   * margin covers an earlier state up to 70 times the current output, as after a fall in price or in
   * volatility, beyond which earlier history still shows.
   */
  private static final double FORGOTTEN = 25;

  private Smoothing() {}

  /** Bars until a seed's weight {@code (1 - alpha)^m} falls below e^-25. */
  static int barsToForget(double alpha) {
    return alpha >= 1 ? 0 : (int) Math.ceil(FORGOTTEN / -Math.log1p(-alpha));
  }

  /**
   * Bars until a smoother with factor {@code outer} fed by one with factor {@code inner} (MACD's signal
   * of the EMAs' line, ADX of the smoothed DX) forgets both seeds: the inner seed's weight
   * {@code (1 - inner)^m} and the outer output's dependence on the two seeds, {@code w(m) = (1 - outer)
   * w(m - 1) + outer (1 - inner)^m} with {@code w(0) = 1}, both fall below e^-25. With equal factors
   * {@code w(m) = (1 - alpha)^m (1 + m alpha)}: the cascade needs more bars than either smoother alone.
   */
  static int barsToForget(double inner, double outer) {
    double forgotten = Math.exp(-FORGOTTEN);
    double innerWeight = 1;
    double weight = 1;
    int bars = 0;
    while (weight > forgotten || innerWeight > forgotten) {
      bars++;
      innerWeight *= 1 - inner;
      weight = (1 - outer) * weight + outer * innerWeight;
    }
    return bars;
  }
}
