package io.phasewise.adapters.rest;

import static io.phasewise.adapters.rest.Http.bearer;
import static io.phasewise.adapters.rest.ProblemAssert.assertProblem;
import static io.phasewise.adapters.rest.ProblemAssert.problemOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Sign-up, the caller's account and API tokens over HTTP. */
class AccountApiTest {
  @RegisterExtension
  static final ApiServerExtension server = new ApiServerExtension();

  /** Signs up {@code email} and returns the first token's secret. */
  static String signUp(Http http, String email) {
    Http.Response created = http.postJson("/api/users", "{\"email\":\"" + email + "\"}");
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json().get("token").get("secret").asText();
  }

  @Test
  void sign_up_answers_the_user_and_a_first_token_shown_once() {
    Http.Response created = server.http().postJson("/api/users", """
        {"email":"  Ada@Example.ORG ","settings":{"theme":"dark","alerts":{"email":true},"watch":[1,2]}}""");

    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(created.header("Location")).endsWith("/api/me");
    assertThat(created.header("Cache-Control")).contains("no-store");
    JsonNode body = created.json();
    JsonNode user = body.get("user");
    assertThat(user.get("email").asText()).isEqualTo("ada@example.org");
    assertThat(user.get("settings").get("alerts").get("email").asBoolean()).isTrue();
    assertThat(user.get("settings").get("watch")).hasSize(2);
    assertThat(user.get("createdAt").asText()).isEqualTo("2025-06-30T12:00:00Z");
    JsonNode token = body.get("token");
    String secret = token.get("secret").asText();
    assertThat(secret).matches("pw_[A-Za-z0-9_-]{43}");
    assertThat(token.get("prefix").asText()).isEqualTo(secret.substring(0, 11));
    assertThat(token.get("name").asText()).isEqualTo("sign-up");

    Http.Response me = server.http().get("/api/me", bearer(secret));
    assertThat(me.status()).isEqualTo(200);
    assertThat(me.json()).isEqualTo(user);
    Http.Response tokens = server.http().get("/api/me/tokens", bearer(secret));
    assertThat(tokens.json()).singleElement().satisfies(t -> {
      assertThat(t.has("secret")).isFalse();
      assertThat(t.get("id").asText()).isEqualTo(token.get("id").asText());
      assertThat(t.get("active").asBoolean()).isTrue();
      assertThat(t.get("lastUsedAt").asText()).isEqualTo("2025-06-30T12:00:00Z");
    });
    assertThat(tokens.body()).doesNotContain(secret.substring(11));
  }

  @Test
  void a_taken_email_is_409_and_bad_fields_are_400_naming_them() {
    signUp(server.http(), "twice@example.org");

    assertProblem(server.http().postJson("/api/users", "{\"email\":\"TWICE@example.org\"}"), 409);
    assertThat(problemOf(assertProblem(server.http().postJson("/api/users", "{\"email\":\"not-an-address\"}"), 400, "email"), "email"))
        .contains("name@example.org");
    assertProblem(server.http().postJson("/api/users", "{}"), 400, "email");
    assertProblem(server.http().postJson("/api/users", "{\"email\":\"x@example.org\",\"password\":\"no\"}"), 400, "password");
    assertProblem(server.http().postJson("/api/users", "{\"email\":\"x@example.org\",\"settings\":[1]}"), 400, "settings");
    String deep = "{\"a\":".repeat(9) + "1" + "}".repeat(9);
    assertThat(problemOf(assertProblem(server.http().postJson("/api/users", "{\"email\":\"x@example.org\",\"settings\":" + deep + "}"),
        400, "settings"), "settings")).contains("deeper than 8");
  }

