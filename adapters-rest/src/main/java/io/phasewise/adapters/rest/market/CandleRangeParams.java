package io.phasewise.adapters.rest.market;

import io.phasewise.adapters.rest.shared.Params;
import io.phasewise.application.market.port.in.CandleQuery;
import io.phasewise.application.shared.PageRequest;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.Interval;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.time.Clock;

/**
 * Which candles of an asset GET /api/assets/{id}/candles returns, whatever the representation.
 * Fields are public so the OpenAPI generator sees them as parameters; the asset id stays a method
 * parameter because a bad path value in a bean parameter makes Jersey log an injection failure.
 */
final class CandleRangeParams {
  @QueryParam("interval")
  @DefaultValue("1d")
  @Parameter(description = "bar length: 1m, 5m, 15m, 30m, 1h, 4h, 1d or 1w")
  public String interval;

  @QueryParam("from")
  @Parameter(description = "first open time: an ISO date (2020-01-31, midnight UTC) or time (2020-01-31T00:00:00Z); "
      + "default: the whole history")
  public String from;

  @QueryParam("to")
  @Parameter(description = "end of the range, exclusive; a date includes that whole day; default: now")
  public String to;

  @QueryParam("adjusted")
  @DefaultValue("false")
  @Parameter(description = "back-adjust prices and volumes for later splits and dividends")
  public String adjusted;

  @QueryParam("source")
  @Parameter(description = "only bars of this source; default: for each time, the first source by name")
  public String source;

  CandleQuery query(long asset, PageRequest page, Clock clock) {
    Interval bars = MarketParams.interval(interval);
    TimeRange range = TimeRange.parse(from, to, bars, clock);
    return new CandleQuery(AssetId.of(asset), bars, range.from(), range.to(), Params.bool("adjusted", adjusted), source, page);
  }
}
