package io.phasewise.adapters.persistence.phase;

import io.phasewise.adapters.persistence.PostgresExtension;
import io.phasewise.application.phase.port.out.LoadPhasesPort;
import io.phasewise.application.phase.port.out.PhasePortsContract;
import io.phasewise.application.phase.port.out.SavePhasesPort;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.Interval;
import io.phasewise.domain.phase.PhaseEvent;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresPhasePortsTest extends PhasePortsContract {
  @RegisterExtension
  static final PostgresExtension DB = new PostgresExtension();

  @BeforeEach
  void startEmpty() {
    DB.truncate();
  }

  @Override
  protected SavePhasesPort save() {
    return DB.persistence().ports(PhasePersistence.MODULE).savePhases();
  }

  @Override
  protected LoadPhasesPort load() {
    return DB.persistence().ports(PhasePersistence.MODULE).loadPhases();
  }

  @Override
  protected AssetId newAsset(String symbol) {
    return DB.newAsset(symbol);
  }

  @Override
  protected List<PhaseEvent> outbox(AssetId asset, Interval interval) {
    return Outbox.events(DB.database().jooq(), asset, interval);
  }
}
