package io.phasewise.adapters.rest.snapshot;

import io.phasewise.adapters.rest.param.AssetIds;
import io.phasewise.adapters.rest.param.IntervalParams;
import io.phasewise.adapters.rest.param.TimeRange;
import io.phasewise.adapters.rest.problem.FailureException;
import io.phasewise.application.shared.TimeBounds;
import io.phasewise.application.snapshot.port.in.LatestSnapshotsQuery;
import io.phasewise.application.snapshot.port.in.QuerySnapshotsUseCase;
import io.phasewise.domain.market.AssetId;
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
import java.time.Instant;
import java.util.List;

/** Resource: the latest snapshot of many assets in one call, for screens and dashboards. */
@Path("/api/snapshots/latest")
@Tag(name = "snapshots")
public final class LatestSnapshotsResource {
  private final QuerySnapshotsUseCase snapshots;

  public LatestSnapshotsResource(QuerySnapshotsUseCase snapshots) {
    this.snapshots = snapshots;
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "The latest snapshot of each asset in request order; assets without one are listed apart",
      description = "Every id must be a registered asset: unknown ids are a 400 naming them. With asOf, each asset's "
          + "latest bar that had ended by then (no later data is read), as a replay or a backtest would see it.")
  public LatestSnapshotsJson latest(@QueryParam("assets") @Parameter(description = AssetIds.DESCRIPTION) List<String> assets,
      @BeanParam IntervalParams params,
      @QueryParam("asOf") @Parameter(description = "ISO-8601 date or time; default: every stored bar") String asOf) {
    List<AssetId> ids = AssetIds.required(assets);
    Interval interval = params.interval();
    Instant knownAt = TimeRange.instant("asOf", asOf, TimeBounds.END);
    var query = new LatestSnapshotsQuery(ids, interval, knownAt);
    return LatestSnapshotsJson.of(interval, snapshots.latest(query).getOrElseThrow(FailureException::new));
  }
}
