package io.phasewise.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.phasewise.application.market.model.CandleFeed;
import io.phasewise.application.market.port.in.ImportCandlesCommand;
import io.phasewise.application.market.port.in.RegisterAssetCommand;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.AssetProfile;
import io.phasewise.domain.market.AssetType;
import io.phasewise.domain.market.Candle;
import io.phasewise.domain.market.Interval;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The wired server on its embedded PostgreSQL with the pipeline scheduled every 200 ms: candles
 * imported while it serves are analysed by a scheduled run, which the REST API then lists with that
 * asset's outcome; a run asked for over HTTP is recorded beside the scheduled ones.
 */
class PipelineEndToEndTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpCalls http = HttpCalls.http11();

  @TempDir
  Path home;

  private JsonNode call(URI base, String method, String path, int expectedStatus) throws Exception {
    HttpResponse<String> response = http.send(base, method, path, null, null);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(expectedStatus);
    return JSON.readTree(response.body());
  }

  /** {@code n} daily bars of a wave on a slow rise. */
  private static List<Candle> bars(int n) {
    List<Candle> bars = new ArrayList<>(n);
    Instant start = Instant.parse("2023-01-02T00:00:00Z");
    for (int i = 0; i < n; i++) {
      double close = 100 + 12 * Math.sin(i / 7.0) + i / 5.0;
      BigDecimal c = BigDecimal.valueOf(Math.round(close * 100) / 100.0);
      bars.add(Candle.of(start.plusSeconds(86_400L * i), c, c.add(BigDecimal.ONE), c.subtract(BigDecimal.ONE), c,
          BigDecimal.valueOf(10_000 + 37L * i % 900), "e2e"));
    }
    return bars;
  }

  /** The scheduled runs' outcomes of {@code asset}, newest run first, polled until one has its phase; at most 15 s. */
  private List<JsonNode> awaitPhase(URI base, AssetId asset) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
    while (System.nanoTime() < deadline) {
      List<JsonNode> outcomes = new ArrayList<>();
      for (JsonNode run : call(base, "GET", "api/pipeline/runs?limit=100", 200).get("items")) {
        for (JsonNode outcome : run.get("outcomes")) {
          if (outcome.get("asset").asLong() == asset.value()) outcomes.add(outcome);
        }
      }
      if (outcomes.stream().anyMatch(o -> o.get("steps").get("phases").has("phase"))) return outcomes;
      Thread.sleep(50);
    }
    throw new AssertionError("no scheduled run analysed asset " + asset + " within 15 s");
  }

  @Test
  @SuppressWarnings("try") // the scheduler runs in the background while the block waits; closing it stops it
  void candles_imported_while_serving_are_analysed_by_a_scheduled_run_listed_over_http() throws Exception {
    PhasewiseSettings settings = PhasewiseSettings.fromEnvironment(Map.of("PHASEWISE_HOME", home.toString(),
        "PHASEWISE_PORT", "0", "PHASEWISE_SNAPSHOTS_ON_IMPORT", "false"));
    try (Phasewise app = Phasewise.start(settings);
        PhasewiseServer server = PhasewiseServer.start(app, settings);
        PipelineScheduler scheduler = PipelineScheduler.start(app.useCases().pipeline().run(),
            new PipelineSettings(Optional.of(Duration.ofMillis(200)), Interval.D1))) {
      URI base = server.baseUri();
      AssetId asset = app.useCases().market().registerAsset()
          .register(new RegisterAssetCommand(AssetProfile.of("PIPE", "Pipeline e2e", AssetType.STOCK))).get().id();

      app.useCases().market().importCandles().importCandles(new ImportCandlesCommand(asset, Interval.D1, CandleFeed.of("e2e.csv", bars(250))))
          .get();
      List<JsonNode> outcomes = awaitPhase(base, asset);

      assertThat(outcomes).allSatisfy(o -> {
        assertThat(o.get("symbol").asText()).isEqualTo("PIPE");
        assertThat(o.get("status").asText()).isEqualTo("ok");
      });
      assertThat(outcomes.stream().mapToLong(o -> o.get("steps").get("snapshots").get("counters").get("written").asLong()).sum())
          .as("every bar's snapshots, written once by the scheduled runs").isEqualTo(250);
      JsonNode latest = call(base, "GET", "api/pipeline/runs?limit=1", 200).get("items").get(0);
      assertThat(latest.get("trigger").asText()).isEqualTo("SCHEDULE");
      assertThat(latest.get("interval").asText()).isEqualTo("1d");
      assertThat(call(base, "GET", "api/pipeline/runs/" + latest.get("id").asLong(), 200)).isEqualTo(latest);
      assertThat(app.useCases().phases().query().current(asset, Interval.D1).isRight()).isTrue();

      JsonNode onDemand = awaitCreated(base, Operators.adminToken(app));
      assertThat(onDemand.get("trigger").asText()).isEqualTo("ON_DEMAND");
      JsonNode steps = onDemand.get("outcomes").get(0).get("steps");
      assertThat(steps.get("snapshots").get("counters").get("written").asLong()).as("nothing new").isZero();
      assertThat(steps.get("phases").get("counters").get("transitions").asInt()).isZero();
    }
  }

  /** POSTs a run as {@code admin}, again while a scheduled one holds the pipeline (409), until one is created; at most 15 s. */
  private JsonNode awaitCreated(URI base, String admin) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
    while (System.nanoTime() < deadline) {
      HttpResponse<String> response = http.send(base, "POST", "api/pipeline/runs?interval=1d", null, admin);
      if (response.statusCode() == 201) return JSON.readTree(response.body());
      assertThat(response.statusCode()).as(response.body()).isEqualTo(409);
      Thread.sleep(20);
    }
    throw new AssertionError("no run on demand was accepted within 15 s");
  }
}
