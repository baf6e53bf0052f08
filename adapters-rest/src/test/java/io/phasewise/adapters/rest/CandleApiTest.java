package io.phasewise.adapters.rest;

import static io.phasewise.adapters.rest.ProblemAssert.assertProblem;
import static io.phasewise.application.testing.MarketFixtures.T0;
import static io.phasewise.application.testing.MarketFixtures.d;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.phasewise.application.market.port.in.RegisterAssetCommand;
import io.phasewise.application.testing.MarketFixtures;
import io.phasewise.application.testing.TinyCsvCandleFiles;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.AssetProfile;
import io.phasewise.domain.market.AssetType;
import io.phasewise.domain.market.Candle;
import io.phasewise.domain.market.Interval;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CandleApiTest {
  private static final Duration DAY = Duration.ofDays(1);

  @RegisterExtension
  static final ApiServerExtension server = new ApiServerExtension();

  private static AssetId asset(String symbol, List<Candle> candles) {
    AssetId id = server.api().market.useCases.registerAsset().register(new RegisterAssetCommand(AssetProfile.of(symbol, symbol, AssetType.STOCK)))
        .get().id();
    if (!candles.isEmpty()) server.api().market.candles.saveAll(id, Interval.D1, candles);
    return id;
  }

  /** Five daily bars from 2024-01-01; the first has a provider-adjusted bar and prices with trailing zeros. */
  private static List<Candle> fiveDays() {
    List<Candle> candles = new ArrayList<>(MarketFixtures.dailyCandles(5, "test"));
    candles.set(0, new Candle(T0, d("123.4500"), d("125.0000"), d("120.10"), d("124.99"), d("1000000.5"),
        new Candle.Adjusted(d("61.725"), d("62.5"), d("60.05"), d("62.495"), null), d("0"), d("1"), "yahoo-csv"));
    return candles;
  }

  private static String candles(AssetId asset, String query) {
    return "/api/assets/" + asset + "/candles" + query;
  }

  @Test
  void a_page_of_candles_has_iso_times_and_exact_decimal_strings() {
    AssetId asset = asset("JSONC", fiveDays());

    Http.Response response = server.http().get(candles(asset, ""));

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.header("Content-Type")).startsWith("application/json");
    JsonNode page = response.json();
    assertThat(page.get("total").asLong()).as("the whole history by default").isEqualTo(5);
    assertThat(page.get("limit").asInt()).isEqualTo(1000);
    JsonNode first = page.get("items").get(0);
    assertThat(first.get("time").asText()).isEqualTo("2024-01-01T00:00:00Z");
    assertThat(first.get("open").isTextual()).isTrue();
    assertThat(first.get("open").asText()).isEqualTo("123.4500");
    assertThat(first.get("volume").asText()).isEqualTo("1000000.5");
    assertThat(first.get("adjusted").get("close").asText()).isEqualTo("62.495");
    assertThat(first.get("adjusted").get("volume").isNull()).isTrue();
    assertThat(first.get("dividendCash").asText()).isEqualTo("0");
    assertThat(first.get("splitFactor").asText()).isEqualTo("1");
    assertThat(first.get("source").asText()).isEqualTo("yahoo-csv");
    assertThat(page.get("items").get(1).get("adjusted").isNull()).isTrue();
  }

  @Test
  void from_and_to_take_dates_or_instants() {
    AssetId asset = asset("RANGE", fiveDays());

    assertThat(times(candles(asset, "?from=2024-01-02&to=2024-01-03")))
        .as("a date as to includes that day").containsExactly("2024-01-02T00:00:00Z", "2024-01-03T00:00:00Z");
    assertThat(times(candles(asset, "?from=2024-01-02T00:00:00Z&to=2024-01-03T00:00:00Z")))
        .as("an instant as to is exclusive").containsExactly("2024-01-02T00:00:00Z");
    assertThat(times(candles(asset, "?from=2024-01-04T01:00:00%2B01:00"))).containsExactly("2024-01-04T00:00:00Z",
        "2024-01-05T00:00:00Z");
  }

  @Test
  void pages_link_to_the_next_page() {
    AssetId asset = asset("CPAGE", fiveDays());

    Http.Response first = server.http().get(candles(asset, "?limit=2&from=2024-01-01"));

    assertThat(first.json().get("items")).hasSize(2);
    assertThat(first.header("Link")).contains("offset=2").contains("from=2024-01-01").contains("rel=\"next\"");
    assertThat(server.http().get(candles(asset, "?limit=2&offset=4")).header("Link")).isNull();
  }

  @Test
  void adjusted_reads_are_back_adjusted_for_later_splits() {
    Instant day2 = T0.plus(DAY);
    AssetId asset = asset("SPLIT", List.of(
        Candle.of(T0, d("100"), d("100"), d("100"), d("100"), d("10"), "test"),
        new Candle(day2, d("50"), d("50"), d("50"), d("50"), d("20"), null, null, d("2"), "test")));

    JsonNode raw = server.http().get(candles(asset, "")).json().get("items");
    JsonNode adjusted = server.http().get(candles(asset, "?adjusted=true")).json().get("items");

    assertThat(new BigDecimal(raw.get(0).get("close").asText())).isEqualByComparingTo("100");
    assertThat(new BigDecimal(adjusted.get(0).get("close").asText())).isEqualByComparingTo("50");
    assertThat(new BigDecimal(adjusted.get(0).get("volume").asText())).isEqualByComparingTo("20");
  }

  @Test
  void bad_query_parameters_are_400s_naming_the_parameter() {
    AssetId asset = asset("BADQ", fiveDays());

    assertThat(ProblemAssert.problemOf(assertProblem(server.http().get(candles(asset, "?interval=2d")), 400, "interval"), "interval"))
        .contains("1m, 5m, 15m, 30m, 1h, 4h, 1d, 1w");
    assertProblem(server.http().get(candles(asset, "?from=garbage")), 400, "from");
    assertProblem(server.http().get(candles(asset, "?to=2024-13-01")), 400, "to");
    assertProblem(server.http().get(candles(asset, "?from=2024-01-05&to=2024-01-01")), 400, "to");
    assertProblem(server.http().get(candles(asset, "?adjusted=maybe")), 400, "adjusted");
    assertProblem(server.http().get(candles(asset, "?limit=0")), 400, "limit");
    assertProblem(server.http().get(candles(asset, "?limit=10001")), 400, "limit");
    assertProblem(server.http().get(candles(asset, "?offset=-1")), 400, "offset");
    assertProblem(server.http().get(candles(asset, "?format=xml")), 400, "format");
    assertProblem(server.http().get("/api/assets/abc/candles"), 400, "id");
    assertProblem(server.http().get("/api/assets/999999/candles"), 404);
    assertProblem(server.http().get("/api/assets/999999/candles", "Accept", "text/csv"), 404);
  }

  @Test
  void csv_is_served_for_accept_text_csv_and_for_format_csv() {
    AssetId asset = asset("CSVDL", fiveDays());

    Http.Response byAccept = server.http().get(candles(asset, ""), "Accept", "text/csv");
    Http.Response byParameter = server.http().get(candles(asset, "?format=csv"));

    assertThat(byAccept.status()).isEqualTo(200);
    assertThat(byAccept.header("Content-Type")).startsWith("text/csv");
    assertThat(byAccept.header("Content-Disposition")).isEqualTo("attachment; filename=\"asset-" + asset + "-1d.csv\"");
    assertThat(byParameter.body()).isEqualTo(byAccept.body());
    List<String> lines = byAccept.body().lines().toList();
    assertThat(lines).hasSize(6);
    assertThat(lines.get(0)).isEqualTo(TinyCsvCandleFiles.PHASEWISE_HEADER);
    assertThat(lines.get(1)).isEqualTo("2024-01-01T00:00:00Z,123.4500,125.0000,120.10,124.99,1000000.5,"
        + "61.725,62.5,60.05,62.495,,0,1,yahoo-csv");
    assertThat(lines.get(2)).isEqualTo("2024-01-02T00:00:00Z,101,102,100,101,1000,,,,,,0,1,test");
  }

  @Test
  void a_csv_download_imports_back_with_no_change() {
    List<Candle> candles = new ArrayList<>(fiveDays());
    candles.add(new Candle(T0.plus(DAY.multipliedBy(5)), d("60"), d("61"), d("59"), d("60.5"), d("3000"), null,
        d("0.24"), d("2"), "test"));
    AssetId asset = asset("TRIP", candles);
    String csv = server.http().get(candles(asset, "?format=csv")).body();

    JsonNode same = server.admin().post(candles(asset, "/import?format=phasewise"), "text/csv", csv).json();
    assertThat(same.get("read").asLong()).isEqualTo(6);
    assertThat(same.get("unchanged").asLong()).isEqualTo(6);
    assertThat(same.get("stored").asLong()).isZero();
    assertThat(same.get("rejectedCount").asLong()).isZero();

    AssetId copy = asset("TRIP-COPY", List.of());
    JsonNode copied = server.admin().post(candles(copy, "/import?format=phasewise"), "text/csv", csv).json();
    assertThat(copied.get("inserted").asLong()).isEqualTo(6);
    assertThat(server.http().get(candles(copy, "?format=csv")).body()).isEqualTo(csv);
  }

  @Test
  void the_csv_download_streams_every_candle_across_pages() {
    int bars = 12_345;
    List<Candle> history = new ArrayList<>(bars);
    Instant start = Instant.parse("1980-01-01T00:00:00Z");
    for (int i = 0; i < bars; i++) history.add(MarketFixtures.candle(start.plus(DAY.multipliedBy(i)), "100", "test"));
    AssetId asset = asset("LONG", history);

    List<String> rows = server.http().get(candles(asset, "?format=csv")).body().lines().skip(1).toList();

    assertThat(rows).hasSize(bars);
    assertThat(rows.get(0)).startsWith("1980-01-01T00:00:00Z,");
    assertThat(rows.get(bars - 1)).startsWith(start.plus(DAY.multipliedBy(bars - 1)) + ",");
    assertThat(rows.stream().map(r -> r.substring(0, r.indexOf(','))).distinct().count()).isEqualTo(bars);
  }

  @Test
  void latest_candles_of_many_assets_are_keyed_by_asset_id() {
    AssetId a = asset("LATE-A", fiveDays());
    AssetId b = asset("LATE-B", MarketFixtures.dailyCandles(2, "test"));
    AssetId none = asset("LATE-N", List.of());

    JsonNode latest = server.http().get("/api/candles/latest?assets=" + a + "," + none + "&assets=" + b + "&interval=1d").json();

    assertThat(latest.fieldNames()).toIterable().containsExactly(a.toString(), b.toString());
    assertThat(latest.get(a.toString()).get("time").asText()).isEqualTo("2024-01-05T00:00:00Z");
    assertThat(latest.get(b.toString()).get("close").asText()).isEqualTo("101");
    assertThat(server.http().get("/api/candles/latest?assets=" + a + "&interval=1h").json()).isEmpty();
  }

  @Test
  void latest_candles_need_valid_asset_ids_and_interval() {
    assertProblem(server.http().get("/api/candles/latest"), 400, "assets");
    assertProblem(server.http().get("/api/candles/latest?assets=1,x"), 400, "assets");
    assertProblem(server.http().get("/api/candles/latest?assets=0"), 400, "assets");
    assertProblem(server.http().get("/api/candles/latest?assets=1&interval=1y"), 400, "interval");
  }

  private static List<String> times(String path) {
    List<String> times = new ArrayList<>();
    server.http().get(path).json().get("items").forEach(c -> times.add(c.get("time").asText()));
    return times;
  }
}
