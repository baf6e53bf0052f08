package io.phasewise.adapters.rest;

import static io.phasewise.adapters.rest.ProblemAssert.assertProblem;
import static io.phasewise.adapters.rest.ProblemAssert.problemOf;
import static io.phasewise.application.testing.TinyCsvCandleFiles.PHASEWISE_HEADER;
import static io.phasewise.application.testing.TinyCsvCandleFiles.YAHOO_HEADER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.phasewise.application.market.port.in.RegisterAssetCommand;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.AssetProfile;
import io.phasewise.domain.market.AssetType;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ImportApiTest {
  private static final String THREE_DAYS = PHASEWISE_HEADER + "\n"
      + "2024-01-01T00:00:00Z,10,11,9,10.5,100,,,,,,,,upload\n"
      + "2024-01-02T00:00:00Z,10.5,12,10,11,200,,,,,,,,upload\n"
      + "2024-01-03T00:00:00Z,11,11.5,10.5,11.25,150,,,,,,,,upload\n";

  @RegisterExtension
  static final ApiServerExtension server = new ApiServerExtension();

  private static AssetId asset(String symbol, AssetType type) {
    return server.api().market.useCases.registerAsset().register(new RegisterAssetCommand(AssetProfile.of(symbol, symbol, type))).get().id();
  }

  private static String importPath(AssetId asset, String query) {
    return "/api/assets/" + asset + "/candles/import" + query;
  }

  @Test
  void an_uploaded_file_is_imported_and_bad_rows_are_reported_by_line() {
    AssetId asset = asset("UPL", AssetType.STOCK);
    String file = PHASEWISE_HEADER + "\n"
        + "2024-01-01T00:00:00Z,10,11,9,10.5,100,,,,,,,,upload\n"
        + "2024-01-02T00:00:00Z,10,11,9,null,100,,,,,,,,upload\n"
        + "2024-01-03T00:00:00Z,10,9,11,10,100,,,,,,,,upload\n"
        + "2024-01-04T00:00:00Z,10,11,9,10,100,,,,,,,,upload\n";

    Http.Response response = server.admin().postFile(importPath(asset, "?interval=1d&format=phasewise"), "file", "prices.csv", file);

    assertThat(response.status()).as(response.body()).isEqualTo(200);
    assertThat(response.header("Content-Type")).startsWith("application/json");
    JsonNode report = response.json();
    assertThat(report.get("origin").asText()).isEqualTo("prices.csv");
    assertThat(report.get("read").asLong()).isEqualTo(4);
    assertThat(report.get("inserted").asLong()).isEqualTo(2);
    assertThat(report.get("updated").asLong()).isZero();
    assertThat(report.get("unchanged").asLong()).isZero();
    assertThat(report.get("stored").asLong()).isEqualTo(2);
    assertThat(report.get("rejectedCount").asLong()).isEqualTo(2);
    JsonNode rejected = report.get("rejected");
    assertThat(rejected).hasSize(2);
    assertThat(rejected.get(0).get("line").asLong()).isEqualTo(3);
    assertThat(rejected.get(0).get("reason").asText()).isEqualTo("close is null");
    assertThat(rejected.get(1).get("line").asLong()).isEqualTo(4);
    assertThat(rejected.get(1).get("reason").asText()).contains("low 11 above high 9");

    JsonNode again = server.admin().postFile(importPath(asset, ""), "file", "prices.csv", file).json();
    assertThat(again.get("unchanged").asLong()).as("importing twice changes nothing").isEqualTo(2);
    assertThat(again.get("stored").asLong()).isZero();
  }

  @Test
  void a_file_can_also_be_sent_as_the_request_body() {
    AssetId asset = asset("RAW", AssetType.STOCK);

    JsonNode report = server.admin().post(importPath(asset, ""), "text/csv", THREE_DAYS).json();

    assertThat(report.get("origin").asText()).isEqualTo("request body");
    assertThat(report.get("inserted").asLong()).isEqualTo(3);
    assertThat(server.http().get("/api/assets/" + asset + "/candles").json().get("total").asLong()).isEqualTo(3);
  }

  @Test
  void yahoo_exports_are_read_in_their_own_format() {
    AssetId asset = asset("YHO", AssetType.STOCK);
    String yahoo = YAHOO_HEADER + "\n2024-01-02,185.5,186.8,183.2,185.6,184.9,82488700\n";

    JsonNode report = server.admin().postFile(importPath(asset, "?format=yahoo"), "file", "YHO.csv", yahoo).json();

    assertThat(report.get("inserted").asLong()).isEqualTo(1);
    assertProblem(server.admin().postFile(importPath(asset, "?format=phasewise"), "file", "YHO.csv", yahoo), 400, "file");
  }

  @Test
  void a_wrong_header_names_the_file_and_the_expected_columns() {
    AssetId asset = asset("HDR", AssetType.STOCK);

    JsonNode problem = assertProblem(server.admin().postFile(importPath(asset, ""), "file", "AAPL.csv", "Date,Open\n2024-01-01,1\n"),
        400, "file");

    assertThat(problem.get("detail").asText()).contains("AAPL.csv").contains(PHASEWISE_HEADER);
    assertThat(problemOf(problem, "file")).contains("AAPL.csv");
  }

  @Test
  void the_last_row_is_in_progress_for_round_the_clock_assets_unless_told_otherwise() {
    AssetId crypto = asset("ETH-USD", AssetType.CRYPTO);
    AssetId stock = asset("DAYS", AssetType.STOCK);

    JsonNode auto = server.admin().post(importPath(crypto, "?inProgressLastRow=auto"), "text/csv", THREE_DAYS).json();
    assertThat(auto.get("inserted").asLong()).isEqualTo(2);
    assertThat(auto.get("rejected").get(0).get("line").asLong()).isEqualTo(4);
    assertThat(server.admin().post(importPath(stock, ""), "text/csv", THREE_DAYS).json().get("inserted").asLong()).isEqualTo(3);
    JsonNode forced = server.admin().post(importPath(stock, "?inProgressLastRow=true"), "text/csv", THREE_DAYS).json();
    assertThat(forced.get("rejectedCount").asLong()).isEqualTo(1);
    JsonNode off = server.admin().post(importPath(crypto, "?inProgressLastRow=false"), "text/csv", THREE_DAYS).json();
    assertThat(off.get("inserted").asLong()).isEqualTo(1);
  }

  @Test
  void forex_trades_round_the_clock_too_so_its_last_row_is_in_progress() {
    AssetId forex = asset("EURUSD", AssetType.FOREX);

    JsonNode auto = server.admin().post(importPath(forex, ""), "text/csv", THREE_DAYS).json();

    assertThat(auto.get("inserted").asLong()).isEqualTo(2);
    assertThat(auto.get("rejected").get(0).get("line").asLong()).isEqualTo(4);
  }

  @Test
  void bad_import_requests_are_400s_naming_the_parameter() {
    AssetId asset = asset("BADI", AssetType.STOCK);

    assertThat(problemOf(assertProblem(server.admin().post(importPath(asset, "?format=xlsx"), "text/csv", THREE_DAYS), 400, "format"),
        "format")).contains("yahoo, phasewise");
    assertProblem(server.admin().post(importPath(asset, "?interval=2d"), "text/csv", THREE_DAYS), 400, "interval");
    assertProblem(server.admin().post(importPath(asset, "?inProgressLastRow=maybe"), "text/csv", THREE_DAYS), 400, "inProgressLastRow");
    assertProblem(server.admin().postFile(importPath(asset, ""), "upload", "prices.csv", THREE_DAYS), 400, "file");
    assertProblem(server.admin().post("/api/assets/abc/candles/import", "text/csv", THREE_DAYS), 400, "id");
    assertProblem(server.admin().post("/api/assets/999999/candles/import", "text/csv", THREE_DAYS), 404);
    assertProblem(server.admin().postJson(importPath(asset, ""), "{}"), 415);
  }

  @Test
  void import_runs_are_listed_with_their_reports() {
    AssetId asset = asset("RUNS", AssetType.STOCK);
    server.admin().post(importPath(asset, ""), "text/csv", THREE_DAYS);
    server.admin().postFile(importPath(asset, ""), "file", "again.csv", THREE_DAYS);

    JsonNode runs = server.http().get("/api/assets/" + asset + "/imports").json();

    assertThat(runs).hasSize(2);
    assertThat(runs).extracting(r -> r.get("report").get("origin").asText())
        .containsExactlyInAnyOrder("request body", "again.csv");
    JsonNode run = runs.get(0);
    assertThat(run.get("interval").asText()).isEqualTo("1d");
    assertThat(run.get("startedAt").asText()).isEqualTo("2025-06-30T12:00:00Z");
    assertThat(run.get("finishedAt").asText()).isEqualTo("2025-06-30T12:00:00Z");
    assertThat(run.get("report").get("read").asLong()).isEqualTo(3);
    assertThat(server.http().get("/api/assets/" + asset + "/imports?limit=1").json()).hasSize(1);
    assertProblem(server.http().get("/api/assets/" + asset + "/imports?limit=0"), 400, "limit");
    assertProblem(server.http().get("/api/assets/999999/imports"), 404);
  }

  @Test
  void a_file_of_many_bad_rows_lists_the_first_hundred_and_says_how_many_more_there_are() {
    AssetId asset = asset("MANYBAD", AssetType.STOCK);
    StringBuilder file = new StringBuilder(THREE_DAYS);
    for (int i = 0; i < 150; i++) file.append("2024-02-01T00:00:00Z,10,9,11,10,100,,,,,,,,upload\n");

    JsonNode report = server.admin().post(importPath(asset, ""), "text/csv", file.toString()).json();
    JsonNode stored = server.http().get("/api/assets/" + asset + "/imports").json().get(0).get("report");

    for (JsonNode r : List.of(report, stored)) {
      assertThat(r.get("read").asLong()).isEqualTo(153);
      assertThat(r.get("stored").asLong()).isEqualTo(3);
      assertThat(r.get("rejectedCount").asLong()).isEqualTo(150);
      assertThat(r.get("rejected")).hasSize(100);
      assertThat(r.get("rejected").get(0).get("line").asLong()).isEqualTo(5);
      assertThat(r.get("rejected").get(99).get("line").asLong()).isEqualTo(104);
      assertThat(r.get("rejectedNotListed").asLong()).isEqualTo(50);
    }
  }
}
