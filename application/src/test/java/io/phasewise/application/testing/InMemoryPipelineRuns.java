package io.phasewise.application.testing;

import io.phasewise.application.pipeline.model.PipelineAssetOutcome;
import io.phasewise.application.pipeline.model.PipelineRun;
import io.phasewise.application.pipeline.model.PipelineTrigger;
import io.phasewise.application.pipeline.model.StepResult;
import io.phasewise.application.pipeline.port.out.PipelineRunsPort;
import io.phasewise.domain.market.Interval;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** In-memory fake of the pipeline run log: ids from 1 up, newest first by start time, then by id. */
public final class InMemoryPipelineRuns implements PipelineRunsPort {
  private static final Comparator<PipelineRun> NEWEST_FIRST =
      Comparator.comparing(PipelineRun::startedAt).thenComparingLong(PipelineRun::id).reversed();

  private final List<PipelineRun> runs = new ArrayList<>();

  @Override
  public synchronized PipelineRun record(PipelineTrigger trigger, Interval interval, Instant startedAt, Instant finishedAt,
      List<PipelineAssetOutcome> outcomes, Map<String, StepResult> steps) {
    PipelineRun run = new PipelineRun(runs.size() + 1L, trigger, interval, startedAt, finishedAt, outcomes, steps);
    runs.add(run);
    return run;
  }

  @Override
  public synchronized List<PipelineRun> newestFirst(long offset, int limit) {
    return runs.stream().sorted(NEWEST_FIRST).skip(offset).limit(limit).toList();
  }

  @Override
  public synchronized long count() {
    return runs.size();
  }

  @Override
  public synchronized Optional<PipelineRun> find(long id) {
    return runs.stream().filter(r -> r.id() == id).findFirst();
  }
}
