package io.phasewise.adapters.rest.param;

import io.phasewise.domain.market.Interval;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/**
 * The bar length a request is about, {@code interval}, daily by default. The field is public so the
 * OpenAPI generator sees it as a parameter.
 */
public class IntervalParams {
  @QueryParam("interval")
  @DefaultValue("1d")
  @Parameter(description = "bar length: 1m, 5m, 15m, 30m, 1h, 4h, 1d or 1w")
  public String interval;

  /** The interval, else a 400 naming {@code interval}. */
  public Interval interval() {
    return MarketParams.interval(interval);
  }
}
