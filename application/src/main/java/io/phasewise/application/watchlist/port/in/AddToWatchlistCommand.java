package io.phasewise.application.watchlist.port.in;

import io.phasewise.domain.account.UserId;
import io.phasewise.domain.market.AssetId;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.OptionalLong;

/** Command: add {@code asset} to the watchlist of {@code owner} at {@code position} (empty: at the end). */
public record AddToWatchlistCommand(UserId owner, AssetId asset, OptionalInt position, OptionalLong expectedVersion) {
  public AddToWatchlistCommand {
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(asset, "asset");
    Objects.requireNonNull(position, "position");
    Objects.requireNonNull(expectedVersion, "expectedVersion");
  }
}
