package io.phasewise.adapters.rest;

import static io.phasewise.adapters.rest.Http.bearer;
import static io.phasewise.adapters.rest.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Broken object level authorisation: for every endpoint of user-owned data, user A aims at user B's
 * objects and gets 404 exactly as for objects that do not exist, and nothing of B's changes; without
 * a token (or with a bad one) every such endpoint is 401.
 */
class OwnershipTest {
  @RegisterExtension
  static final ApiServerExtension server = new ApiServerExtension();

  private static long assetOne;
  private static long assetTwo;
  private static long assetThree;
  private static int round;

  private String alice;
  private String bob;
  private String bobTokenId;
  private String bobSecondTokenId;
  private String bobSecondSecret;

  @BeforeAll
  static void fixtures() {
    assetOne = server.admin().postJson("/api/assets", "{\"symbol\":\"OWN1\",\"type\":\"stock\"}").json().get("id").asLong();
    assetTwo = server.admin().postJson("/api/assets", "{\"symbol\":\"OWN2\",\"type\":\"stock\"}").json().get("id").asLong();
    assetThree = server.admin().postJson("/api/assets", "{\"symbol\":\"OWN3\",\"type\":\"stock\"}").json().get("id").asLong();
  }

  /** Alice, and Bob with two tokens, settings and a watchlist of two assets. */
  @BeforeEach
  void twoUsers() {
    round++;
    alice = AccountApiTest.signUp(server.http(), "alice" + round + "@example.org");
    bob = AccountApiTest.signUp(server.http(), "bob" + round + "@example.org");
    bobTokenId = server.http().get("/api/me/tokens", bearer(bob)).json().get(0).get("id").asText();
    JsonNode second = server.http().call("POST", "/api/me/tokens", "{\"name\":\"bob's ci\"}", bearer(bob)).json();
    bobSecondTokenId = second.get("id").asText();
    bobSecondSecret = second.get("secret").asText();
    server.http().call("PATCH", "/api/me", "{\"settings\":{\"theme\":\"bob's\"}}", bearer(bob));
    server.http().call("PUT", "/api/me/watchlist", "{\"assets\":[" + assetOne + "," + assetTwo + "]}", bearer(bob));
  }

  /** Everything of Bob's that a request could reach, as Bob reads it: account, tokens, watchlist. */
  private List<JsonNode> bobsEverything() {
    return List.of(server.http().get("/api/me", bearer(bob)).json(), server.http().get("/api/me/tokens", bearer(bob)).json(),
        server.http().get("/api/me/watchlist", bearer(bob)).json());
  }

  @Test
  void alice_cannot_revoke_bobs_token_and_is_told_it_does_not_exist() {
    List<JsonNode> before = bobsEverything();

    Http.Response theirs = server.http().call("DELETE", "/api/me/tokens/" + bobSecondTokenId, null, bearer(alice));
    Http.Response missing = server.http().call("DELETE", "/api/me/tokens/7b0c6a1e-0000-4000-8000-000000000000", null, bearer(alice));

    assertProblem(theirs, 404);
    assertProblem(missing, 404);
    assertThat(theirs.json().get("title")).isEqualTo(missing.json().get("title"));
    assertThat(theirs.json().get("type")).isEqualTo(missing.json().get("type"));
    assertThat(bobsEverything()).isEqualTo(before);
    assertThat(server.http().get("/api/me", bearer(bobSecondSecret)).status()).as("Bob's token still works").isEqualTo(200);
  }

  @Test
  void alice_lists_reads_and_issues_only_her_own_account_and_tokens() {
    List<JsonNode> before = bobsEverything();
    assertThat(server.http().call("POST", "/api/me/tokens", "{\"name\":\"alice's\"}", bearer(alice)).status()).isEqualTo(201);
    assertThat(bobsEverything()).isEqualTo(before);

    JsonNode aliceTokens = server.http().get("/api/me/tokens", bearer(alice)).json();
    JsonNode aliceMe = server.http().get("/api/me", bearer(alice)).json();

    assertThat(aliceTokens).hasSize(2);
    assertThat(aliceTokens.toString()).doesNotContain(bobTokenId).doesNotContain(bobSecondTokenId);
    assertThat(aliceMe.get("email").asText()).startsWith("alice");
    assertThat(aliceMe.get("settings")).isEmpty();
  }

  @Test
  void alices_settings_patch_changes_only_alice() {
    List<JsonNode> before = bobsEverything();

    assertThat(server.http().call("PATCH", "/api/me", "{\"settings\":{\"theme\":\"alice's\"}}", bearer(alice)).status()).isEqualTo(200);

    assertThat(bobsEverything()).isEqualTo(before);
    assertThat(server.http().get("/api/me", bearer(bob)).json().get("settings").get("theme").asText()).isEqualTo("bob's");
  }

