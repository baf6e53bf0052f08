package io.phasewise.adapters.rest;

import static io.phasewise.adapters.rest.Http.bearer;
import static io.phasewise.adapters.rest.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.phasewise.domain.account.Scope;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Roles and token scopes over HTTP: nobody sets their own role, and a token never carries more than it may. */
class RolesApiTest {
  @RegisterExtension
  static final ApiServerExtension server = new ApiServerExtension();

  private static Http.Response issue(String token, String body) {
    return server.http().call("POST", "/api/me/tokens", body, bearer(token));
  }

  @Test
  void sign_up_makes_a_user_and_neither_sign_up_nor_a_patch_can_set_a_role() {
    assertProblem(server.http().postJson("/api/users", "{\"email\":\"mallory@example.org\",\"role\":\"ADMIN\"}"), 400, "role");
    assertProblem(server.http().postJson("/api/users", "{\"email\":\"mallory@example.org\",\"scopes\":[\"ADMIN\"]}"), 400,
        "scopes");
    String secret = AccountApiTest.signUp(server.http(), "mallory@example.org");

    assertProblem(server.http().call("PATCH", "/api/me", "{\"role\":\"ADMIN\"}", bearer(secret)), 400, "role");
    Http.Response patched = server.http().call("PATCH", "/api/me", "{\"settings\":{\"role\":\"ADMIN\"}}", bearer(secret));
    assertThat(patched.status()).as(patched.body()).isEqualTo(200);

    JsonNode me = server.http().get("/api/me", bearer(secret)).json();
    assertThat(me.get("role").asText()).isEqualTo("USER");
    assertThat(me.get("settings").get("role").asText()).as("kept as a mere preference").isEqualTo("ADMIN");
    assertThat(server.http().get("/api/me/tokens", bearer(secret)).json().get(0).get("scopes"))
        .extracting(JsonNode::asText).containsExactly("READ", "WRITE");
    assertProblem(server.http().call("POST", "/api/assets", "{\"symbol\":\"MAL\",\"type\":\"stock\"}", bearer(secret)), 403);
  }

  @Test
  void a_user_cannot_get_an_admin_token_and_a_read_only_token_cannot_write() {
    String secret = AccountApiTest.signUp(server.http(), "reader@example.org");

    JsonNode refused = assertProblem(issue(secret, "{\"name\":\"root\",\"scopes\":[\"READ\",\"ADMIN\"]}"), 403);
    assertThat(refused.get("detail").asText()).contains("ADMIN");
    assertProblem(issue(secret, "{\"name\":\"none\",\"scopes\":[]}"), 400, "scopes");
    assertProblem(issue(secret, "{\"name\":\"root\",\"scopes\":[\"ROOT\"]}"), 400, "scopes[0]");

    Http.Response readOnly = issue(secret, "{\"name\":\"dashboard\",\"scopes\":[\"READ\"]}");
    assertThat(readOnly.status()).as(readOnly.body()).isEqualTo(201);
    String reader = readOnly.json().get("secret").asText();
    assertThat(readOnly.json().get("scopes")).extracting(JsonNode::asText).containsExactly("READ");

    assertThat(server.http().get("/api/me", bearer(reader)).status()).isEqualTo(200);
    JsonNode denied = assertProblem(server.http().call("PATCH", "/api/me", "{\"settings\":{}}", bearer(reader)), 403);
    assertThat(denied.get("detail").asText()).contains("scope WRITE");
    assertProblem(issue(reader, "{\"name\":\"more\"}"), 403);
  }

  @Test
  void an_admin_token_can_issue_admin_tokens_but_an_admins_read_write_token_cannot() {
    String readWrite = server.api().signedUpAdmin("ops@example.org", EnumSet.of(Scope.READ, Scope.WRITE));
    JsonNode escalation = assertProblem(issue(readWrite, "{\"name\":\"root\",\"scopes\":[\"ADMIN\"]}"), 403);
    assertThat(escalation.get("detail").asText()).contains("its own scopes");
    assertThat(server.http().get("/api/me", bearer(readWrite)).json().get("role").asText()).isEqualTo("ADMIN");

    String admin = server.api().signedUpAdmin("root@example.org", EnumSet.allOf(Scope.class));
    Http.Response issued = issue(admin, "{\"name\":\"ci\",\"scopes\":[\"READ\",\"ADMIN\"]}");
    assertThat(issued.status()).as(issued.body()).isEqualTo(201);
    Http.Response written = server.http().call("POST", "/api/assets", "{\"symbol\":\"CI\",\"type\":\"stock\"}",
        bearer(issued.json().get("secret").asText()));
    assertThat(written.status()).as(written.body()).isEqualTo(201);
  }
}
