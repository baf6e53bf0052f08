package io.phasewise.application.watchlist.port.in;

import io.phasewise.domain.account.UserId;
import io.phasewise.domain.market.AssetId;
import java.util.Objects;
import java.util.OptionalLong;

/** Command: remove {@code asset} from the watchlist of {@code owner}. */
public record RemoveFromWatchlistCommand(UserId owner, AssetId asset, OptionalLong expectedVersion) {
  public RemoveFromWatchlistCommand {
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(asset, "asset");
    Objects.requireNonNull(expectedVersion, "expectedVersion");
  }
}
