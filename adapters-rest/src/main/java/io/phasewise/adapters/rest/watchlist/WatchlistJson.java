package io.phasewise.adapters.rest.watchlist;

import io.phasewise.application.watchlist.port.in.WatchlistView;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/** The caller's watchlist in display order, with the version that its ETag carries too. */
@Schema(name = "Watchlist")
record WatchlistJson(
    List<Item> items,
    @Schema(description = "0 while never saved; send it back in If-Match to refuse a change made meanwhile") long version,
    @Schema(description = "null while never saved") Instant updatedAt) {

  static WatchlistJson of(WatchlistView view) {
    return new WatchlistJson(view.items().stream().map(Item::of).toList(), view.version(), view.updatedAt());
  }

  /** One watched asset at its position (from 0). */
  @Schema(name = "WatchlistItem")
  record Item(int position, long assetId, String symbol, String name, String type) {
    static Item of(WatchlistView.Item item) {
      return new Item(item.position(), item.asset().id().value(), item.asset().symbol(), item.asset().name(),
          item.asset().type().code());
    }
  }
}
