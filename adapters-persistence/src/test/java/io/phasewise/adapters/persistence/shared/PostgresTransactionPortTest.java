package io.phasewise.adapters.persistence.shared;

import io.phasewise.adapters.persistence.PostgresExtension;
import io.phasewise.adapters.persistence.market.MarketPersistence;
import io.phasewise.application.market.port.out.DeleteAssetPort;
import io.phasewise.application.market.port.out.LoadAssetsPort;
import io.phasewise.application.market.port.out.LoadCandlesPort;
import io.phasewise.application.market.port.out.SaveAssetPort;
import io.phasewise.application.market.port.out.SaveCandlesPort;
import io.phasewise.application.shared.TransactionPort;
import io.phasewise.application.shared.TransactionPortContract;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The PostgreSQL transactions (Hibernate and jOOQ in one unit of work) keep the transaction contract. */
class PostgresTransactionPortTest extends TransactionPortContract {
  @RegisterExtension
  static final PostgresExtension DB = new PostgresExtension();

  @BeforeEach
  void startEmpty() {
    DB.truncate();
  }

  @Override
  protected TransactionPort transactions() {
    return DB.persistence().transactions();
  }

  @Override
  protected SaveAssetPort saveAssets() {
    return DB.persistence().ports(MarketPersistence.MODULE).saveAssets();
  }

  @Override
  protected LoadAssetsPort loadAssets() {
    return DB.persistence().ports(MarketPersistence.MODULE).loadAssets();
  }

  @Override
  protected DeleteAssetPort deleteAssets() {
    return DB.persistence().ports(MarketPersistence.MODULE).deleteAssets();
  }

  @Override
  protected SaveCandlesPort saveCandles() {
    return DB.persistence().ports(MarketPersistence.MODULE).saveCandles();
  }

  @Override
  protected LoadCandlesPort loadCandles() {
    return DB.persistence().ports(MarketPersistence.MODULE).loadCandles();
  }
}
