package io.phasewise.application.portfolio.port.in;

import io.phasewise.domain.market.Asset;
import java.util.Objects;

/**
 * A benchmark asset's daily closes, adjusted for its splits and dividends and in its own currency, one
 * per point of a TWR index (point 0 the opening day), NaN on a day without a candle (no close is
 * carried forward: the comparison joins the two series on the days both have).
 */
public record BenchmarkCloses(Asset asset, double[] closes) {
  public BenchmarkCloses {
    Objects.requireNonNull(asset, "asset");
    closes = closes.clone();
  }

  @Override
  public double[] closes() {
    return closes.clone();
  }

  /** The closes as an index: each close over the first one, NaN where there is none (all NaN without any close). */
  public double[] index() {
    double first = Double.NaN;
    for (double c : closes) {
      if (!Double.isNaN(c)) {
        first = c;
        break;
      }
    }
    double[] index = new double[closes.length];
    for (int t = 0; t < closes.length; t++) index[t] = closes[t] / first;
    return index;
  }
}
