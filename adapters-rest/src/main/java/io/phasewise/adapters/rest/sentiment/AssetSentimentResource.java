package io.phasewise.adapters.rest.sentiment;

import io.phasewise.adapters.rest.paging.PageParams;
import io.phasewise.adapters.rest.paging.PageResponse;
import io.phasewise.adapters.rest.param.TimeRange;
import io.phasewise.adapters.rest.problem.FailureException;
import io.phasewise.application.sentiment.port.in.QuerySentimentUseCase;
import io.phasewise.application.sentiment.port.in.SentimentObservationsQuery;
import io.phasewise.domain.market.AssetId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;

/** Resource: an asset's Sentiment Meter and its stored observations. */
@Path("/api/assets/{id}/sentiment")
@Tag(name = "sentiment")
@Produces(MediaType.APPLICATION_JSON)
public final class AssetSentimentResource {
  private final QuerySentimentUseCase sentiment;

  public AssetSentimentResource(QuerySentimentUseCase sentiment) {
    this.sentiment = sentiment;
  }

  @GET
  @Operation(summary = "The asset's sentiment meter as of a time",
      description = "The reliability-weighted, time-decayed mean of the scores observed within the lookback before "
          + "asOf (only observations made at or before asOf count), with their spread, counts per tier, the tier-A "
          + "share of the weight, the newest observation, a one-line summary and the weights used.")
  public SentimentMeterJson meter(@PathParam("id") @Positive long id,
      @QueryParam("asOf") @Parameter(description = "ISO-8601 date (midnight UTC) or time; default: now") String asOf) {
    Instant at = TimeRange.instant("asOf", asOf, null);
    return SentimentMeterJson.of(sentiment.meter(AssetId.of(id), at).getOrElseThrow(FailureException::new));
  }

  @GET
  @Path("observations")
  @Operation(summary = "One page of the asset's sentiment observations, oldest first (then by source id)")
  public PageResponse<SentimentObservationJson> observations(@PathParam("id") @Positive long id,
      @QueryParam("from") @Parameter(description = "first observation time, inclusive: ISO-8601 date or time; "
          + "default: the beginning") String from,
      @QueryParam("to") @Parameter(description = "end of the range, exclusive: ISO-8601 date (midnight UTC) or time; "
          + "default: no end") String to,
      @Valid @BeanParam PageParams page) {
    TimeRange range = TimeRange.instants(from, to);
    return PageResponse.of(sentiment.observations(new SentimentObservationsQuery(AssetId.of(id), range.from(), range.to(),
        page.request())).getOrElseThrow(FailureException::new), SentimentObservationJson::of);
  }
}
