package io.phasewise.application.watchlist.port.in;

import io.phasewise.domain.account.UserId;
import io.phasewise.domain.market.AssetId;
import java.util.Objects;
import java.util.OptionalLong;

/** Command: move {@code asset} on the watchlist of {@code owner} to display position {@code position} (from 0). */
public record MoveWatchlistItemCommand(UserId owner, AssetId asset, int position, OptionalLong expectedVersion) {
  public MoveWatchlistItemCommand {
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(asset, "asset");
    Objects.requireNonNull(expectedVersion, "expectedVersion");
  }
}