  @Test
  void alice_cannot_touch_the_items_of_bobs_watchlist() {
    List<JsonNode> before = bobsEverything();

    assertProblem(server.http().call("DELETE", "/api/me/watchlist/items/" + assetOne, null, bearer(alice)), 404);
    assertProblem(server.http().call("PUT", "/api/me/watchlist/items/" + assetTwo + "/position", "{\"position\":0}", bearer(alice)), 404);
    assertProblem(server.http().call("PUT", "/api/me/watchlist", "{\"assets\":[]}", "If-Match", "\"1\"", "Authorization", "Bearer " + alice),
        409);

    assertThat(bobsEverything()).isEqualTo(before);
  }

  @Test
  void alices_watchlist_edits_change_only_alices_watchlist() {
    List<JsonNode> before = bobsEverything();

    server.http().call("POST", "/api/me/watchlist/items", "{\"assetId\":" + assetThree + "}", bearer(alice));
    server.http().call("PUT", "/api/me/watchlist", "{\"assets\":[" + assetTwo + "," + assetThree + "]}", bearer(alice));
    server.http().call("PUT", "/api/me/watchlist/items/" + assetThree + "/position", "{\"position\":0}", bearer(alice));
    server.http().call("DELETE", "/api/me/watchlist/items/" + assetTwo, null, bearer(alice));

    assertThat(server.http().get("/api/me/watchlist", bearer(alice)).json().get("items")).singleElement()
        .satisfies(i -> assertThat(i.get("assetId").asLong()).isEqualTo(assetThree));
    assertThat(bobsEverything()).isEqualTo(before);
  }

  @Test
  void alices_dashboard_shows_her_watchlist_never_bobs() {
    List<JsonNode> before = bobsEverything();

    JsonNode empty = server.http().get("/api/me/dashboard", bearer(alice)).json();
    server.http().call("PUT", "/api/me/watchlist", "{\"assets\":[" + assetThree + "]}", bearer(alice));
    JsonNode own = server.http().get("/api/me/dashboard", bearer(alice)).json();
    JsonNode bobs = server.http().get("/api/me/dashboard", bearer(bob)).json();

    assertThat(empty.get("cards")).as("Bob watches two assets; Alice none").isEmpty();
    assertThat(own.get("cards")).extracting(c -> c.get("asset").get("id").asLong()).containsExactly(assetThree);
    assertThat(bobs.get("cards")).extracting(c -> c.get("asset").get("id").asLong()).containsExactly(assetOne, assetTwo);
    assertThat(own.get("user")).isNotEqualTo(bobs.get("user"));
    assertThat(bobsEverything()).isEqualTo(before);
  }

  @Test
  void a_taken_email_does_not_let_anyone_into_the_account() {
    List<JsonNode> before = bobsEverything();

    assertProblem(server.http().postJson("/api/users", "{\"email\":\"BOB" + round + "@example.org\"}"), 409);

    assertThat(bobsEverything()).isEqualTo(before);
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(delimiter = '|', value = {
      "GET|/api/me|",
      "PATCH|/api/me|{\"settings\":{}}",
      "GET|/api/me/tokens|",
      "POST|/api/me/tokens|{\"name\":\"x\"}",
      "DELETE|/api/me/tokens/7b0c6a1e-0000-4000-8000-000000000000|",
      "GET|/api/me/watchlist|",
      "PUT|/api/me/watchlist|{\"assets\":[]}",
      "POST|/api/me/watchlist/items|{\"assetId\":1}",
      "DELETE|/api/me/watchlist/items/1|",
      "PUT|/api/me/watchlist/items/1/position|{\"position\":0}",
      "GET|/api/me/dashboard|"})
  void every_user_owned_endpoint_needs_a_valid_token(String method, String path, String json) {
    List<JsonNode> before = bobsEverything();

    Http.Response anonymous = server.http().call(method, path, json);
    assertProblem(anonymous, 401);
    assertThat(anonymous.header("WWW-Authenticate")).startsWith("Bearer");
    assertProblem(server.http().call(method, path, json, "Authorization", "Bearer pw_" + "A".repeat(43)), 401);
    assertProblem(server.http().call(method, path, json, "Authorization", "Bearer " + bob.substring(0, 20)), 401);
    assertProblem(server.http().call(method, path, json, "Authorization", "Basic " + bob), 401);

    assertThat(bobsEverything()).isEqualTo(before);
  }
}
