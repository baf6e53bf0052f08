package io.phasewise.adapters.rest.market;

import io.phasewise.adapters.rest.problem.FailureException;
import io.phasewise.application.market.port.in.FindAssetUseCase;
import io.phasewise.application.market.port.in.LatestCandlesUseCase;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.Candle;
import io.phasewise.domain.market.Interval;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Positive;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Resource: the intervals at which an asset has candles, so that a client offers only those. */
@Path("/api/assets/{id}/intervals")
@Tag(name = "candles")
public final class AssetIntervalsResource {
  private final FindAssetUseCase find;
  private final LatestCandlesUseCase latest;

  public AssetIntervalsResource(FindAssetUseCase find, LatestCandlesUseCase latest) {
    this.find = Objects.requireNonNull(find, "find");
    this.latest = Objects.requireNonNull(latest, "latest");
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "The intervals at which the asset has candles, shortest first, each with its newest bar",
      description = "An interval without candles is absent; an asset without any candles has an empty list.")
  public StoredIntervalsJson intervals(@PathParam("id") @Positive long id) {
    AssetId asset = find.find(AssetId.of(id)).getOrElseThrow(FailureException::new).id();
    List<StoredIntervalsJson.Stored> stored = new ArrayList<>();
    for (Interval interval : Interval.values()) {
      Candle newest = latest.latest(List.of(asset), interval).get(asset);
      if (newest != null) stored.add(StoredIntervalsJson.Stored.of(interval, newest));
    }
    return new StoredIntervalsJson(id, stored);
  }
}
