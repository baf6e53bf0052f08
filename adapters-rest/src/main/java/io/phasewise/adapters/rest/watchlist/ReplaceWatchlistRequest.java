package io.phasewise.adapters.rest.watchlist;

import io.phasewise.adapters.rest.shared.FieldErrors;
import io.phasewise.domain.market.AssetId;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;

/** Body of PUT /api/me/watchlist: the whole list of asset ids, in display order. */
@Schema(name = "WatchlistReplacement")
record ReplaceWatchlistRequest(
    @NotNull @Schema(description = "distinct asset ids, at most 500; [] empties the watchlist", example = "[3, 1, 2]")
    List<Long> assets) {

  List<AssetId> assetIds() {
    FieldErrors errors = new FieldErrors();
    List<AssetId> ids = new ArrayList<>(assets.size());
    for (int i = 0; i < assets.size(); i++) {
      Long id = assets.get(i);
      if (id == null || id <= 0) {
        errors.add("assets[" + i + "]", "must be a positive asset id, not " + id);
      } else {
        ids.add(AssetId.of(id));
      }
    }
    errors.throwIfAny();
    return ids;
  }
}
