package io.phasewise.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class OpenApiTest {
  @RegisterExtension
  static final ApiServerExtension server = new ApiServerExtension();

  private static JsonNode document;

  @BeforeAll
  static void fixtures() {
    Http.Response response = server.http().get("/api/openapi.json");
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.header("Content-Type")).startsWith("application/json");
    document = response.json();
  }

  @Test
  void the_document_has_a_title_a_version_and_every_endpoint() {
    assertThat(document.get("openapi").asText()).startsWith("3.");
    assertThat(document.get("info").get("title").asText()).isEqualTo("Phasewise API");
    assertThat(document.get("info").get("version").asText()).matches("\\d+\\.\\d+\\.\\d+.*");
    assertThat(document.get("paths").fieldNames()).toIterable().containsExactlyInAnyOrder(
        "/api/health", "/api/assets", "/api/assets/{id}", "/api/assets/{id}/candles", "/api/assets/{id}/candles/import",
        "/api/assets/{id}/imports", "/api/candles/latest", "/api/assets/{id}/intervals", "/api/assets/{id}/ticks", "/api/indicators",
        "/api/assets/{id}/indicators/{name}", "/api/assets/{id}/snapshots", "/api/snapshots/latest", "/api/features",
        "/api/assets/{id}/snapshots/recompute", "/api/snapshots/recompute",
        "/api/sentiment/sources", "/api/sentiment/observations", "/api/assets/{id}/sentiment",
        "/api/assets/{id}/sentiment/observations",
        "/api/users", "/api/me", "/api/me/tokens", "/api/me/tokens/{tokenId}", "/api/me/watchlist",
        "/api/me/watchlist/items", "/api/me/watchlist/items/{assetId}", "/api/me/watchlist/items/{assetId}/position",
        "/api/webhooks", "/api/webhooks/{id}", "/api/webhooks/{id}/secret", "/api/webhooks/{id}/deliveries",
        "/api/assets/{id}/phase", "/api/assets/{id}/phases", "/api/phases", "/api/assets/{id}/phases/recompute", "/api/phases/recompute",
        "/api/pipeline/runs", "/api/pipeline/runs/{id}",
        "/api/me/dashboard",
        "/api/me/portfolios", "/api/me/portfolios/{portfolioId}", "/api/me/portfolios/{portfolioId}/events",
        "/api/me/portfolios/{portfolioId}/events/{eventId}", "/api/me/portfolios/{portfolioId}/events/{eventId}/revisions",
        "/api/me/portfolios/{portfolioId}/transfers", "/api/me/portfolios/{portfolioId}/imports",
        "/api/me/portfolios/{portfolioId}/sync-log", "/api/me/portfolios/{portfolioId}/ledger.csv",
        "/api/me/portfolios/{portfolioId}/holdings", "/api/me/portfolios/{portfolioId}/summary",
        "/api/me/portfolios/{portfolioId}/performance", "/api/me/portfolios/{portfolioId}/value-series");
    assertThat(document.get("paths").get("/api/assets").fieldNames()).toIterable().containsExactlyInAnyOrder("get", "post");
    assertThat(document.get("paths").get("/api/assets/{id}").fieldNames()).toIterable()
        .containsExactlyInAnyOrder("get", "put", "delete");
  }

  @Test
  void both_representations_of_candles_and_both_ways_to_import_are_documented() {
    JsonNode candles = document.get("paths").get("/api/assets/{id}/candles").get("get");
    assertThat(candles.get("responses").get("200").get("content").fieldNames()).toIterable()
        .containsExactlyInAnyOrder("application/json", "text/csv");
    assertThat(candles.get("parameters")).extracting(p -> p.get("name").asText())
        .contains("id", "interval", "from", "to", "adjusted", "source", "offset", "limit", "format");
    JsonNode upload = document.get("paths").get("/api/assets/{id}/candles/import").get("post");
    assertThat(upload.get("requestBody").get("content").fieldNames()).toIterable()
        .containsExactlyInAnyOrder("multipart/form-data", "text/csv");
    assertThat(upload.get("parameters")).extracting(p -> p.get("name").asText())
        .containsExactlyInAnyOrder("id", "interval", "format", "inProgressLastRow");
  }

  @Test
  void indicators_document_their_free_form_parameters_and_both_representations() {
    JsonNode series = document.get("paths").get("/api/assets/{id}/indicators/{name}").get("get");
    assertThat(series.get("responses").get("200").get("content").fieldNames()).toIterable()
        .containsExactlyInAnyOrder("application/json", "text/csv");
    assertThat(series.get("parameters")).extracting(p -> p.get("name").asText())
        .containsExactlyInAnyOrder("id", "name", "interval", "from", "to", "adjusted", "parameters", "format");
    JsonNode point = document.get("components").get("schemas").get("IndicatorPoint");
    assertThat(point.get("properties").get("time").get("format").asText()).isEqualTo("date-time");
    assertThat(document.get("components").get("schemas").get("IndicatorParameter").get("properties").has("default")).isTrue();
  }

  @Test
  void snapshots_features_and_recomputes_are_documented_with_their_shapes() {
    JsonNode paths = document.get("paths");
    assertThat(paths.get("/api/snapshots/recompute").fieldNames()).toIterable().containsExactly("post");
    assertThat(paths.get("/api/assets/{id}/snapshots/recompute").get("post").get("parameters"))
        .extracting(p -> p.get("name").asText()).containsExactlyInAnyOrder("id", "interval", "rebuild");
    assertThat(paths.get("/api/features").get("get").get("parameters")).extracting(p -> p.get("name").asText())
        .containsExactlyInAnyOrder("interval", "from", "to", "assets", "offset", "limit", "format");
    JsonNode schemas = document.get("components").get("schemas");
    assertThat(schemas.get("Snapshot").get("properties").fieldNames()).toIterable()
        .containsExactly("asset", "time", "asOf", "market", "indicators", "features");
    assertThat(schemas.get("TrainingRow").get("properties").fieldNames()).toIterable()
        .contains("asset", "time", "close", "ret1d", "volumeZScore", "extras");
    assertThat(schemas.get("MarketSnapshot").get("properties").get("price").get("type").asText()).isEqualTo("number");
    assertThat(schemas.get("AssetRecompute").get("properties").get("problem").get("$ref").asText())
        .isEqualTo("#/components/schemas/Problem");
  }

  @Test
  void sentiment_documents_its_three_request_bodies_and_the_meter() {
    JsonNode record = document.get("paths").get("/api/sentiment/observations").get("post");
    assertThat(record.get("requestBody").get("content").fieldNames()).toIterable()
        .containsExactlyInAnyOrder("application/json", "application/x-ndjson", "text/csv");
    assertThat(record.get("description").asText()).contains("200 with the report even when every row is rejected");
    JsonNode row = document.get("components").get("schemas").get("SentimentRow").get("properties");
    assertThat(row.fieldNames()).toIterable()
        .containsExactlyInAnyOrder("asset", "source", "observed_at", "score", "magnitude", "features");
    JsonNode meter = document.get("components").get("schemas").get("SentimentMeter").get("properties");
    assertThat(meter.fieldNames()).toIterable().contains("score", "count", "spread", "countByTier", "tierAShare",
        "newestObservedAt", "summary", "weights");
    assertThat(meter.get("score").get("type").asText()).isEqualTo("number");
    assertThat(document.get("paths").get("/api/sentiment/sources").fieldNames()).toIterable()
        .containsExactlyInAnyOrder("get", "post");
  }

  @Test
  void every_value_that_may_be_stale_documents_the_time_its_data_is_as_of() {
    JsonNode schemas = document.get("components").get("schemas");
    for (String schema : new String[] {"Snapshot", "PhaseState", "DashboardPhase", "DashboardSnapshot", "IndicatorSeries"}) {
      JsonNode asOf = schemas.get(schema).get("properties").get("asOf");
      assertThat(asOf).as(schema + ".asOf").isNotNull();
      assertThat(asOf.get("format").asText()).as(schema + ".asOf").isEqualTo("date-time");
      assertThat(asOf.get("description").asText()).as(schema + ".asOf").contains("end time of");
    }
  }

  @Test
  void every_operation_answers_errors_with_the_problem_schema() {
    JsonNode problem = document.get("components").get("schemas").get("Problem").get("properties");
    assertThat(problem.fieldNames()).toIterable()
        .containsExactlyInAnyOrder("type", "title", "status", "detail", "instance", "errors");
    document.get("paths").forEach(path -> path.forEach(operation -> assertThat(
        operation.get("responses").get("default").get("content").get("application/problem+json").get("schema").get("$ref")
            .asText()).isEqualTo("#/components/schemas/Problem")));
  }

  @Test
  void decimals_are_documented_as_strings_and_times_as_date_times() {
    JsonNode candle = document.get("components").get("schemas").get("Candle").get("properties");
    assertThat(candle.get("open").get("type").asText()).isEqualTo("string");
    assertThat(candle.get("open").get("format").asText()).isEqualTo("decimal");
    assertThat(candle.get("time").get("format").asText()).isEqualTo("date-time");
    JsonNode page = document.get("components").get("schemas").get("PageResponseCandle").get("properties");
    assertThat(page.get("items").get("items").get("$ref").asText()).isEqualTo("#/components/schemas/Candle");
  }

  @Test
  void user_owned_endpoints_require_the_bearer_token_and_sign_up_does_not() {
    JsonNode scheme = document.get("components").get("securitySchemes").get("bearerToken");
    assertThat(scheme.get("type").asText()).isEqualTo("http");
    assertThat(scheme.get("scheme").asText()).isEqualTo("bearer");
    JsonNode paths = document.get("paths");
    for (String path : java.util.List.of("/api/me", "/api/me/tokens", "/api/me/tokens/{tokenId}", "/api/me/watchlist",
        "/api/me/watchlist/items", "/api/me/watchlist/items/{assetId}", "/api/me/watchlist/items/{assetId}/position",
        "/api/me/dashboard", "/api/webhooks", "/api/webhooks/{id}", "/api/webhooks/{id}/secret", "/api/webhooks/{id}/deliveries",
        "/api/me/portfolios", "/api/me/portfolios/{portfolioId}", "/api/me/portfolios/{portfolioId}/events",
        "/api/me/portfolios/{portfolioId}/events/{eventId}", "/api/me/portfolios/{portfolioId}/imports")) {
      paths.get(path).forEach(operation -> assertThat(operation.get("security").get(0).has("bearerToken")).as(path).isTrue());
    }
    assertThat(paths.get("/api/users").get("post").has("security")).isFalse();
    assertThat(paths.get("/api/me/watchlist").get("get").get("responses").get("200").get("headers").has("ETag")).isTrue();
  }

  @Test
  void the_dashboard_card_documents_its_flat_latest_bar_and_nullable_parts() {
    JsonNode schemas = document.get("components").get("schemas");
    assertThat(schemas.get("DashboardCard").get("properties").fieldNames()).toIterable()
        .containsExactly("position", "asset", "phase", "snapshot");
    assertThat(schemas.get("DashboardAsset").get("properties").fieldNames()).toIterable()
        .containsExactly("id", "symbol", "name", "type");
    assertThat(schemas.get("DashboardPhase").get("properties").has("reasons")).isFalse();
    assertThat(schemas.get("DashboardSnapshot").get("properties").fieldNames()).toIterable()
        .contains("barTime", "asOf", "price", "changePct", "rsi14", "sma50").doesNotContain("market", "indicators");
    assertThat(schemas.get("DashboardSnapshot").get("properties").get("price").get("type").asText()).isEqualTo("number");
  }

  @Test
  void the_yaml_document_is_served_too() {
    Http.Response yaml = server.http().get("/api/openapi.yaml");

    assertThat(yaml.status()).isEqualTo(200);
    assertThat(yaml.header("Content-Type")).startsWith("application/yaml");
    assertThat(yaml.body()).startsWith("openapi: 3.").contains("/api/assets/{id}/candles:").contains("title: Phasewise API");
  }
}
