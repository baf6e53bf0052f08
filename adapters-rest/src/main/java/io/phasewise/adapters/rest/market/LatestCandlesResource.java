package io.phasewise.adapters.rest.market;

import io.phasewise.adapters.rest.shared.FailureException;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Resource: the latest candle of many assets in one call, for watchlists and dashboards. */
@Path("/api/candles/latest")
@Tag(name = "candles")
public final class LatestCandlesResource {
  private static final int MAX_ASSETS = 1000;

  private final LatestCandlesUseCase latest;

  public LatestCandlesResource(LatestCandlesUseCase latest) {
    this.latest = latest;
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "The latest candle of each asset, keyed by asset id; assets without candles are absent")
  public Map<String, CandleJson> latest(
      @QueryParam("assets") @Parameter(description = "asset ids, comma-separated or repeated: assets=1,2,3") List<String> assets,
      @QueryParam("interval") @DefaultValue("1d") String interval) {
    Set<AssetId> ids = assetIds(assets);
    Map<AssetId, Candle> found = latest.latest(ids, MarketParams.interval(interval));
    Map<String, CandleJson> byId = new LinkedHashMap<>();
    ids.forEach(id -> {
      Candle candle = found.get(id);
      if (candle != null) byId.put(id.toString(), CandleJson.of(candle));
    });
    return byId;
  }

  private static Set<AssetId> assetIds(List<String> values) {
    Set<AssetId> ids = new LinkedHashSet<>();
    for (String value : values) {
      for (String part : value.split(",", -1)) {
        if (!part.isBlank()) ids.add(assetId(part.strip()));
      }
    }
    if (ids.isEmpty()) throw FailureException.invalid("assets", "is required: comma-separated asset ids such as 1,2,3");
    if (ids.size() > MAX_ASSETS) throw FailureException.invalid("assets", "must list at most " + MAX_ASSETS + " ids");
    return ids;
  }

  private static AssetId assetId(String text) {
    try {
      long id = Long.parseLong(text);
      if (id > 0) return AssetId.of(id);
    } catch (NumberFormatException notANumber) {
      // reported below like any other bad id
    }
    throw FailureException.invalid("assets", "'" + text + "' is not an asset id (a positive whole number)");
  }
}
