package io.phasewise.adapters.rest.phase;

import io.phasewise.adapters.rest.account.MeResource;
import io.phasewise.adapters.rest.account.RequiredAccess;
import io.phasewise.adapters.rest.param.IntervalParams;
import io.phasewise.adapters.rest.problem.FailureException;
import io.phasewise.application.phase.port.in.RecomputePhasesUseCase;
import io.phasewise.domain.market.AssetId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Positive;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Resource: replays and records one asset's phases from its stored candles and sentiment. */
@Path("/api/assets/{id}/phases/recompute")
@Tag(name = "phases")
public final class AssetPhaseRecomputeResource {
  private final RecomputePhasesUseCase recompute;

  public AssetPhaseRecomputeResource(RecomputePhasesUseCase recompute) {
    this.recompute = recompute;
  }

  @POST
  @SecurityRequirement(name = MeResource.BEARER, scopes = RequiredAccess.ADMIN)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Recompute an asset's phases; stored transitions the replay repeats are kept",
      description = "Phase events (for webhooks) are written only for changes decided after the previously stored state, "
          + "so the first computation of an asset emits none.")
  public PhaseRecomputeJson recompute(@PathParam("id") @Positive long id, @BeanParam IntervalParams params) {
    return PhaseRecomputeJson.of(recompute.recompute(AssetId.of(id), params.interval()).getOrElseThrow(FailureException::new));
  }
}
