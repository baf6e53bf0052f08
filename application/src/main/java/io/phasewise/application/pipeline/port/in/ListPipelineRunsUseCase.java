package io.phasewise.application.pipeline.port.in;

import io.phasewise.application.pipeline.model.PipelineRun;
import io.phasewise.application.shared.Page;
import io.phasewise.application.shared.PageRequest;
import io.phasewise.domain.shared.Failure;
import io.vavr.control.Either;

/** Use case: read recorded pipeline runs, newest first. */
public interface ListPipelineRunsUseCase {
  Page<PipelineRun> runs(PageRequest page);

  /** One run; not found for an unknown id. */
  Either<Failure, PipelineRun> run(long id);
}
