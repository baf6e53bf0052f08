package io.phasewise.application.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Contract of a run lock (fake and database): one holder at a time, free again once released. */
public abstract class RunLockPortContract {

  /** The lock as this process sees it. */
  protected abstract RunLockPort lock();

  /** The same lock as another process on the same store sees it. */
  protected abstract RunLockPort elsewhere();

  @Test
  void one_holder_at_a_time_and_free_again_after_release() {
    Optional<RunLockPort.Lease> first = lock().tryAcquire();
    assertThat(first).isPresent();
    assertThat(lock().tryAcquire()).as("held here").isEmpty();
    assertThat(elsewhere().tryAcquire()).as("held for the other process too").isEmpty();

    first.get().close();

    Optional<RunLockPort.Lease> other = elsewhere().tryAcquire();
    assertThat(other).as("released").isPresent();
    assertThat(lock().tryAcquire()).as("now held by the other process").isEmpty();
    other.get().close();
  }

  @Test
  void closing_a_lease_twice_does_not_release_the_next_holders_lock() {
    RunLockPort.Lease first = lock().tryAcquire().orElseThrow();
    first.close();
    RunLockPort.Lease second = elsewhere().tryAcquire().orElseThrow();

    first.close();

    assertThat(lock().tryAcquire()).as("still held by the second").isEmpty();
    second.close();
    lock().tryAcquire().orElseThrow().close();
  }
}
