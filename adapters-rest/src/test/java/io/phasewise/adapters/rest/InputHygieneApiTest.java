package io.phasewise.adapters.rest;

import static io.phasewise.adapters.rest.ProblemAssert.assertProblem;
import static io.phasewise.adapters.rest.ProblemAssert.problemOf;
import static io.phasewise.application.testing.TinyCsvCandleFiles.PHASEWISE_HEADER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.phasewise.application.market.port.in.RegisterAssetCommand;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.AssetProfile;
import io.phasewise.domain.market.AssetType;
import io.phasewise.domain.market.Interval;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The abusive inputs over HTTP: each refused with a 400 naming the field, or a rejected row naming the line. */
class InputHygieneApiTest {
  @RegisterExtension
  static final ApiServerExtension server = new ApiServerExtension();

  private static AssetId asset(String symbol, AssetType type) {
    return server.api().market.useCases.registerAsset().register(new RegisterAssetCommand(AssetProfile.of(symbol, symbol, type))).get().id();
  }

  private static String tick(String time, String price, String source) {
    return "[{\"time\": \"" + time + "\", \"price\": " + price + ", \"size\": \"1\", \"source\": \"" + source + "\"}]";
  }

  @Test
  void a_nul_in_an_asset_name_or_a_metadata_key_is_a_400_naming_the_field() {
    JsonNode name = assertProblem(server.admin().postJson("/api/assets", "{\"symbol\": \"NUL\", \"type\": \"stock\", \"name\": \"a\\u0000b\"}"), 400, "name");
    assertThat(problemOf(name, "name")).isEqualTo("must not contain control characters (U+0000 at position 2)");

    JsonNode key = assertProblem(server.admin().postJson("/api/assets",
        "{\"symbol\": \"NUL\", \"type\": \"stock\", \"metadata\": {\"k\\u0000\": \"v\"}}"), 400, "metadata");
    assertThat(problemOf(key, "metadata")).startsWith("key must not contain control characters");
    assertThat(server.api().market.assets.findBySymbol("NUL")).isEmpty();
  }

  @Test
  void asset_fact_maps_are_bounded() {
    String huge = "x".repeat(100_000);
    assertProblem(server.admin().postJson("/api/assets", "{\"symbol\": \"BIG\", \"type\": \"stock\", \"links\": {\"website\": \"" + huge + "\"}}"),
        400, "links.website");
    JsonNode value = assertProblem(server.admin().postJson("/api/assets",
        "{\"symbol\": \"BIG\", \"type\": \"stock\", \"links\": {\"website\": \"" + "x".repeat(3000) + "\"}}"), 400, "links");
    assertThat(problemOf(value, "links")).isEqualTo("links value of 'website' must be at most 2048 characters, not 3000");
  }

  @Test
  void a_nul_in_a_sign_up_email_is_a_400() {
    assertProblem(server.http().postJson("/api/users", "{\"email\": \"a\\u0000@example.org\"}"), 400, "email");
  }

  @ParameterizedTest
  @ValueSource(strings = {"%00", "a%01b", "%7F"})
  void a_control_character_in_a_query_parameter_is_a_400_naming_it(String source) {
    AssetId a = asset("Q" + source.replace("%", "P").toUpperCase(Locale.ROOT), AssetType.STOCK);

    JsonNode problem = assertProblem(server.http().get("/api/assets/" + a + "/candles?interval=1d&source=" + source), 400, "source");
    assertThat(problemOf(problem, "source")).startsWith("must not contain control characters");
  }

  @Test
  void a_time_parameter_outside_the_stored_range_is_a_400() {
    AssetId a = asset("TIM", AssetType.STOCK);

    assertProblem(server.http().get("/api/assets/" + a + "/candles?interval=1d&from=%2B999999999-01-01"), 400, "from");
  }

