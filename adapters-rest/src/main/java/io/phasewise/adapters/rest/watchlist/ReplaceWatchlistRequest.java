package io.phasewise.adapters.rest.watchlist;

import io.phasewise.adapters.rest.param.AssetIds;
import io.phasewise.adapters.rest.problem.FieldErrors;
import io.phasewise.domain.market.AssetId;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/** Body of PUT /api/me/watchlist: the whole list of asset ids, in display order. */
@Schema(name = "WatchlistReplacement")
record ReplaceWatchlistRequest(
    @NotNull @Schema(description = "distinct asset ids, at most 500; [] empties the watchlist", example = "[3, 1, 2]")
    List<Long> assets) {

  List<AssetId> assetIds() {
    FieldErrors errors = new FieldErrors();
    List<AssetId> ids = AssetIds.listed(assets, errors);
    errors.throwIfAny();
    return ids;
  }
}
