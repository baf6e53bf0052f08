package io.phasewise.adapters.rest.market;

import io.phasewise.adapters.rest.csv.CsvDownload;
import io.phasewise.adapters.rest.paging.PageParams;
import io.phasewise.adapters.rest.paging.PageResponse;
import io.phasewise.adapters.rest.paging.PagedItems;
import io.phasewise.adapters.rest.problem.FailureException;
import io.phasewise.adapters.rest.shared.ApiMediaTypes;
import io.phasewise.application.market.model.CandleCsvColumns;
import io.phasewise.application.market.port.in.CandleQuery;
import io.phasewise.application.market.port.in.QueryCandlesUseCase;
import io.phasewise.application.shared.Page;
import io.phasewise.domain.market.Candle;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;

/** Resource: the candles of an asset, as pages of JSON or as one CSV download of the whole range. */
@Path("/api/assets/{id}/candles")
@Tag(name = "candles")
public final class CandleResource {
  private final QueryCandlesUseCase candles;
  private final Clock clock;

  public CandleResource(QueryCandlesUseCase candles, Clock clock) {
    this.candles = candles;
    this.clock = clock;
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON + ";qs=1")
  @Operation(summary = "One page of candles, oldest first; or, as text/csv, every candle of the range",
      description = "CSV is chosen with Accept: text/csv or ?format=csv, streams the whole range whatever the offset "
          + "and limit, and has the columns " + CandleCsvColumns.HEADER,
      responses = @ApiResponse(responseCode = "200", description = "a page of candles, or the CSV download", content = {
          @Content(mediaType = MediaType.APPLICATION_JSON),
          @Content(mediaType = ApiMediaTypes.TEXT_CSV, schema = @Schema(type = "string"))}))
  public PageResponse<CandleJson> page(@PathParam("id") @Positive long id, @BeanParam CandleRangeParams range,
      @Valid @BeanParam PageParams page) {
    CandleQuery query = range.query(id, page.request(), clock);
    return PageResponse.of(read(query), CandleJson::of);
  }

  @GET
  @Produces(ApiMediaTypes.TEXT_CSV + ";qs=0.5")
  @Operation(hidden = true, summary = "documented with the JSON page: OpenAPI has one GET per path")
  public Response csv(@PathParam("id") @Positive long id, @BeanParam CandleRangeParams range) {
    CandleQuery query = range.query(id, PagedItems.DOWNLOAD_PAGE, clock);
    String filename = "asset-" + query.asset() + "-" + query.interval().code() + ".csv";
    return CsvDownload.attachment(filename, new CandleCsvDownload(candles, query, read(query)));
  }

  private Page<Candle> read(CandleQuery query) {
    return candles.candles(query).getOrElseThrow(FailureException::new);
  }
}
