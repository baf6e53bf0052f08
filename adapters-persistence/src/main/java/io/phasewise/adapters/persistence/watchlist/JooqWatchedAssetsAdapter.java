package io.phasewise.adapters.persistence.watchlist;

import static io.phasewise.adapters.persistence.jooq.generated.Tables.ASSETS;
import static io.phasewise.adapters.persistence.jooq.generated.Tables.WATCHLIST_ITEMS;

import io.phasewise.adapters.persistence.market.MarketValues;
import io.phasewise.adapters.persistence.shared.AssetKeys;
import io.phasewise.application.watchlist.model.AssetLabel;
import io.phasewise.application.watchlist.port.out.LoadAssetLabelsPort;
import io.phasewise.application.watchlist.port.out.LoadWatchedAssetsPort;
import io.phasewise.domain.account.UserId;
import io.phasewise.domain.market.AssetId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;

/** The read side of watchlists with jOOQ: a user's watched asset ids in order, and asset labels by id; one query each. */
final class JooqWatchedAssetsAdapter implements LoadWatchedAssetsPort, LoadAssetLabelsPort {
  private final DSLContext sql;

  JooqWatchedAssetsAdapter(DSLContext sql) {
    this.sql = sql;
  }

  @Override
  public List<AssetId> watchedAssets(UserId user) {
    return sql.select(WATCHLIST_ITEMS.ASSET_ID).from(WATCHLIST_ITEMS)
        .where(WATCHLIST_ITEMS.USER_ID.eq(user.value()))
        .orderBy(WATCHLIST_ITEMS.POSITION)
        .fetch(r -> new AssetId(r.value1()));
  }

  @Override
  public Map<AssetId, AssetLabel> labels(Collection<AssetId> ids) {
    Map<AssetId, AssetLabel> labels = new HashMap<>();
    if (ids.isEmpty()) return labels;
    sql.select(ASSETS.ID, ASSETS.SYMBOL, ASSETS.NAME, ASSETS.TYPE).from(ASSETS)
        .where(AssetKeys.anyOf(ASSETS.ID, ids))
        .forEach(r -> {
          AssetId id = new AssetId(r.value1());
          labels.put(id, new AssetLabel(id, r.value2(), r.value3(), MarketValues.assetType(r.value4())));
        });
    return labels;
  }
}
