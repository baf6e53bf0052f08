package io.phasewise.adapters.persistence.phase;

import io.phasewise.adapters.persistence.shared.Database;
import io.phasewise.adapters.persistence.shared.PersistenceModule;
import io.phasewise.application.phase.PhasePorts;
import java.util.List;

/** The persistence of the phase context: current states, transitions and the outbox of phase events, as its ports. */
public final class PhasePersistence {
  /** This context's Hibernate entities and ports, as {@code PostgresPersistence} registers them. */
  public static final PersistenceModule<PhasePorts> MODULE =
      new PersistenceModule<>(List.of(), PhasePersistence::ports);

  private PhasePersistence() {}

  /** The phase adapters on {@code database}. */
  public static PhasePorts ports(Database database) {
    JooqPhasePersistenceAdapter phases = new JooqPhasePersistenceAdapter(database);
    return new PhasePorts(phases, phases, database.transactions());
  }
}
