package io.phasewise.application.watchlist.port.out;

import io.phasewise.domain.account.UserId;
import io.phasewise.domain.market.AssetId;
import java.util.List;

/** Outgoing port: the assets on a user's watchlist in display order (empty when the user has none). */
public interface LoadWatchedAssetsPort {
  List<AssetId> watchedAssets(UserId user);
}
