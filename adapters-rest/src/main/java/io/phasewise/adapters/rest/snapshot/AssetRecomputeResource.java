package io.phasewise.adapters.rest.snapshot;

import io.phasewise.adapters.rest.account.MeResource;
import io.phasewise.adapters.rest.account.RequiredAccess;
import io.phasewise.adapters.rest.problem.FailureException;
import io.phasewise.application.snapshot.port.in.RecomputeResult;
import io.phasewise.application.snapshot.port.in.RecomputeSnapshotsUseCase;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.Interval;
import io.phasewise.domain.shared.Failure;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.vavr.control.Either;
import jakarta.validation.constraints.Positive;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Resource: computes and stores the snapshots of one asset's bars, for operators after a data fix. */
@Path("/api/assets/{id}/snapshots/recompute")
@Tag(name = "snapshots")
public final class AssetRecomputeResource {
  private final RecomputeSnapshotsUseCase recompute;

  public AssetRecomputeResource(RecomputeSnapshotsUseCase recompute) {
    this.recompute = recompute;
  }

  @POST
  @SecurityRequirement(name = MeResource.BEARER, scopes = RequiredAccess.ADMIN)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Compute the snapshots of an asset's bars that have none yet, or with rebuild=true of every bar")
  public RecomputeResultJson recompute(@PathParam("id") @Positive long id, @BeanParam RecomputeParams params) {
    AssetId asset = AssetId.of(id);
    Interval interval = params.interval();
    Either<Failure, RecomputeResult> result =
        params.rebuild() ? recompute.rebuild(asset, interval) : recompute.recompute(asset, interval);
    return RecomputeResultJson.of(result.getOrElseThrow(FailureException::new));
  }
}
