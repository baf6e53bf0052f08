package io.phasewise.adapters.persistence.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasewise.adapters.persistence.PostgresExtension;
import io.phasewise.application.pipeline.port.out.PipelineRunLockPort;
import io.phasewise.application.pipeline.port.out.PipelineRunLockPortContract;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresPipelineRunLockPortTest extends PipelineRunLockPortContract {
  @RegisterExtension
  static final PostgresExtension DB = new PostgresExtension();

  private final PipelineRunLockPort lock = DB.persistence().ports(PipelinePersistence.MODULE).runLock();
  /** Another adapter takes its own session, as another process on the same database does. */
  private final PipelineRunLockPort elsewhere = new PostgresPipelineRunLockAdapter(DB.database());

  @Override
  protected PipelineRunLockPort lock() {
    return lock;
  }

  @Override
  protected PipelineRunLockPort elsewhere() {
    return elsewhere;
  }

  @Test
  @SuppressWarnings("try") // the lease is held for the block's duration; the block inspects the lock, not the lease
  void a_held_lock_is_a_session_advisory_lock_and_its_session_goes_back_to_the_pool_without_it() {
    String held = "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted";
    try (PipelineRunLockPort.Lease lease = lock.tryAcquire().orElseThrow()) {
      assertThat(DB.queryLong(held)).isEqualTo(1);
    }
    assertThat(DB.queryLong(held)).isZero();
  }
}
