package io.phasewise.application.pipeline.port.out;

import io.phasewise.application.testing.InMemoryPipelineRuns;

class InMemoryPipelineRunsPortTest extends PipelineRunsPortContract {
  private final InMemoryPipelineRuns runs = new InMemoryPipelineRuns();

  @Override
  protected PipelineRunsPort runs() {
    return runs;
  }
}
