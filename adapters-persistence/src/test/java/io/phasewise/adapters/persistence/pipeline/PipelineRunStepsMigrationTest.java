package io.phasewise.adapters.persistence.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasewise.adapters.persistence.DatabaseSettings;
import io.phasewise.adapters.persistence.PostgresPersistence;
import io.phasewise.adapters.persistence.TestPostgres;
import io.phasewise.application.pipeline.model.PhaseBrief;
import io.phasewise.application.pipeline.model.PipelineAssetOutcome;
import io.phasewise.application.pipeline.model.PipelineRun;
import io.phasewise.application.pipeline.model.StepOutcome;
import io.phasewise.application.pipeline.model.StepResult;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.phase.Phase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** V11 rewrites the runs recorded in the shape of V10 (one field per step) into results by step name. */
class PipelineRunStepsMigrationTest {
  private static final String OLD_RUNS = """
      INSERT INTO pipeline_runs (id, trigger, interval, started_at, finished_at, assets_total, assets_failed, transitions,
          outcomes, webhooks, failure) VALUES
      (1, 'SCHEDULE', '1d', '2025-03-01T06:00:00Z', '2025-03-01T06:00:01.5Z', 2, 1, 2,
       '[{"asset": 3, "symbol": "AAPL", "snapshotsWritten": 12, "phase": {"phase": "DEFECT", "confidence": 0.25,
          "summary": "crash; shock", "asOf": "2025-03-01T05:00:00Z"}, "transitionsWritten": 2, "eventsEmitted": 1,
          "failures": []},
         {"asset": 9, "symbol": "BAD", "snapshotsWritten": 0, "phase": null, "transitionsWritten": 0, "eventsEmitted": 0,
          "failures": ["snapshots: candles: BAD 1d: close must be positive", "phases: candles: BAD 1d: \\"quoted\\""]}]',
       '{"events": 1, "deliveries": 3, "attempted": 4, "delivered": 2, "retrying": 1, "failed": 1}',
       'webhooks: database unreachable'),
      (2, 'ON_DEMAND', '1h', '2025-03-02T06:00:00Z', '2025-03-02T06:00:00Z', 0, 0, 0, '[]',
       '{"events": 0, "deliveries": 0, "attempted": 0, "delivered": 0, "retrying": 0, "failed": 0}',
       'snapshots: store down; phases: phase store unreachable')
      """;

  private String database;
  private DatabaseSettings settings;

  @BeforeEach
  void migrateToV10AndRecordOldRuns() throws SQLException {
    database = TestPostgres.createDatabase("pipeline_v11");
    settings = TestPostgres.settings(database);
    Flyway.configure().dataSource(settings.jdbcUrl(), settings.user(), settings.password())
        .locations("classpath:db/migration").target("10").load().migrate();
    try (Connection c = DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
        Statement s = c.createStatement()) {
      s.execute(OLD_RUNS);
    }
  }

  @AfterEach
  void drop() {
    TestPostgres.dropDatabase(database);
  }

  @Test
  void old_runs_read_back_with_their_counts_phase_and_failures_under_the_steps_that_made_them() {
    try (PostgresPersistence db = PostgresPersistence.start(settings)) {
      PipelineRun run = db.ports(PipelinePersistence.MODULE).runs().find(1).orElseThrow();

      PhaseBrief defect = new PhaseBrief(Phase.DEFECT, 0.25, "crash; shock", Instant.parse("2025-03-01T05:00:00Z"));
      assertThat(run.outcomes()).containsExactly(
          new PipelineAssetOutcome(AssetId.of(3), "AAPL", Map.of(
              "snapshots", ok(Map.of("written", 12L), Optional.empty()),
              "phases", ok(Map.of("transitions", 2L, "events", 1L), Optional.of(defect)))),
          new PipelineAssetOutcome(AssetId.of(9), "BAD", Map.of(
              "snapshots", StepResult.failed("candles: BAD 1d: close must be positive", Duration.ZERO),
              "phases", StepResult.failed("candles: BAD 1d: \"quoted\"", Duration.ZERO))));
      Map<String, Long> round = new LinkedHashMap<>();
      round.put("events", 1L);
      round.put("deliveries", 3L);
      round.put("attempted", 4L);
      round.put("delivered", 2L);
      round.put("retrying", 1L);
      round.put("failed", 1L);
      assertThat(run.steps()).isEqualTo(Map.of(
          "snapshots", ok(Map.of("written", 12L), Optional.empty()),
          "phases", ok(Map.of("transitions", 2L, "events", 1L), Optional.empty()),
          "webhooks", new StepResult(StepOutcome.counting(round), Optional.of("database unreachable"), Duration.ZERO)));
      assertThat(run.steps().keySet()).containsExactly("snapshots", "phases", "webhooks");
      assertThat(run.outcomes().get(1).failures()).containsExactly("snapshots: candles: BAD 1d: close must be positive",
          "phases: candles: BAD 1d: \"quoted\"");
      assertThat(run.failure()).isEqualTo("webhooks: database unreachable");
      assertThat(run.assetsFailed()).isEqualTo(1);
      assertThat(run.elapsed()).isEqualTo(Duration.ofMillis(1_500));

      PipelineRun failedSteps = db.ports(PipelinePersistence.MODULE).runs().find(2).orElseThrow();
      assertThat(failedSteps.outcomes()).isEmpty();
      assertThat(failedSteps.steps().get("snapshots").failure()).contains("store down");
      assertThat(failedSteps.steps().get("phases").failure()).contains("phase store unreachable");
      assertThat(failedSteps.steps().get("webhooks").ok()).isTrue();
      assertThat(failedSteps.failure()).isEqualTo("snapshots: store down; phases: phase store unreachable");
      assertThat(db.ports(PipelinePersistence.MODULE).runs().newestFirst(0, 10)).containsExactly(failedSteps, run);
    }
  }

  private static StepResult ok(Map<String, Long> counters, Optional<PhaseBrief> phase) {
    return StepResult.ok(new StepOutcome(counters, phase), Duration.ZERO);
  }
}
