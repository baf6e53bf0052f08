package io.phasewise.application.watchlist.port.in;

import io.phasewise.application.watchlist.model.AssetLabel;
import io.phasewise.domain.account.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A user's watchlist as shown: the assets in display order with their positions, and the version to
 * send back as the expected version of the next change.
 *
 * @param version 0 while the watchlist has never been saved
 * @param updatedAt when it was last saved, or {@code null} when never
 */
public record WatchlistView(UserId owner, List<Item> items, long version, Instant updatedAt) {
  public WatchlistView {
    Objects.requireNonNull(owner, "owner");
    items = List.copyOf(items);
  }

  /** One asset on the watchlist at its display position (from 0). */
  public record Item(int position, AssetLabel asset) {
    public Item {
      Objects.requireNonNull(asset, "asset");
    }
  }
}
