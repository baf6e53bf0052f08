package io.phasewise.adapters.rest;

import static io.phasewise.adapters.rest.Http.bearer;
import static io.phasewise.adapters.rest.ProblemAssert.assertProblem;
import static io.phasewise.adapters.rest.ProblemAssert.problemOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.phasewise.domain.alert.WebhookSubscriptionId;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.AssetProfile;
import io.phasewise.domain.market.AssetType;
import io.phasewise.domain.phase.Phase;
import java.net.URI;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class WebhookApiTest {
  @RegisterExtension
  static final ApiServerExtension server = new ApiServerExtension();

  private static AssetId aapl;

  @BeforeAll
  static void fixtures() {
    server.api().webhooks.resolver.register("hooks.example.com", "203.0.113.10");
    server.api().webhooks.resolver.register("intranet.example.com", "10.0.0.8");
    aapl = server.api().market.assets.insert(AssetProfile.of("WHK", "Webhook Corp", AssetType.STOCK), ApiServer.NOW).id();
  }

  private static Http.Response asAlice(String method, String path, String json) {
    return server.http().call(method, path, json, bearer(ApiServer.ALICE_TOKEN));
  }

  private static JsonNode create(String json) {
    Http.Response created = asAlice("POST", "/api/webhooks", json);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json();
  }

  @Test
  void creates_reads_changes_rotates_and_deletes_a_webhook_showing_the_secret_only_twice() {
    Http.Response created = asAlice("POST", "/api/webhooks", """
        {"url":"https://hooks.example.com/phasewise","description":"trading desk","assets":[%d],"phases":["DEFECT","COOP"]}"""
        .formatted(aapl.value()));

    assertThat(created.status()).as(created.body()).isEqualTo(201);
    JsonNode webhook = created.json();
    String id = webhook.get("id").asText();
    assertThat(created.header("Location")).endsWith("/api/webhooks/" + id);
    assertThat(webhook.get("url").asText()).isEqualTo("https://hooks.example.com/phasewise");
    assertThat(webhook.get("description").asText()).isEqualTo("trading desk");
    assertThat(webhook.get("assets")).extracting(JsonNode::asLong).containsExactly(aapl.value());
    assertThat(webhook.get("phases")).extracting(JsonNode::asText).containsExactly("COOP", "DEFECT");
    assertThat(webhook.get("active").asBoolean()).isTrue();
    assertThat(webhook.get("version").asLong()).isZero();
    assertThat(webhook.get("createdAt").asText()).isEqualTo("2025-06-30T12:00:00Z");
    String secret = webhook.get("secret").asText();
    assertThat(secret).matches("[A-Za-z0-9_-]{43}");

    JsonNode read = asAlice("GET", "/api/webhooks/" + id, null).json();
    assertThat(read.has("secret")).as("the secret is not shown again").isFalse();
    assertThat(asAlice("GET", "/api/webhooks", null).json()).extracting(w -> w.get("id").asText()).contains(id);
    assertThat(asAlice("GET", "/api/webhooks", null).body()).doesNotContain(secret);

    Http.Response replaced = asAlice("PUT", "/api/webhooks/" + id, """
        {"url":"https://hooks.example.com/v2","active":false,"version":0}""");
    assertThat(replaced.status()).as(replaced.body()).isEqualTo(200);
    assertThat(replaced.json().get("url").asText()).isEqualTo("https://hooks.example.com/v2");
    assertThat(replaced.json().get("active").asBoolean()).isFalse();
    assertThat(replaced.json().get("assets")).as("PUT replaces the filters").isEmpty();
    assertThat(replaced.json().get("description").asText()).isEmpty();
    assertThat(replaced.json().get("version").asLong()).isEqualTo(1);
    assertThat(replaced.json().has("secret")).isFalse();

    JsonNode stale = assertProblem(asAlice("PUT", "/api/webhooks/" + id, "{\"url\":\"https://hooks.example.com/v3\",\"version\":0}"), 409);
    assertThat(stale.get("detail").asText()).contains("version 1");

    Http.Response rotated = asAlice("POST", "/api/webhooks/" + id + "/secret", null);
    assertThat(rotated.status()).isEqualTo(200);
    assertThat(rotated.json().get("secret").asText()).matches("[A-Za-z0-9_-]{43}").isNotEqualTo(secret);
    assertThat(rotated.json().get("version").asLong()).isEqualTo(2);

    Http.Response deleted = asAlice("DELETE", "/api/webhooks/" + id, null);
    assertThat(deleted.status()).isEqualTo(204);
    assertProblem(asAlice("GET", "/api/webhooks/" + id, null), 404);
  }

  @Test
  void a_url_the_policy_refuses_is_a_400_naming_the_url_and_the_address() {
    JsonNode problem = assertProblem(asAlice("POST", "/api/webhooks", "{\"url\":\"https://intranet.example.com/hook\"}"), 400,
        "url");

    assertThat(problemOf(problem, "url")).contains("https://intranet.example.com/hook", "10.0.0.8", "private-network");
    assertThat(problemOf(assertProblem(asAlice("POST", "/api/webhooks", "{\"url\":\"http://169.254.169.254/\"}"), 400, "url"),
        "url")).contains("link-local");
    assertThat(problemOf(assertProblem(asAlice("POST", "/api/webhooks", "{\"url\":\"file:///etc/passwd\"}"), 400, "url"),
        "url")).contains("http or https");
  }

  @Test
  void bad_filters_and_unknown_properties_are_400s_naming_the_fields() {
    assertProblem(asAlice("POST", "/api/webhooks",
        "{\"url\":\"https://hooks.example.com/x\",\"phases\":[\"DEFECT\",\"PANIC\"],\"assets\":[0]}"), 400,
        "phases[1]", "assets[0]");
    assertThat(problemOf(assertProblem(asAlice("POST", "/api/webhooks",
        "{\"url\":\"https://hooks.example.com/x\",\"assets\":[987654]}"), 400, "assets"), "assets")).contains("987654");
    assertProblem(asAlice("POST", "/api/webhooks", "{\"url\":\"https://hooks.example.com/x\",\"active\":false}"), 400, "active");
    assertProblem(asAlice("POST", "/api/webhooks", "{}"), 400, "url");
  }

  @Test
  void an_id_that_is_no_uuid_is_not_found() {
    assertProblem(asAlice("GET", "/api/webhooks/not-a-uuid", null), 404);
    assertProblem(asAlice("GET", "/api/webhooks/" + new WebhookSubscriptionId(UUID.randomUUID()) + "/deliveries", null), 404);
  }

  @Test
  void the_delivery_log_shows_each_delivery_with_its_event_and_attempts_newest_first_in_pages() {
    String id = create("{\"url\":\"https://hooks.example.com/log\",\"assets\":[" + aapl.value() + "]}").get("id").asText();
    server.api().webhooks.recordTransition(aapl, Phase.COOP, Phase.DEFECT, ApiServer.NOW.minus(Duration.ofDays(2)), ApiServer.NOW);
    server.api().webhooks.recordTransition(aapl, Phase.DEFECT, Phase.FORGIVE, ApiServer.NOW.minus(Duration.ofDays(1)),
        ApiServer.NOW.plusSeconds(1));
    server.api().webhooks.useCases.dispatch().fanOut();
    server.api().webhooks.sender.answer(503);
    server.api().webhooks.useCases.dispatch().deliverDue(ApiServer.NOW);

    Http.Response page = asAlice("GET", "/api/webhooks/" + id + "/deliveries?limit=1", null);

    assertThat(page.status()).as(page.body()).isEqualTo(200);
    JsonNode body = page.json();
    assertThat(body.get("total").asLong()).isEqualTo(2);
    assertThat(page.header("Link")).contains("offset=1", "rel=\"next\"");
    JsonNode all = asAlice("GET", "/api/webhooks/" + id + "/deliveries", null).json().get("items");
    assertThat(all).hasSize(2);
    JsonNode failedOnce = null;
    for (JsonNode d : all) {
      if (d.get("attemptCount").asInt() == 1) failedOnce = d;
    }
    assertThat(failedOnce).as(all.toString()).isNotNull();
    assertThat(failedOnce.get("status").asText()).isEqualTo("PENDING");
    assertThat(failedOnce.get("nextAttemptAt").asText()).isEqualTo("2025-06-30T12:00:10Z");
    JsonNode attempt = failedOnce.get("attempts").get(0);
    assertThat(attempt.get("attempt").asInt()).isEqualTo(1);
    assertThat(attempt.get("statusCode").asInt()).isEqualTo(503);
    assertThat(attempt.get("error").asText()).isEqualTo("HTTP 503");
    JsonNode event = failedOnce.get("event");
    assertThat(event.get("asset").asLong()).isEqualTo(aapl.value());
    assertThat(event.get("interval").asText()).isEqualTo("1d");
    assertThat(event.get("payload").get("type").asText()).as("the payload is embedded as JSON").isEqualTo("phase.transition");
    assertThat(URI.create(page.header("Link").replaceAll("^<([^>]+)>.*$", "$1")).getPath())
        .isEqualTo("/api/webhooks/" + id + "/deliveries");
  }
}
