package io.phasewise.adapters.persistence.market;

import io.phasewise.adapters.persistence.PostgresExtension;
import io.phasewise.application.market.port.out.CandlePortsContract;
import io.phasewise.application.market.port.out.LoadCandlesPort;
import io.phasewise.application.market.port.out.LoadDailyClosesPort;
import io.phasewise.application.market.port.out.SaveCandlesPort;
import io.phasewise.domain.market.AssetId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresCandlePortsTest extends CandlePortsContract {
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
  protected LoadCandlesPort load() {
    return DB.persistence().ports(MarketPersistence.MODULE).loadCandles();
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
