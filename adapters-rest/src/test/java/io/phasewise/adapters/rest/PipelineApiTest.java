package io.phasewise.adapters.rest;

import static io.phasewise.adapters.rest.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.phasewise.application.pipeline.model.PipelineAssetOutcome;
import io.phasewise.application.pipeline.model.PipelineRun;
import io.phasewise.application.pipeline.model.PipelineTrigger;
import io.phasewise.application.pipeline.model.StepOutcome;
import io.phasewise.application.pipeline.model.StepResult;
import io.phasewise.application.testing.InMemoryPipeline;
import io.phasewise.application.testing.PhaseWalks;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.Interval;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PipelineApiTest {
  @RegisterExtension
  final ApiServerExtension server = new ApiServerExtension();

  private JsonNode runNow() {
    Http.Response response = server.admin().method("POST", "/api/pipeline/runs?interval=1d");
    assertThat(response.status()).as(response.body()).isEqualTo(201);
    return response.json();
  }

  @Test
  void a_run_on_demand_is_created_with_one_outcome_per_asset_and_readable_at_its_location() {
    AssetId good = Bars.stored(server.api(), "PIPE-OK", PhaseWalks.regimes(41, 600));
    AssetId bad = Bars.stored(server.api(), "PIPE-BAD", PhaseWalks.withZeroBar(PhaseWalks.regimes(42, 300), 100));

    Http.Response created = server.admin().method("POST", "/api/pipeline/runs?interval=1d");

    assertThat(created.status()).as(created.body()).isEqualTo(201);
    JsonNode run = created.json();
    long id = run.get("id").asLong();
    assertThat(URI.create(created.header("Location")).getPath()).isEqualTo("/api/pipeline/runs/" + id);
    assertThat(run.get("trigger").asText()).isEqualTo("ON_DEMAND");
    assertThat(run.get("interval").asText()).isEqualTo("1d");
    assertThat(run.get("startedAt").asText()).isEqualTo(ApiServer.NOW.toString());
    assertThat(run.get("finishedAt").asText()).isEqualTo(ApiServer.NOW.toString());
    assertThat(run.get("elapsedMillis").asLong()).isZero();
    assertThat(run.get("assetsTotal").asInt()).isEqualTo(2);
    assertThat(run.get("assetsFailed").asInt()).isEqualTo(1);
    assertThat(run.get("steps").fieldNames()).toIterable().containsExactly("snapshots", "phases", "webhooks");
    assertThat(run.get("steps").get("phases").get("counters").get("events").asInt()).isZero();
    assertThat(run.get("steps").get("webhooks").get("ok").asBoolean()).isTrue();
    assertThat(run.get("steps").get("webhooks").get("counters").get("events").asInt()).isZero();
    assertThat(run.get("steps").get("webhooks").get("counters").get("delivered").asInt()).isZero();
    assertThat(run.get("steps").get("webhooks").has("failure")).isFalse();
    assertThat(run.has("failure")).isTrue();
    assertThat(run.get("failure").isNull()).isTrue();

    JsonNode ok = run.get("outcomes").get(0);
    assertThat(ok.get("asset").asLong()).isEqualTo(good.value());
    assertThat(ok.get("symbol").asText()).isEqualTo("PIPE-OK");
    assertThat(ok.get("status").asText()).isEqualTo("ok");
    JsonNode okSteps = ok.get("steps");
    assertThat(okSteps.fieldNames()).toIterable().containsExactly("snapshots", "phases");
    assertThat(okSteps.get("snapshots").get("ok").asBoolean()).isTrue();
    assertThat(okSteps.get("snapshots").get("counters").get("written").asLong()).isEqualTo(600);
    assertThat(okSteps.get("snapshots").get("elapsedMs").asLong()).isNotNegative();
    assertThat(okSteps.get("phases").get("counters").get("transitions").asInt()).isPositive()
        .isEqualTo(run.get("steps").get("phases").get("counters").get("transitions").asInt());
    JsonNode phase = okSteps.get("phases").get("phase");
    assertThat(phase.get("phase").asText()).isIn("COOP", "DEFECT", "FORGIVE");
    assertThat(phase.get("confidence").asDouble()).isBetween(0.0, 1.0);
    assertThat(phase.get("summary").asText()).isNotBlank();
    assertThat(phase.get("asOf").asText()).isEqualTo(PhaseWalks.START.plusSeconds(86_400L * 600).toString());
    assertThat(okSteps.get("snapshots").has("failure")).isFalse();
    JsonNode failed = run.get("outcomes").get(1);
    assertThat(failed.get("asset").asLong()).isEqualTo(bad.value());
    assertThat(failed.get("status").asText()).isEqualTo("failed");
    assertThat(failed.get("steps").get("phases").has("phase")).isFalse();
    assertThat(failed.get("steps").get("snapshots").get("ok").asBoolean()).isFalse();
    assertThat(failed.get("steps").get("snapshots").get("failure").asText()).contains("PIPE-BAD");
    assertThat(failed.get("steps").get("phases").get("ok").asBoolean()).isFalse();
    assertThat(failed.get("steps").get("phases").get("failure").asText()).contains("PIPE-BAD");

    Http.Response read = server.http().get(URI.create(created.header("Location")));
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.json()).isEqualTo(run);
  }

  @Test
  void a_step_of_any_name_is_served_by_name_with_its_counters_failure_and_time() {
    Map<String, StepResult> steps = new LinkedHashMap<>();
    steps.put("snapshots", StepResult.ok(StepOutcome.counting(Map.of("written", 5L)), Duration.ofMillis(3)));
    steps.put("regimes", StepResult.ok(StepOutcome.counting(Map.of("regimes", 2L)), Duration.ofMillis(4)));
    steps.put("webhooks", new StepResult(StepOutcome.counting(Map.of("events", 1L)), Optional.of("outbox unreachable"),
        Duration.ofMillis(7)));
    PipelineRun recorded = server.api().pipeline.runs.record(PipelineTrigger.SCHEDULE, Interval.D1, ApiServer.NOW, ApiServer.NOW,
        List.of(new PipelineAssetOutcome(AssetId.of(8), "NEW", Map.of("regimes",
            StepResult.failed("no regime yet", Duration.ofMillis(1))))), steps);

    JsonNode run = server.http().get("/api/pipeline/runs/" + recorded.id()).json();

    assertThat(run.get("steps").fieldNames()).toIterable().containsExactly("snapshots", "regimes", "webhooks");
    assertThat(run.get("steps").get("regimes").get("counters").get("regimes").asLong()).isEqualTo(2);
    assertThat(run.get("steps").get("regimes").get("elapsedMs").asLong()).isEqualTo(4);
    assertThat(run.get("steps").get("webhooks").get("ok").asBoolean()).isFalse();
    assertThat(run.get("steps").get("webhooks").get("failure").asText()).isEqualTo("outbox unreachable");
    assertThat(run.get("failure").asText()).isEqualTo("webhooks: outbox unreachable");
    JsonNode outcome = run.get("outcomes").get(0);
    assertThat(outcome.get("status").asText()).isEqualTo("failed");
    assertThat(outcome.get("steps").get("regimes").get("failure").asText()).isEqualTo("no regime yet");
    assertThat(outcome.get("steps").get("regimes").get("counters")).isEmpty();
  }

  @Test
  void runs_are_listed_newest_first_in_pages_with_a_link_to_the_next() {
    Bars.stored(server.api(), "PIPE-LIST", PhaseWalks.regimes(43, 300));
    long first = runNow().get("id").asLong();
    long second = runNow().get("id").asLong();
    long third = runNow().get("id").asLong();
    assertThat(runNow().get("outcomes").get(0).get("steps").get("snapshots").get("counters").get("written").asLong())
        .as("nothing new").isZero();

    Http.Response page = server.http().get("/api/pipeline/runs?limit=2");

    assertThat(page.status()).isEqualTo(200);
    JsonNode body = page.json();
    assertThat(body.get("total").asLong()).isEqualTo(4);
    assertThat(body.get("items")).extracting(r -> r.get("id").asLong()).containsExactly(third + 1, third);
    assertThat(page.header("Link")).contains("offset=2", "limit=2", "rel=\"next\"");
    JsonNode last = server.http().get("/api/pipeline/runs?offset=2&limit=2").json();
    assertThat(last.get("items")).extracting(r -> r.get("id").asLong()).containsExactly(second, first);
    assertThat(server.http().get("/api/pipeline/runs").json().get("limit").asInt()).isEqualTo(20);
  }

  @Test
  void unknown_runs_are_404_and_bad_parameters_400_naming_them() {
    JsonNode missing = assertProblem(server.http().get("/api/pipeline/runs/99"), 404);
    assertThat(missing.get("detail").asText()).contains("pipeline run not found: 99");
    assertProblem(server.http().get("/api/pipeline/runs/abc"), 400, "id");
    assertProblem(server.http().get("/api/pipeline/runs/0"), 400, "id");
    assertProblem(server.admin().method("POST", "/api/pipeline/runs?interval=2d"), 400, "interval");
    assertProblem(server.http().get("/api/pipeline/runs?limit=101"), 400, "limit");
    assertThat(server.api().pipeline.runs.count()).as("nothing ran").isZero();
  }

  @Test
  void a_run_asked_for_while_one_is_in_progress_is_409_and_the_first_still_completes() throws Exception {
    Bars.stored(server.api(), "PIPE-HOLD", PhaseWalks.regimes(44, 300));
    InMemoryPipeline.Hold hold = server.api().pipeline.holdNextRun();
    CompletableFuture<Http.Response> held = CompletableFuture.supplyAsync(() -> server.admin().method("POST", "/api/pipeline/runs"));
    hold.awaitHeld();

    JsonNode conflict = assertProblem(server.admin().method("POST", "/api/pipeline/runs"), 409);

    assertThat(conflict.get("detail").asText()).contains("a pipeline run is already in progress");
    hold.release();
    Http.Response first = held.get(10, TimeUnit.SECONDS);
    assertThat(first.status()).as(first.body()).isEqualTo(201);
    assertThat(first.json().get("outcomes")).hasSize(1);
    assertThat(server.http().get("/api/pipeline/runs").json().get("total").asLong()).isEqualTo(1);
  }

  @Test
  void the_openapi_document_describes_the_run_its_answers_and_the_paging() {
    JsonNode paths = server.http().get("/api/openapi.json").json().get("paths");
    JsonNode post = paths.get("/api/pipeline/runs").get("post");
    assertThat(post.get("responses").fieldNames()).toIterable().contains("201", "409");
    assertThat(post.get("parameters")).extracting(p -> p.get("name").asText()).containsExactly("interval");
    assertThat(paths.get("/api/pipeline/runs").get("get").get("parameters")).extracting(p -> p.get("name").asText())
        .containsExactlyInAnyOrder("offset", "limit");
    assertThat(paths.get("/api/pipeline/runs/{id}").fieldNames()).toIterable().containsExactly("get");
    JsonNode schemas = server.http().get("/api/openapi.json").json().get("components").get("schemas");
    assertThat(schemas.get("PipelineRun").get("properties").fieldNames()).toIterable().contains("steps", "outcomes")
        .doesNotContain("webhooks", "transitions", "events");
    assertThat(schemas.get("PipelineAssetOutcome").get("properties").fieldNames()).toIterable()
        .containsExactlyInAnyOrder("asset", "symbol", "status", "steps");
    assertThat(schemas.get("PipelineStepResult").get("properties").fieldNames()).toIterable()
        .containsExactlyInAnyOrder("ok", "counters", "phase", "failure", "elapsedMs");
  }
}
