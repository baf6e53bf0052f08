package io.phasewise.adapters.rest.snapshot;

import io.phasewise.adapters.rest.csv.CsvDownload;
import io.phasewise.adapters.rest.paging.PageParams;
import io.phasewise.adapters.rest.paging.PageResponse;
import io.phasewise.adapters.rest.paging.PagedItems;
import io.phasewise.adapters.rest.param.AssetIds;
import io.phasewise.adapters.rest.param.BarRangeParams;
import io.phasewise.adapters.rest.param.TimeRange;
import io.phasewise.adapters.rest.problem.FailureException;
import io.phasewise.adapters.rest.shared.ApiMediaTypes;
import io.phasewise.application.shared.Page;
import io.phasewise.application.shared.PageRequest;
import io.phasewise.application.snapshot.model.TrainingRow;
import io.phasewise.application.snapshot.port.in.QuerySnapshotsUseCase;
import io.phasewise.application.snapshot.port.in.TrainingRowsQuery;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.Interval;
import io.phasewise.domain.shared.Failure;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.vavr.control.Either;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.List;
import java.util.function.Function;

/** Resource: model-training data, the features of each bar joined with its close, as pages of JSON or one CSV download. */
@Path("/api/features")
@Tag(name = "snapshots")
public final class FeaturesResource {
  private final QuerySnapshotsUseCase snapshots;
  private final Clock clock;

  public FeaturesResource(QuerySnapshotsUseCase snapshots, Clock clock) {
    this.snapshots = snapshots;
    this.clock = clock;
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON + ";qs=1")
  @Operation(summary = "One page of training rows, by asset then bar; or, as text/csv, every row of the range",
      description = "CSV is chosen with Accept: text/csv or ?format=csv, streams the whole range whatever the offset and "
          + "limit, and has the columns asset, time, close, ret_1d, ret_5d, ret_20d, rsi_14, momentum_5d, vol_20d, atr_14, "
          + "volume_zscore, then one per extra feature present, by name; a value still warming up is an empty cell.",
      responses = @ApiResponse(responseCode = "200", description = "a page of rows, or the CSV download", content = {
          @Content(mediaType = MediaType.APPLICATION_JSON),
          @Content(mediaType = ApiMediaTypes.TEXT_CSV, schema = @Schema(type = "string"))}))
  public PageResponse<TrainingRowJson> page(@BeanParam BarRangeParams range,
      @QueryParam("assets") @Parameter(description = AssetIds.DESCRIPTION + "; default: every asset") List<String> assets,
      @Valid @BeanParam PageParams page) {
    return PageResponse.of(read(range, assets).apply(page.request()).getOrElseThrow(FailureException::new),
        TrainingRowJson::of);
  }

  @GET
  @Produces(ApiMediaTypes.TEXT_CSV + ";qs=0.5")
  @Operation(hidden = true, summary = "documented with the JSON page: OpenAPI has one GET per path")
  public Response csv(@BeanParam BarRangeParams range, @QueryParam("assets") List<String> assets) {
    Function<PageRequest, Either<Failure, Page<TrainingRow>>> rows = read(range, assets);
    FeatureCsv csv = new FeatureCsv(rows.apply(PagedItems.DOWNLOAD_PAGE).getOrElseThrow(FailureException::new),
        PagedItems.byOffset(rows));
    return CsvDownload.attachment("features-" + range.interval().code() + ".csv", csv);
  }

  /** Reads pages of the rows the parameters select; a bad parameter fails here, before any page is read. */
  private Function<PageRequest, Either<Failure, Page<TrainingRow>>> read(BarRangeParams range, List<String> assets) {
    Interval interval = range.interval();
    TimeRange bars = range.range(clock);
    List<AssetId> ids = AssetIds.optional(assets);
    return page -> snapshots.trainingRows(new TrainingRowsQuery(interval, bars.from(), bars.to(), ids, page));
  }
}
