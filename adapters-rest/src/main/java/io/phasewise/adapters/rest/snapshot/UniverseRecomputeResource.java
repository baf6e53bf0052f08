package io.phasewise.adapters.rest.snapshot;

import io.phasewise.adapters.rest.account.MeResource;
import io.phasewise.adapters.rest.account.RequiredAccess;
import io.phasewise.adapters.rest.problem.FailureException;
import io.phasewise.application.shared.BatchProgress;
import io.phasewise.application.snapshot.port.in.RecomputeSnapshotsUseCase;
import io.phasewise.domain.market.Interval;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

/** Resource: computes and stores the snapshots of every registered asset, answering when all are done. */
@Path("/api/snapshots/recompute")
@Tag(name = "snapshots")
public final class UniverseRecomputeResource {
  private final RecomputeSnapshotsUseCase recompute;

  public UniverseRecomputeResource(RecomputeSnapshotsUseCase recompute) {
    this.recompute = recompute;
  }

  @POST
  @SecurityRequirement(name = MeResource.BEARER, scopes = RequiredAccess.ADMIN)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Recompute every asset's snapshots in parallel; one asset's failure fails that asset only",
      description = "Runs to the end before answering, so it may take minutes on a large universe. One runs at a time "
          + "across every server and command line on the database: while one runs, another is a 409.",
      responses = {
          @ApiResponse(responseCode = "200", description = "every asset's outcome",
              content = @Content(schema = @Schema(implementation = UniverseReportJson.class))),
          @ApiResponse(responseCode = "409", description = "a recompute of every asset is already in progress")})
  public UniverseReportJson recomputeAll(@BeanParam RecomputeParams params, @Context UriInfo uri) {
    Interval interval = params.interval();
    return UniverseReportJson.of(interval, recompute.recomputeUniverse(interval, params.rebuild(), BatchProgress.none())
        .getOrElseThrow(FailureException::new), uri.getRequestUri().getRawPath());
  }
}
