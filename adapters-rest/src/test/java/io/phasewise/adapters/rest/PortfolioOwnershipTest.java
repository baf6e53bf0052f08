package io.phasewise.adapters.rest;

import static io.phasewise.adapters.rest.PortfolioClient.BASE;
import static io.phasewise.adapters.rest.PortfolioClient.deposit;
import static io.phasewise.adapters.rest.PortfolioClient.external;
import static io.phasewise.adapters.rest.PortfolioClient.trade;
import static io.phasewise.adapters.rest.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import io.phasewise.application.testing.InMemoryPortfolioStatements;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Broken object-level authorization on portfolios: every operation of the OpenAPI document under
 * {@code /api/me/portfolios/{portfolioId}} (so a route is covered the day it is added), called by Alice
 * on Bob's portfolio and Bob's events, answers the very 404 a missing id gets, and Bob's portfolio is
 * unchanged; without a valid token every portfolio operation is 401.
 */
class PortfolioOwnershipTest {
  @RegisterExtension
  static final ApiServerExtension server = new ApiServerExtension();

  private static final String PREFIX = BASE + "/{portfolioId}";
  private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH");
  private static final String STATEMENT = InMemoryPortfolioStatements.HEADER + "\nBUY,2024-01-04,FUND,1,10,USD,10,0,alice-1\n";

  private final PortfolioClient alice = new PortfolioClient(server.http(), ApiServer.ALICE_TOKEN);
  private final PortfolioClient bob = new PortfolioClient(server.http(), ApiServer.BOB_TOKEN);
  private String bobs;
  private String bobsEvent;
  private String alices;
  private List<String> bobsBefore;

  /** One operation of the document: method and path template. */
  record Operation(String method, String template) {
    boolean onEvent() {
      return template.contains("{eventId}");
    }

    @Override
    public String toString() {
      return method + " " + template;
    }
  }

  /** A valid request of one write operation: query string, content type and body. */
  record Body(String query, String contentType, String content) {}

  static List<Operation> portfolioOperations() {
    List<Operation> found = new ArrayList<>();
    server.http().get("/api/openapi.json").json().get("paths").fields().forEachRemaining(path -> {
      if (path.getKey().startsWith(PREFIX)) {
        path.getValue().fieldNames().forEachRemaining(method -> found.add(new Operation(method.toUpperCase(), path.getKey())));
      }
    });
    return found;
  }

  static List<Operation> eventOperations() {
    return portfolioOperations().stream().filter(Operation::onEvent).toList();
  }

  static List<Operation> everyOperation() {
    List<Operation> all = new ArrayList<>(portfolioOperations());
    all.add(new Operation("GET", BASE));
    all.add(new Operation("POST", BASE));
    return all;
  }

  @BeforeEach
  void bobHasAPortfolioWithALedgerAndAnImport() {
    bobs = bob.open("Bob's");
    bob.recorded(bobs, deposit("2024-01-02", "1000"));
    bobsEvent = bob.recorded(bobs, trade("BUY", "2024-01-03", external("FUND", "USD"), "5", "100"));
    Http.Response imported = bob.send("POST", BASE + "/" + bobs + "/imports?format=PHASEWISE_CSV", "text/csv",
        InMemoryPortfolioStatements.HEADER + "\nBUY,2024-01-04,FUND,1,10,USD,10,0,bob-1\n");
    assertThat(imported.status()).as(imported.body()).isEqualTo(200);
    alices = alice.open("Alice's");
    alice.recorded(alices, trade("BUY", "2024-01-03", external("FUND", "USD"), "5", "100"));
    bobsBefore = everything(bob, bobs);
  }

  /** Everything a request could change of a portfolio, as its owner reads it. */
  private static List<String> everything(PortfolioClient owner, String portfolio) {
    List<String> reads = new ArrayList<>(List.of("", "/events", "/sync-log", "/ledger.csv"));
    owner.ledger(portfolio).forEach(e -> reads.add("/events/" + e.get("id").asText() + "/revisions"));
    return reads.stream().map(read -> {
      Http.Response response = owner.get(BASE + "/" + portfolio + read);
      return read + " " + response.status() + " " + response.header("ETag") + " " + response.body();
    }).toList();
  }

  /** The valid request of a write operation; a new one must be given here, or this test fails to remind you. */
  private Body body(Operation op) {
    Map<String, Body> bodies = Map.of(
        "POST " + BASE, json("{\"name\":\"anonymous\",\"baseCurrency\":\"USD\"}"),
        "PATCH " + PREFIX, json("{\"name\":\"hijacked\"}"),
        "POST " + PREFIX + "/events", json(deposit("2024-01-05", "1")),
        "PUT " + PREFIX + "/events/{eventId}", json(deposit("2024-01-05", "999")),
        "POST " + PREFIX + "/transfers", json("{\"to\":\"" + alices + "\",\"instrument\":" + external("FUND", "USD")
            + ",\"quantity\":\"1\",\"date\":\"2024-02-01\"}"),
        "POST " + PREFIX + "/imports", new Body("?format=PHASEWISE_CSV", "text/csv", STATEMENT));
    if (!WRITES.contains(op.method())) return new Body("", null, null);
    Body body = bodies.get(op.toString());
    if (body == null) fail("give PortfolioOwnershipTest a valid request for " + op);
    return body;
  }

