package io.phasewise.adapters.persistence.pipeline;

import io.phasewise.adapters.persistence.shared.Database;
import io.phasewise.adapters.persistence.shared.PersistenceModule;
import io.phasewise.adapters.persistence.shared.PostgresRunLockAdapter;
import io.phasewise.application.pipeline.PipelinePorts;
import java.util.List;

/** The persistence of the pipeline: the log of its runs and the run lock, as its ports. */
public final class PipelinePersistence {
  /** This context's Hibernate entities and ports, as {@code PostgresPersistence} registers them. */
  public static final PersistenceModule<PipelinePorts> MODULE =
      new PersistenceModule<>(List.of(), PipelinePersistence::ports);

  private PipelinePersistence() {}

  /** The pipeline adapters on {@code database}. */
  public static PipelinePorts ports(Database database) {
    return new PipelinePorts(new JooqPipelineRunsAdapter(database),
        new PostgresRunLockAdapter(database, PostgresRunLockAdapter.PIPELINE_RUN), database.transactions());
  }
}
