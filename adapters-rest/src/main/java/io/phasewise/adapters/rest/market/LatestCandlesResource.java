package io.phasewise.adapters.rest.market;

import io.phasewise.adapters.rest.param.AssetIds;
import io.phasewise.adapters.rest.param.MarketParams;
import io.phasewise.application.market.port.in.LatestCandlesUseCase;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.Candle;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Resource: the latest candle of many assets in one call, for watchlists and dashboards. */
@Path("/api/candles/latest")
@Tag(name = "candles")
public final class LatestCandlesResource {
  private final LatestCandlesUseCase latest;

  public LatestCandlesResource(LatestCandlesUseCase latest) {
    this.latest = latest;
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "The latest candle of each asset, keyed by asset id; assets without candles are absent")
  public Map<String, CandleJson> latest(
      @QueryParam("assets") @Parameter(description = AssetIds.DESCRIPTION) List<String> assets,
      @QueryParam("interval") @DefaultValue("1d") String interval) {
    List<AssetId> ids = AssetIds.required(assets);
    Map<AssetId, Candle> found = latest.latest(ids, MarketParams.interval(interval));
    Map<String, CandleJson> byId = new LinkedHashMap<>();
    ids.forEach(id -> {
      Candle candle = found.get(id);
      if (candle != null) byId.put(id.toString(), CandleJson.of(candle));
    });
    return byId;
  }
}
