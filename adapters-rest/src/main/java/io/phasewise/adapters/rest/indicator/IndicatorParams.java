package io.phasewise.adapters.rest.indicator;

import io.phasewise.adapters.rest.param.BarRangeParams;
import io.phasewise.adapters.rest.param.Params;
import io.phasewise.adapters.rest.param.TimeRange;
import io.phasewise.adapters.rest.problem.FailureException;
import io.phasewise.application.indicator.port.in.IndicatorQuery;
import io.phasewise.domain.market.AssetId;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MultivaluedMap;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Which indicator values GET /api/assets/{id}/indicators/{name} returns: the bar range, whether prices
 * are adjusted, and every other query parameter as a parameter of the indicator. Fields are public so
 * the OpenAPI generator sees them as parameters.
 */
final class IndicatorParams extends BarRangeParams {
  /** Query parameters of the endpoint itself ({@code format} is read by the format filter); any other is the indicator's. */
  private static final Set<String> RESERVED = Set.of("interval", "from", "to", "adjusted", "format");

  @QueryParam("adjusted")
  @DefaultValue("false")
  @Parameter(description = "compute on prices back-adjusted for later splits and dividends")
  public String adjusted;

  IndicatorQuery query(long asset, String name, MultivaluedMap<String, String> query, Clock clock) {
    TimeRange range = range(clock);
    return new IndicatorQuery(AssetId.of(asset), interval(), name, indicatorParameters(query), range.from(), range.to(),
        Params.bool("adjusted", adjusted));
  }

  private static Map<String, String> indicatorParameters(MultivaluedMap<String, String> query) {
    Map<String, String> parameters = new HashMap<>();
    query.forEach((parameter, values) -> {
      if (RESERVED.contains(parameter)) return;
      if (values.size() > 1) throw FailureException.invalid(parameter, "must be given once, not " + values.size() + " times");
      parameters.put(parameter, values.get(0));
    });
    return parameters;
  }
}
