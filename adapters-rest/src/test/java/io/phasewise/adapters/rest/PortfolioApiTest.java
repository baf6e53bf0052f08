package io.phasewise.adapters.rest;

import static io.phasewise.adapters.rest.PortfolioClient.BASE;
import static io.phasewise.adapters.rest.PortfolioClient.deposit;
import static io.phasewise.adapters.rest.PortfolioClient.external;
import static io.phasewise.adapters.rest.PortfolioClient.trade;
import static io.phasewise.adapters.rest.PortfolioClient.tracked;
import static io.phasewise.adapters.rest.ProblemAssert.assertProblem;
import static io.phasewise.adapters.rest.ProblemAssert.problemOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.phasewise.application.testing.InMemoryPortfolioStatements;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The portfolio API over HTTP: portfolios and settings, the ledger with its audit trail, transfers, the CSV export, refusals as problems. */
class PortfolioApiTest {
  @RegisterExtension
  static final ApiServerExtension server = new ApiServerExtension();

  private static long acme;
  private static int users;

  private PortfolioClient me;
  private String portfolio;

  @BeforeAll
  static void fixtures() {
    acme = server.admin().postJson("/api/assets", "{\"symbol\":\"ACME\",\"type\":\"stock\",\"quoteCurrency\":\"USD\"}").json().get("id").asLong();
  }

  @BeforeEach
  void aUserWithAPortfolio() {
    me = new PortfolioClient(server.http(), AccountApiTest.signUp(server.http(), "investor" + (++users) + "@example.org"));
    portfolio = me.open("Main");
  }

  private String path(String rest) {
    return BASE + "/" + portfolio + rest;
  }

