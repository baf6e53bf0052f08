package io.phasewise.application.shared;

import io.phasewise.application.testing.InMemoryRunLock;

class InMemoryRunLockPortTest extends RunLockPortContract {
  private final InMemoryRunLock lock = new InMemoryRunLock();

  @Override
  protected RunLockPort lock() {
    return lock;
  }

  @Override
  protected RunLockPort elsewhere() {
    return lock;
  }
}
