package io.phasewise.adapters.rest.phase;

import io.phasewise.adapters.rest.param.BarRangeParams;
import io.phasewise.adapters.rest.param.TimeRange;
import io.phasewise.adapters.rest.problem.FailureException;
import io.phasewise.application.phase.port.in.PhaseTimelineQuery;
import io.phasewise.application.phase.port.in.QueryPhasesUseCase;
import io.phasewise.domain.market.AssetId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Positive;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;

/** Resource: an asset's phase timeline over a range, with the prices of its bars, for a chart. */
@Path("/api/assets/{id}/phases")
@Tag(name = "phases")
public final class PhaseTimelineResource {
  private final QueryPhasesUseCase phases;
  private final Clock clock;

  public PhaseTimelineResource(QueryPhasesUseCase phases, Clock clock) {
    this.phases = phases;
    this.clock = clock;
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "An asset's phase transitions, stays and closing prices over a range",
      description = "A transition's changedAt is the end time of the bar that decided it; a price's time is its bar's open "
          + "time. 404 as for the current phase.")
  public PhaseTimelineJson timeline(@PathParam("id") @Positive long id, @BeanParam BarRangeParams range) {
    TimeRange bars = range.range(clock);
    var query = new PhaseTimelineQuery(AssetId.of(id), range.interval(), bars.from(), bars.to());
    return PhaseTimelineJson.of(phases.timeline(query)
        .getOrElseThrow(FailureException::new));
  }
}