  @Test
  void an_opened_portfolio_is_listed_and_read_with_its_version_as_etag() {
    Http.Response opened = me.call("POST", BASE, "{\"name\":\"Crypto\",\"baseCurrency\":\"EUR\",\"method\":\"HIFO\",\"allowShorts\":true}");

    assertThat(opened.status()).as(opened.body()).isEqualTo(201);
    String id = opened.json().get("id").asText();
    assertThat(opened.header("Location")).endsWith(BASE + "/" + id);
    assertThat(opened.header("ETag")).isEqualTo("\"1\"");
    JsonNode read = me.get(BASE + "/" + id).json();
    assertThat(read.get("name").asText()).isEqualTo("Crypto");
    assertThat(read.get("baseCurrency").asText()).isEqualTo("EUR");
    assertThat(read.get("method").asText()).isEqualTo("HIFO");
    assertThat(read.get("allowShorts").asBoolean()).isTrue();
    assertThat(read.get("version").asLong()).isEqualTo(1);
    assertThat(read.get("createdAt").asText()).isEqualTo(ApiServer.NOW.toString());
    assertThat(me.get(BASE + "/" + id).header("ETag")).isEqualTo("\"1\"");
    JsonNode list = me.get(BASE).json();
    assertThat(list).extracting(p -> p.get("name").asText()).containsExactly("Crypto", "Main");
    assertThat(list.get(1).get("method").asText()).as("FIFO by default").isEqualTo("FIFO");
    assertThat(list.get(1).get("events").asInt()).isZero();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "{\"baseCurrency\":\"USD\"}|name",
      "{\"name\":\"a\\u0000b\",\"baseCurrency\":\"USD\"}|name",
      "{\"name\":\"x\",\"baseCurrency\":\"us dollar\"}|baseCurrency",
      "{\"name\":\"x\",\"baseCurrency\":\"USD\",\"method\":\"FILO\"}|method",
      "{\"name\":\"x\",\"baseCurrency\":\"USD\",\"colour\":\"red\"}|colour"})
  void a_bad_portfolio_is_a_400_naming_the_field(String body, String field) {
    assertProblem(me.call("POST", BASE, body), 400, field);
    assertThat(me.get(BASE).json()).hasSize(1);
  }

  @Test
  void events_are_recorded_in_ledger_order_with_every_amount_exact_and_the_entry_analysis() {
    Http.Response buy = me.record(portfolio, trade("BUY", "2024-01-03", tracked(acme), "10", "100.25"));
    me.recorded(portfolio, deposit("2024-01-02", "5000.00"));
    me.recorded(portfolio, "{\"type\":\"BUY\",\"date\":\"2024-01-03\",\"time\":\"09:30\",\"instrument\":" + external("FUND", "EUR")
        + ",\"quantity\":\"0.000000000000000001\",\"unitPrice\":\"3\",\"currency\":\"EUR\",\"fxRate\":\"0.9\",\"sourceId\":\"broker-7\","
        + "\"annotations\":{\"actionSource\":\"SIGNAL\",\"confidence\":7,\"confirmationSignals\":[\"volume\"],\"riskPercent\":\"1.5\","
        + "\"notes\":\"line one\\nline two\"}}");

    assertThat(buy.status()).as(buy.body()).isEqualTo(201);
    assertThat(buy.header("ETag")).isEqualTo("\"2\"");
    assertThat(buy.json().get("version").asLong()).isEqualTo(2);
    JsonNode event = buy.json().get("event");
    assertThat(buy.header("Location")).endsWith(path("/events/" + event.get("id").asText()));
    assertThat(event.get("instrument").get("assetId").asLong()).isEqualTo(acme);
    assertThat(event.get("currency").asText()).as("the asset's quote currency").isEqualTo("USD");
    assertThat(event.get("gross").asText()).isEqualTo("1002.50");
    assertThat(event.get("fee").asText()).isEqualTo("1");
    assertThat(event.get("sourceId").asText()).startsWith("manual:");
    assertThat(event.get("entrySnapshot").get("asOf").asText()).isEqualTo(ApiServer.NOW.toString());
    JsonNode ledger = me.ledger(portfolio);
    assertThat(ledger).extracting(e -> e.get("type").asText()).containsExactly("DEPOSIT", "BUY", "BUY");
    assertThat(ledger.get(0).get("instrument").isNull()).isTrue();
    assertThat(ledger.get(0).get("currency").asText()).as("the base currency").isEqualTo("USD");
    assertThat(ledger.get(0).get("gross").asText()).isEqualTo("5000.00");
    JsonNode fund = ledger.get(2);
    assertThat(fund.get("time").asText()).isEqualTo("09:30:00");
    assertThat(fund.get("instrument").get("externalSymbol").asText()).isEqualTo("FUND");
    assertThat(fund.get("quantity").asText()).isEqualTo("0.000000000000000001");
    assertThat(fund.get("fxRate").asText()).isEqualTo("0.9");
    assertThat(fund.get("sourceId").asText()).isEqualTo("broker-7");
    assertThat(fund.get("entrySnapshot").isNull()).as("an external instrument has no analysis").isTrue();
    assertThat(fund.get("annotations").get("actionSource").asText()).isEqualTo("SIGNAL");
    assertThat(fund.get("annotations").get("confidence").asInt()).isEqualTo(7);
    assertThat(fund.get("annotations").get("notes").asText()).isEqualTo("line one\nline two");
    assertThat(me.get(path("/events/" + event.get("id").asText())).json()).isEqualTo(ledger.get(1));
    assertThat(me.get(path("")).json().get("events").asInt()).isEqualTo(3);
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
      "{\"type\":\"BUY\",\"date\":\"2024-01-02\",\"instrument\":{\"externalSymbol\":\"F\",\"currency\":\"usd$\"},\"quantity\":\"1\"}|instrument.currency",
      "{\"type\":\"DEPOSIT\",\"date\":\"2024-01-02\",\"gross\":\"1\",\"currency\":\"dollars\"}|currency",
      "{\"type\":\"DEPOSIT\",\"date\":\"2024-02-30\",\"gross\":\"1\"}|date",
      "{\"type\":\"DEPOSIT\",\"date\":\"0001-01-01\",\"gross\":\"1\"}|date",
      "{\"type\":\"DEPOSIT\",\"date\":\"+12024-01-01\",\"gross\":\"1\"}|date",
      "{\"type\":\"DEPOSIT\",\"date\":\"2024-01-02\",\"gross\":\"1e200\"}|gross",
      "{\"type\":\"DEPOSIT\",\"date\":\"2024-01-02\",\"gross\":\"-5\"}|gross",
      "{\"type\":\"DEPOSIT\",\"date\":\"2024-01-02\"}|gross",
      "{\"type\":\"DEPOSTI\",\"date\":\"2024-01-02\",\"gross\":\"1\"}|type",
      "{\"type\":\"TRANSFER_IN\",\"date\":\"2024-01-02\",\"instrument\":{\"externalSymbol\":\"F\",\"currency\":\"USD\"},\"quantity\":\"1\"}|type",
      "{\"type\":\"DEPOSIT\",\"date\":\"2024-01-02\",\"gross\":\"1\",\"sourceId\":\"a\\u0000b\"}|sourceId",
      "{\"type\":\"DEPOSIT\",\"date\":\"2024-01-02\",\"gross\":\"1\",\"annotations\":{\"notes\":\"\\u0000\"}}|annotations.notes",
      "{\"type\":\"DEPOSIT\",\"date\":\"2024-01-02\",\"gross\":\"1\",\"annotations\":{\"confidence\":11}}|annotations.confidence",
      "{\"type\":\"DEPOSIT\",\"date\":\"2024-01-02\",\"gross\":\"1\",\"annotations\":{\"actionSource\":\"GUT\"}}|annotations.actionSource",
      "{\"type\":\"BUY\",\"date\":\"2024-01-02\",\"instrument\":{\"assetId\":1,\"externalSymbol\":\"F\"},\"quantity\":\"1\"}|instrument",
      "{\"type\":\"BUY\",\"date\":\"2024-01-02\",\"instrument\":{\"externalSymbol\":\"F\\u0001\",\"currency\":\"USD\"},\"quantity\":\"1\"}|instrument.externalSymbol",
      "{\"type\":\"DEPOSIT\",\"date\":\"2024-01-02\",\"gross\":\"1\",\"lotPicks\":[{\"openedBy\":\"1-1-1-1-1\",\"quantity\":\"1\"}]}|lotPicks[0].openedBy"})
  void a_bad_event_is_a_400_naming_the_field_and_stores_nothing(String body, String field) {
    JsonNode problem = assertProblem(me.record(portfolio, body), 400, field);

    assertThat(problemOf(problem, field)).isNotBlank();
    assertThat(me.ledger(portfolio)).isEmpty();
    assertThat(me.get(path("")).header("ETag")).isEqualTo("\"1\"");
  }

  @Test
  void an_unknown_asset_is_a_404_naming_it() {
    JsonNode problem = assertProblem(me.record(portfolio, trade("BUY", "2024-01-02", tracked(987_654), "1", "1")), 404);

    assertThat(problem.get("detail").asText()).contains("asset").contains("987654");
    assertThat(me.ledger(portfolio)).isEmpty();
  }

  @Test
  void a_source_id_the_ledger_holds_already_is_a_409_naming_the_event_that_has_it() {
    String first = me.recorded(portfolio, "{\"type\":\"DEPOSIT\",\"date\":\"2024-01-02\",\"gross\":\"1\",\"sourceId\":\"bank-1\"}");

    JsonNode problem = assertProblem(me.record(portfolio, "{\"type\":\"DEPOSIT\",\"date\":\"2024-01-03\",\"gross\":\"2\","
        + "\"sourceId\":\"bank-1\"}"), 409);

    assertThat(problem.get("detail").asText()).isEqualTo("source id 'bank-1' is already recorded as event " + first);
    assertThat(me.ledger(portfolio)).hasSize(1);
  }

  @Test
  void an_edit_and_a_delete_are_new_revisions_of_the_audit_trail() {
    String id = me.recorded(portfolio, deposit("2024-01-02", "100"));

    Http.Response edited = me.call("PUT", path("/events/" + id), deposit("2024-01-05", "250"), "If-Match", "\"2\"");
    assertThat(edited.status()).as(edited.body()).isEqualTo(200);
    assertThat(edited.header("ETag")).isEqualTo("\"3\"");
    assertThat(edited.json().get("event").get("gross").asText()).isEqualTo("250");
    assertThat(edited.json().get("event").get("id").asText()).isEqualTo(id);
    assertThat(me.ledger(portfolio).get(0).get("date").asText()).isEqualTo("2024-01-05");

    Http.Response deleted = me.call("DELETE", path("/events/" + id), null, "If-Match", "\"3\"");
    assertThat(deleted.status()).as(deleted.body()).isEqualTo(200);
    assertThat(deleted.header("ETag")).isEqualTo("\"4\"");
    assertThat(me.ledger(portfolio)).isEmpty();
    assertProblem(me.get(path("/events/" + id)), 404);

    JsonNode trail = me.get(path("/events/" + id + "/revisions")).json();
    assertThat(trail).extracting(r -> r.get("kind").asText()).containsExactly("RECORDED", "EDITED", "DELETED");
    assertThat(trail).extracting(r -> r.get("revision").asInt()).containsExactly(1, 2, 3);
    assertThat(trail.get(0).get("event").get("gross").asText()).as("the recording as it was").isEqualTo("100");
    assertThat(trail.get(2).get("event").get("gross").asText()).isEqualTo("250");
    assertProblem(me.call("DELETE", path("/events/" + id), null), 404);
  }

  @Test
  void a_stale_or_unreadable_if_match_is_refused_and_changes_nothing() {
    String id = me.recorded(portfolio, deposit("2024-01-02", "100"));

    assertProblem(me.record(portfolio, deposit("2024-01-03", "1"), "If-Match", "\"1\""), 409);
    assertProblem(me.call("PUT", path("/events/" + id), deposit("2024-01-03", "1"), "If-Match", "\"1\""), 409);
    assertProblem(me.call("DELETE", path("/events/" + id), null, "If-Match", "\"1\""), 409);
    assertProblem(me.call("PATCH", path(""), "{\"name\":\"late\"}", "If-Match", "\"1\""), 409);
    assertProblem(me.call("PATCH", path(""), "{\"name\":\"late\"}", "If-Match", "version two"), 400, "If-Match");

    assertThat(me.get(path("")).header("ETag")).isEqualTo("\"2\"");
    assertThat(me.get(path("")).json().get("name").asText()).isEqualTo("Main");
    assertThat(me.ledger(portfolio)).hasSize(1);
  }

  @Test
  void settings_are_patched_under_if_match_and_what_is_left_out_stays() {
    Http.Response patched = me.call("PATCH", path(""), """
        {"name":"Renamed","plans":[{"instrument":{"assetId":%d,"currency":"USD"},"leverage":"2","allocationTargetPercent":"25",
         "maxAllocationPercent":"30","thesis":"moat","timeframe":"years","riskCategory":"core","stopLoss":"80","takeProfit":"200"}],
         "recordedPrices":[{"instrument":{"externalSymbol":"FUND","currency":"EUR"},"day":"2024-06-28","price":"12.5"}]}"""
        .formatted(acme), "If-Match", "\"1\"");

    assertThat(patched.status()).as(patched.body()).isEqualTo(200);
    assertThat(patched.header("ETag")).isEqualTo("\"2\"");
    JsonNode p = patched.json();
    assertThat(p.get("name").asText()).isEqualTo("Renamed");
    assertThat(p.get("plans").get(0).get("instrument").get("assetId").asLong()).isEqualTo(acme);
    assertThat(p.get("plans").get(0).get("allocationTargetPercent").asText()).isEqualTo("25");
    assertThat(p.get("recordedPrices").get(0).get("price").asText()).isEqualTo("12.5");

    Http.Response renamed = me.send("PATCH", path(""), "application/merge-patch+json", "{\"name\":\"Again\"}");
    assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
    assertThat(renamed.json().get("plans")).hasSize(1);
    assertThat(renamed.json().get("recordedPrices")).hasSize(1);
    assertThat(renamed.json().get("version").asLong()).isEqualTo(3);
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
      "{\"name\":\"\"}|name",
      "{\"plans\":[{\"instrument\":{\"externalSymbol\":\"F\",\"currency\":\"USD\"},\"allocationTargetPercent\":\"120\"}]}|plans[0].allocationTargetPercent",
      "{\"plans\":[{\"instrument\":{\"assetId\":1}}]}|plans[0].instrument.currency",
      "{\"recordedPrices\":[{\"instrument\":{\"assetId\":1,\"currency\":\"USD\"},\"day\":\"2024-01-01\",\"price\":\"1\"}]}|recordedPrices[0].instrument",
      "{\"recordedPrices\":[{\"instrument\":{\"externalSymbol\":\"F\",\"currency\":\"USD\"},\"day\":\"2024-01-01\",\"price\":\"0\"}]}|recordedPrices[0].price"})
  void bad_settings_are_a_400_naming_the_field(String body, String field) {
    assertProblem(me.call("PATCH", path(""), body), 400, field);
    assertThat(me.get(path("")).json().get("version").asLong()).isEqualTo(1);
  }

  @Test
  void a_transfer_moves_lots_into_another_of_the_callers_portfolios() {
    String target = me.open("Target");
    me.recorded(portfolio, trade("BUY", "2024-01-02", external("FUND", "USD"), "10", "100"));

    Http.Response moved = me.call("POST", path("/transfers"), """
        {"to":"%s","instrument":{"externalSymbol":"FUND","currency":"USD"},"quantity":"4","date":"2024-02-01"}""".formatted(target));

    assertThat(moved.status()).as(moved.body()).isEqualTo(200);
    assertThat(moved.json().get("from").get("event").get("type").asText()).isEqualTo("TRANSFER_OUT");
    assertThat(moved.json().get("to").get("portfolioId").asText()).isEqualTo(target);
    JsonNode in = me.ledger(target).get(0);
    assertThat(in.get("type").asText()).isEqualTo("TRANSFER_IN");
    assertThat(in.get("counterpart").asText()).isEqualTo(portfolio);
    assertThat(in.get("carriedLots").get(0).get("acquiredOn").asText()).as("the lot keeps its date").isEqualTo("2024-01-02");
    assertThat(in.get("carriedLots").get(0).get("quantity").asText()).isEqualTo("4");
    assertThat(me.ledger(portfolio)).extracting(e -> e.get("type").asText()).containsExactly("BUY", "TRANSFER_OUT");
  }

  @Test
  void a_transfer_refuses_another_base_currency_and_a_bad_target() {
    String euros = me.open("Euros", "EUR", "");
    me.recorded(portfolio, trade("BUY", "2024-01-02", external("FUND", "USD"), "10", "100"));
    String body = "{\"to\":\"%s\",\"instrument\":{\"externalSymbol\":\"FUND\",\"currency\":\"USD\"},\"quantity\":\"%s\",\"date\":\"2024-02-01\"}";

    assertProblem(me.call("POST", path("/transfers"), body.formatted(euros, "1")), 400, "to");
    assertProblem(me.call("POST", path("/transfers"), body.formatted("not-an-id", "1")), 400, "to");
    assertProblem(me.call("POST", path("/transfers"), body.formatted(portfolio, "1")), 400, "to");
    assertThat(me.ledger(portfolio)).hasSize(1);
  }

  @Test
  void the_ledger_is_exported_as_a_csv_attachment() {
    me.recorded(portfolio, deposit("2024-01-02", "1000"));
    me.recorded(portfolio, trade("BUY", "2024-01-03", external("FUND", "USD"), "10", "100"));
    me.call("PATCH", path(""), "{\"name\":\"My \\\"Main\\\" / 2024\"}");

    Http.Response csv = me.get(path("/ledger.csv"));

    assertThat(csv.status()).as(csv.body()).isEqualTo(200);
    assertThat(csv.header("Content-Type")).startsWith("text/csv");
    assertThat(csv.header("Content-Disposition")).isEqualTo("attachment; filename=\"ledger-my-main-2024.csv\"");
    assertThat(csv.body().lines()).first().isEqualTo(InMemoryPortfolioStatements.HEADER);
    assertThat(csv.body().lines()).hasSize(3);
    assertThat(csv.body()).contains("BUY,2024-01-03,FUND,10,100,USD,1000,1,manual:");
  }

  @Test
  void the_ledger_is_paged_with_a_link_to_the_next_page() {
    for (int day = 1; day <= 5; day++) me.recorded(portfolio, deposit("2024-01-0" + day, Integer.toString(day)));

    Http.Response first = me.get(path("/events?limit=2"));
    Http.Response last = me.get(path("/events?offset=4&limit=2"));

    assertThat(first.json().get("total").asLong()).isEqualTo(5);
    assertThat(first.json().get("items")).extracting(e -> e.get("gross").asText()).containsExactly("1", "2");
    assertThat(first.header("Link")).contains("offset=2").contains("rel=\"next\"");
    assertThat(last.json().get("items")).extracting(e -> e.get("gross").asText()).containsExactly("5");
    assertThat(last.header("Link")).isNull();
    assertProblem(me.get(path("/events?limit=0")), 400, "limit");
  }

  @Test
  void ids_that_are_no_uuid_are_the_404_of_a_missing_one() {
    String id = me.recorded(portfolio, deposit("2024-01-02", "100"));

    assertProblem(me.get(BASE + "/1-1-1-1-1"), 404);
    assertProblem(me.get(BASE + "/" + portfolio + "/events/1-1-1-1-1"), 404);
    assertProblem(me.get(BASE + "/" + portfolio + "/events/" + id.replace('-', '_')), 404);
    assertThat(me.get(BASE + "/" + portfolio.toUpperCase()).status()).as("any case of a UUID").isEqualTo(200);
  }

  @Test
  void the_document_summarises_every_portfolio_operation_and_describes_the_event_fields() {
    JsonNode document = server.http().get("/api/openapi.json").json();
    List<String> operations = new ArrayList<>();
    document.get("paths").fields().forEachRemaining(path -> {
      if (!path.getKey().startsWith(BASE)) return;
      path.getValue().fields().forEachRemaining(op -> {
        operations.add(op.getKey() + " " + path.getKey());
        assertThat(op.getValue().get("summary").asText()).as(op.getKey() + " " + path.getKey()).isNotBlank();
        assertThat(op.getValue().get("security").get(0).has("bearerToken")).isTrue();
      });
    });
    assertThat(operations).hasSize(18);
    JsonNode schemas = document.get("components").get("schemas");
    JsonNode event = schemas.get("LedgerEvent").get("properties");
    for (String field : List.of("type", "quantity", "unitPrice", "gross", "fxRate", "sourceId", "counterpart")) {
      assertThat(event.get(field).get("description").asText()).as(field).isNotBlank();
    }
    assertThat(event.get("gross").get("type").asText()).isEqualTo("string");
    assertThat(event.get("gross").get("format").asText()).isEqualTo("decimal");
    JsonNode input = schemas.get("LedgerEventInput").get("properties");
    assertThat(input.get("type").get("enum")).extracting(JsonNode::asText).contains("BUY", "DIVIDEND_REINVEST", "DELIVERY_OUT");
    assertThat(schemas.get("TradeAnnotations").get("properties").fieldNames()).toIterable().hasSize(19);
    JsonNode upload = document.get("paths").get(BASE + "/{portfolioId}/imports").get("post");
    assertThat(upload.get("requestBody").get("content").fieldNames()).toIterable()
        .containsExactlyInAnyOrder("text/csv", "application/json", "application/octet-stream");
    assertThat(upload.get("parameters")).extracting(p -> p.get("name").asText())
        .containsExactlyInAnyOrder("portfolioId", "format", "origin", "unknownSymbols");
    assertThat(document.get("paths").get(BASE + "/{portfolioId}").get("get").get("responses").get("200").get("headers").has("ETag")).isTrue();
  }
}
