package io.phasewise.adapters.rest.snapshot;

import io.phasewise.adapters.rest.paging.PageParams;
import io.phasewise.adapters.rest.paging.PageResponse;
import io.phasewise.adapters.rest.param.BarRangeParams;
import io.phasewise.adapters.rest.param.TimeRange;
import io.phasewise.adapters.rest.problem.FailureException;
import io.phasewise.application.snapshot.port.in.QuerySnapshotsUseCase;
import io.phasewise.application.snapshot.port.in.SnapshotHistoryQuery;
import io.phasewise.domain.market.AssetId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;

/** Resource: the stored snapshots of an asset's bars over a range: market, standard indicators and features of each. */
@Path("/api/assets/{id}/snapshots")
@Tag(name = "snapshots")
public final class SnapshotHistoryResource {
  private final QuerySnapshotsUseCase snapshots;
  private final Clock clock;

  public SnapshotHistoryResource(QuerySnapshotsUseCase snapshots, Clock clock) {
    this.snapshots = snapshots;
    this.clock = clock;
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "One page of an asset's snapshots, oldest first; values still warming up are null")
  public PageResponse<SnapshotJson> history(@PathParam("id") @Positive long id, @BeanParam BarRangeParams range,
      @Valid @BeanParam PageParams page) {
    TimeRange bars = range.range(clock);
    var query = new SnapshotHistoryQuery(AssetId.of(id), range.interval(), bars.from(), bars.to(), page.request());
    return PageResponse.of(snapshots.history(query)
        .getOrElseThrow(FailureException::new), SnapshotJson::of);
  }
}
