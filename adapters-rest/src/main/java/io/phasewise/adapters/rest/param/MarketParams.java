package io.phasewise.adapters.rest.param;

import io.phasewise.domain.market.Interval;

/** Readers of query parameters specific to market data. */
public final class MarketParams {
  private MarketParams() {}

  /** The interval with this code ({@code 1m 5m 15m 30m 1h 4h 1d 1w}), else a 400 naming {@code interval}. */
  public static Interval interval(String raw) {
    return Params.oneOf("interval", raw, Interval.values(), Interval::code);
  }
}
