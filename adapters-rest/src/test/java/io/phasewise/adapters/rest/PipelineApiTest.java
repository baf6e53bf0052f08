package io.phasewise.adapters.rest;

import static io.phasewise.adapters.rest.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.phasewise.application.testing.InMemoryPipeline;
import io.phasewise.application.testing.PhaseWalks;
import io.phasewise.domain.market.AssetId;
import java.net.URI;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PipelineApiTest {
  @RegisterExtension
  final ApiServerExtension server = new ApiServerExtension();

  private JsonNode runNow() {
    Http.Response response = server.http().method("POST", "/api/pipeline/runs?interval=1d");
    assertThat(response.status()).as(response.body()).isEqualTo(201);
    return response.json();
  }

  @Test
  void a_run_on_demand_is_created_with_one_outcome_per_asset_and_readable_at_its_location() {
    AssetId good = Bars.stored(server.api(), "PIPE-OK", PhaseWalks.regimes(41, 600));
    AssetId bad = Bars.stored(server.api(), "PIPE-BAD", PhaseWalks.withZeroBar(PhaseWalks.regimes(42, 300), 100));

    Http.Response created = server.http().method("POST", "/api/pipeline/runs?interval=1d");

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
    assertThat(run.get("events").asInt()).isZero();
    assertThat(run.get("webhooks").get("events").asInt()).isZero();
    assertThat(run.get("webhooks").get("delivered").asInt()).isZero();
    assertThat(run.has("failure")).isTrue();
    assertThat(run.get("failure").isNull()).isTrue();

    JsonNode ok = run.get("outcomes").get(0);
    assertThat(ok.get("asset").asLong()).isEqualTo(good.value());
    assertThat(ok.get("symbol").asText()).isEqualTo("PIPE-OK");
    assertThat(ok.get("status").asText()).isEqualTo("ok");
    assertThat(ok.get("snapshotsWritten").asLong()).isEqualTo(600);
    assertThat(ok.get("transitionsWritten").asInt()).isPositive().isEqualTo(run.get("transitions").asInt());
    assertThat(ok.get("phase").get("phase").asText()).isIn("COOP", "DEFECT", "FORGIVE");
    assertThat(ok.get("phase").get("confidence").asDouble()).isBetween(0.0, 1.0);
    assertThat(ok.get("phase").get("summary").asText()).isNotBlank();
    assertThat(ok.get("phase").get("asOf").asText()).isEqualTo(PhaseWalks.START.plusSeconds(86_400L * 600).toString());
    assertThat(ok.get("failures")).isEmpty();
    JsonNode failed = run.get("outcomes").get(1);
    assertThat(failed.get("asset").asLong()).isEqualTo(bad.value());
    assertThat(failed.get("status").asText()).isEqualTo("failed");
    assertThat(failed.get("phase").isNull()).isTrue();
    assertThat(failed.get("failures")).hasSize(2);
    assertThat(failed.get("failures").get(0).asText()).startsWith("snapshots: ").contains("PIPE-BAD");
    assertThat(failed.get("failures").get(1).asText()).startsWith("phases: ").contains("PIPE-BAD");

    Http.Response read = server.http().get(URI.create(created.header("Location")));
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.json()).isEqualTo(run);
  }

  @Test
  void runs_are_listed_newest_first_in_pages_with_a_link_to_the_next() {
    Bars.stored(server.api(), "PIPE-LIST", PhaseWalks.regimes(43, 300));
    long first = runNow().get("id").asLong();
    long second = runNow().get("id").asLong();
    long third = runNow().get("id").asLong();
    assertThat(runNow().get("outcomes").get(0).get("snapshotsWritten").asLong()).as("nothing new").isZero();

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
    assertProblem(server.http().method("POST", "/api/pipeline/runs?interval=2d"), 400, "interval");
    assertProblem(server.http().get("/api/pipeline/runs?limit=101"), 400, "limit");
    assertThat(server.api().pipeline.runs.count()).as("nothing ran").isZero();
  }

  @Test
  void a_run_asked_for_while_one_is_in_progress_is_409_and_the_first_still_completes() throws Exception {
    Bars.stored(server.api(), "PIPE-HOLD", PhaseWalks.regimes(44, 300));
    InMemoryPipeline.Hold hold = server.api().pipeline.holdNextRun();
    CompletableFuture<Http.Response> held = CompletableFuture.supplyAsync(() -> server.http().method("POST", "/api/pipeline/runs"));
    hold.awaitHeld();

    JsonNode conflict = assertProblem(server.http().method("POST", "/api/pipeline/runs"), 409);

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
  }
}