  @Test
  void patch_merges_settings() {
    String secret = signUp(server.http(), "patch@example.org");
    server.http().call("PATCH", "/api/me", "{\"settings\":{\"theme\":\"light\",\"risk\":\"low\",\"n\":{\"a\":1,\"b\":2}}}", bearer(secret));

    Http.Response patched = server.http().call("PATCH", "/api/me", "{\"settings\":{\"theme\":\"dark\",\"risk\":null,\"n\":{\"b\":null}}}",
        bearer(secret));

    assertThat(patched.status()).as(patched.body()).isEqualTo(200);
    assertThat(patched.json().get("settings").toString()).isEqualTo("{\"theme\":\"dark\",\"n\":{\"a\":1}}");
    assertThat(server.http().get("/api/me", bearer(secret)).json().get("settings").toString()).isEqualTo("{\"theme\":\"dark\",\"n\":{\"a\":1}}");
    assertProblem(server.http().call("PATCH", "/api/me", "{}", bearer(secret)), 400, "settings");
    assertProblem(server.http().call("PATCH", "/api/me", "{\"email\":\"other@example.org\",\"settings\":{}}", bearer(secret)), 400, "email");
    Http.Response mergePatch = server.http().call("PATCH", "/api/me", null, "Content-Type", "application/merge-patch+json",
        "Authorization", "Bearer " + secret);
    assertThat(mergePatch.status()).as("merge-patch media type accepted; empty body refused").isEqualTo(400);
  }

  @Test
  void issued_tokens_work_at_once_list_without_secrets_and_stop_when_revoked() {
    String first = signUp(server.http(), "tokens@example.org");

    Http.Response issued = server.http().call("POST", "/api/me/tokens", "{\"name\":\" laptop \"}", bearer(first));

    assertThat(issued.status()).as(issued.body()).isEqualTo(201);
    assertThat(issued.header("Cache-Control")).contains("no-store");
    String second = issued.json().get("secret").asText();
    String id = issued.json().get("id").asText();
    assertThat(issued.json().get("name").asText()).isEqualTo("laptop");
    assertThat(server.http().get("/api/me", bearer(second)).status()).isEqualTo(200);
    assertThat(server.http().get("/api/me/tokens", bearer(second)).json()).extracting(t -> t.get("name").asText())
        .containsExactlyInAnyOrder("laptop", "sign-up");

    Http.Response revoked = server.http().call("DELETE", "/api/me/tokens/" + id, null, bearer(first));
    assertThat(revoked.status()).isEqualTo(204);
    assertProblem(server.http().get("/api/me", bearer(second)), 401);
    assertThat(server.http().call("DELETE", "/api/me/tokens/" + id, null, bearer(first)).status()).as("idempotent").isEqualTo(204);
    JsonNode listed = server.http().get("/api/me/tokens", bearer(first)).json();
    assertThat(listed).filteredOn(t -> t.get("id").asText().equals(id)).singleElement()
        .satisfies(t -> assertThat(t.get("active").asBoolean()).isFalse());
  }

  @Test
  void bad_token_requests_are_refused_with_reasons() {
    String secret = signUp(server.http(), "badtokens@example.org");

    assertThat(problemOf(assertProblem(server.http().call("POST", "/api/me/tokens", "{\"name\":\"\"}", bearer(secret)), 400, "name"), "name"))
        .isEqualTo("must not be blank");
    assertProblem(server.http().call("POST", "/api/me/tokens", "{\"name\":\"" + "n".repeat(101) + "\"}", bearer(secret)), 400, "name");
    assertProblem(server.http().call("DELETE", "/api/me/tokens/not-a-uuid", null, bearer(secret)), 404);
    assertProblem(server.http().call("DELETE", "/api/me/tokens/00000000-0000-0000-0000-000000000000", null, bearer(secret)), 404);
  }

  @Test
  void a_revoked_own_current_token_ends_its_own_session() {
    String secret = signUp(server.http(), "self@example.org");
    String id = server.http().get("/api/me/tokens", bearer(secret)).json().get(0).get("id").asText();

    assertThat(server.http().call("DELETE", "/api/me/tokens/" + id, null, bearer(secret)).status()).isEqualTo(204);

    Http.Response after = server.http().get("/api/me", bearer(secret));
    assertProblem(after, 401);
    assertThat(after.header("WWW-Authenticate")).startsWith("Bearer");
  }
}
