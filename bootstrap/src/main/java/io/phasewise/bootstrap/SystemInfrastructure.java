package io.phasewise.bootstrap;

import io.phasewise.application.shared.Infrastructure;
import java.time.Clock;
import java.util.UUID;

/** The machine's own sources for {@link Infrastructure}: the only place Phasewise reads the wall clock and makes random ids. */
public final class SystemInfrastructure {
  private SystemInfrastructure() {}

  /** The UTC system clock, random (version 4) UUIDs, the JVM's monotonic ticker and one thread per processor. */
  public static Infrastructure create() {
    return new Infrastructure(Clock.systemUTC(), UUID::randomUUID, System::nanoTime,
        Runtime.getRuntime().availableProcessors());
  }
}
