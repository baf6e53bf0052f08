package io.phasewise.adapters.persistence.market;

import io.phasewise.adapters.persistence.PostgresExtension;
import io.phasewise.application.market.port.out.ImportRunPortsContract;
import io.phasewise.application.market.port.out.LoadImportRunsPort;
import io.phasewise.application.market.port.out.SaveImportRunPort;
import io.phasewise.domain.market.AssetId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresImportRunPortsTest extends ImportRunPortsContract {
  @RegisterExtension
  static final PostgresExtension DB = new PostgresExtension();

  @BeforeEach
  void startEmpty() {
    DB.truncate();
  }

  @Override
  protected SaveImportRunPort save() {
    return DB.persistence().ports(MarketPersistence.MODULE).saveImportRuns();
  }

  @Override
  protected LoadImportRunsPort load() {
    return DB.persistence().ports(MarketPersistence.MODULE).loadImportRuns();
  }

  @Override
  protected AssetId newAsset(String symbol) {
    return DB.newAsset(symbol);
  }
}
