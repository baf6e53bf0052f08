package io.phasewise.adapters.persistence.market;

import io.phasewise.adapters.persistence.PostgresExtension;
import io.phasewise.application.market.port.out.LoadTicksPort;
import io.phasewise.application.market.port.out.SaveTicksPort;
import io.phasewise.application.market.port.out.TickPortsContract;
import io.phasewise.domain.market.AssetId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresTickPortsTest extends TickPortsContract {
  @RegisterExtension
  static final PostgresExtension DB = new PostgresExtension();

  @BeforeEach
  void startEmpty() {
    DB.truncate();
  }

  @Override
  protected SaveTicksPort save() {
    return DB.persistence().ports(MarketPersistence.MODULE).saveTicks();
  }

  @Override
  protected LoadTicksPort load() {
    return DB.persistence().ports(MarketPersistence.MODULE).loadTicks();
  }

  @Override
  protected AssetId newAsset(String symbol) {
    return DB.newAsset(symbol);
  }
}
