package io.phasewise.adapters.rest.market;

import io.phasewise.adapters.rest.shared.Params;
import io.phasewise.application.market.port.in.CandleQuery;
import io.phasewise.application.shared.PageRequest;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.Interval;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.Positive;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.time.Clock;

/** Which candles GET /api/assets/{id}/candles returns, whatever the representation. */
final class CandleRangeParams {
  @PathParam("id")
  @Positive
  @Parameter(description = "asset id")
  long id;

  @QueryParam("interval")
  @DefaultValue("1d")
  @Parameter(description = "bar length: 1m, 5m, 15m, 30m, 1h, 4h, 1d or 1w")
  String interval;

  @QueryParam("from")
  @Parameter(description = "first open time: an ISO date (2020-01-31, midnight UTC) or time (2020-01-31T00:00:00Z); "
      + "default: the whole history")
  String from;

  @QueryParam("to")
  @Parameter(description = "end of the range, exclusive; a date includes that whole day; default: now")
  String to;

  @QueryParam("adjusted")
  @DefaultValue("false")
  @Parameter(description = "back-adjust prices and volumes for later splits and dividends")
  String adjusted;

  @QueryParam("source")
  @Parameter(description = "only bars of this source; default: for each time, the first source by name")
  String source;

  CandleQuery query(PageRequest page, Clock clock) {
    Interval bars = MarketParams.interval(interval);
    TimeRange range = TimeRange.parse(from, to, bars, clock);
    return new CandleQuery(AssetId.of(id), bars, range.from(), range.to(), Params.bool("adjusted", adjusted), source, page);
  }
}
