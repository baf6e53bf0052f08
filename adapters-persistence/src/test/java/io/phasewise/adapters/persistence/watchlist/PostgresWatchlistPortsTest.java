package io.phasewise.adapters.persistence.watchlist;

import io.phasewise.adapters.persistence.PostgresExtension;
import io.phasewise.adapters.persistence.account.AccountPersistence;
import io.phasewise.adapters.persistence.market.MarketPersistence;
import io.phasewise.application.watchlist.port.out.LoadAssetLabelsPort;
import io.phasewise.application.watchlist.port.out.LoadWatchedAssetsPort;
import io.phasewise.application.watchlist.port.out.LoadWatchlistPort;
import io.phasewise.application.watchlist.port.out.SaveWatchlistPort;
import io.phasewise.application.watchlist.port.out.WatchlistPortsContract;
import io.phasewise.domain.account.EmailAddress;
import io.phasewise.domain.account.User;
import io.phasewise.domain.account.UserId;
import io.phasewise.domain.account.UserSettings;
import io.phasewise.domain.market.AssetId;
import java.util.UUID;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresWatchlistPortsTest extends WatchlistPortsContract {
  @RegisterExtension
  static final PostgresExtension DB = new PostgresExtension();

  @Override
  protected void startEmpty() {
    DB.truncate();
  }

  @Override
  protected LoadWatchlistPort load() {
    return DB.persistence().ports(WatchlistPersistence.MODULE).loadWatchlists();
  }

  @Override
  protected SaveWatchlistPort save() {
    return DB.persistence().ports(WatchlistPersistence.MODULE).saveWatchlists();
  }

  @Override
  protected LoadWatchedAssetsPort watched() {
    return DB.persistence().ports(WatchlistPersistence.MODULE).watchedAssets();
  }

  @Override
  protected LoadAssetLabelsPort labels() {
    return DB.persistence().ports(WatchlistPersistence.MODULE).assetLabels();
  }

  @Override
  protected UserId newUser() {
    UserId id = new UserId(UUID.randomUUID());
    DB.persistence().ports(AccountPersistence.MODULE).saveUsers()
        .insert(User.register(id, EmailAddress.of(id + "@example.org"), UserSettings.EMPTY, T0));
    return id;
  }

  @Override
  protected AssetId newAsset(String symbol) {
    return DB.newAsset(symbol);
  }

  @Override
  protected void deleteAsset(AssetId asset) {
    DB.persistence().ports(MarketPersistence.MODULE).deleteAssets().delete(asset);
  }
}
