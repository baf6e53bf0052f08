package io.phasewise.adapters.rest.health;

import java.util.Map;
import java.util.Objects;

/** Checks the components the API depends on (the database, providers); the application wiring implements it. */
@FunctionalInterface
public interface HealthProbe {

  /** The state of each component by name, e.g. {@code database}; an empty map means nothing to check. */
  Map<String, ComponentHealth> check();

  /** One component's state, and why it is down. */
  record ComponentHealth(boolean up, String detail) {
    public ComponentHealth {
      if (!up) Objects.requireNonNull(detail, "a component that is down needs a detail saying why");
    }

    public static ComponentHealth healthy() {
      return new ComponentHealth(true, null);
    }

    public static ComponentHealth down(String detail) {
      return new ComponentHealth(false, detail);
    }
  }
}
