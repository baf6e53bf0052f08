package io.phasewise.adapters.rest.phase;

import io.phasewise.adapters.rest.param.IntervalParams;
import io.phasewise.adapters.rest.problem.FailureException;
import io.phasewise.application.phase.port.in.QueryPhasesUseCase;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.Interval;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Positive;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Resource: an asset's current Tit-for-Tat phase with its reasons and tooltip line. */
@Path("/api/assets/{id}/phase")
@Tag(name = "phases")
public final class AssetPhaseResource {
  private final QueryPhasesUseCase phases;

  public AssetPhaseResource(QueryPhasesUseCase phases) {
    this.phases = phases;
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "An asset's current phase (COOP, DEFECT or FORGIVE), its confidence, reasons and one-line summary",
      description = "404 for an unknown asset, and a 404 naming the phase when it was never computed at this interval.")
  public PhaseStateJson current(@PathParam("id") @Positive long id, @BeanParam IntervalParams params) {
    Interval interval = params.interval();
    return PhaseStateJson.of(phases.current(AssetId.of(id), interval).getOrElseThrow(FailureException::new), interval);
  }
}