  private static Body json(String content) {
    return new Body("", "application/json", content);
  }

  private Http.Response call(String token, Operation op, String portfolio, String event) {
    Body body = body(op);
    String path = op.template().replace("{portfolioId}", portfolio).replace("{eventId}", event) + body.query();
    List<String> headers = new ArrayList<>();
    if (token != null) headers.addAll(List.of("Authorization", "Bearer " + token));
    if (body.contentType() != null) headers.addAll(List.of("Content-Type", body.contentType()));
    return server.http().raw(op.method(), path, body.content(), headers.toArray(String[]::new));
  }

  private static void assertSame404(Http.Response theirs, String theirId, Http.Response missing, String missingId) {
    JsonNode onTheirs = assertProblem(theirs, 404);
    JsonNode onMissing = assertProblem(missing, 404);
    assertThat(onTheirs.get("title")).isEqualTo(onMissing.get("title"));
    assertThat(onTheirs.get("type")).isEqualTo(onMissing.get("type"));
    assertThat(onTheirs.get("detail").asText()).isEqualTo(onMissing.get("detail").asText().replace(missingId, theirId));
    assertThat(theirs.headers().map().keySet()).isEqualTo(missing.headers().map().keySet());
  }

  @Test
  void the_sweep_finds_every_portfolio_route_of_the_document() {
    assertThat(portfolioOperations()).extracting(Operation::toString).contains(
        "GET " + PREFIX, "PATCH " + PREFIX, "GET " + PREFIX + "/events", "POST " + PREFIX + "/events",
        "GET " + PREFIX + "/events/{eventId}", "PUT " + PREFIX + "/events/{eventId}", "DELETE " + PREFIX + "/events/{eventId}",
        "GET " + PREFIX + "/events/{eventId}/revisions", "POST " + PREFIX + "/transfers", "POST " + PREFIX + "/imports",
        "GET " + PREFIX + "/sync-log", "GET " + PREFIX + "/ledger.csv");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("portfolioOperations")
  void alice_gets_the_404_of_a_missing_portfolio_on_bobs_and_bobs_portfolio_is_unchanged(Operation op) {
    String missing = UUID.randomUUID().toString();

    Http.Response theirs = call(ApiServer.ALICE_TOKEN, op, bobs, bobsEvent);
    Http.Response absent = call(ApiServer.ALICE_TOKEN, op, missing, bobsEvent);

    assertSame404(theirs, bobs, absent, missing);
    assertThat(everything(bob, bobs)).isEqualTo(bobsBefore);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("eventOperations")
  void bobs_event_id_in_alices_own_portfolio_is_the_404_of_a_missing_event(Operation op) {
    List<String> alicesBefore = everything(alice, alices);
    String missing = UUID.randomUUID().toString();

    Http.Response theirs = call(ApiServer.ALICE_TOKEN, op, alices, bobsEvent);
    Http.Response absent = call(ApiServer.ALICE_TOKEN, op, alices, missing);

    assertSame404(theirs, bobsEvent, absent, missing);
    assertThat(everything(bob, bobs)).isEqualTo(bobsBefore);
    assertThat(everything(alice, alices)).isEqualTo(alicesBefore);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyOperation")
  void without_a_valid_token_every_portfolio_route_is_401_and_changes_nothing(Operation op) {
    String bobsList = bob.get(BASE).body();
    for (String token : new String[] {null, "not-a-token", "pw_" + "A".repeat(43)}) {
      Http.Response refused = call(token, op, bobs, bobsEvent);
      assertProblem(refused, 401);
      assertThat(refused.header("WWW-Authenticate")).as(op + " with " + token).startsWith("Bearer");
    }
    assertThat(everything(bob, bobs)).isEqualTo(bobsBefore);
    assertThat(bob.get(BASE).body()).isEqualTo(bobsList);
  }

  @Test
  void a_transfer_into_another_users_portfolio_is_the_404_of_a_missing_one_and_moves_nothing() {
    List<String> alicesBefore = everything(alice, alices);
    String missing = UUID.randomUUID().toString();
    String transfer = "{\"to\":\"%s\",\"instrument\":" + external("FUND", "USD") + ",\"quantity\":\"1\",\"date\":\"2024-02-01\"}";

    Http.Response intoBobs = alice.call("POST", BASE + "/" + alices + "/transfers", transfer.formatted(bobs));
    Http.Response intoMissing = alice.call("POST", BASE + "/" + alices + "/transfers", transfer.formatted(missing));

    assertSame404(intoBobs, bobs, intoMissing, missing);
    assertThat(everything(bob, bobs)).isEqualTo(bobsBefore);
    assertThat(everything(alice, alices)).isEqualTo(alicesBefore);
  }

  @Test
  void alice_lists_only_her_own_portfolios() {
    JsonNode list = alice.get(BASE).json();

    assertThat(list.toString()).doesNotContain(bobs).contains(alices);
    assertThat(bob.get(BASE).json().toString()).doesNotContain(alices).contains(bobs);
  }
}
