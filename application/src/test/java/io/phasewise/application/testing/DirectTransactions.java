package io.phasewise.application.testing;

import io.phasewise.application.shared.TransactionPort;
import java.util.function.Supplier;

/**
 * Fake transaction port for in-memory tests: runs the work on the calling thread in an
 * {@link InMemoryUnitOfWork}, so a failure undoes what the transactional fakes changed, and counts
 * units of work.
 */
public final class DirectTransactions implements TransactionPort {
  private int started;

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    started++;
    return InMemoryUnitOfWork.run(work);
  }

  /** How many units of work were started. */
  public int started() {
    return started;
  }
}
