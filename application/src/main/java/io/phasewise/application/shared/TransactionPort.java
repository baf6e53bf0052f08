package io.phasewise.application.shared;

import io.vavr.control.Either;
import java.util.function.Supplier;

/**
 * Outgoing port: runs one unit of work in one database transaction, whichever persistence
 * technologies the work touches. Nested calls join the outer transaction.
 */
public interface TransactionPort {

  /** Runs {@code work} in a transaction: commits when it returns, rolls back when it throws. */
  <T> T inTransaction(Supplier<T> work);

  /** Like {@link #inTransaction(Supplier)}, and also rolls back when the work returns a {@code Left}. */
  default <L, R> Either<L, R> inTransactionEither(Supplier<Either<L, R>> work) {
    try {
      return inTransaction(() -> {
        Either<L, R> result = work.get();
        if (result.isLeft()) throw new RollbackForLeft(result);
        return result;
      });
    } catch (RollbackForLeft rollback) {
      @SuppressWarnings("unchecked")
      Either<L, R> left = (Either<L, R>) rollback.result;
      return left;
    }
  }

  /** Carries a {@code Left} out of the transaction so that it rolls back. */
  final class RollbackForLeft extends RuntimeException {
    private final transient Either<?, ?> result;

    RollbackForLeft(Either<?, ?> result) {
      super(null, null, false, false);
      this.result = result;
    }
  }
}
