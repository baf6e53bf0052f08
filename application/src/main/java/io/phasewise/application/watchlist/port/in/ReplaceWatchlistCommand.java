package io.phasewise.application.watchlist.port.in;

import io.phasewise.domain.account.UserId;
import io.phasewise.domain.market.AssetId;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/** Command: make {@code assets}, in this order, the whole watchlist of {@code owner}. */
public record ReplaceWatchlistCommand(UserId owner, List<AssetId> assets, OptionalLong expectedVersion) {
  public ReplaceWatchlistCommand {
    Objects.requireNonNull(owner, "owner");
    assets = List.copyOf(assets);
    Objects.requireNonNull(expectedVersion, "expectedVersion");
  }
}
