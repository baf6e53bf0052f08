package io.phasewise.adapters.rest.phase;

import io.phasewise.adapters.rest.account.MeResource;
import io.phasewise.adapters.rest.account.RequiredAccess;
import io.phasewise.adapters.rest.param.IntervalParams;
import io.phasewise.application.phase.port.in.RecomputePhasesUseCase;
import io.phasewise.application.shared.BatchProgress;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

/** Resource: replays and records the phases of every active asset, answering when all are done. */
@Path("/api/phases/recompute")
@Tag(name = "phases")
public final class UniversePhaseRecomputeResource {
  private final RecomputePhasesUseCase recompute;

  public UniversePhaseRecomputeResource(RecomputePhasesUseCase recompute) {
    this.recompute = recompute;
  }

  @POST
  @SecurityRequirement(name = MeResource.BEARER, scopes = RequiredAccess.ADMIN)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Recompute the phases of every active asset in parallel; one asset's failure fails that asset only",
      description = "Runs to the end before answering, in asset id order.")
  public PhaseRecomputeJson.Report recomputeAll(@BeanParam IntervalParams params, @Context UriInfo uri) {
    return PhaseRecomputeJson.Report.of(params.interval(), recompute.recomputeAll(params.interval(), BatchProgress.none()),
        uri.getRequestUri().getRawPath());
  }
}
