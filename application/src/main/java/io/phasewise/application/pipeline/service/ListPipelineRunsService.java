package io.phasewise.application.pipeline.service;

import io.phasewise.application.pipeline.model.PipelineRun;
import io.phasewise.application.pipeline.port.in.ListPipelineRunsUseCase;
import io.phasewise.application.pipeline.port.out.PipelineRunsPort;
import io.phasewise.application.shared.Page;
import io.phasewise.application.shared.PageRequest;
import io.phasewise.domain.shared.Failure;
import io.vavr.control.Either;
import java.util.Objects;

/** Reads recorded pipeline runs. */
public final class ListPipelineRunsService implements ListPipelineRunsUseCase {
  private final PipelineRunsPort runs;

  public ListPipelineRunsService(PipelineRunsPort runs) {
    this.runs = Objects.requireNonNull(runs, "runs");
  }

  @Override
  public Page<PipelineRun> runs(PageRequest page) {
    return new Page<>(runs.newestFirst(page.offset(), page.limit()), runs.count(), page);
  }

  @Override
  public Either<Failure, PipelineRun> run(long id) {
    return runs.find(id).<Either<Failure, PipelineRun>>map(Either::right)
        .orElseGet(() -> Either.left(new Failure.NotFound("pipeline run", Long.toString(id))));
  }
}
