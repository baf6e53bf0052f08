package io.phasewise.adapters.persistence.market;

import io.phasewise.adapters.persistence.PostgresExtension;
import io.phasewise.application.market.port.out.DailyClosesPortContract;
import io.phasewise.application.market.port.out.LoadDailyClosesPort;
import io.phasewise.application.market.port.out.SaveCandlesPort;
import io.phasewise.domain.market.AssetId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresDailyClosesPortTest extends DailyClosesPortContract {
  @RegisterExtension
  static final PostgresExtension DB = new PostgresExtension();

  @BeforeEach
  void startEmpty() {
    DB.truncate();
  }

  @Override
  protected SaveCandlesPort save() {
    return DB.persistence().ports(MarketPersistence.MODULE).saveCandles();
  }

  @Override
  protected LoadDailyClosesPort closes() {
    return DB.persistence().ports(MarketPersistence.MODULE).loadDailyCloses();
  }

  @Override
  protected AssetId newAsset(String symbol) {
    return DB.newAsset(symbol);
  }
}
