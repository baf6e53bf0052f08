package io.phasewise.application.testing;

import io.phasewise.application.pipeline.port.out.PipelineRunLockPort;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/** In-memory fake of the pipeline's run lock: one flag, as if every process shared this object. */
public final class InMemoryPipelineRunLock implements PipelineRunLockPort {
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
