package io.phasewise.adapters.persistence.market;

import io.phasewise.adapters.persistence.PostgresExtension;
import io.phasewise.application.market.port.out.AssetPortsContract;
import io.phasewise.application.market.port.out.DeleteAssetPort;
import io.phasewise.application.market.port.out.LoadAssetsPort;
import io.phasewise.application.market.port.out.SaveAssetPort;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresAssetPortsTest extends AssetPortsContract {
  @RegisterExtension
  static final PostgresExtension DB = new PostgresExtension();

  @BeforeEach
  void startEmpty() {
    DB.truncate();
  }

  @Override
  protected SaveAssetPort save() {
    return DB.persistence().ports(MarketPersistence.MODULE).saveAssets();
  }

  @Override
  protected LoadAssetsPort load() {
    return DB.persistence().ports(MarketPersistence.MODULE).loadAssets();
  }

  @Override
  protected DeleteAssetPort delete() {
    return DB.persistence().ports(MarketPersistence.MODULE).deleteAssets();
  }
}
