package io.phasewise.bootstrap;

import io.phasewise.application.pipeline.model.PipelineAssetOutcome;
import io.phasewise.application.pipeline.model.PipelineRun;
import io.phasewise.application.pipeline.model.PipelineTrigger;
import io.phasewise.application.pipeline.port.in.RunPipelineUseCase;
import io.phasewise.domain.market.Interval;
import io.phasewise.domain.shared.Failure;
import io.vavr.control.Either;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the analysis pipeline on one background thread: a pause, a run, a pause, ... Each run is
 * logged in one line (failed assets and a failed step each in a warning of their own); a run refused
 * because another is in progress (one asked for over HTTP, say) is skipped; nothing a run throws
 * stops the schedule. {@link #close()} waits for a run in progress, up to 30 s, then interrupts it.
 */
public final class PipelineScheduler implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(PipelineScheduler.class);
  /** How long {@link #close()} waits for a run in progress. */
  private static final Duration STOP_WAIT = Duration.ofSeconds(30);

  private final RunPipelineUseCase pipeline;
  private final Interval interval;
  private final Optional<ScheduledExecutorService> thread;

  private PipelineScheduler(RunPipelineUseCase pipeline, Interval interval, Optional<ScheduledExecutorService> thread) {
    this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
    this.interval = Objects.requireNonNull(interval, "interval");
    this.thread = thread;
  }

  /**
   * Runs the pipeline at {@code settings.interval()} every {@code settings.every()} after the previous
   * run ended, the first time one pause from now; does nothing when the schedule is off.
   */
  public static PipelineScheduler start(RunPipelineUseCase pipeline, PipelineSettings settings) {
    if (settings.every().isEmpty()) {
      LOG.info("pipeline: no schedule (PHASEWISE_PIPELINE_EVERY=off); runs on demand only");
      return new PipelineScheduler(pipeline, settings.interval(), Optional.empty());
    }
    long every = settings.every().get().toMillis();
    ScheduledExecutorService thread = BackgroundThread.start("phasewise-pipeline");
    PipelineScheduler scheduler = new PipelineScheduler(pipeline, settings.interval(), Optional.of(thread));
    thread.scheduleWithFixedDelay(scheduler::runOnce, every, every, TimeUnit.MILLISECONDS);
    LOG.info("pipeline: runs on {} bars every {}", settings.interval().code(), settings.every().get());
    return scheduler;
  }

  /** One scheduled run, logged; never throws, so the schedule keeps going. */
  void runOnce() {
    try {
      Either<Failure, PipelineRun> result = pipeline.run(PipelineTrigger.SCHEDULE, interval);
      if (result.isLeft()) {
        if (result.getLeft() instanceof Failure.Conflict busy) LOG.info("pipeline: scheduled run skipped: {}", busy.message());
        else LOG.warn("pipeline: scheduled run refused: {}", result.getLeft().message());
        return;
      }
      PipelineRun run = result.get();
      LOG.info(PipelineRunLog.summary(run));
      for (PipelineAssetOutcome failed : run.outcomes()) {
        if (!failed.succeeded()) LOG.warn("pipeline run {}: {}", run.id(), PipelineRunLog.line(failed));
      }
      if (run.failure() != null) LOG.warn("pipeline run {}: {}", run.id(), run.failure());
    } catch (VirtualMachineError fatal) {
      throw fatal;
    } catch (Throwable e) {
      LOG.warn("pipeline: scheduled run failed; the next one tries again", e);
    }
  }

  /** Stops scheduling, waits up to 30 s for a run in progress, then interrupts it if it still has not ended. */
  @Override
  public void close() {
    thread.ifPresent(executor -> BackgroundThread.stop(executor, STOP_WAIT, LOG, "pipeline run"));
  }
}
