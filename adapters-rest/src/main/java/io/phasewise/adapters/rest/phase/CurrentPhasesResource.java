package io.phasewise.adapters.rest.phase;

import io.phasewise.adapters.rest.param.AssetIds;
import io.phasewise.adapters.rest.param.IntervalParams;
import io.phasewise.adapters.rest.problem.FailureException;
import io.phasewise.application.phase.port.in.QueryPhasesUseCase;
import io.phasewise.domain.market.Interval;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Resource: the current phases of many assets in one call, for dashboard cards. */
@Path("/api/phases")
@Tag(name = "phases")
public final class CurrentPhasesResource {
  private final QueryPhasesUseCase phases;

  public CurrentPhasesResource(QueryPhasesUseCase phases) {
    this.phases = phases;
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "The current phase of each asset in request order; assets without one are listed apart",
      description = "Every id must be a registered asset: unknown ids are a 400 naming them.")
  public CurrentPhasesJson current(@QueryParam("assets") @Parameter(description = AssetIds.DESCRIPTION) List<String> assets,
      @BeanParam IntervalParams params) {
    Interval interval = params.interval();
    return CurrentPhasesJson.of(interval, phases.current(AssetIds.required(assets), interval)
        .getOrElseThrow(FailureException::new));
  }
}
