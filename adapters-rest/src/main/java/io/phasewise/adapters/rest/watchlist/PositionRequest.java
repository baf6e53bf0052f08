package io.phasewise.adapters.rest.watchlist;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

/** Body of PUT /api/me/watchlist/items/{assetId}/position. */
@Schema(name = "WatchlistPosition")
record PositionRequest(@NotNull @Schema(description = "the new position, from 0") Integer position) {}
