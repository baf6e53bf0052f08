package io.phasewise.adapters.persistence.pipeline;

import io.phasewise.adapters.persistence.shared.Database;
import io.phasewise.application.pipeline.port.out.PipelineRunsPort;

/** The persistence port of the pipeline: the log of its runs. */
public final class PipelinePersistence {
  private final JooqPipelineRunsAdapter runs;

  private PipelinePersistence(Database database) {
    this.runs = new JooqPipelineRunsAdapter(database);
  }

  public static PipelinePersistence create(Database database) {
    return new PipelinePersistence(database);
  }

  public PipelineRunsPort runs() {
    return runs;
  }
}
