package io.phasewise.application.testing;

import io.phasewise.application.shared.RunLockPort;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/** In-memory fake of a run lock: one flag, as if every process shared this object. */
public final class InMemoryRunLock implements RunLockPort {
  private final AtomicBoolean held = new AtomicBoolean();

  @Override
  public Optional<Lease> tryAcquire() {
    if (!held.compareAndSet(false, true)) return Optional.empty();
    AtomicBoolean open = new AtomicBoolean(true);
    return Optional.of(() -> {
      if (open.getAndSet(false)) held.set(false);
    });
  }
}
