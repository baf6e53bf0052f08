package io.phasewise.application.pipeline.port.out;

import io.phasewise.application.testing.InMemoryPipelineRunLock;

class InMemoryPipelineRunLockPortTest extends PipelineRunLockPortContract {
  private final InMemoryPipelineRunLock lock = new InMemoryPipelineRunLock();

  @Override
  protected PipelineRunLockPort lock() {
    return lock;
  }

  @Override
  protected PipelineRunLockPort elsewhere() {
    return lock;
  }
}
