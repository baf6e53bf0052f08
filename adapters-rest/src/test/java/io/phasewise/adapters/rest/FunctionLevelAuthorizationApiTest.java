package io.phasewise.adapters.rest;

import static io.phasewise.adapters.rest.Http.bearer;
import static io.phasewise.adapters.rest.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.phasewise.adapters.rest.DeclaredAccess.Kind;
import io.phasewise.adapters.rest.account.MeResource;
import io.phasewise.adapters.rest.account.RequiredAccess;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The function-level authorization sweep (OWASP API5) over a real socket, generated from the served routes
 * and the OpenAPI document, so a route added tomorrow is covered the day it is added: every state-changing
 * route declares who may call it; every admin operation is refused to an anonymous caller (401), a user, a
 * guest and an admin's token without the ADMIN scope (403), and reaches its resource with an admin token;
 * every personal write is refused to a read-only token and to a guest (403). Refusals come before the body is
 * read, so every refused attempt sends a broken one.
 */
class FunctionLevelAuthorizationApiTest {
  @RegisterExtension
  static final ApiServerExtension server = new ApiServerExtension();

  private static final String BAD_BODY = "{\"bad\": [";
  private static final Set<String> STATE_CHANGING = Set.of("post", "put", "patch", "delete");
  /** The refused callers of an admin operation: token (null: anonymous), status, what the problem names. */
  private static final List<String[]> NOT_ADMINS = List.of(
      new String[] {null, "401", "Bearer"},
      new String[] {ApiServer.ALICE_TOKEN, "403", "role ADMIN"},
      new String[] {ApiServer.GUEST_TOKEN, "403", "role ADMIN"},
      new String[] {ApiServer.ADMIN_READ_TOKEN, "403", "scope ADMIN"},
      new String[] {ApiServer.ADMIN_READ_WRITE_TOKEN, "403", "scope ADMIN"});

  private static List<Operation> operations;

  /** A documented operation, the media types its body may have, and who may call it as the document says. */
  record Operation(String method, String template, List<String> consumes, Kind kind) {
    @Override
    public String toString() {
      return method.toUpperCase() + " " + template;
    }

    /** The path with an id no test object has for every parameter: the refusals come before any lookup. */
    String path() {
      return template.replaceAll("\\{\\w+}", "999999");
    }

    /** The body types to try: each declared one, or JSON for an operation without a body. */
    List<String> types() {
      return consumes.isEmpty() ? List.of("application/json") : consumes;
    }

    boolean changesState() {
      return STATE_CHANGING.contains(method);
    }
  }