  @Test
  void a_tick_in_year_999999999_a_megabyte_source_or_a_price_of_1e200_is_a_400_and_nothing_is_stored() {
    AssetId a = asset("TCK", AssetType.STOCK);
    String path = "/api/assets/" + a + "/ticks";

    assertProblem(server.admin().postJson(path, tick("+999999999-01-01T00:00:00Z", "\"10\"", "feed")), 400, "[0].time");
    assertProblem(server.admin().postJson(path, tick("2025-06-30T11:00:00Z", "\"10\"", "x".repeat(1_000_000))), 400, "[0].source");
    assertProblem(server.admin().postJson(path, tick("2025-06-30T11:00:00Z", "\"10\"", "a\\u0000b")), 400, "[0].source");
    for (String price : new String[] {"1e200", "\"1E131072\"", "\"1E20000000\"", "\"1E-20000000\""}) {
      JsonNode problem = assertProblem(server.admin().postJson(path, tick("2025-06-30T11:00:00Z", price, "feed")), 400, "[0].price");
      assertThat(problemOf(problem, "[0].price")).as(price).startsWith("must");
    }
    JsonNode future = assertProblem(server.admin().postJson(path, tick("2025-07-02T00:00:00Z", "\"10\"", "feed")), 400, "ticks[0]");
    assertThat(problemOf(future, "ticks[0]")).contains("is in the future");
    assertThat(server.api().market.ticks.load(a, Instant.EPOCH, Instant.parse("9999-01-01T00:00:00Z"))).isEmpty();
  }

  @Test
  void bars_in_year_12024_or_year_1_zero_and_negative_prices_are_rejected_by_line_and_not_stored() {
    AssetId a = asset("ROW", AssetType.STOCK);
    String file = PHASEWISE_HEADER + "\n"
        + "+12024-01-01T00:00:00Z,10,11,9,10,100,,,,,,,,upload\n"
        + "0001-01-01T00:00:00Z,10,11,9,10,100,,,,,,,,upload\n"
        + "2024-01-01T00:00:00Z,0,0,0,0,100,,,,,,,,upload\n"
        + "2024-01-02T00:00:00Z,-1,1,-2,0.5,100,,,,,,,,upload\n"
        + "2024-01-03T00:00:00Z,1e200,1e200,1e200,1e200,100,,,,,,,,upload\n"
        + "2024-01-04T00:00:00Z,10,11,9,10,100,,,,,,,,up\u0000load\n"
        + "2024-01-05T00:00:00Z,10,11,9,10,100,,,,,,,,upload\n";

    Http.Response response = server.admin().post("/api/assets/" + a + "/candles/import?interval=1d&format=phasewise", "text/csv", file);

    assertThat(response.status()).as(response.body()).isEqualTo(200);
    JsonNode report = response.json();
    assertThat(report.get("inserted").asLong()).isEqualTo(1);
    assertThat(report.get("rejectedCount").asLong()).isEqualTo(6);
    JsonNode rejected = report.get("rejected");
    assertThat(rejected.get(0).get("line").asLong()).isEqualTo(2);
    assertThat(rejected.get(0).get("reason").asText()).contains("+12024-01-01T00:00:00Z is in the future");
    assertThat(rejected.get(1).get("reason").asText()).contains("is before 1900-01-01");
    assertThat(rejected.get(2).get("reason").asText()).isEqualTo("low 0 is not positive: prices of a stock must be above 0");
    assertThat(rejected.get(3).get("reason").asText()).isEqualTo("low -2 is not positive: prices of a stock must be above 0");
    assertThat(rejected.get(4).get("reason").asText()).isEqualTo("open must be less than 1E18 in magnitude");
    assertThat(rejected.get(5).get("reason").asText()).startsWith("source must not contain control characters");
    assertThat(server.api().market.candles.load(a, Interval.D1, Instant.EPOCH, Instant.parse("9999-01-01T00:00:00Z"), null, 0, 100)).hasSize(1);
  }

  @Test
  void an_outlier_is_stored_and_listed_in_the_import_report() {
    AssetId a = asset("OUT", AssetType.STOCK);
    StringBuilder file = new StringBuilder(PHASEWISE_HEADER).append('\n');
    for (int day = 1; day <= 25; day++) {
      String close = day % 2 == 0 ? "100" : "101";
      file.append(String.format("2024-01-%02dT00:00:00Z,%s,%s,%s,%s,100,,,,,,,,upload%n", day, close, close, close, close));
    }
    file.append("2024-01-26T00:00:00Z,300,300,300,300,100,,,,,,,,upload\n");

    JsonNode report = server.admin().post("/api/assets/" + a + "/candles/import?interval=1d&format=phasewise", "text/csv", file.toString()).json();

    assertThat(report.get("inserted").asLong()).isEqualTo(26);
    assertThat(report.get("outliers")).hasSize(1);
    assertThat(report.get("outliers").get(0).get("line").asLong()).isEqualTo(27);
    assertThat(report.get("outliers").get(0).get("time").asText()).isEqualTo("2024-01-26T00:00:00Z");
    assertThat(report.get("outliers").get(0).get("reason").asText()).startsWith("close moved +197.0% from 101 to 300");
  }
}
