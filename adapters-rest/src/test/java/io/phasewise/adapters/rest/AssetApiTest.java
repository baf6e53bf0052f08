package io.phasewise.adapters.rest;

import static io.phasewise.adapters.rest.ProblemAssert.assertProblem;
import static io.phasewise.adapters.rest.ProblemAssert.problemOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.phasewise.application.testing.MarketFixtures;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.Interval;
import java.net.URI;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AssetApiTest {
  @RegisterExtension
  static final ApiServerExtension server = new ApiServerExtension();

  private static JsonNode register(String json) {
    Http.Response created = server.admin().postJson("/api/assets", json);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json();
  }

  @Test
  void registers_reads_replaces_and_deletes_an_asset() {
    Http.Response created = server.admin().postJson("/api/assets", """
        {"symbol":"CRUD","name":"Crud Corp","type":"stock","exchange":"NASDAQ","quoteCurrency":"USD",
         "description":"makes things","externalIds":{"figi":"BBG000"},"links":{"website":"https://crud.example"},
         "metadata":{"lotSize":"100"},"marketCapBucket":"large","peBucket":"medium","active":true,"supported":false}""");

    assertThat(created.status()).isEqualTo(201);
    assertThat(created.header("Content-Type")).startsWith("application/json");
    JsonNode asset = created.json();
    long id = asset.get("id").asLong();
    assertThat(created.header("Location")).endsWith("/api/assets/" + id);
    assertThat(asset.get("symbol").asText()).isEqualTo("CRUD");
    assertThat(asset.get("type").asText()).isEqualTo("stock");
    assertThat(asset.get("marketCapBucket").asText()).isEqualTo("large");
    assertThat(asset.get("peBucket").asText()).isEqualTo("medium");
    assertThat(asset.get("externalIds").get("figi").asText()).isEqualTo("BBG000");
    assertThat(asset.get("supported").asBoolean()).isFalse();
    assertThat(asset.get("createdAt").asText()).isEqualTo("2025-06-30T12:00:00Z");

    assertThat(server.http().get(URI.create(created.header("Location"))).json()).isEqualTo(asset);

    Http.Response replaced = server.admin().putJson("/api/assets/" + id, """
        {"symbol":"CRUD","name":"Crud Holdings","type":"etf"}""");
    assertThat(replaced.status()).isEqualTo(200);
    JsonNode after = replaced.json();
    assertThat(after.get("name").asText()).isEqualTo("Crud Holdings");
    assertThat(after.get("type").asText()).isEqualTo("etf");
    assertThat(after.get("exchange").isNull()).as("PUT replaces every field").isTrue();
    assertThat(after.get("externalIds")).isEmpty();
    assertThat(after.get("active").asBoolean()).as("active defaults to true").isTrue();

    Http.Response deleted = server.admin().delete("/api/assets/" + id);
    assertThat(deleted.status()).isEqualTo(204);
    assertThat(deleted.body()).isEmpty();
    assertProblem(server.http().get("/api/assets/" + id), 404);
    assertProblem(server.admin().delete("/api/assets/" + id), 404);
    assertProblem(server.admin().putJson("/api/assets/" + id, "{\"symbol\":\"CRUD\",\"type\":\"stock\"}"), 404);
  }

  @Test
  void deleting_an_asset_removes_its_candles() {
    long id = register("{\"symbol\":\"GONE\",\"type\":\"stock\"}").get("id").asLong();
    AssetId asset = AssetId.of(id);
    server.api().market.candles.saveAll(asset, Interval.D1, MarketFixtures.dailyCandles(3, "test"));

    assertThat(server.admin().delete("/api/assets/" + id).status()).isEqualTo(204);

    assertThat(server.api().market.candles.count(asset, Interval.D1, Instant.EPOCH, ApiServer.NOW, null)).isZero();
  }

  @Test
  void crypto_supply_round_trips_as_exact_decimal_strings() {
    JsonNode asset = register("""
        {"symbol":"BTC-USD","name":"Bitcoin","type":"crypto","quoteCurrency":"USD",
         "supply":{"circulating":"19750000.12345678","total":19750000.12345678,"max":"21000000.00000000"}}""");

    JsonNode supply = asset.get("supply");
    assertThat(supply.get("circulating").isTextual()).isTrue();
    assertThat(supply.get("circulating").asText()).isEqualTo("19750000.12345678");
    assertThat(supply.get("total").asText()).as("JSON numbers are read exactly too").isEqualTo("19750000.12345678");
    assertThat(supply.get("max").asText()).isEqualTo("21000000.00000000");
  }

  @Test
  void lists_assets_a_page_at_a_time_with_a_link_to_the_next_page() {
    for (String symbol : new String[] {"PG-E", "PG-A", "PG-D", "PG-B", "PG-C"}) {
      register("{\"symbol\":\"" + symbol + "\",\"type\":\"stock\",\"exchange\":\"PAGING\"}");
    }

    Http.Response first = server.http().get("/api/assets?exchange=PAGING&limit=2");
    JsonNode page = first.json();
    assertThat(page.get("total").asLong()).isEqualTo(5);
    assertThat(page.get("offset").asLong()).isZero();
    assertThat(page.get("limit").asInt()).isEqualTo(2);
    assertThat(page.get("items")).extracting(a -> a.get("symbol").asText()).containsExactly("PG-A", "PG-B");
    String link = first.header("Link");
    assertThat(link).contains("rel=\"next\"").contains("exchange=PAGING").contains("offset=2").contains("limit=2");

    URI next = URI.create(link.substring(link.indexOf('<') + 1, link.indexOf('>')));
    Http.Response second = server.http().get(next);
    assertThat(second.json().get("items")).extracting(a -> a.get("symbol").asText()).containsExactly("PG-C", "PG-D");

    Http.Response last = server.http().get("/api/assets?exchange=PAGING&limit=2&offset=4");
    assertThat(last.json().get("items")).extracting(a -> a.get("symbol").asText()).containsExactly("PG-E");
    assertThat(last.header("Link")).isNull();
  }

  @Test
  void lists_by_type_and_text_with_a_default_limit_of_100() {
    register("{\"symbol\":\"FLT-ETF\",\"name\":\"Filter Fund\",\"type\":\"etf\",\"exchange\":\"FILTER\"}");
    register("{\"symbol\":\"FLT-STK\",\"name\":\"Filter Stock\",\"type\":\"stock\",\"exchange\":\"FILTER\"}");

    JsonNode etfs = server.http().get("/api/assets?exchange=FILTER&type=etf").json();
    assertThat(etfs.get("items")).extracting(a -> a.get("symbol").asText()).containsExactly("FLT-ETF");
    assertThat(etfs.get("limit").asInt()).isEqualTo(100);
    JsonNode byText = server.http().get("/api/assets?exchange=FILTER&q=filter%20st").json();
    assertThat(byText.get("items")).extracting(a -> a.get("symbol").asText()).containsExactly("FLT-STK");
  }

  @Test
  void bad_list_parameters_are_400s_naming_the_parameter() {
    assertProblem(server.http().get("/api/assets?limit=0"), 400, "limit");
    assertProblem(server.http().get("/api/assets?limit=1001"), 400, "limit");
    assertProblem(server.http().get("/api/assets?limit=ten"), 400, "limit");
    assertProblem(server.http().get("/api/assets?offset=-1"), 400, "offset");
    JsonNode type = assertProblem(server.http().get("/api/assets?type=bond"), 400, "type");
    assertThat(problemOf(type, "type")).contains("stock, etf, crypto");
  }

  @Test
  void bad_ids_are_400s_naming_the_id() {
    assertThat(problemOf(assertProblem(server.http().get("/api/assets/abc"), 400, "id"), "id")).contains("whole number");
    assertProblem(server.http().get("/api/assets/0"), 400, "id");
    assertProblem(server.http().get("/api/assets/12345678901234567890"), 400, "id");
  }

  @Test
  void an_unknown_property_is_rejected_naming_it() {
    JsonNode problem = assertProblem(server.admin().postJson("/api/assets", "{\"symbol\":\"UNK\",\"type\":\"stock\",\"nickname\":\"x\"}"),
        400, "nickname");
    assertThat(problemOf(problem, "nickname")).contains("not a known property");
    assertProblem(server.admin().postJson("/api/assets", "{\"symbol\":\"UNK\",\"type\":\"crypto\",\"supply\":{\"minted\":1}}"),
        400, "supply.minted");
  }

  @Test
  void values_of_the_wrong_type_are_rejected_naming_their_path() {
    assertProblem(server.admin().postJson("/api/assets", "{\"symbol\":\"WT\",\"type\":\"crypto\",\"supply\":{\"max\":\"lots\"}}"),
        400, "supply.max");
    assertProblem(server.admin().postJson("/api/assets", "{\"symbol\":\"WT\",\"type\":\"stock\",\"active\":\"maybe\"}"), 400, "active");
    assertProblem(server.admin().postJson("/api/assets", "{\"symbol\":\"WT\",\"type\":\"stock\",\"metadata\":[1,2]}"), 400, "metadata");
  }

  @Test
  void malformed_or_missing_bodies_are_rejected() {
    assertThat(problemOf(assertProblem(server.admin().postJson("/api/assets", "{\"symbol\":\"MAL\","), 400, "body"), "body"))
        .contains("not valid JSON");
    assertProblem(server.admin().postJson("/api/assets", "{\"symbol\":\"MAL\",\"type\":\"stock\"} {}"), 400, "body");
    assertProblem(server.admin().postJson("/api/assets", ""), 400, "body");
    assertProblem(server.admin().postJson("/api/assets", "[]"), 400, "body");
  }

  @Test
  void missing_and_invalid_fields_are_all_named() {
    assertProblem(server.admin().postJson("/api/assets", "{\"name\":\"nameless\"}"), 400, "symbol", "type");
    JsonNode codes = assertProblem(server.admin().postJson("/api/assets",
        "{\"symbol\":\"aapl\",\"type\":\"bond\",\"marketCapBucket\":\"huge\",\"peBucket\":\"low\"}"),
        400, "symbol", "type", "marketCapBucket");
    assertThat(problemOf(codes, "marketCapBucket")).contains("small, mid, large");
  }

  @Test
  void a_broken_domain_rule_is_a_400_with_the_domains_reason() {
    JsonNode problem = assertProblem(server.admin().postJson("/api/assets",
        "{\"symbol\":\"SUP\",\"type\":\"stock\",\"supply\":{\"max\":\"1\"}}"), 400, "supply");
    assertThat(problem.get("detail").asText()).contains("supply facts apply to crypto assets only");
    JsonNode supply = assertProblem(server.admin().postJson("/api/assets",
        "{\"symbol\":\"SUP\",\"type\":\"crypto\",\"supply\":{\"circulating\":\"2\",\"max\":\"1\"}}"), 400, "supply");
    assertThat(supply.get("detail").asText()).contains("circulating supply 2 exceeds max supply 1");
  }

  @Test
  void registering_a_taken_symbol_is_a_conflict() {
    register("{\"symbol\":\"TWICE\",\"type\":\"stock\"}");

    JsonNode problem = assertProblem(server.admin().postJson("/api/assets", "{\"symbol\":\"TWICE\",\"type\":\"stock\"}"), 409);
    assertThat(problem.get("type").asText()).endsWith("conflict");
    assertThat(problem.get("detail").asText()).contains("TWICE");
    assertThat(server.admin().postJson("/api/assets", "{\"symbol\":\"TWICE\",\"type\":\"etf\"}").status()).isEqualTo(201);
  }

  @Test
  void http_level_refusals_are_problems_too() {
    JsonNode unknown = assertProblem(server.http().get("/api/nothing/here"), 404);
    assertThat(unknown.get("detail").asText()).contains("/api/nothing/here");
    Http.Response notAllowed = server.http().method("PATCH", "/api/assets/1");
    assertProblem(notAllowed, 405);
    assertThat(notAllowed.header("Allow")).contains("GET").contains("PUT").contains("DELETE");
    assertProblem(server.admin().post("/api/assets", "text/plain", "symbol=X"), 415);
    assertProblem(server.http().get("/api/assets", "Accept", "image/png"), 406);
  }
}
