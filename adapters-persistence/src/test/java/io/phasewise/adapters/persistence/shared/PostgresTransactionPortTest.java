package io.phasewise.adapters.persistence.shared;

import io.phasewise.adapters.persistence.PostgresExtension;
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
    return DB.persistence().market().saveAssets();
  }

  @Override
  protected LoadAssetsPort loadAssets() {
    return DB.persistence().market().loadAssets();
  }

  @Override
  protected DeleteAssetPort deleteAssets() {
    return DB.persistence().market().deleteAssets();
  }

  @Override
  protected SaveCandlesPort saveCandles() {
    return DB.persistence().market().saveCandles();
  }

  @Override
  protected LoadCandlesPort loadCandles() {
    return DB.persistence().market().loadCandles();
  }
}
