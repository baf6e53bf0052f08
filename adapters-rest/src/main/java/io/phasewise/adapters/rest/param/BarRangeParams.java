package io.phasewise.adapters.rest.param;

import io.swagger.v3.oas.annotations.Parameter;
import jakarta.ws.rs.QueryParam;
import java.time.Clock;

/**
 * The bars a read covers: {@code interval}, {@code from} and {@code to}, as every per-bar endpoint
 * takes them. Fields are public so the OpenAPI generator sees them as parameters.
 */
public class BarRangeParams extends IntervalParams {
  @QueryParam("from")
  @Parameter(description = "first open time: an ISO date (2020-01-31, midnight UTC) or time (2020-01-31T00:00:00Z); "
      + "default: the whole history")
  public String from;

  @QueryParam("to")
  @Parameter(description = "end of the range, exclusive; a date includes that whole day; default: now")
  public String to;

  /** The open times {@code [from, to)}, else a 400 naming {@code from} or {@code to}. */
  public TimeRange range(Clock clock) {
    return TimeRange.parse(from, to, interval(), clock);
  }
}
