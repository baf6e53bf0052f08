package io.phasewise.adapters.persistence.pipeline;

import static io.phasewise.adapters.persistence.jooq.generated.Tables.PIPELINE_RUNS;

import io.phasewise.adapters.persistence.jooq.generated.tables.records.PipelineRunsRecord;
import io.phasewise.adapters.persistence.market.MarketValues;
import io.phasewise.adapters.persistence.shared.Database;
import io.phasewise.application.pipeline.model.PipelineAssetOutcome;
import io.phasewise.application.pipeline.model.PipelineRun;
import io.phasewise.application.pipeline.model.PipelineTrigger;
import io.phasewise.application.pipeline.model.StepResult;
import io.phasewise.application.pipeline.port.out.PipelineRunsPort;
import io.phasewise.domain.market.Interval;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * Stores pipeline runs in {@code pipeline_runs}: counts and the failure in columns for queries over many
 * runs, the outcomes and the run-wide step results as JSON.
 */
final class JooqPipelineRunsAdapter implements PipelineRunsPort {
  private final DSLContext sql;

  JooqPipelineRunsAdapter(Database database) {
    this.sql = database.jooq();
  }

  @Override
  public PipelineRun record(PipelineTrigger trigger, Interval interval, Instant startedAt, Instant finishedAt,
      List<PipelineAssetOutcome> outcomes, Map<String, StepResult> steps) {
    int failed = (int) outcomes.stream().filter(o -> !o.succeeded()).count();
    long transitions = steps.values().stream().mapToLong(s -> s.outcome().counter("transitions")).sum();
    long id = sql.insertInto(PIPELINE_RUNS)
        .set(PIPELINE_RUNS.TRIGGER, trigger.name())
        .set(PIPELINE_RUNS.INTERVAL, interval.code())
        .set(PIPELINE_RUNS.STARTED_AT, startedAt)
        .set(PIPELINE_RUNS.FINISHED_AT, finishedAt)
        .set(PIPELINE_RUNS.ASSETS_TOTAL, outcomes.size())
        .set(PIPELINE_RUNS.ASSETS_FAILED, failed)
        .set(PIPELINE_RUNS.TRANSITIONS, Math.toIntExact(transitions))
        .set(PIPELINE_RUNS.OUTCOMES, PipelineRunJson.outcomes(outcomes))
        .set(PIPELINE_RUNS.STEPS, PipelineRunJson.steps(steps))
        .set(PIPELINE_RUNS.FAILURE, StepResult.failures(steps))
        .returning(PIPELINE_RUNS.ID).fetchOne().getId();
    return new PipelineRun(id, trigger, interval, startedAt, finishedAt, outcomes, steps);
  }

  @Override
  public List<PipelineRun> newestFirst(long offset, int limit) {
    return sql.selectFrom(PIPELINE_RUNS).orderBy(PIPELINE_RUNS.STARTED_AT.desc(), PIPELINE_RUNS.ID.desc())
        .offset(offset).limit(limit).fetch(JooqPipelineRunsAdapter::toRun);
  }

  @Override
  public long count() {
    return sql.fetchCount(PIPELINE_RUNS);
  }

  @Override
  public Optional<PipelineRun> find(long id) {
    return sql.selectFrom(PIPELINE_RUNS).where(PIPELINE_RUNS.ID.eq(id)).fetchOptional(JooqPipelineRunsAdapter::toRun);
  }

  private static PipelineRun toRun(PipelineRunsRecord row) {
    Map<String, StepResult> steps = PipelineRunJson.steps(row.getSteps());
    return new PipelineRun(row.getId(), PipelineTrigger.valueOf(row.getTrigger()), MarketValues.interval(row.getInterval()),
        row.getStartedAt(), row.getFinishedAt(), PipelineRunJson.outcomes(row.getOutcomes(), List.copyOf(steps.keySet())),
        steps);
  }
}
