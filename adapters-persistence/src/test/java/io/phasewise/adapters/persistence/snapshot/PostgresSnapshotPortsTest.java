package io.phasewise.adapters.persistence.snapshot;

import io.phasewise.adapters.persistence.PostgresExtension;
import io.phasewise.adapters.persistence.market.MarketPersistence;
import io.phasewise.application.market.port.out.SaveCandlesPort;
import io.phasewise.application.snapshot.port.out.LoadSnapshotsPort;
import io.phasewise.application.snapshot.port.out.SaveSnapshotsPort;
import io.phasewise.application.snapshot.port.out.SnapshotPortsContract;
import io.phasewise.domain.market.AssetId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresSnapshotPortsTest extends SnapshotPortsContract {
  @RegisterExtension
  static final PostgresExtension DB = new PostgresExtension();

  @BeforeEach
  void startEmpty() {
    DB.truncate();
  }

  @Override
  protected SaveSnapshotsPort save() {
    return DB.persistence().ports(SnapshotPersistence.MODULE).saveSnapshots();
  }

  @Override
  protected LoadSnapshotsPort load() {
    return DB.persistence().ports(SnapshotPersistence.MODULE).loadSnapshots();
  }

  @Override
  protected SaveCandlesPort candles() {
    return DB.persistence().ports(MarketPersistence.MODULE).saveCandles();
  }

  @Override
  protected AssetId newAsset(String symbol) {
    return DB.newAsset(symbol);
  }
}
