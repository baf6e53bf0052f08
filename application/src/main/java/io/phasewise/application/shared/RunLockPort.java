package io.phasewise.application.shared;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Outgoing port: the right to do one kind of exclusive work (a pipeline run, a universe rebuild), held
 * by one holder at a time across every process that shares the store (a server, a command line).
 */
public interface RunLockPort {

  /** The lock, or empty when a holder in this process or another has it; closing the lease releases it. */
  Optional<Lease> tryAcquire();

  /** What {@code work} returns, run while holding the lock; empty, without running it, when another holder has it. */
  default <T> Optional<T> whileHeld(Supplier<T> work) {
    Optional<Lease> lease = tryAcquire();
    if (lease.isEmpty()) return Optional.empty();
    Lease held = lease.get();
    try {
      return Optional.of(work.get());
    } finally {
      held.close();
    }
  }

  /** A held run lock; also released when its holder's process ends. */
  interface Lease extends AutoCloseable {
    @Override
    void close();
  }
}
