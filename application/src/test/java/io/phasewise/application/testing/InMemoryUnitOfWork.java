package io.phasewise.application.testing;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Supplier;

/**
 * The in-memory unit of work running on this thread, as {@link DirectTransactions} begins it: the
 * fakes record how to undo each change they make, and a unit that fails replays those records,
 * newest first. Nested units join the outer one, and a failure inside a joined unit dooms it, as in
 * the database.
 */
public final class InMemoryUnitOfWork {
  private static final ThreadLocal<InMemoryUnitOfWork> CURRENT = new ThreadLocal<>();

  private final Deque<Runnable> undo = new ArrayDeque<>();
  private boolean rollbackOnly;

  private InMemoryUnitOfWork() {}

  /**
   * Records how to undo a change a fake has just made. Outside a unit of work a change is final at
   * once. {@code action} must not record changes itself.
   */
  public static void onRollback(Runnable action) {
    InMemoryUnitOfWork unit = CURRENT.get();
    if (unit != null) unit.undo.push(action);
  }

  /** Runs {@code work} in this thread's unit of work, beginning one if none is running. */
  static <T> T run(Supplier<T> work) {
    InMemoryUnitOfWork joined = CURRENT.get();
    return joined != null ? joined.join(work) : runAlone(work);
  }

  private <T> T join(Supplier<T> work) {
    try {
      return work.get();
    } catch (RuntimeException | Error e) {
      rollbackOnly = true;
      throw e;
    }
  }

  private static <T> T runAlone(Supplier<T> work) {
    InMemoryUnitOfWork unit = new InMemoryUnitOfWork();
    CURRENT.set(unit);
    T result;
    try {
      result = work.get();
    } catch (RuntimeException | Error e) {
      CURRENT.remove();
      unit.rollBack();
      throw e;
    }
    CURRENT.remove();
    if (unit.rollbackOnly) {
      unit.rollBack();
      throw new IllegalStateException("rolled back: work joined to this transaction failed");
    }
    return result;
  }

  private void rollBack() {
    while (!undo.isEmpty()) undo.pop().run();
  }
}
