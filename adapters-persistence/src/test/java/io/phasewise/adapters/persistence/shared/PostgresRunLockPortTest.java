package io.phasewise.adapters.persistence.shared;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasewise.adapters.persistence.PostgresExtension;
import io.phasewise.adapters.persistence.pipeline.PipelinePersistence;
import io.phasewise.adapters.persistence.snapshot.SnapshotPersistence;
import io.phasewise.application.shared.RunLockPort;
import io.phasewise.application.shared.RunLockPortContract;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresRunLockPortTest extends RunLockPortContract {
  @RegisterExtension
  static final PostgresExtension DB = new PostgresExtension();

  private final RunLockPort lock = DB.persistence().ports(PipelinePersistence.MODULE).runLock();
  /** Another adapter takes its own session, as another process on the same database does. */
  private final RunLockPort elsewhere = new PostgresRunLockAdapter(DB.database(), PostgresRunLockAdapter.PIPELINE_RUN);

  @Override
  protected RunLockPort lock() {
    return lock;
  }

  @Override
  protected RunLockPort elsewhere() {
    return elsewhere;
  }

  @Test
  @SuppressWarnings("try") // the lease is held for the block's duration; the block inspects the lock, not the lease
  void a_held_lock_is_a_session_advisory_lock_and_its_session_goes_back_to_the_pool_without_it() {
    String held = "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted";
    try (RunLockPort.Lease lease = lock.tryAcquire().orElseThrow()) {
      assertThat(DB.queryLong(held)).isEqualTo(1);
    }
    assertThat(DB.queryLong(held)).isZero();
  }

  @Test
  @SuppressWarnings("try") // the lease stands for another holder while the block runs; the block never touches it
  void each_kind_of_work_has_its_own_lock() {
    try (RunLockPort.Lease pipeline = lock.tryAcquire().orElseThrow()) {
      RunLockPort universe = DB.persistence().ports(SnapshotPersistence.MODULE).universeLock();
      Optional<RunLockPort.Lease> recompute = universe.tryAcquire();
      assertThat(recompute).as("a universe recompute while the pipeline runs").isPresent();
      assertThat(new PostgresRunLockAdapter(DB.database(), PostgresRunLockAdapter.UNIVERSE_RECOMPUTE).tryAcquire())
          .as("a second universe recompute, from another process").isEmpty();
      recompute.get().close();
    }
  }
}
