package io.phasewise.adapters.rest;

import static io.phasewise.adapters.rest.Http.bearer;
import static io.phasewise.adapters.rest.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.phasewise.domain.alert.WebhookSubscription;
import io.phasewise.domain.alert.WebhookSubscriptionId;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.AssetProfile;
import io.phasewise.domain.market.AssetType;
import io.phasewise.domain.phase.Phase;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Broken object-level authorization: Alice tries every webhook route on Bob's webhook and gets the
 * very 404 a missing webhook gets, and Bob's webhook is unchanged; without a token every route is 401.
 */
class WebhookOwnershipTest {
  @RegisterExtension
  static final ApiServerExtension server = new ApiServerExtension();

  private static AssetId asset;

  private String bobs;
  private WebhookSubscription bobsBefore;
  private int bobsDeliveries;

  /** A route of the webhook API: method, path after /api/webhooks with {id}, a valid body or null. */
  record Route(String method, String path, String body) {
    String on(String id) {
      return "/api/webhooks" + path.replace("{id}", id);
    }

    @Override
    public String toString() {
      return method + " /api/webhooks" + path;
    }
  }

  static List<Route> routesOnOneWebhook() {
    return List.of(
        new Route("GET", "/{id}", null),
        new Route("PUT", "/{id}", "{\"url\":\"https://hooks.example.com/alice\",\"active\":true}"),
        new Route("DELETE", "/{id}", null),
        new Route("POST", "/{id}/secret", null),
        new Route("GET", "/{id}/deliveries", null));
  }

  static List<Route> everyRoute() {
    List<Route> all = new ArrayList<>(routesOnOneWebhook());
    all.add(new Route("GET", "", null));
    all.add(new Route("POST", "", "{\"url\":\"https://hooks.example.com/anon\"}"));
    return all;
  }

  @BeforeAll
  static void fixtures() {
    server.api().webhooks.resolver.register("hooks.example.com", "203.0.113.10");
    asset = server.api().market.assets.insert(AssetProfile.of("BOLA", "Bola", AssetType.STOCK), ApiServer.NOW).id();
  }

  @BeforeEach
  void bobHasAWebhookWithADelivery() {
    Http.Response created = server.http().call("POST", "/api/webhooks",
        "{\"url\":\"https://hooks.example.com/bob\",\"description\":\"bob's\",\"assets\":[" + asset.value() + "]}",
        bearer(ApiServer.BOB_TOKEN));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    bobs = created.json().get("id").asText();
    server.api().webhooks.recordTransition(asset, Phase.COOP, Phase.DEFECT, ApiServer.NOW, ApiServer.NOW);
    server.api().webhooks.useCases.dispatch().fanOut();
    bobsBefore = stored();
    bobsDeliveries = server.api().webhooks.outbox.deliveriesOf(bobsBefore.id()).size();
    assertThat(bobsDeliveries).isPositive();
  }

  private WebhookSubscription stored() {
    return server.api().webhooks.subscriptions.find(WebhookSubscriptionId.parse(bobs).orElseThrow()).orElseThrow();
  }

  private static Http.Response as(String token, Route route, String id) {
    return token == null
        ? server.http().call(route.method(), route.on(id), route.body())
        : server.http().call(route.method(), route.on(id), route.body(), bearer(token));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("routesOnOneWebhook")
  void alice_gets_the_404_of_a_missing_webhook_and_bobs_webhook_is_unchanged(Route route) {
    String missing = new WebhookSubscriptionId(UUID.randomUUID()).toString();

    JsonNode onBobs = assertProblem(as(ApiServer.ALICE_TOKEN, route, bobs), 404);
    JsonNode onMissing = assertProblem(as(ApiServer.ALICE_TOKEN, route, missing), 404);

    assertThat(onBobs.get("title")).isEqualTo(onMissing.get("title"));
    assertThat(onBobs.get("type")).isEqualTo(onMissing.get("type"));
    assertThat(onBobs.get("detail").asText()).isEqualTo(onMissing.get("detail").asText().replace(missing, bobs));
    assertThat(stored()).as("Bob's webhook, secret and version included").isEqualTo(bobsBefore);
    assertThat(server.api().webhooks.outbox.deliveriesOf(bobsBefore.id())).hasSize(bobsDeliveries);
    Http.Response bobReads = as(ApiServer.BOB_TOKEN, new Route("GET", "/{id}", null), bobs);
    assertThat(bobReads.status()).isEqualTo(200);
    assertThat(bobReads.json().get("url").asText()).isEqualTo("https://hooks.example.com/bob");
  }

  @Test
  void alice_does_not_see_bobs_webhooks_in_her_list() {
    Http.Response list = as(ApiServer.ALICE_TOKEN, new Route("GET", "", null), "");

    assertThat(list.status()).isEqualTo(200);
    assertThat(list.body()).doesNotContain(bobs);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyRoute")
  void without_a_token_every_route_is_401_and_changes_nothing(Route route) {
    Http.Response anonymous = as(null, route, bobs);

    assertProblem(anonymous, 401);
    assertThat(anonymous.header("WWW-Authenticate")).startsWith("Bearer");
    assertThat(stored()).isEqualTo(bobsBefore);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyRoute")
  void an_unknown_token_is_401_on_every_route(Route route) {
    assertProblem(as("not-a-token", route, bobs), 401);
    assertThat(stored()).isEqualTo(bobsBefore);
  }

  @Test
  void without_a_token_a_bad_body_is_still_401_not_a_validation_error() {
    assertProblem(server.http().call("POST", "/api/webhooks", "{\"nonsense\":1}"), 401);
    assertProblem(server.http().call("PUT", "/api/webhooks/" + bobs, "{}"), 401);
  }
}
