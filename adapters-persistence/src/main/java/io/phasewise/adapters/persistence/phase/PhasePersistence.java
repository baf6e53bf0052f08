package io.phasewise.adapters.persistence.phase;

import io.phasewise.adapters.persistence.shared.Database;
import io.phasewise.application.phase.port.out.LoadPhasesPort;
import io.phasewise.application.phase.port.out.SavePhasesPort;

/** The persistence ports of the phase context: current states, transitions and the outbox of phase events. */
public final class PhasePersistence {
  private final JooqPhasePersistenceAdapter phases;

  private PhasePersistence(Database database) {
    this.phases = new JooqPhasePersistenceAdapter(database);
  }

  /** Wires the phase adapter onto {@code database}. */
  public static PhasePersistence create(Database database) {
    return new PhasePersistence(database);
  }

  public SavePhasesPort savePhases() {
    return phases;
  }

  public LoadPhasesPort loadPhases() {
    return phases;
  }
}
