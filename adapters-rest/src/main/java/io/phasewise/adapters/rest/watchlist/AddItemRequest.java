package io.phasewise.adapters.rest.watchlist;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/** Body of POST /api/me/watchlist/items. */
@Schema(name = "WatchlistItemRequest")
record AddItemRequest(
    @NotNull @Positive Long assetId,
    @Schema(description = "where to insert it, from 0; default: at the end") Integer position) {}
