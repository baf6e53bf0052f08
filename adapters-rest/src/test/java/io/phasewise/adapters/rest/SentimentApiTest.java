package io.phasewise.adapters.rest;

import static io.phasewise.adapters.rest.ProblemAssert.assertProblem;
import static io.phasewise.adapters.rest.ProblemAssert.problemOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import com.fasterxml.jackson.databind.JsonNode;
import io.phasewise.application.market.port.in.RegisterAssetCommand;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.AssetProfile;
import io.phasewise.domain.market.AssetType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SentimentApiTest {
  @RegisterExtension
  final ApiServerExtension server = new ApiServerExtension();

  private AssetId apple;

  @BeforeEach
  void fixtures() {
    apple = server.api().market.useCases.registerAsset().register(new RegisterAssetCommand(AssetProfile.of("AAPL", "Apple", AssetType.STOCK))).get().id();
    assertThat(server.admin().postJson("/api/sentiment/sources", "{\"name\": \"Newswire\", \"channel\": \"news\", \"tier\": \"A\"}")
        .status()).isEqualTo(201);
    assertThat(server.admin().postJson("/api/sentiment/sources", "{\"name\": \"Stock Forum\", \"channel\": \"forum\"}").status())
        .isEqualTo(201);
  }

  private static String row(String asset, String source, String time, String score) {
    return "{\"asset\": " + asset + ", \"source\": " + source + ", \"observed_at\": \"" + time + "\", \"score\": " + score + "}";
  }

  @Test
  void sources_are_registered_listed_by_name_and_unique_in_any_case() {
    Http.Response created = server.admin().postJson("/api/sentiment/sources",
        "{\"name\": \"Alpha Social\", \"channel\": \"social\", \"tier\": \"c\", \"meta\": {\"lang\": \"en\"}}");

    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(created.json().get("id").asLong()).isEqualTo(3);
    assertThat(created.json().get("tier").asText()).isEqualTo("C");
    assertThat(created.json().get("meta").get("lang").asText()).isEqualTo("en");
    JsonNode list = server.http().get("/api/sentiment/sources").json();
    assertThat(list).extracting(s -> s.get("name").asText()).containsExactly("Alpha Social", "Newswire", "Stock Forum");
    assertThat(list.get(2).get("tier").asText()).as("the default tier").isEqualTo("B");
    assertThat(list.get(2).get("channel").asText()).isEqualTo("forum");

    JsonNode conflict = assertProblem(server.admin().postJson("/api/sentiment/sources", "{\"name\": \"newswire\", \"channel\": \"news\"}"), 409);
    assertThat(conflict.get("detail").asText()).contains("'Newswire'");
    JsonNode invalid = assertProblem(server.admin().postJson("/api/sentiment/sources", "{\"name\": \" \", \"channel\": \"tv\", \"tier\": \"Z\"}"),
        400, "name", "channel", "tier");
    assertThat(problemOf(invalid, "channel")).isEqualTo("must be one of news, social, forum, not 'tv'");
  }

  @Test
  void a_json_array_is_recorded_reporting_bad_rows_by_position_and_a_replay_changes_nothing() {
    String body = "[" + row("\"AAPL\"", "\"Newswire\"", "2025-06-30T11:00:00Z", "0.5") + ","
        + row(apple.toString(), "2", "2025-06-30T10:00:00+02:00", "-0.25") + ","
        + row("\"AAPL\"", "\"Newswire\"", "2025-06-30T09:00:00Z", "1.7") + ","
        + row("\"MSFT\"", "\"Nobody\"", "2025-06-30T09:00:00Z", "0.1") + "]";

    Http.Response response = server.admin().postJson("/api/sentiment/observations", body);

    assertThat(response.status()).as(response.body()).isEqualTo(200);
    JsonNode report = response.json();
    assertThat(report.get("origin").asText()).isEqualTo("request body");
    assertThat(report.get("read").asLong()).isEqualTo(4);
    assertThat(report.get("inserted").asLong()).isEqualTo(2);
    assertThat(report.get("rejectedCount").asLong()).isEqualTo(2);
    assertThat(report.get("rejected")).extracting(r -> r.get("row").asLong() + " " + r.get("field").asText() + ": "
        + r.get("problem").asText()).containsExactly(
        "3 score: 1.7 is outside -1..1",
        "4 asset: no asset has the symbol 'MSFT'",
        "4 source: no sentiment source is named 'Nobody': register it first");

    JsonNode again = server.admin().postJson("/api/sentiment/observations", body).json();
    assertThat(again.get("unchanged").asLong()).isEqualTo(2);
    assertThat(again.get("stored").asLong()).isZero();
  }

  @Test
  void a_batch_where_every_row_is_bad_is_still_a_report_and_stores_nothing() {
    Http.Response response = server.admin().postJson("/api/sentiment/observations",
        "[" + row("\"AAPL\"", "\"Newswire\"", "2025-06-30T11:00:00Z", "-2") + ", {\"asset\": \"AAPL\"}]");

    assertThat(response.status()).as(response.body()).isEqualTo(200);
    assertThat(response.json().get("stored").asLong()).isZero();
    assertThat(response.json().get("rejectedCount").asLong()).isEqualTo(2);
    assertThat(server.http().get("/api/assets/" + apple + "/sentiment/observations").json().get("total").asLong()).isZero();
  }

  @Test
  void a_json_body_that_does_not_fit_the_row_schema_is_a_problem_naming_the_element() {
    assertProblem(server.admin().postJson("/api/sentiment/observations", "[" + row("true", "\"Newswire\"", "2025-06-30T11:00:00Z", "0") + "]"),
        400, "[0].asset");
    assertProblem(server.admin().postJson("/api/sentiment/observations", "[" + row("1", "1", "2025-06-30T11:00:00Z", "\"much\"") + "]"),
        400, "[0].score");
    assertProblem(server.admin().postJson("/api/sentiment/observations", "[{\"asset\": 1, \"mood\": 3}]"), 400, "[0].mood");
    assertProblem(server.admin().post("/api/sentiment/observations", "text/plain", "AAPL"), 415);
  }

  @Test
  void json_lines_and_csv_bodies_go_through_the_file_reader() {
    Http.Response ndjson = server.admin().post("/api/sentiment/observations", "application/x-ndjson",
        row("\"AAPL\"", "\"Newswire\"", "2025-06-30T11:00:00Z", "0.5") + "\n"
            + "{broken\n"
            + row("1", "2", "2025-06-30T11:00:00Z", "0.5") + "\n");
    Http.Response csv = server.admin().post("/api/sentiment/observations", "text/csv", TinySentimentFiles.CSV_HEADER + "\n"
        + "AAPL,Newswire,2025-06-30T12:00:00Z,0.9,2,mentions=3\n"
        + "AAPL,Newswire,2025-06-30T12:30:00Z,9,,\n");
    Http.Response badHeader = server.admin().post("/api/sentiment/observations", "text/csv", "symbol,score\nAAPL,1\n");

    assertThat(ndjson.status()).as(ndjson.body()).isEqualTo(200);
    assertThat(ndjson.json().get("inserted").asLong()).isEqualTo(2);
    assertThat(ndjson.json().get("rejected").get(0).get("row").asLong()).isEqualTo(2);
    assertThat(csv.json().get("inserted").asLong()).isEqualTo(1);
    assertThat(csv.json().get("rejected").get(0).get("row").asLong()).as("the CSV header is line 1").isEqualTo(3);
    assertThat(problemOf(assertProblem(badHeader, 400, "file"), "file")).startsWith("request body: the header must be");
  }

  @Test
  void the_meter_weights_tiers_and_age_as_of_now_or_a_given_time_and_names_its_weights() {
    server.admin().postJson("/api/sentiment/observations", "["
        + row("\"AAPL\"", "\"Newswire\"", "2025-06-30T12:00:00Z", "0.6") + ","
        + row("\"AAPL\"", "\"Stock Forum\"", "2025-06-29T12:00:00Z", "-0.4") + ","
        + row("\"AAPL\"", "\"Stock Forum\"", "2025-06-30T12:04:00Z", "-1") + "]"); // after now, within the clock-skew slack

    Http.Response now = server.http().get("/api/assets/" + apple + "/sentiment");
    JsonNode meter = now.json();

    assertThat(now.status()).as(now.body()).isEqualTo(200);
    assertThat(meter.get("asOf").asText()).isEqualTo("2025-06-30T12:00:00Z");
    assertThat(meter.get("count").asInt()).as("the observation after now does not count").isEqualTo(2);
    double a = 1.0;
    double b = 0.6 * 0.5;
    assertThat(meter.get("score").asDouble()).isCloseTo((a * 0.6 - b * 0.4) / (a + b), offset(1e-9));
    assertThat(meter.get("tierAShare").asDouble()).isCloseTo(a / (a + b), offset(1e-9));
    assertThat(meter.get("countByTier").get("A").asInt()).isEqualTo(1);
    assertThat(meter.get("countByTier").get("B").asInt()).isEqualTo(1);
    assertThat(meter.get("countByTier").get("C").asInt()).isZero();
    assertThat(meter.get("newestObservedAt").asText()).isEqualTo("2025-06-30T12:00:00Z");
    assertThat(meter.get("summary").asText()).isEqualTo("sentiment +0.37 from 2 observations, 77% tier-A weight");
    assertThat(meter.get("weights").get("halfLife").asText()).isEqualTo("PT24H");
    assertThat(meter.get("weights").get("lookback").asText()).isEqualTo("PT168H");
    assertThat(meter.get("weights").get("tierB").asDouble()).isEqualTo(0.6);

    JsonNode later = server.http().get("/api/assets/" + apple + "/sentiment?asOf=2025-07-01T12:00:00Z").json();
    assertThat(later.get("count").asInt()).isEqualTo(3);
    JsonNode before = server.http().get("/api/assets/" + apple + "/sentiment?asOf=2025-06-01").json();
    assertThat(before.get("count").asInt()).isZero();
    assertThat(before.get("newestObservedAt").isNull()).isTrue();
    assertThat(before.get("summary").asText()).isEqualTo("no sentiment observations");
  }

  @Test
  void an_unknown_asset_is_not_found_and_a_bad_time_names_its_parameter() {
    assertProblem(server.http().get("/api/assets/999/sentiment"), 404);
    assertProblem(server.http().get("/api/assets/999/sentiment/observations"), 404);
    assertProblem(server.http().get("/api/assets/" + apple + "/sentiment?asOf=yesterday"), 400, "asOf");
    assertProblem(server.http().get("/api/assets/" + apple + "/sentiment/observations?from=2025-06-02&to=2025-06-01"), 400, "to");
  }

  @Test
  void observations_are_paged_oldest_first_within_from_and_to() {
    List<String> rows = new ArrayList<>();
    for (int h = 0; h < 10; h++) rows.add(row("\"AAPL\"", "\"Newswire\"", String.format("2025-06-30T%02d:00:00Z", h), "0." + h));
    server.admin().postJson("/api/sentiment/observations", "[" + String.join(",", rows) + "]");

    Http.Response page = server.http().get("/api/assets/" + apple + "/sentiment/observations?from=2025-06-30T02:00:00Z"
        + "&to=2025-06-30T08:00:00Z&offset=1&limit=2");

    assertThat(page.status()).as(page.body()).isEqualTo(200);
    assertThat(page.json().get("total").asLong()).isEqualTo(6);
    assertThat(page.json().get("items")).extracting(o -> o.get("observedAt").asText())
        .containsExactly("2025-06-30T03:00:00Z", "2025-06-30T04:00:00Z");
    assertThat(page.json().get("items").get(0).get("source").asLong()).isEqualTo(1);
    assertThat(page.json().get("items").get(0).get("score").asDouble()).isEqualTo(0.3);
    assertThat(page.header("Link")).contains("offset=3").contains("rel=\"next\"");
  }
}
