package io.phasewise.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.phasewise.application.pipeline.model.PhaseBrief;
import io.phasewise.application.pipeline.model.PipelineAssetOutcome;
import io.phasewise.application.pipeline.model.PipelineRun;
import io.phasewise.application.pipeline.model.PipelineTrigger;
import io.phasewise.application.pipeline.model.StepOutcome;
import io.phasewise.application.pipeline.model.StepResult;
import io.phasewise.application.pipeline.port.in.RunPipelineUseCase;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.Interval;
import io.phasewise.domain.phase.Phase;
import io.phasewise.domain.shared.Failure;
import io.vavr.control.Either;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class PipelineSchedulerTest {
  private static final Instant T = Instant.parse("2025-06-30T12:00:00Z");

  private final Logger logger = (Logger) LoggerFactory.getLogger(PipelineScheduler.class);
  private final ListAppender<ILoggingEvent> log = new ListAppender<>();

  @BeforeEach
  void captureLog() {
    log.start();
    logger.addAppender(log);
    logger.setAdditive(false); // the tests assert these lines; the console would repeat them, planted failures' stack traces included
  }

  @AfterEach
  void releaseLog() {
    logger.setAdditive(true);
    logger.detachAppender(log);
  }

  /** Answers each call with the next scripted answer (then with a run), counting calls and their times. */
  private static final class ScriptedPipeline implements RunPipelineUseCase {
    final Deque<Supplier<Either<Failure, PipelineRun>>> script = new ArrayDeque<>();
    final List<Long> callNanos = new CopyOnWriteArrayList<>();
    final List<PipelineTrigger> triggers = new CopyOnWriteArrayList<>();
    final List<Interval> intervals = new CopyOnWriteArrayList<>();
    final CountDownLatch calls;

    ScriptedPipeline(int expectedCalls) {
      calls = new CountDownLatch(expectedCalls);
    }

    @Override
    public Either<Failure, PipelineRun> run(PipelineTrigger trigger, Interval interval) {
      callNanos.add(System.nanoTime());
      triggers.add(trigger);
      intervals.add(interval);
      try {
        Supplier<Either<Failure, PipelineRun>> next;
        synchronized (script) {
          next = script.poll();
        }
        return next == null ? Either.right(recordedRun(callNanos.size(), List.of(), null)) : next.get();
      } finally {
        calls.countDown();
      }
    }
  }

  /** A run whose webhook step counted a round of 2 events and failed with {@code webhookFailure} unless null. */
  private static PipelineRun recordedRun(long id, List<PipelineAssetOutcome> outcomes, String webhookFailure) {
    Map<String, StepResult> steps = new LinkedHashMap<>();
    steps.put("snapshots", ok(counters("written", 3)));
    steps.put("phases", ok(counters("transitions", 1, "events", 1)));
    steps.put("webhooks", new StepResult(StepOutcome.counting(counters("events", 2, "deliveries", 2, "delivered", 1)),
        Optional.ofNullable(webhookFailure), Duration.ZERO));
    return new PipelineRun(id, PipelineTrigger.SCHEDULE, Interval.H1, T, T.plusMillis(1_250), outcomes, steps);
  }

  private static StepResult ok(Map<String, Long> counters) {
    return StepResult.ok(StepOutcome.counting(counters), Duration.ZERO);
  }

  /** Counters in the order given: name, count, name, count... */
  private static Map<String, Long> counters(Object... namesAndCounts) {
    Map<String, Long> counters = new LinkedHashMap<>();
    for (int i = 0; i < namesAndCounts.length; i += 2) {
      counters.put((String) namesAndCounts[i], ((Integer) namesAndCounts[i + 1]).longValue());
    }
    return counters;
  }

  private List<String> lines(Level level) {
    return log.list.stream().filter(e -> e.getLevel() == level).map(ILoggingEvent::getFormattedMessage).toList();
  }

  @Test
  @SuppressWarnings("try") // the scheduler runs in the background while the block waits; closing it stops it
  void runs_come_one_pause_apart_from_the_start_on_the_configured_interval_and_a_refused_or_failed_run_only_skips_itself()
      throws Exception {
    ScriptedPipeline pipeline = new ScriptedPipeline(4);
    pipeline.script.add(() -> Either.left(new Failure.Conflict("a pipeline run is already in progress")));
    pipeline.script.add(() -> {
      throw new IllegalStateException("database down");
    });
    PhaseBrief coop = new PhaseBrief(Phase.COOP, 0.8, "steady", T);
    pipeline.script.add(() -> Either.right(recordedRun(3, List.of(
        new PipelineAssetOutcome(AssetId.of(1), "GOOD", Map.of("phases",
            StepResult.ok(new StepOutcome(counters("transitions", 1), Optional.of(coop)), Duration.ZERO))),
        new PipelineAssetOutcome(AssetId.of(2), "BAD", Map.of("snapshots", StepResult.failed("bad bar", Duration.ZERO)))),
        "outbox unreachable")));
    long started = System.nanoTime();

    try (PipelineScheduler scheduler = PipelineScheduler.start(pipeline,
        new PipelineSettings(Optional.of(Duration.ofMillis(150)), Interval.H1))) {
      assertThat(pipeline.calls.await(10, TimeUnit.SECONDS)).as("the schedule survived").isTrue();
    }

    assertThat(pipeline.callNanos.get(0) - started).as("the first run waits one pause")
        .isGreaterThanOrEqualTo(Duration.ofMillis(150).toNanos());
    for (int i = 1; i < 4; i++) {
      assertThat(pipeline.callNanos.get(i) - pipeline.callNanos.get(i - 1)).isGreaterThanOrEqualTo(Duration.ofMillis(150).toNanos());
    }
    assertThat(pipeline.triggers).containsOnly(PipelineTrigger.SCHEDULE);
    assertThat(pipeline.intervals).containsOnly(Interval.H1);
    assertThat(lines(Level.INFO)).contains("pipeline: scheduled run skipped: a pipeline run is already in progress",
        "pipeline run 3 (schedule, 1h): 2 asset(s), 1 failed in 1.3 s; snapshots: written 3;"
            + " phases: transitions 1, events 1; webhooks: events 2, deliveries 2, delivered 1; webhooks: outbox unreachable");
    assertThat(lines(Level.WARN)).contains("pipeline: scheduled run failed; the next one tries again",
        "pipeline run 3: BAD (2): failed: snapshots: bad bar", "pipeline run 3: webhooks: outbox unreachable");
    assertThat(log.list).filteredOn(e -> e.getThrowableProxy() != null).singleElement()
        .satisfies(e -> assertThat(e.getThrowableProxy().getMessage()).isEqualTo("database down"));
  }

  @Test
  void close_waits_for_the_run_in_progress_and_nothing_runs_after_it() throws Exception {
    CountDownLatch inRun = new CountDownLatch(1);
    CountDownLatch finished = new CountDownLatch(1);
    ScriptedPipeline pipeline = new ScriptedPipeline(1);
    pipeline.script.add(() -> {
      inRun.countDown();
      try {
        Thread.sleep(300);
      } catch (InterruptedException e) {
        throw new IllegalStateException("interrupted before the run ended", e);
      }
      finished.countDown();
      return Either.right(recordedRun(1, List.of(), null));
    });
    PipelineScheduler scheduler = PipelineScheduler.start(pipeline,
        new PipelineSettings(Optional.of(Duration.ofMillis(20)), Interval.D1));
    assertThat(inRun.await(10, TimeUnit.SECONDS)).isTrue();

    scheduler.close();

    assertThat(finished.getCount()).as("the run ended before close returned").isZero();
    int calls = pipeline.callNanos.size();
    Thread.sleep(100);
    assertThat(pipeline.callNanos).as("nothing runs after close").hasSize(calls);
    assertThat(calls).isEqualTo(1);
  }

  @Test
  void off_schedules_nothing() throws Exception {
    ScriptedPipeline pipeline = new ScriptedPipeline(1);

    PipelineScheduler.start(pipeline, new PipelineSettings(Optional.empty(), Interval.D1)).close();

    assertThat(pipeline.calls.await(200, TimeUnit.MILLISECONDS)).isFalse();
    assertThat(lines(Level.INFO)).contains("pipeline: no schedule (PHASEWISE_PIPELINE_EVERY=off); runs on demand only");
  }
}
