package io.phasewise.adapters.rest.market;

import io.phasewise.adapters.rest.param.BarRangeParams;
import io.phasewise.adapters.rest.param.Params;
import io.phasewise.adapters.rest.param.TimeRange;
import io.phasewise.application.market.port.in.CandleQuery;
import io.phasewise.application.shared.PageRequest;
import io.phasewise.domain.market.AssetId;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.time.Clock;

/**
 * Which candles of an asset GET /api/assets/{id}/candles returns, whatever the representation.
 * Fields are public so the OpenAPI generator sees them as parameters; the asset id stays a method
 * parameter because a bad path value in a bean parameter makes Jersey log an injection failure.
 */
final class CandleRangeParams extends BarRangeParams {
  @QueryParam("adjusted")
  @DefaultValue("false")
  @Parameter(description = "back-adjust prices and volumes for later splits and dividends")
  public String adjusted;

  @QueryParam("source")
  @Parameter(description = "only bars of this source; default: for each time, the first source by name")
  public String source;

  CandleQuery query(long asset, PageRequest page, Clock clock) {
    TimeRange range = range(clock);
    return new CandleQuery(AssetId.of(asset), interval(), range.from(), range.to(), Params.bool("adjusted", adjusted),
        source, page);
  }
}