  @BeforeAll
  static void fixtures() {
    operations = new ArrayList<>();
    JsonNode document = server.http().get("/api/openapi.json").json();
    document.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
      List<String> consumes = new ArrayList<>();
      op.getValue().path("requestBody").path("content").fieldNames().forEachRemaining(consumes::add);
      operations.add(new Operation(op.getKey(), path.getKey(), consumes, kind(op.getValue())));
    }));
  }

  /** What the document says of an operation: ADMIN when a requirement lists the ADMIN role, PERSONAL when it has one. */
  private static Kind kind(JsonNode operation) {
    JsonNode security = operation.path("security");
    if (security.isEmpty()) return Kind.PUBLIC;
    for (JsonNode requirement : security) {
      for (JsonNode role : requirement.path(MeResource.BEARER)) {
        if (role.asText().equals(RequiredAccess.ADMIN)) return Kind.ADMIN;
      }
    }
    return Kind.PERSONAL;
  }

  private static List<Operation> of(Kind kind, boolean changesState) {
    return operations.stream().filter(op -> op.kind() == kind && op.changesState() == changesState).toList();
  }

  private static Http.Response call(Operation op, String type, String token) {
    String body = Set.of("post", "put", "patch").contains(op.method()) ? BAD_BODY : null;
    return token == null
        ? server.http().raw(op.method().toUpperCase(), op.path(), body, "Content-Type", type)
        : server.http().raw(op.method().toUpperCase(), op.path(), body, "Content-Type", type, "Authorization", "Bearer " + token);
  }

  /** The shared data the refused attempts must leave as they found it. */
  private static List<String> shared() {
    return List.of("/api/assets", "/api/pipeline/runs", "/api/sentiment/sources", "/api/sentiment/observations").stream()
        .map(read -> read + " " + server.http().get(read).body()).toList();
  }

  @Test
  void every_state_changing_route_declares_who_may_call_it_and_the_document_says_the_same() {
    List<Class<?>> resources = ServedRoutes.resourceClasses(server.api().config);
    assertThat(DeclaredAccess.undeclaredWrites(resources)).isEmpty();

    Map<String, Kind> documented = new TreeMap<>();
    operations.forEach(op -> documented.put(op.toString(), op.kind()));
    Map<String, Kind> enforced = new TreeMap<>();
    ServedRoutes.methods(resources, "/api/").stream()
        .filter(route -> documented.containsKey(route.toString()))
        .forEach(route -> assertThat(enforced.merge(route.toString(), DeclaredAccess.of(route), (a, b) -> a == b ? a : null))
            .as("every variant of " + route + " declares the same access").isNotNull());
    assertThat(enforced).isEqualTo(documented);
  }

  @Test
  void the_classifier_catches_a_planted_write_that_declares_nothing() {
    assertThat(DeclaredAccess.undeclaredWrites(List.of(PlantedResource.class)))
        .containsExactly("POST /api/planted (PlantedResource.forgotten)");
    assertThat(DeclaredAccess.undeclaredWrites(List.of(PlantedResource.class, PlantedSignUp.class)))
        .as("signing up stays open to anyone").containsExactly("POST /api/planted (PlantedResource.forgotten)");
  }

  @Test
  void every_admin_operation_is_refused_to_everyone_but_an_admin_token_with_the_admin_scope() {
    List<Operation> admin = of(Kind.ADMIN, true);
    assertThat(admin).extracting(Operation::toString).contains("POST /api/assets", "PUT /api/assets/{id}",
        "DELETE /api/assets/{id}", "POST /api/assets/{id}/candles/import", "POST /api/assets/{id}/ticks",
        "POST /api/sentiment/sources", "POST /api/sentiment/observations", "POST /api/snapshots/recompute",
        "POST /api/assets/{id}/snapshots/recompute", "POST /api/phases/recompute", "POST /api/assets/{id}/phases/recompute",
        "POST /api/pipeline/runs");
    assertThat(of(Kind.ADMIN, false)).as("reads of shared data stay public").isEmpty();
    List<String> before = shared();
    Map<String, Integer> attempts = new LinkedHashMap<>();

    for (Operation op : admin) {
      for (String type : op.types()) {
        for (String[] caller : NOT_ADMINS) {
          Http.Response response = call(op, type, caller[0]);
          String as = op + " " + type + " as " + caller[0];
          assertThat(response.status()).as(as + ": " + response.body()).isEqualTo(Integer.parseInt(caller[1]));
          JsonNode problem = assertProblem(response, response.status());
          assertThat(caller[0] == null ? response.header("WWW-Authenticate") : problem.get("detail").asText())
              .as(as).contains(caller[2]);
          attempts.merge(caller[0] == null ? "anonymous" : caller[0], 1, Integer::sum);
        }
      }
    }
    assertThat(shared()).isEqualTo(before);
    for (Operation op : admin) {
      for (String type : op.types()) {
        Http.Response response = call(op, type, ApiServer.ADMIN_TOKEN);
        assertThat(response.status()).as(op + " " + type + " as the admin: " + response.body()).isNotIn(401, 403);
        attempts.merge(ApiServer.ADMIN_TOKEN, 1, Integer::sum);
      }
    }
    System.out.println("function-level sweep: " + admin.size() + " admin operations, attempts " + attempts);
  }

  @Test
  void every_personal_write_is_refused_to_a_read_only_token_and_a_guest_and_reads_need_only_read() {
    List<Operation> writes = of(Kind.PERSONAL, true);
    assertThat(writes).hasSizeGreaterThanOrEqualTo(18);
    for (Operation op : writes) {
      for (String token : List.of(ApiServer.ALICE_READ_TOKEN, ApiServer.GUEST_TOKEN)) {
        JsonNode problem = assertProblem(call(op, op.types().get(0), token), 403);
        assertThat(problem.get("detail").asText()).as(op + " as " + token).contains("scope WRITE");
      }
    }
    List<Operation> reads = of(Kind.PERSONAL, false);
    for (Operation op : reads) {
      Http.Response response = server.http().get(op.path(), bearer(ApiServer.ALICE_READ_TOKEN));
      assertThat(response.status()).as(op + ": " + response.body()).isNotIn(401, 403);
    }
    System.out.println("function-level sweep: " + writes.size() + " personal writes x 2 refused callers, "
        + reads.size() + " personal reads with a read-only token");
  }

  /** A test-only resource with one write that forgot its requirement and one that did not. */
  @Path("/api/planted")
  public static final class PlantedResource {
    @POST
    public void forgotten() {}

    @PUT
    @SecurityRequirement(name = MeResource.BEARER, scopes = RequiredAccess.ADMIN)
    public void guarded() {}

    @DELETE
    @SecurityRequirement(name = MeResource.BEARER)
    public void personal() {}

    @GET
    public String read() {
      return "";
    }
  }

  /** A test-only stand-in for sign-up, the one write open to anyone. */
  @Path("/api/users")
  public static final class PlantedSignUp {
    @POST
    public void signUp() {}
  }
}
